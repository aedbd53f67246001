"""Handler of pycdk's ``Custom::CrossRegionExportReader``: reads the SSM parameters a stack imports from other
regions, returns their values as attributes (named by parameter), and tags each imported parameter with
``aws-cdk:strong-ref:<importing stack>`` so the writer will not change or delete it while it is in use."""

import json
import urllib.request

STRONG_REF_TAG = "aws-cdk:strong-ref:"


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


def _values(ssm, names):
    found = {}
    names = list(names)
    for start in range(0, len(names), 10):
        result = ssm.get_parameters(Names=names[start:start + 10])
        if result.get("InvalidParameters"):
            raise RuntimeError(f"Imported parameters do not exist: {sorted(result['InvalidParameters'])}")
        for parameter in result["Parameters"]:
            found[parameter["Name"]] = parameter["Value"]
    return found


def _tag(ssm, names, key):
    for name in names:
        ssm.add_tags_to_resource(ResourceType="Parameter", ResourceId=name, Tags=[{"Key": key, "Value": "true"}])


def _untag(ssm, names, key):
    for name in names:
        try:
            ssm.remove_tags_from_resource(ResourceType="Parameter", ResourceId=name, TagKeys=[key])
        except ssm.exceptions.InvalidResourceId:
            continue  # the parameter is gone: nothing to release


def apply(event, ssm):
    """Do what the request asks; the attributes to return."""
    props = event["ResourceProperties"]["ReaderProps"]
    imports = props.get("imports", {})
    key = STRONG_REF_TAG + props["prefix"]
    request = event["RequestType"]
    if request == "Delete":
        _untag(ssm, imports, key)
        return {}
    if request == "Update":
        old = event["OldResourceProperties"]["ReaderProps"].get("imports", {})
        _untag(ssm, [name for name in old if name not in imports], key)
    values = _values(ssm, imports)
    _tag(ssm, imports, key)
    return values


def handler(event, context):
    try:
        import boto3  # in the Lambda runtime

        region = event["ResourceProperties"]["ReaderProps"]["region"]
        data = apply(event, boto3.client("ssm", region_name=region))
        _respond(event, "SUCCESS", data)
    except Exception as error:  # every failure is reported to CloudFormation
        _respond(event, "FAILED", reason=str(error))
