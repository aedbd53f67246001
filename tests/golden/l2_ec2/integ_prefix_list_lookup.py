"""Port of aws-ec2 integ.prefix-list-lookup: a managed prefix list found by name.

The environment comes from CDK_INTEG_ACCOUNT/CDK_INTEG_REGION in the integ test; the port pins its snapshot's
values (12345678 / test-region), and the lookup shows its dummy value (no context).
"""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(
    app, "prefixlist-from-lookup", env=cdk.Environment(account="12345678", region="test-region")
)
prefix_list = ec2.PrefixList.from_lookup(
    stack, "PrefixList", prefix_list_name="com.amazonaws.global.cloudfront.origin-facing"
)
cdk.CfnOutput(stack, "PrefixListId", value=prefix_list.prefix_list_id)
app.synth()
