"""Port of aws-cdk's integ.key-tokenized.ts: an alias whose name embeds an intrinsic."""

from aws_cdk import App, Intrinsic, RemovalPolicy, Stack, Token
from aws_cdk.aws_kms import Key

app = App()
stack = Stack(app, "aws-cdk-kms-key-tokenized")
token = Intrinsic("token")
Key(stack, "MyKey", removal_policy=RemovalPolicy.DESTROY, alias=f"MyKey{Token.as_string(token)}")
app.synth()
