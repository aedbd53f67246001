"""Handler of ``Custom::CrossRegionStringParameterReader`` (pycdk l2.cloudfront.experimental.EdgeFunction).

Create and Update read the SSM parameter ``ParameterName`` in ``Region`` (where the edge function's support stack
wrote its version ARN) and return it as the ``FunctionArn`` attribute; Delete does nothing.
"""

import json
import urllib.request

import boto3


def handler(event, context):
    status, reason, data = "SUCCESS", "", {}
    try:
        props = event["ResourceProperties"]
        if event["RequestType"] in ("Create", "Update"):
            print(f"Reading function ARN from SSM parameter {props['ParameterName']} in region {props['Region']}")
            ssm = boto3.client("ssm", region_name=props["Region"])
            response = ssm.get_parameter(Name=props["ParameterName"])
            data = {"FunctionArn": response.get("Parameter", {}).get("Value", "")}
    except Exception as error:  # report every failure to CloudFormation instead of timing out
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason, data)


def respond(event, context, status, reason, data):
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason or "See CloudWatch log stream: " + context.log_stream_name,
            "PhysicalResourceId": event.get("PhysicalResourceId") or event["LogicalResourceId"],
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
