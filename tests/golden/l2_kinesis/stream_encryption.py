"""Explicit encryption: unencrypted, AWS managed, KMS with an auto-created key and with a given key."""

import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "StreamEncryption", env=cdk.Environment(account="123456789012", region="eu-west-1"))
kinesis.Stream(stack, "Plain", encryption=kinesis.StreamEncryption.UNENCRYPTED)
kinesis.Stream(stack, "Managed", encryption=kinesis.StreamEncryption.MANAGED)
kinesis.Stream(stack, "Kms", encryption=kinesis.StreamEncryption.KMS)
kinesis.Stream(stack, "GivenKey", encryption_key=kms.Key(stack, "Key"))
kinesis.Stream(stack, "Default")
app.synth()
