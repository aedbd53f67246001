"""grant_on_key on queues with and without a key, queue_ref in outputs, metric options (id, visible, accounts)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueueKeyGrants", env=cdk.Environment(account="111111111111", region="eu-west-1"))

encrypted = sqs.Queue(stack, "Encrypted", encryption=sqs.QueueEncryption.KMS)
plain = sqs.Queue(stack, "Plain")
imported = sqs.Queue.from_queue_attributes(
    stack,
    "Imported",
    queue_arn="arn:aws:sqs:eu-west-1:111111111111:imported",
    key_arn="arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab",
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
encrypted.grant_on_key(role, "kms:Decrypt", "kms:DescribeKey")
plain.grant_on_key(role, "kms:Decrypt")
imported.grant_on_key(role, "kms:GenerateDataKey")

cdk.CfnOutput(stack, "EncryptedUrl", value=encrypted.queue_ref.queue_url)
cdk.CfnOutput(stack, "EncryptedArn", value=encrypted.queue_ref.queue_arn)
cdk.CfnOutput(stack, "ImportedArn", value=imported.queue_ref.queue_arn)

metric = encrypted.metric_number_of_messages_sent(
    period=cdk.Duration.minutes(1), statistic="p99", unit=cloudwatch.Unit.COUNT, label="sent"
)
cloudwatch.Alarm(stack, "Sent", metric=metric, threshold=10, evaluation_periods=2)
outstanding = plain.metric_approximate_number_of_messages_outstanding(period=cdk.Duration.minutes(10), color="#ff0000")
cloudwatch.Alarm(stack, "Outstanding", metric=outstanding, threshold=100, evaluation_periods=1)
dash = cloudwatch.Dashboard(stack, "Dash")
dash.add_widgets(
    cloudwatch.GraphWidget(
        left=[
            imported.metric_approximate_age_of_oldest_message(account="222222222222", region="us-east-1"),
            plain.metric_number_of_empty_receives(id="empty", visible=False),
            plain.metric("Custom", dimensions_map={"QueueName": "other"}, stack_account="111111111111"),
        ]
    )
)
app.synth()
