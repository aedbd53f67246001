"""Ingest: one SQS message per S3 ``ObjectCreated`` record, sent to ``$QUEUE_URL`` in batches of ten."""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import unquote_plus


def handler(event: dict[str, Any], context: Any) -> dict[str, int]:
    """Lambda entry point."""
    import boto3  # in the Lambda runtime; imported here so that `to_messages` is testable without it

    sqs = boto3.client("sqs")
    messages = to_messages(event)
    for start in range(0, len(messages), 10):
        batch = messages[start:start + 10]
        entries = [{"Id": str(i), "MessageBody": json.dumps(m)} for i, m in enumerate(batch)]
        result = sqs.send_message_batch(QueueUrl=os.environ["QUEUE_URL"], Entries=entries)
        if result.get("Failed"):
            raise RuntimeError(f"could not queue {len(result['Failed'])} message(s): {result['Failed']}")
    return {"queued": len(messages)}


def to_messages(event: dict[str, Any]) -> list[dict[str, Any]]:
    """The queue messages for an S3 notification ``event``: bucket, (decoded) key and size of each object."""
    messages = []
    for record in event.get("Records", []):
        s3 = record.get("s3", {})
        obj = s3.get("object", {})
        messages.append(
            {
                "bucket": s3.get("bucket", {}).get("name"),
                "key": unquote_plus(obj.get("key", "")),
                "size": obj.get("size", 0),
            }
        )
    return messages
