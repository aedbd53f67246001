"""Port of aws-cdk's integ.key-grants.ts: grant_sign_verify to a role."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_iam import AccountRootPrincipal, Role
from aws_cdk.aws_kms import Key

app = App()
stack = Stack(app, "aws-cdk-kms-grants")
role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
key = Key(stack, "MyKey", removal_policy=RemovalPolicy.DESTROY)
key.grant_sign_verify(role)
app.synth()
