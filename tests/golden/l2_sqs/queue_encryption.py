"""Queue encryption modes without a customer key: UNENCRYPTED, KMS_MANAGED (with data key reuse), SQS_MANAGED."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueueEncryption")
sqs.Queue(stack, "Unencrypted", encryption=sqs.QueueEncryption.UNENCRYPTED)
sqs.Queue(stack, "KmsManaged", encryption=sqs.QueueEncryption.KMS_MANAGED)
sqs.Queue(
    stack, "KmsManagedReuse", encryption=sqs.QueueEncryption.KMS_MANAGED, data_key_reuse=cdk.Duration.hours(1)
)
sqs.Queue(stack, "SqsManaged", encryption=sqs.QueueEncryption.SQS_MANAGED)
app.synth()
