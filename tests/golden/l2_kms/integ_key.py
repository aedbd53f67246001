"""Port of aws-cdk's integ.key.ts: a key with a policy statement and an alias, and an asymmetric signing key."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk.aws_kms import Key, KeySpec, KeyUsage

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "aws-cdk-kms-1")
key = Key(stack, "MyKey", removal_policy=RemovalPolicy.DESTROY)
key.add_to_resource_policy(
    iam.PolicyStatement(resources=["*"], actions=["kms:encrypt"], principals=[iam.ArnPrincipal(stack.account)])
)
key.add_alias("alias/bar")
Key(
    stack,
    "AsymmetricKey",
    key_spec=KeySpec.ECC_NIST_P256,
    key_usage=KeyUsage.SIGN_VERIFY,
    removal_policy=RemovalPolicy.DESTROY,
)
app.synth()
