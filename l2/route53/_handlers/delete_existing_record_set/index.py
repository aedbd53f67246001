"""Handler of ``Custom::DeleteExistingRecordSet`` (pycdk l2.route53): on create, deletes a record set of the same
name and type that already exists in the zone, and waits until Route 53 has applied the change."""

import json
import urllib.request

import boto3


def handler(event, context):
    status, reason, physical_id = "SUCCESS", "", event.get("PhysicalResourceId") or event["LogicalResourceId"]
    try:
        if event["RequestType"] == "Create":
            physical_id = delete_existing(event["ResourceProperties"]) or physical_id
    except Exception as error:  # report every failure to CloudFormation instead of timing out
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason, physical_id)


def delete_existing(props):
    route53 = boto3.client("route53")
    listed = route53.list_resource_record_sets(
        HostedZoneId=props["HostedZoneId"], StartRecordName=props["RecordName"], StartRecordType=props["RecordType"]
    )
    existing = next(
        (r for r in listed.get("ResourceRecordSets", [])
         if r["Name"] == props["RecordName"] and r["Type"] == props["RecordType"]),
        None,
    )
    if existing is None:
        return None
    record = {k: existing[k] for k in ("Name", "Type", "TTL", "AliasTarget", "ResourceRecords") if existing.get(k)}
    change = route53.change_resource_record_sets(
        HostedZoneId=props["HostedZoneId"],
        ChangeBatch={"Changes": [{"Action": "DELETE", "ResourceRecordSet": record}]},
    )
    route53.get_waiter("resource_record_sets_changed").wait(
        Id=change["ChangeInfo"]["Id"], WaiterConfig={"Delay": 10, "MaxAttempts": 89}
    )
    return f"{existing['Name']}-{existing['Type']}"


def respond(event, context, status, reason, physical_id):
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason or "See CloudWatch log stream: " + context.log_stream_name,
            "PhysicalResourceId": physical_id,
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
        }
    ).encode()
    request = urllib.request.Request(
        event["ResponseURL"], data=body, method="PUT", headers={"content-type": "", "content-length": str(len(body))}
    )
    urllib.request.urlopen(request)
