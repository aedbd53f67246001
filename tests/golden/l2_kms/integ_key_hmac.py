"""Port of aws-cdk's integ.key-hmac.ts: an HMAC key with MAC grants."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_iam import AccountRootPrincipal, Role
from aws_cdk.aws_kms import Key, KeySpec, KeyUsage

app = App()
stack = Stack(app, "aws-cdk-kms-hmac")
role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
key = Key(
    stack,
    "MyHmacKey",
    removal_policy=RemovalPolicy.DESTROY,
    key_usage=KeyUsage.GENERATE_VERIFY_MAC,
    key_spec=KeySpec.HMAC_512,
)
key.grant_generate_mac(role)
key.grant_verify_mac(role)
app.synth()
