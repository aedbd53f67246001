# Handler of the Custom::S3BucketNotifications resource written by pycdk's l2.s3.
# Comment lines are stripped before the source is inlined into the template.
import json
import urllib.request

import boto3

s3 = boto3.client("s3")

KINDS = ("TopicConfigurations", "QueueConfigurations", "LambdaFunctionConfigurations")
EVENT_BRIDGE = "EventBridgeConfiguration"


def handler(event, context):
    props = event["ResourceProperties"]
    bucket = props["BucketName"]
    wanted = props.get("NotificationConfiguration") or {}
    managed = str(props.get("Managed", "true")).lower() == "true"
    skip_validation = str(props.get("SkipDestinationValidation", "false")).lower() == "true"
    request_type = event["RequestType"]
    status, reason = "SUCCESS", ""
    try:
        if managed:
            config = {} if request_type == "Delete" else wanted
        else:
            # An imported bucket may carry configurations owned by others: replace only ours.
            if request_type == "Update":
                owned = (event.get("OldResourceProperties") or {}).get("NotificationConfiguration") or {}
            elif request_type == "Delete":
                owned = wanted
            else:
                owned = {}
            current = s3.get_bucket_notification_configuration(Bucket=bucket)
            current.pop("ResponseMetadata", None)
            config = merge_unmanaged(current, owned, {} if request_type == "Delete" else wanted)
        s3.put_bucket_notification_configuration(
            Bucket=bucket,
            NotificationConfiguration=config,
            SkipDestinationValidation=skip_validation,
        )
    except Exception as error:
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason)


def merge_unmanaged(current, owned_config, wanted):
    """Keep configurations owned by others, replace the ones this resource owns."""
    owned = [json.dumps(strip_id(c), sort_keys=True) for kind in KINDS for c in owned_config.get(kind, [])]
    merged = {}
    for kind in KINDS:
        external = [c for c in current.get(kind, []) if json.dumps(strip_id(c), sort_keys=True) not in owned]
        configs = external + wanted.get(kind, [])
        if configs:
            merged[kind] = configs
    if EVENT_BRIDGE in wanted or (EVENT_BRIDGE in current and EVENT_BRIDGE not in owned_config):
        merged[EVENT_BRIDGE] = {}
    return merged


def strip_id(config):
    """A configuration without its Id, filter rule names lower-cased and sorted (S3 returns "Prefix")."""
    stripped = {k: v for k, v in config.items() if k != "Id"}
    rules = stripped.get("Filter", {}).get("Key", {}).get("FilterRules")
    if rules:
        normalized = sorted(({"Name": r["Name"].lower(), "Value": r["Value"]} for r in rules), key=lambda r: r["Name"])
        stripped["Filter"] = {"Key": {"FilterRules": normalized}}
    return stripped


def respond(event, context, status, reason):
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason or "See CloudWatch log stream: " + context.log_stream_name,
            "PhysicalResourceId": event.get("PhysicalResourceId") or event["LogicalResourceId"],
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
            "NoEcho": False,
        }
    ).encode()
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT")
    request.add_header("Content-Type", "")
    request.add_header("Content-Length", str(len(body)))
    urllib.request.urlopen(request)
