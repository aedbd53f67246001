"""Port of aws-cdk's integ.log-resource-policy-arn-principal.ts: an ARN principal reduced to its account."""

from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam
from aws_cdk.aws_logs import LogGroup

app = App()
stack = Stack(app, "aws-cdk-log-group-resource-policy-arn-integ")
log_group = LogGroup(stack, "LogGroup")
log_group.add_to_resource_policy(iam.PolicyStatement(
    effect=iam.Effect.ALLOW, actions=["logs:PutLogEvents"],
    principals=[iam.ArnPrincipal("arn:aws:iam::123456789012:role/CrossAccountRole")],
    resources=[log_group.log_group_arn],
))
app.synth()
