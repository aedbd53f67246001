"""Port of aws-cdk's integ.principal-with-conditions.ts (IntegTest part dropped)."""

from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam

app = App()
stack = Stack(app, "integ-principal-with-conditions")
principal = iam.PrincipalWithConditions(iam.AnyPrincipal(), {"StringLike": {"aws:username": "foo-*"}})
principal.add_condition("StringLike", {"aws:PrincipalTag/owner": "foo"})
principal.add_condition("Bool", {"aws:MultiFactorAuthPresent": "true"})
iam.Role(stack, "TestRole", assumed_by=principal)
app.synth()
