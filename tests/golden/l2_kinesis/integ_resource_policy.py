"""Port of aws-cdk's integ.resource-policy: a statement added to a stream's resource policy."""

import aws_cdk as cdk
from aws_cdk.aws_iam import AccountPrincipal, PolicyStatement
from aws_cdk.aws_kinesis import Stream

app = cdk.App()
stack = cdk.Stack(app, "kinesis-resource-policy")

stream = Stream(stack, "MyStream")

stream.add_to_resource_policy(
    PolicyStatement(
        resources=[stream.stream_arn],
        actions=["kinesis:DescribeStreamSummary", "kinesis:GetRecords"],
        principals=[AccountPrincipal(stack.account)],
    )
)

app.synth()
