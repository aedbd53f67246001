"""Port of aws-cdk's integ.principal-with-conditions-and-tags.ts (IntegTest part dropped)."""

from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam

app = App()
stack = Stack(app, "integ-principal-with-conditions-and-tags")
base = iam.AnyPrincipal().with_conditions({
    "StringLike": {"aws:PrincipalTag/owner": "foo"},
    "Bool": {"aws:MultiFactorAuthPresent": "true"},
}).with_session_tags()
iam.Role(stack, "TestRole2", assumed_by=base)
app.synth()
