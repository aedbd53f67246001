"""Port of aws-cdk's integ.key-sharing.lit.ts: an alias in one stack targeting a key defined in another."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms

app = cdk.App()


class KeyStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.key = kms.Key(self, "MyKey", removal_policy=cdk.RemovalPolicy.DESTROY)


class UseStack(cdk.Stack):
    def __init__(self, scope, id, *, key, **kwargs):
        super().__init__(scope, id, **kwargs)
        kms.Alias(self, "Alias", alias_name="alias/foo", target_key=key)


key_stack = KeyStack(app, "KeyStack")
UseStack(app, "UseStack", key=key_stack.key)
app.synth()
