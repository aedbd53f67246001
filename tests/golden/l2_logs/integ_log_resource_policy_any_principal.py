"""Port of aws-cdk's integ.log-resource-policy-any-principal.ts: a resource policy statement for any principal."""

from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam
from aws_cdk.aws_logs import LogGroup

app = App()
stack = Stack(app, "aws-cdk-log-group-resource-policy-any-integ")
log_group = LogGroup(stack, "LogGroup")
log_group.add_to_resource_policy(iam.PolicyStatement(
    effect=iam.Effect.ALLOW, actions=["logs:PutLogEvents"], principals=[iam.AnyPrincipal()],
    resources=[log_group.log_group_arn],
))
app.synth()
