"""Port of aws-cdk's integ.key-key-agreement.ts: an ECC key for key agreement."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_kms import Key, KeySpec, KeyUsage

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "aws-cdk-kms-key-agreement")
Key(
    stack,
    "MyKeyAgreementKey",
    removal_policy=RemovalPolicy.DESTROY,
    key_usage=KeyUsage.KEY_AGREEMENT,
    key_spec=KeySpec.ECC_NIST_P256,
)
app.synth()
