"""An upload pipeline: S3 bucket → (object created) → ingest Lambda → SQS queue → process Lambda.

The ingest function turns each S3 event record into one queue message (bucket, key, size); the process
function consumes the queue in batches through the ``SqsToLambda`` pattern (dead-letter queue after three
failed receives, partial batch failures reported), reads the object and logs a summary. The bucket is
encrypted, versioned, blocks public access and accepts TLS requests only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from constructs import CfnOutput, Construct, Duration, Stack
from l2 import lambda_, s3, s3_notifications
from patterns.sqs_lambda import SqsToLambda

HANDLER_DIR = Path(__file__).resolve().parent / "handler"
"""The code of both functions: ``handler/ingest.py`` and ``handler/process.py``."""

PROCESS_TIMEOUT = Duration.seconds(30)
"""How long the process function may run; the queue's visibility timeout is six times as long."""


def _code() -> lambda_.Code:
    return lambda_.Code.from_asset(str(HANDLER_DIR), exclude=["__pycache__", "*.pyc"])


class UploadPipelineStack(Stack):
    """The pipeline's stack.

    Args:
        upload_prefix: only objects under this key prefix enter the pipeline (default ``uploads/``).

    Attributes:
        bucket: the upload bucket.
        ingest_function: the function notified by S3 (sends to the queue).
        pipeline: the ``SqsToLambda`` pattern (queue, dead-letter queue and the process function).
    """

    def __init__(
        self, scope: Construct, id: str, *, upload_prefix: str = "uploads/", **kwargs: Any
    ) -> None:
        super().__init__(scope, id, **kwargs)
        self.bucket = s3.Bucket(
            self,
            "Uploads",
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            versioned=True,
        )
        self.pipeline = SqsToLambda(
            self,
            "Pipeline",
            lambda_function_props={
                "code": _code(),
                "handler": "process.handler",
                "runtime": lambda_.Runtime.PYTHON_3_12,
                "timeout": PROCESS_TIMEOUT,
                "description": "Upload pipeline: process one uploaded object per message",
                "environment": {"UPLOAD_BUCKET": self.bucket.bucket_name},
            },
            queue_props={"visibility_timeout": Duration.seconds(PROCESS_TIMEOUT.to_seconds() * 6)},
            sqs_event_source_props={"batch_size": 10, "report_batch_item_failures": True},
        )
        self.bucket.grant_read(self.pipeline.lambda_function)

        self.ingest_function = lambda_.Function(
            self,
            "Ingest",
            code=_code(),
            handler="ingest.handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            timeout=Duration.seconds(10),
            tracing=lambda_.Tracing.ACTIVE,
            description="Upload pipeline: queue every uploaded object",
            environment={"QUEUE_URL": self.pipeline.sqs_queue.queue_url},
        )
        self.pipeline.sqs_queue.grant_send_messages(self.ingest_function)
        self.bucket.add_event_notification(
            s3.EventType.OBJECT_CREATED,
            s3_notifications.LambdaDestination(self.ingest_function),
            s3.NotificationKeyFilter(prefix=upload_prefix),
        )

        CfnOutput(self, "BucketName", value=self.bucket.bucket_name)
        CfnOutput(self, "QueueUrl", value=self.pipeline.sqs_queue.queue_url)
