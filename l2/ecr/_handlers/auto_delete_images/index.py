"""Handler of ``Custom::ECRAutoDeleteImages`` (pycdk l2.ecr): empties a repository before CloudFormation deletes it."""

import json
import urllib.request

import boto3

TAG_KEY = "aws-cdk:auto-delete-images"
ecr = boto3.client("ecr")


def handler(event, context):
    status, reason = "SUCCESS", ""
    try:
        props = event["ResourceProperties"]
        if event["RequestType"] == "Delete":
            empty_if_still_flagged(props["RepositoryName"])
        elif event["RequestType"] == "Update":
            old_name = (event.get("OldResourceProperties") or {}).get("RepositoryName")
            if old_name and old_name != props["RepositoryName"]:
                # The repository is being replaced: CloudFormation deletes the old one next.
                empty_if_still_flagged(old_name)
    except Exception as error:  # report every failure to CloudFormation instead of timing out
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason)


def empty_if_still_flagged(repository):
    """Delete every image, unless the repository is gone or auto-deletion was switched off."""
    try:
        arn = ecr.describe_repositories(repositoryNames=[repository])["repositories"][0]["repositoryArn"]
    except ecr.exceptions.RepositoryNotFoundException:
        return
    tags = ecr.list_tags_for_resource(resourceArn=arn).get("tags", [])
    if not any(t["Key"] == TAG_KEY and t["Value"] == "true" for t in tags):
        return
    paginator = ecr.get_paginator("list_images")
    for page in paginator.paginate(repositoryName=repository):
        image_ids = page.get("imageIds", [])
        for start in range(0, len(image_ids), 100):
            ecr.batch_delete_image(repositoryName=repository, imageIds=image_ids[start : start + 100])


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
