"""Handler of pycdk's ``Custom::CrossRegionExportWriter``: writes a stack's exports as SSM parameters in the
consuming region (``WriterProps.region``), and refuses to change or delete a parameter a reader still imports
(a reader tags each parameter it imports with ``aws-cdk:strong-ref:<importing stack>``)."""

import json
import urllib.request

STRONG_REF_TAG = "aws-cdk:strong-ref:"


def _respond(event, status, reason=""):
    body = {
        "Status": status,
        "Reason": reason or "See CloudWatch logs",
        "PhysicalResourceId": event.get("PhysicalResourceId") or event["LogicalResourceId"],
        "StackId": event["StackId"],
        "RequestId": event["RequestId"],
        "LogicalResourceId": event["LogicalResourceId"],
        "Data": {},
    }
    payload = json.dumps(body).encode("utf-8")
    request = urllib.request.Request(
        event["ResponseURL"], data=payload, method="PUT",
        headers={"content-type": "", "content-length": str(len(payload))},
    )
    urllib.request.urlopen(request)


def _imported(ssm, names):
    """The names among ``names`` that some reader still imports."""
    in_use = []
    for name in names:
        try:
            tags = ssm.list_tags_for_resource(ResourceType="Parameter", ResourceId=name)["TagList"]
        except ssm.exceptions.InvalidResourceId:
            continue
        if any(tag["Key"].startswith(STRONG_REF_TAG) for tag in tags):
            in_use.append(name)
    return in_use


def _existing(ssm, names):
    """``name -> value`` of the parameters among ``names`` that exist."""
    found = {}
    names = list(names)
    for start in range(0, len(names), 10):
        result = ssm.get_parameters(Names=names[start:start + 10])
        for parameter in result["Parameters"]:
            found[parameter["Name"]] = parameter["Value"]
    return found


def _put(ssm, exports):
    for name, value in exports.items():
        ssm.put_parameter(Name=name, Value=value, Type="String", Overwrite=True)


def _delete(ssm, names):
    names = list(names)
    for start in range(0, len(names), 10):
        ssm.delete_parameters(Names=names[start:start + 10])


def apply(event, ssm):
    """Do what the request asks; raise with a message for what it must not do."""
    props = event["ResourceProperties"]["WriterProps"]
    exports = props.get("exports", {})
    request = event["RequestType"]
    if request == "Create":
        clashing = sorted(_existing(ssm, exports))
        if clashing:
            raise RuntimeError(f"Exports cannot be created because these parameters already exist: {clashing}")
        _put(ssm, exports)
        return
    if request == "Update":
        old = event["OldResourceProperties"]["WriterProps"].get("exports", {})
        removed = [name for name in old if name not in exports]
        changed = [name for name in exports if name in old and old[name] != exports[name]]
        in_use = sorted(_imported(ssm, removed + changed))
        if in_use:
            raise RuntimeError(f"Exports cannot be updated or deleted while they are imported: {in_use}")
        _delete(ssm, removed)
        _put(ssm, {name: value for name, value in exports.items() if old.get(name) != value})
        return
    in_use = sorted(_imported(ssm, exports))
    if in_use:
        raise RuntimeError(f"Exports cannot be deleted while they are imported: {in_use}")
    _delete(ssm, exports)


def handler(event, context):
    try:
        import boto3  # in the Lambda runtime

        region = event["ResourceProperties"]["WriterProps"]["region"]
        apply(event, boto3.client("ssm", region_name=region))
        _respond(event, "SUCCESS")
    except Exception as error:  # every failure is reported to CloudFormation
        _respond(event, "FAILED", str(error))
