"""Handler of ``Custom::S3AutoDeleteObjects`` (pycdk l2.s3): empties a bucket before CloudFormation deletes it."""

import json
import urllib.request

import boto3

TAG_KEY = "aws-cdk:auto-delete-objects"
s3 = boto3.client("s3")


def handler(event, context):
    status, reason = "SUCCESS", ""
    try:
        props = event["ResourceProperties"]
        if event["RequestType"] == "Delete":
            empty_if_still_flagged(props["BucketName"])
        elif event["RequestType"] == "Update":
            old_name = (event.get("OldResourceProperties") or {}).get("BucketName")
            if old_name and old_name != props["BucketName"]:
                # The bucket is being replaced: CloudFormation deletes the old one next.
                empty_if_still_flagged(old_name)
    except Exception as error:  # report every failure to CloudFormation instead of timing out
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason)


def empty_if_still_flagged(bucket):
    """Delete every object version, unless the bucket is gone or auto-deletion was switched off."""
    try:
        tags = s3.get_bucket_tagging(Bucket=bucket).get("TagSet", [])
    except s3.exceptions.NoSuchBucket:
        return
    except s3.exceptions.ClientError as error:
        if error.response.get("Error", {}).get("Code") == "NoSuchTagSet":
            return
        raise
    if not any(t["Key"] == TAG_KEY and t["Value"] == "true" for t in tags):
        return
    paginator = s3.get_paginator("list_object_versions")
    for page in paginator.paginate(Bucket=bucket):
        objects = [
            {"Key": v["Key"], "VersionId": v["VersionId"]}
            for v in page.get("Versions", []) + page.get("DeleteMarkers", [])
        ]
        if objects:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": objects, "Quiet": True})


def respond(event, context, status, reason):
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason or "See CloudWatch log stream: " + context.log_stream_name,
            "PhysicalResourceId": event.get("PhysicalResourceId") or event["LogicalResourceId"],
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
        }
    ).encode()
    request = urllib.request.Request(
        event["ResponseURL"], data=body, method="PUT", headers={"content-type": "", "content-length": str(len(body))}
    )
    urllib.request.urlopen(request)
