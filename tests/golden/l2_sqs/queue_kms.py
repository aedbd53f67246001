"""Customer-managed KMS encryption: an auto-created key, a given key, and grants that reach the key."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueueKms")
auto = sqs.Queue(stack, "Auto", encryption=sqs.QueueEncryption.KMS)
key = kms.Key(stack, "Key")
given = sqs.Queue(stack, "Given", encryption_master_key=key, data_key_reuse=cdk.Duration.minutes(10))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
auto.grant_consume_messages(role)
given.grant_send_messages(role)
app.synth()
