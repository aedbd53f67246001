"""@aws-cdk/core:enablePartitionLiterals (a recommended flag): a known region gives a literal partition."""

import aws_cdk as cdk

app = cdk.App(context={"@aws-cdk/core:enablePartitionLiterals": True})
for name, region in (("Commercial", "eu-west-1"), ("China", "cn-north-1"), ("GovCloud", "us-gov-west-1")):
    stack = cdk.Stack(app, name, env=cdk.Environment(account="123456789012", region=region))
    cdk.CfnOutput(stack, "Partition", value=stack.partition)
    cdk.CfnOutput(stack, "Arn", value=stack.format_arn(service="sqs", resource="queue1"))
agnostic = cdk.Stack(app, "Agnostic")
cdk.CfnOutput(agnostic, "Partition", value=agnostic.partition)
app.synth()
