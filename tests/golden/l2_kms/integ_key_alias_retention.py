"""Port of aws-cdk's integ.key-alias-retention.ts: a retained key with an alias."""

from aws_cdk import App, Stack
from aws_cdk.aws_kms import Key

app = App()
stack = Stack(app, "KeyAliasRetentionStack")
Key(stack, "Key", alias="alias/cdk-integ-kms-key-retention")
app.synth()
