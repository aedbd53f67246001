"""Process: read each queued object from S3 and log a summary; failed messages are reported individually.

With ``ReportBatchItemFailures`` only the failed messages return to the queue (and reach the dead-letter
queue after three receives); the others are deleted.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def handler(event: dict[str, Any], context: Any) -> dict[str, list[dict[str, str]]]:
    """Lambda entry point."""
    import boto3  # in the Lambda runtime; imported here so that `process_batch` is testable without it

    s3 = boto3.client("s3")

    def read(bucket: str, key: str) -> bytes:
        return s3.get_object(Bucket=bucket, Key=key)["Body"].read()

    return process_batch(event, read)


def summarize(body: bytes) -> dict[str, int]:
    """Bytes and lines of an object."""
    return {"bytes": len(body), "lines": body.count(b"\n") + (1 if body and not body.endswith(b"\n") else 0)}


def process_batch(event: dict[str, Any], read: Callable[[str, str], bytes]) -> dict[str, list[dict[str, str]]]:
    """Process the SQS ``event`` with ``read(bucket, key)``; return the ids of the messages that failed."""
    failures = []
    for record in event.get("Records", []):
        try:
            message = json.loads(record["body"])
            summary = summarize(read(message["bucket"], message["key"]))
            print(json.dumps({"key": message["key"], **summary}))
        except Exception as error:  # noqa: BLE001 - any failure sends this message back to the queue
            print(json.dumps({"messageId": record.get("messageId"), "error": repr(error)}))
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}
