"""examples/upload_pipeline written out with aws-cdk-lib's L2 classes: same construct ids and props."""

from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3_notifications
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_lambda_event_sources import SqsEventSource

from constructs import Construct

HANDLER_DIR = Path(__file__).resolve().parents[3] / "examples" / "upload_pipeline" / "handler"


def code() -> lambda_.Code:
    return lambda_.Code.from_asset(str(HANDLER_DIR), exclude=["__pycache__", "*.pyc"])


app = cdk.App()
stack = cdk.Stack(app, "UploadPipeline", description="S3 uploads -> Lambda -> SQS -> Lambda (pycdk example)")
bucket = s3.Bucket(
    stack,
    "Uploads",
    encryption=s3.BucketEncryption.S3_MANAGED,
    block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
    enforce_ssl=True,
    versioned=True,
)
pipeline = Construct(stack, "Pipeline")
process = lambda_.Function(
    pipeline,
    "LambdaFunction",
    code=code(),
    handler="process.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    timeout=cdk.Duration.seconds(30),
    description="Upload pipeline: process one uploaded object per message",
    environment={"UPLOAD_BUCKET": bucket.bucket_name},
    tracing=lambda_.Tracing.ACTIVE,
)
dead_letter_queue = sqs.Queue(
    pipeline, "DeadLetterQueue", encryption=sqs.QueueEncryption.KMS_MANAGED, enforce_ssl=True
)
queue = sqs.Queue(
    pipeline,
    "Queue",
    encryption=sqs.QueueEncryption.KMS_MANAGED,
    enforce_ssl=True,
    visibility_timeout=cdk.Duration.seconds(180),
    dead_letter_queue=sqs.DeadLetterQueue(queue=dead_letter_queue, max_receive_count=3),
)
process.add_event_source(SqsEventSource(queue, batch_size=10, report_batch_item_failures=True))
bucket.grant_read(process)
ingest = lambda_.Function(
    stack,
    "Ingest",
    code=code(),
    handler="ingest.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    timeout=cdk.Duration.seconds(10),
    tracing=lambda_.Tracing.ACTIVE,
    description="Upload pipeline: queue every uploaded object",
    environment={"QUEUE_URL": queue.queue_url},
)
queue.grant_send_messages(ingest)
bucket.add_event_notification(
    s3.EventType.OBJECT_CREATED,
    s3_notifications.LambdaDestination(ingest),
    s3.NotificationKeyFilter(prefix="uploads/"),
)
cdk.CfnOutput(stack, "BucketName", value=bucket.bucket_name)
cdk.CfnOutput(stack, "QueueUrl", value=queue.queue_url)
app.synth()
