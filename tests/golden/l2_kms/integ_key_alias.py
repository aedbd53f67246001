"""Port of aws-cdk's integ.key-alias.ts: an alias built from the stack's account token."""

from aws_cdk import App, Stack
from aws_cdk.aws_kms import Key


class TestStack(Stack):
    def __init__(self, scope):
        super().__init__(scope, "TestStack")
        Key(self, "key", alias=f"MyKey{self.account}")


app = App()
TestStack(app)
app.synth()
