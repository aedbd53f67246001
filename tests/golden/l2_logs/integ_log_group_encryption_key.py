"""Port of aws-cdk's integ.log-group-encryption-key.ts, without its feature flag (newer than aws-cdk-lib 2.275,
which has no such flag): a KMS key and a log group, both destroyed with the stack."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_kms import Key
from aws_cdk.aws_logs import LogGroup

app = App()
stack = Stack(app, "aws-cdk-log-group-encryption-key-integ")
key = Key(stack, "Key", removal_policy=RemovalPolicy.DESTROY)
LogGroup(stack, "LogGroup", encryption_key=key, removal_policy=RemovalPolicy.DESTROY)
app.synth()
