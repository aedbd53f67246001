"""pycdk's ``AwsCustomResource`` handler: one AWS API call per lifecycle event, made with boto3.

The resource properties carry the calls as JSON (``Create``, ``Update``, ``Delete``) written for aws-cdk-lib's
JavaScript SDK: service ``S3``/``s3``/``@aws-sdk/client-s3``, action ``GetObject``/``getObject``/
``GetObjectCommand``. They are translated to a boto3 client name and method (``s3``, ``get_object``); string
parameters are converted to the numbers, booleans and bytes the operation's input shapes expect. The response is
flattened to ``Body.Items.0.Name`` style keys (filtered by ``outputPaths``) and returned as the resource's data.
``InstallLatestAwsSdk`` is accepted and ignored: the calls use the boto3 of the Lambda Python runtime.
"""

import json
import re
import urllib.request

PHYSICAL_RESOURCE_ID_REFERENCE = "PHYSICAL:RESOURCEID:"
PACKAGE_PREFIX = "@aws-sdk/client-"
# SDK v3 client names whose boto3 client name is not the v3 name, nor the v3 name without dashes.
BOTO3_NAMES = {
    "api-gateway": "apigateway",
    "application-auto-scaling": "application-autoscaling",
    "auto-scaling": "autoscaling",
    "auto-scaling-plans": "autoscaling-plans",
    "cloudwatch-events": "events",
    "cloudwatch-logs": "logs",
    "cognito-identity-provider": "cognito-idp",
    "config-service": "config",
    "cost-explorer": "ce",
    "database-migration-service": "dms",
    "elastic-load-balancing": "elb",
    "elastic-load-balancing-v2": "elbv2",
    "eventbridge": "events",
    "sfn": "stepfunctions",
    "lex-model-building-service": "lex-models",
    "lex-runtime-service": "lex-runtime",
    "marketplace-commerce-analytics": "marketplacecommerceanalytics",
    "sesv2": "sesv2",
    "elasticsearch-service": "es",
    "directory-service": "ds",
    "cloudsearch-domain": "cloudsearchdomain",
    "iot-data-plane": "iot-data",
    "kinesis-analytics": "kinesisanalytics",
    "kinesis-analytics-v2": "kinesisanalyticsv2",
    "sagemaker-runtime": "sagemaker-runtime",
    "resource-groups-tagging-api": "resourcegroupstaggingapi",
}


def load_v2_to_v3():
    """The SDK v2 → v3 client name map (aws-cdk-lib's, shipped next to this file)."""
    import os

    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "v2_to_v3.json")) as f:
        return json.load(f)


def boto3_service_name(service, v2_to_v3=None):
    """The boto3 client name of a service given as aws-cdk-lib accepts it."""
    name = service.lower()
    if name.startswith(PACKAGE_PREFIX):
        name = name[len(PACKAGE_PREFIX):]
    name = (v2_to_v3 if v2_to_v3 is not None else load_v2_to_v3()).get(name, name)
    return BOTO3_NAMES.get(name, name)


def boto3_method_name(action):
    """``GetObject``/``getObject``/``GetObjectCommand`` → ``get_object``."""
    if action.endswith("Command") and action != "Command":
        action = action[: -len("Command")]
    action = action[:1].upper() + action[1:]
    try:
        from botocore import xform_name
    except ImportError:  # outside Lambda: the same rule for plain CamelCase names
        return re.sub(r"(?<=[a-z0-9])([A-Z])|(?<=[A-Z])([A-Z])(?=[a-z])", r"_\1\2", action).lower()
    return xform_name(action)


def substitute_physical_id(value, physical_id):
    """Replace ``PhysicalResourceIdReference`` placeholders with the resource's physical id."""
    if isinstance(value, str):
        return physical_id if value == PHYSICAL_RESOURCE_ID_REFERENCE else value
    if isinstance(value, list):
        return [substitute_physical_id(v, physical_id) for v in value]
    if isinstance(value, dict):
        return {k: substitute_physical_id(v, physical_id) for k, v in value.items()}
    return value


def coerce(value, shape):
    """Convert strings (as CloudFormation passes every property) to the type the input shape expects."""
    if shape is None or value is None:
        return value
    kind = shape.type_name
    if kind == "structure" and isinstance(value, dict):
        return {k: coerce(v, shape.members.get(k)) for k, v in value.items()}
    if kind == "list" and isinstance(value, list):
        return [coerce(v, shape.member) for v in value]
    if kind == "map" and isinstance(value, dict):
        return {k: coerce(v, shape.value) for k, v in value.items()}
    if not isinstance(value, str):
        return value
    if kind in ("integer", "long"):
        return int(value)
    if kind in ("float", "double"):
        return float(value)
    if kind == "boolean":
        return value == "true"
    if kind == "blob":
        return value.encode()
    return value


def flatten(value, prefix=""):
    """``{"a": {"b": [{"c": 1}]}}`` → ``{"a.b.0.c": 1}`` (bytes and streams become text)."""
    if hasattr(value, "read"):
        value = value.read()
    if isinstance(value, (bytes, bytearray)):
        value = value.decode("utf-8", "replace")
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, (list, tuple)):
        items = ((str(i), v) for i, v in enumerate(value))
    else:
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        return {prefix: value} if prefix else {}
    out = {}
    for key, child in items:
        out.update(flatten(child, f"{prefix}.{key}" if prefix else str(key)))
    return out


def filter_output(data, output_paths):
    """Keep the keys under one of ``output_paths``."""
    if not output_paths:
        return data
    return {k: v for k, v in data.items() if any(k.startswith(p) for p in output_paths)}


def make_session(call, boto3_module):
    """The session the call runs in: the function's role, or ``assumedRoleArn`` (with ``externalId``)."""
    if not call.get("assumedRoleArn"):
        return boto3_module.session.Session()
    params = {"RoleArn": call["assumedRoleArn"], "RoleSessionName": "AwsCustomResource"}
    if call.get("externalId"):
        params["ExternalId"] = call["externalId"]
    creds = boto3_module.client("sts").assume_role(**params)["Credentials"]
    return boto3_module.session.Session(
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )


def error_code(error):
    """The API error code of a botocore ``ClientError`` (else the exception's class name)."""
    response = getattr(error, "response", None)
    if isinstance(response, dict):
        code = (response.get("Error") or {}).get("Code")
        if code:
            return code
    return type(error).__name__


def execute(call, physical_id, boto3_module, v2_to_v3=None, log=print):
    """Run one call; returns ``(data, physical_resource_id or None)``."""
    service = boto3_service_name(call["service"], v2_to_v3)
    method = boto3_method_name(call["action"])
    parameters = substitute_physical_id(call.get("parameters") or {}, physical_id)
    session = make_session(call, boto3_module)
    options = {}
    if call.get("region"):
        options["region_name"] = call["region"]
    if call.get("apiVersion"):
        options["api_version"] = call["apiVersion"]
    client = session.client(service, **options)
    model = getattr(getattr(client, "meta", None), "service_model", None)
    if model is not None:
        operation = next((n for n in model.operation_names if boto3_method_name(n) == method), None)
        if operation is not None:
            parameters = coerce(parameters, model.operation_model(operation).input_shape)
    try:
        response = getattr(client, method)(**parameters)
    except Exception as error:
        pattern = call.get("ignoreErrorCodesMatching")
        if pattern and re.search(pattern, error_code(error)):
            log(f"ignoring error {error_code(error)}: {error}")
            return {}, None
        raise
    if isinstance(response, dict):
        response = {k: v for k, v in response.items() if k != "ResponseMetadata"}
    data = flatten(response)
    if call.get("logApiResponseData", True):
        log(json.dumps({"response": data}, default=str))
    new_id = None
    spec = call.get("physicalResourceId") or {}
    if spec.get("responsePath"):
        new_id = data.get(spec["responsePath"])
    elif spec.get("id"):
        new_id = spec["id"]
    return filter_output(data, call.get("outputPaths")), new_id


def handler(event, context):
    """Entry point: run the call of the request type and answer CloudFormation."""
    import boto3

    props = event["ResourceProperties"]
    request = event["RequestType"]
    physical_id = event.get("PhysicalResourceId") or event["LogicalResourceId"]
    status, reason, data = "SUCCESS", "OK", {}
    try:
        raw = props.get(request)
        if raw:
            call = json.loads(raw)
            data, new_id = execute(call, physical_id, boto3)
            if new_id is not None:
                physical_id = str(new_id)
    except Exception as error:  # reported to CloudFormation instead of timing out
        status, reason = "FAILED", str(error) or type(error).__name__
        if request == "Create" and not event.get("PhysicalResourceId"):
            physical_id = "AWSCDK::AwsCustomResource::CREATE_FAILED"
    respond(event, context, status, reason, physical_id, data)


def respond(event, context, status, reason, physical_id, data):
    """PUT the response document to CloudFormation's pre-signed URL."""
    body = json.dumps({
        "Status": status,
        "Reason": reason if status == "SUCCESS" else f"{reason} (Logs: {getattr(context, 'log_stream_name', '')})",
        "PhysicalResourceId": physical_id,
        "StackId": event["StackId"],
        "RequestId": event["RequestId"],
        "LogicalResourceId": event["LogicalResourceId"],
        "NoEcho": False,
        "Data": data,
    }).encode()
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                                     headers={"Content-Type": "", "Content-Length": str(len(body))})
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()


def events_handler(event, context):
    """Entry point of ``aws_events_targets.AwsApi``: the rule's input is the call
    (``service``, ``action``, ``parameters``, ``apiVersion``, ``catchErrorPattern``)."""
    import boto3

    call = {
        "service": event["service"],
        "action": event["action"],
        "parameters": event.get("parameters") or {},
        "apiVersion": event.get("apiVersion"),
        "ignoreErrorCodesMatching": event.get("catchErrorPattern"),
    }
    data, _ = execute(call, None, boto3)
    return data
