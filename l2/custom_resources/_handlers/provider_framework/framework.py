"""pycdk's provider-framework handler (``custom_resources.Provider``): three entry points.

- ``on_event``: called by CloudFormation. Invokes the user's on-event function; without an is-complete
  function it answers CloudFormation at once, else it starts the waiter state machine.
- ``is_complete``: called by the waiter state machine. Invokes the user's is-complete function; while the
  operation is not complete it raises, so that the state machine retries; once complete it answers
  CloudFormation.
- ``on_timeout``: called by the state machine when the retries are exhausted; answers FAILED.

Environment: ``USER_ON_EVENT_FUNCTION_ARN``, ``USER_IS_COMPLETE_FUNCTION_ARN`` and ``WAITER_STATE_MACHINE_ARN``.
"""

import json
import os
import urllib.request

USER_ON_EVENT = "USER_ON_EVENT_FUNCTION_ARN"
USER_IS_COMPLETE = "USER_IS_COMPLETE_FUNCTION_ARN"
WAITER_STATE_MACHINE = "WAITER_STATE_MACHINE_ARN"
MISSING_PHYSICAL_ID = "AWSCDK::CustomResourceProviderFramework::MISSING_PHYSICAL_ID"
CREATE_FAILED_PHYSICAL_ID = "AWSCDK::CustomResourceProviderFramework::CREATE_FAILED"
MAX_REASON_LENGTH = 4000

_clients = {}


def client(name):
    """A boto3 client, created once per container."""
    if name not in _clients:
        import boto3

        _clients[name] = boto3.client(name)
    return _clients[name]


class Retry(Exception):
    """Raised by ``is_complete`` while the operation is not complete: the state machine retries."""


def on_event(event, context=None):
    """CloudFormation's request: run the user's on-event function, then answer or start waiting."""
    event = dict(event)
    try:
        result = invoke_user_function(os.environ[USER_ON_EVENT], without_response_url(event)) or {}
        validate_result(event, result)
        merged = {**event, **result, "Data": {**(event.get("Data") or {}), **(result.get("Data") or {})}}
        if USER_IS_COMPLETE not in os.environ or not os.environ.get(WAITER_STATE_MACHINE):
            respond(merged, "SUCCESS", "OK")
            return merged
        client("stepfunctions").start_execution(
            stateMachineArn=os.environ[WAITER_STATE_MACHINE],
            name=event["RequestId"],
            input=json.dumps(merged),
        )
        return merged
    except Exception as error:  # every failure is reported, or CloudFormation waits for an hour
        fail(event, error, context)
        return None


def is_complete(event, context=None):
    """The state machine's task: run the user's is-complete function; raise ``Retry`` while not complete."""
    result = invoke_user_function(os.environ[USER_IS_COMPLETE], without_response_url(event)) or {}
    if not isinstance(result.get("IsComplete"), bool):
        fail(event, ValueError('is-complete function must return an object with a boolean "IsComplete" field'),
             context)
        return None
    if not result["IsComplete"]:
        if result.get("Data"):
            fail(event, ValueError('"Data" is not allowed if "IsComplete" is "False"'), context)
            return None
        raise Retry(json.dumps(event))
    merged = {**event, **result, "Data": {**(event.get("Data") or {}), **(result.get("Data") or {})}}
    respond(merged, "SUCCESS", "OK")
    return merged


def on_timeout(timeout_event, context=None):
    """The retries are exhausted: answer FAILED for the original request (carried in the error's cause)."""
    cause = json.loads(timeout_event["Cause"])
    original = json.loads(cause["errorMessage"])
    respond(original, "FAILED", "Operation timed out", physical_id(original))


def without_response_url(event):
    """The event as the user function sees it (no pre-signed response URL)."""
    return {k: v for k, v in event.items() if k != "ResponseURL"}


def validate_result(event, result):
    """Delete must keep the physical id; other requests may set it, else keep the old one / the request id."""
    new_id = result.get("PhysicalResourceId")
    if event["RequestType"] == "Create":
        result.setdefault("PhysicalResourceId", event["RequestId"])
    elif event["RequestType"] == "Update":
        result.setdefault("PhysicalResourceId", event["PhysicalResourceId"])
    elif event["RequestType"] == "Delete":
        if new_id is not None and new_id != event["PhysicalResourceId"]:
            raise ValueError(
                f"DELETE: cannot change the physical resource ID from \"{event['PhysicalResourceId']}\" "
                f"to \"{new_id}\" during deletion")
        result.setdefault("PhysicalResourceId", event["PhysicalResourceId"])


def invoke_user_function(function_arn, payload):
    """Invoke a user function synchronously; its error (if any) becomes an exception with its message."""
    response = client("lambda").invoke(
        FunctionName=function_arn, InvocationType="RequestResponse", Payload=json.dumps(payload).encode())
    raw = response["Payload"].read() if hasattr(response.get("Payload"), "read") else response.get("Payload")
    body = json.loads(raw) if raw else None
    if response.get("FunctionError"):
        message = body.get("errorMessage") if isinstance(body, dict) else None
        raise RuntimeError(message or f"{response['FunctionError']} error in {function_arn}")
    return body


def physical_id(event):
    """The id to report: the known one, or a placeholder that tells CloudFormation a create failed."""
    if event.get("PhysicalResourceId"):
        return event["PhysicalResourceId"]
    return CREATE_FAILED_PHYSICAL_ID if event.get("RequestType") == "Create" else MISSING_PHYSICAL_ID


def fail(event, error, context=None):
    """Answer FAILED with the error's message (and the log stream, when known)."""
    reason = str(error)
    if context is not None and getattr(context, "log_stream_name", None):
        reason = f"{reason}\n\nLogs: {context.log_stream_name}"
    respond(event, "FAILED", reason, physical_id(event))


def respond(event, status, reason, physical_resource_id=None):
    """PUT the response document to CloudFormation's pre-signed URL."""
    document = {
        "Status": status,
        "Reason": reason[:MAX_REASON_LENGTH],
        "StackId": event["StackId"],
        "RequestId": event["RequestId"],
        "PhysicalResourceId": physical_resource_id or event.get("PhysicalResourceId") or MISSING_PHYSICAL_ID,
        "LogicalResourceId": event["LogicalResourceId"],
        "NoEcho": bool(event.get("NoEcho")),
        "Data": event.get("Data") or {},
    }
    put_response(event["ResponseURL"], json.dumps(document).encode())
    return document


def put_response(url, body):
    """The HTTP PUT (no content type: the URL's signature does not include one)."""
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "", "Content-Length": str(len(body))})
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
