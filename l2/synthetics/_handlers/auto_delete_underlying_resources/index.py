"""Handler of ``Custom::SyntheticsAutoDeleteUnderlyingResources`` (pycdk l2.synthetics).

When the custom resource is deleted, and the canary still carries the auto-delete tag, delete the Lambda
function the Synthetics service created for the canary. A canary that is already gone is not an error.
"""

import json
import urllib.request

import boto3

TAG_KEY = "aws-cdk:auto-delete-underlying-resources"


def handler(event, context):
    status, reason = "SUCCESS", ""
    try:
        if event["RequestType"] == "Delete":
            delete_canary_function(event["ResourceProperties"]["CanaryName"])
    except Exception as error:  # report every failure to CloudFormation instead of timing out
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason)


def delete_canary_function(canary_name):
    synthetics = boto3.client("synthetics")
    try:
        canary = synthetics.get_canary(Name=canary_name)["Canary"]
    except synthetics.exceptions.ResourceNotFoundException:
        return
    if (canary.get("Tags") or {}).get(TAG_KEY) != "true":
        return
    function_arn = canary.get("EngineArn", "")
    if not function_arn:
        return
    # the engine ARN names a function version (":<n>" suffix): delete the whole function
    function_name = function_arn.split(":")[6]
    lambda_client = boto3.client("lambda")
    try:
        lambda_client.delete_function(FunctionName=function_name)
    except lambda_client.exceptions.ResourceNotFoundException:
        return


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
