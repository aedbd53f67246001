"""Port of aws-cdk's integ.log-group-encrypted.ts: a log group encrypted with a KMS key."""

from aws_cdk import App, Stack
from aws_cdk.aws_kms import Key
from aws_cdk.aws_logs import LogGroup

app = App()
stack = Stack(app, "aws-cdk-log-group-encrypted-integ")
key = Key(stack, "Key")
LogGroup(stack, "LogGroup", encryption_key=key)
app.synth()
