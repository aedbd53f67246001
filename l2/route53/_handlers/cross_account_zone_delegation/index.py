"""Handler of ``Custom::CrossAccountZoneDelegation`` (pycdk l2.route53): upserts (or deletes) the NS record of a
delegated zone in a parent zone of another account, through a role assumed there."""

import json
import os
import time
import urllib.request

import boto3

PARTITION_REGIONS = {
    "cn": "cn-northwest-1", "us-gov": "us-gov-west-1", "us-iso": "us-iso-east-1", "us-isob": "us-isob-east-1",
    "eu-isoe": "eu-isoe-west-1", "us-isof": "us-isof-south-1", "eusc-de": "eusc-de-east-1",
}


def handler(event, context):
    status, reason = "SUCCESS", ""
    try:
        props = event["ResourceProperties"]
        if event["RequestType"] == "Create":
            change(props, delete=False)
        elif event["RequestType"] == "Update":
            old = event.get("OldResourceProperties")
            if old and props["DelegatedZoneName"] != old["DelegatedZoneName"]:
                change(old, delete=True)
            change(props, delete=False)
        else:
            change(props, delete=True)
    except Exception as error:  # report every failure to CloudFormation instead of timing out
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason)


def sts_region(props):
    if props.get("AssumeRoleRegion"):
        return props["AssumeRoleRegion"]
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or ""
    for prefix, default in PARTITION_REGIONS.items():
        if region.startswith(f"{prefix}-"):
            return default
    return "us-east-1"


def change(props, delete):
    if not props.get("ParentZoneId") and not props.get("ParentZoneName"):
        raise ValueError("One of ParentZoneId or ParentZoneName must be specified")
    credentials = boto3.client("sts", region_name=sts_region(props)).assume_role(
        RoleArn=props["AssumeRoleArn"], RoleSessionName=f"cross-account-zone-delegation-{int(time.time() * 1000)}"
    )["Credentials"]
    route53 = boto3.client(
        "route53",
        aws_access_key_id=credentials["AccessKeyId"],
        aws_secret_access_key=credentials["SecretAccessKey"],
        aws_session_token=credentials["SessionToken"],
    )
    zone_id = props.get("ParentZoneId") or parent_zone_id(route53, props["ParentZoneName"])
    route53.change_resource_record_sets(
        HostedZoneId=zone_id,
        ChangeBatch={"Changes": [{
            "Action": "DELETE" if delete else "UPSERT",
            "ResourceRecordSet": {
                "Name": props["DelegatedZoneName"], "Type": "NS", "TTL": int(props["TTL"]),
                "ResourceRecords": [{"Value": ns} for ns in props["DelegatedZoneNameServers"]],
            },
        }]},
    )


def parent_zone_id(route53, name):
    zones = [
        z for z in route53.list_hosted_zones_by_name(DNSName=name).get("HostedZones", [])
        if z["Name"] == f"{name}." and not z.get("Config", {}).get("PrivateZone")
    ]
    if len(zones) != 1:
        raise ValueError(f"Expected one hosted zone to match the given name but found {len(zones)}")
    return zones[0]["Id"]


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
