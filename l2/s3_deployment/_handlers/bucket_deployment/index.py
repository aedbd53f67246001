"""pycdk's ``BucketDeployment`` handler: copy source zips into a bucket with boto3 (no AWS CLI needed).

Per event: download each source zip, extract it (or keep the zip with ``Extract: false``), replace the deploy-time
markers in the extracted files, upload every file under ``DestinationBucketKeyPrefix`` with the requested metadata,
delete the destination objects the sources lack (``Prune``), honouring ``Exclude``/``Include`` as ``aws s3 sync``
does, then invalidate the CloudFront distribution. On delete (or when an update moves the destination) the old
prefix is emptied unless ``RetainOnDelete`` (default true) or another deployment's owner tag still claims it.
"""

import contextlib
import fnmatch
import json
import mimetypes
import os
import shutil
import tempfile
import urllib.request
import uuid
import zipfile
from datetime import datetime
from email.utils import parsedate_to_datetime

OWNER_TAG_PREFIX = "aws-cdk:cr-owned"
SYSTEM_METADATA_ARGS = {
    "cache-control": "CacheControl",
    "content-disposition": "ContentDisposition",
    "content-encoding": "ContentEncoding",
    "content-language": "ContentLanguage",
    "content-type": "ContentType",
    "expires": "Expires",
    "sse": "ServerSideEncryption",
    "storage-class": "StorageClass",
    "website-redirect": "WebsiteRedirectLocation",
    "sse-kms-key-id": "SSEKMSKeyId",
    "acl": "ACL",
}


def _bool(value, default):
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() == "true"


def s3_client(sign_content=False):
    """A boto3 S3 client (payload signing when ``SignContent`` is set)."""
    import boto3
    from botocore.config import Config

    config = Config(s3={"payload_signing_enabled": True}) if sign_content else None
    return boto3.client("s3", config=config)


def cloudfront_client():
    """A boto3 CloudFront client."""
    import boto3

    return boto3.client("cloudfront")


def handler(event, context):
    """The Lambda entry point: do the work, then answer CloudFormation."""
    physical_id = event.get("PhysicalResourceId") or f"aws.cdk.s3deployment.{uuid.uuid4()}"
    try:
        data = process(event)
        respond(event, "SUCCESS", "OK", physical_id, data)
    except Exception as error:  # every failure must reach CloudFormation
        print(f"failed: {error!r}")
        respond(event, "FAILED", str(error), physical_id, {})


def process(event, s3=None, cloudfront=None):
    """Carry out one lifecycle event; returns the resource's data."""
    props = event["ResourceProperties"]
    old = event.get("OldResourceProperties") or {}
    request = event["RequestType"]
    s3 = s3 or s3_client(_bool(props.get("SignContent"), False))
    sources = list(zip(props.get("SourceBucketNames") or [], props.get("SourceObjectKeys") or [], strict=True))
    markers = props.get("SourceMarkers") or [{} for _ in sources]
    markers_config = props.get("SourceMarkersConfig") or [{} for _ in sources]
    bucket = props["DestinationBucketName"]
    prefix = props.get("DestinationBucketKeyPrefix", "")
    retain = _bool(props.get("RetainOnDelete"), True)
    if request == "Delete":
        if not retain and not bucket_owned(s3, bucket, prefix):
            delete_prefix(s3, bucket, prefix)
        return {}
    if request == "Update" and not retain:
        old_bucket, old_prefix = old.get("DestinationBucketName", bucket), old.get("DestinationBucketKeyPrefix", "")
        if (old_bucket, old_prefix) != (bucket, prefix):
            delete_prefix(s3, old_bucket, old_prefix)
    extract = _bool(props.get("Extract"), True)
    version_ids = deploy(
        s3, sources, markers, markers_config, bucket, prefix, extract=extract,
        prune=_bool(props.get("Prune"), True), exclude=props.get("Exclude") or [],
        include=props.get("Include") or [], user_metadata=props.get("UserMetadata") or {},
        system_metadata=props.get("SystemMetadata") or {})
    if props.get("DistributionId"):
        invalidate(cloudfront or cloudfront_client(), props["DistributionId"],
                   props.get("DistributionPaths") or [f"/{prefix}*" if prefix else "/*"],
                   _bool(props.get("WaitForDistributionInvalidation"), True))
    data = {}
    if _bool(props.get("OutputObjectKeys"), True):
        data["SourceObjectKeys"] = [os.path.basename(key) for _, key in sources]
        if _bool(props.get("OutputObjectVersionIds"), False):
            data["SourceObjectVersionIds"] = version_ids
    if props.get("DestinationBucketArn"):
        data["DestinationBucketArn"] = props["DestinationBucketArn"]
    return data


def included(relative, exclude, include):
    """``aws s3 sync`` filters: every path is included unless the last matching filter is an exclude."""
    result = True
    for kind, patterns in (("exclude", exclude), ("include", include)):
        for pattern in patterns:
            if fnmatch.fnmatchcase(relative, pattern):
                result = kind == "include"
    return result


def replace_markers(path, markers, json_escape):
    """Replace each marker in the file by its deploy-time value (JSON-escaped on request)."""
    if not markers:
        return
    with open(path, "rb") as f:
        content = f.read()
    for marker, value in markers.items():
        text = json.dumps(value)[1:-1] if json_escape else value
        content = content.replace(marker.encode("utf-8"), str(text).encode("utf-8"))
    with open(path, "wb") as f:
        f.write(content)


def deploy(s3, sources, markers, markers_config, bucket, prefix, *, extract, prune, exclude, include,
           user_metadata, system_metadata):
    """Stage every source locally, upload the tree, prune what the sources lack; returns the zips' version ids."""
    workdir = tempfile.mkdtemp(dir=os.environ.get("MOUNT_PATH") or None)
    version_ids = []
    try:
        contents = os.path.join(workdir, "contents")
        os.makedirs(contents)
        for i, (source_bucket, key) in enumerate(sources):
            archive = os.path.join(workdir, f"source-{i}.zip")
            s3.download_file(source_bucket, key, archive)
            if not extract:
                shutil.copy(archive, os.path.join(contents, os.path.basename(key)))
                continue
            with zipfile.ZipFile(archive) as z:
                for member in z.namelist():
                    target = os.path.realpath(os.path.join(contents, member))
                    if not target.startswith(os.path.realpath(contents) + os.sep) and target != contents:
                        raise ValueError(f"zip entry outside the destination: {member}")
                    z.extract(member, contents)
                    if not member.endswith("/"):
                        replace_markers(target, markers[i] if i < len(markers) else {},
                                        (markers_config[i] if i < len(markers_config) else {}).get("jsonEscape")
                                        in (True, "true"))
        uploaded = set()
        for root, _, files in os.walk(contents):
            for name in sorted(files):
                path = os.path.join(root, name)
                relative = os.path.relpath(path, contents).replace(os.sep, "/")
                if not included(relative, exclude, include):
                    continue
                key = prefix + relative
                result = s3.put_object(Bucket=bucket, Key=key, Body=open(path, "rb").read(),
                                       **upload_args(relative, user_metadata, system_metadata))
                uploaded.add(key)
                if not extract:
                    version_ids.append(result.get("VersionId"))
        if prune:
            for key in list_keys(s3, bucket, prefix):
                if key not in uploaded and included(key[len(prefix):], exclude, include):
                    s3.delete_object(Bucket=bucket, Key=key)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return version_ids


def upload_args(relative, user_metadata, system_metadata):
    """``put_object`` keywords for the metadata (content type guessed from the name, as the CLI does)."""
    args = {}
    for name, value in system_metadata.items():
        arg = SYSTEM_METADATA_ARGS.get(name)
        if arg == "Expires":
            args[arg] = parsedate_to_datetime(value) if isinstance(value, str) else value
        elif arg:
            args[arg] = value
    if "ContentType" not in args:
        guessed = mimetypes.guess_type(relative)[0]
        if guessed:
            args["ContentType"] = guessed
    if user_metadata:
        args["Metadata"] = dict(user_metadata)
    return args


def list_keys(s3, bucket, prefix):
    """Every object key under ``prefix``."""
    keys = []
    token = None
    while True:
        kwargs = {"Bucket": bucket, "Prefix": prefix}
        if token:
            kwargs["ContinuationToken"] = token
        page = s3.list_objects_v2(**kwargs)
        keys += [item["Key"] for item in page.get("Contents", [])]
        token = page.get("NextContinuationToken")
        if not token:
            return keys


def delete_prefix(s3, bucket, prefix):
    """Delete every object under ``prefix``."""
    for key in list_keys(s3, bucket, prefix):
        s3.delete_object(Bucket=bucket, Key=key)


def bucket_owned(s3, bucket, prefix):
    """True when an owner tag of another deployment to this bucket/prefix is still on the bucket."""
    tag = f"{OWNER_TAG_PREFIX}:{prefix}" if prefix else OWNER_TAG_PREFIX
    try:
        tags = s3.get_bucket_tagging(Bucket=bucket).get("TagSet", [])
    except Exception:  # no tags (or the bucket is gone): nothing claims it
        return False
    return any(t["Key"].startswith(tag) for t in tags)


def invalidate(cloudfront, distribution_id, paths, wait):
    """Create a CloudFront invalidation (and wait for it on request)."""
    result = cloudfront.create_invalidation(DistributionId=distribution_id, InvalidationBatch={
        "Paths": {"Quantity": len(paths), "Items": list(paths)},
        "CallerReference": str(datetime.now().timestamp()),
    })
    if wait:
        waiter = cloudfront.get_waiter("invalidation_completed")
        with contextlib.suppress(Exception):
            waiter.wait(DistributionId=distribution_id, Id=result["Invalidation"]["Id"],
                        WaiterConfig={"Delay": 20, "MaxAttempts": 30})


def respond(event, status, reason, physical_id, data):
    """PUT the response document to CloudFormation's pre-signed URL."""
    body = json.dumps({
        "Status": status, "Reason": reason, "PhysicalResourceId": physical_id, "StackId": event["StackId"],
        "RequestId": event["RequestId"], "LogicalResourceId": event["LogicalResourceId"], "NoEcho": False,
        "Data": data,
    }).encode("utf-8")
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                                     headers={"Content-Type": "", "Content-Length": str(len(body))})
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
