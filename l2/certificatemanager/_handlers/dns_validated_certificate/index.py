"""Handler of ``DnsValidatedCertificate`` (pycdk l2.certificatemanager): requests an ACM certificate in a region,
upserts its DNS validation records in a Route 53 zone and waits until it is issued; on delete, removes the
certificate (and, with ``CleanupRecords``, the records) unless the removal policy retains it."""

import json
import time
import urllib.request

import boto3


def handler(event, context):
    status, reason = "SUCCESS", ""
    physical_id = event.get("PhysicalResourceId") or event["LogicalResourceId"]
    data = {}
    try:
        props = event["ResourceProperties"]
        if event["RequestType"] in ("Create", "Update"):
            old = event.get("OldResourceProperties") or {}
            if event["RequestType"] == "Create" or _needs_new_certificate(props, old):
                physical_id = request_certificate(props, context)
            data = {"Arn": physical_id}
        elif props.get("RemovalPolicy") != "retain" and physical_id.startswith("arn:"):
            delete_certificate(physical_id, props)
    except Exception as error:  # report every failure to CloudFormation instead of timing out
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason, physical_id, data)


def _needs_new_certificate(props, old):
    keys = ("DomainName", "SubjectAlternativeNames", "CertificateTransparencyLoggingPreference", "HostedZoneId",
            "Region")
    return any(props.get(k) != old.get(k) for k in keys)


def request_certificate(props, context):
    acm = boto3.client("acm", region_name=props.get("Region"))
    route53 = boto3.client("route53", endpoint_url=props.get("Route53Endpoint"))
    request = {"DomainName": props["DomainName"], "ValidationMethod": "DNS",
               "IdempotencyToken": context.aws_request_id.replace("-", "")[:32]}
    if props.get("SubjectAlternativeNames"):
        request["SubjectAlternativeNames"] = props["SubjectAlternativeNames"]
    if props.get("CertificateTransparencyLoggingPreference"):
        request["Options"] = {"CertificateTransparencyLoggingPreference":
                              props["CertificateTransparencyLoggingPreference"]}
    arn = acm.request_certificate(**request)["CertificateArn"]
    if props.get("Tags"):
        acm.add_tags_to_certificate(CertificateArn=arn,
                                    Tags=[{"Key": k, "Value": v} for k, v in props["Tags"].items()])
    options = _validation_options(acm, arn, 1 + len(props.get("SubjectAlternativeNames") or []))
    changes = {}
    for option in options:
        record = option["ResourceRecord"]
        changes[record["Name"]] = {"Action": "UPSERT", "ResourceRecordSet": {
            "Name": record["Name"], "Type": record["Type"], "TTL": 60,
            "ResourceRecords": [{"Value": record["Value"]}]}}
    change = route53.change_resource_record_sets(HostedZoneId=props["HostedZoneId"],
                                                 ChangeBatch={"Changes": list(changes.values())})
    route53.get_waiter("resource_record_sets_changed").wait(Id=change["ChangeInfo"]["Id"])
    acm.get_waiter("certificate_validated").wait(CertificateArn=arn,
                                                 WaiterConfig={"Delay": 30, "MaxAttempts": 28})
    return arn


def _validation_options(acm, arn, expected):
    for _ in range(60):
        options = acm.describe_certificate(CertificateArn=arn)["Certificate"].get("DomainValidationOptions", [])
        if len(options) >= expected and all("ResourceRecord" in o for o in options):
            return options
        time.sleep(5)
    raise RuntimeError(f"Certificate {arn} has no DNS validation records")


def delete_certificate(arn, props):
    acm = boto3.client("acm", region_name=props.get("Region"))
    certificate = acm.describe_certificate(CertificateArn=arn)["Certificate"]
    if props.get("CleanupRecords") == "true":
        route53 = boto3.client("route53", endpoint_url=props.get("Route53Endpoint"))
        changes = {}
        for option in certificate.get("DomainValidationOptions", []):
            record = option.get("ResourceRecord")
            if record:
                changes[record["Name"]] = {"Action": "DELETE", "ResourceRecordSet": {
                    "Name": record["Name"], "Type": record["Type"], "TTL": 60,
                    "ResourceRecords": [{"Value": record["Value"]}]}}
        if changes:
            route53.change_resource_record_sets(HostedZoneId=props["HostedZoneId"],
                                                ChangeBatch={"Changes": list(changes.values())})
    for _ in range(30):
        if not acm.describe_certificate(CertificateArn=arn)["Certificate"].get("InUseBy"):
            break
        time.sleep(10)
    acm.delete_certificate(CertificateArn=arn)


def respond(event, context, status, reason, physical_id, data):
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason or "See CloudWatch log stream: " + context.log_stream_name,
            "PhysicalResourceId": physical_id,
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
            "Data": data,
        }
    ).encode()
    request = urllib.request.Request(
        event["ResponseURL"], data=body, method="PUT", headers={"content-type": "", "content-length": str(len(body))}
    )
    urllib.request.urlopen(request)
