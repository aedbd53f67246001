"""Handler of ``Custom::Trigger`` (pycdk l2.triggers): invokes a Lambda function version while the stack deploys."""

import json
import urllib.request

import boto3
from botocore.config import Config


def handler(event, context):
    status, reason = "SUCCESS", ""
    try:
        props = event["ResourceProperties"]
        request = event["RequestType"]
        old = event.get("OldResourceProperties") or {}
        rerun = str(props.get("ExecuteOnHandlerChange", "true")).lower() != "false"
        if request == "Create" or (request == "Update" and rerun and old.get("HandlerArn") != props["HandlerArn"]):
            run(props)
    except Exception as error:  # every failure goes back to CloudFormation instead of a timeout
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason)


def run(props):
    """Invoke the handler version; a function error fails the deployment."""
    timeout_ms = int(props.get("Timeout") or "120000")
    client = boto3.client("lambda", config=Config(read_timeout=timeout_ms / 1000 + 5, retries={"max_attempts": 0}))
    invocation_type = props.get("InvocationType") or "RequestResponse"
    result = client.invoke(FunctionName=props["HandlerArn"], InvocationType=invocation_type, Payload=b"{}")
    if result.get("FunctionError"):
        payload = result["Payload"].read().decode() if "Payload" in result else ""
        raise RuntimeError(f"Trigger handler failed ({result['FunctionError']}): {payload}")
    expected = {"RequestResponse": 200, "Event": 202, "DryRun": 204}.get(invocation_type, 200)
    if result.get("StatusCode") != expected:
        raise RuntimeError(f"Trigger handler returned status {result.get('StatusCode')}, expected {expected}")


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
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                                     headers={"Content-Type": "", "Content-Length": str(len(body))})
    urllib.request.urlopen(request)
