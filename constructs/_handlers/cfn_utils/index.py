"""Handler of pycdk's CfnUtils provider: ``Custom::AWSCDKCfnJson`` parses its ``Value`` at deployment,
``Custom::AWSCDKCfnJsonStringify`` writes its (list) ``Value`` as JSON text."""

import json
import urllib.request


def _respond(event, status, data=None, reason=""):
    body = {
        "Status": status,
        "Reason": reason or "See CloudWatch logs",
        "PhysicalResourceId": event.get("PhysicalResourceId") or event["LogicalResourceId"],
        "StackId": event["StackId"],
        "RequestId": event["RequestId"],
        "LogicalResourceId": event["LogicalResourceId"],
        "Data": data or {},
    }
    payload = json.dumps(body).encode("utf-8")
    request = urllib.request.Request(
        event["ResponseURL"], data=payload, method="PUT",
        headers={"content-type": "", "content-length": str(len(payload))},
    )
    urllib.request.urlopen(request)


def handler(event, context):
    try:
        data = {}
        if event["RequestType"] != "Delete":
            if event["ResourceType"] == "Custom::AWSCDKCfnJson":
                data = {"Value": json.loads(event["ResourceProperties"]["Value"])}
            elif event["ResourceType"] == "Custom::AWSCDKCfnJsonStringify":
                data = {"Value": json.dumps(event["ResourceProperties"]["Value"], separators=(",", ":"))}
        _respond(event, "SUCCESS", data)
    except Exception as error:  # report every failure to CloudFormation instead of timing out
        _respond(event, "FAILED", reason=str(error))
