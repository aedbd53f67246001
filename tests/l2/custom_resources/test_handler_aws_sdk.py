"""pycdk's ``AwsCustomResource`` handler (``_handlers/aws_sdk/index.py``), run in-process with a fake boto3.

boto3 is not a dependency of the project (it is in the Lambda Python runtime), so a fake module stands for it: a
session whose clients record calls and return canned responses. The expected behaviour is aws-cdk-lib's handler:
JS SDK service/action names, flattened response data (``Topics.0.TopicArn``), ``outputPaths``,
``PhysicalResourceId.fromResponse``, ``ignoreErrorCodesMatching``, ``PhysicalResourceIdReference`` and
``assumedRoleArn``/``externalId``.
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

HANDLER = Path(__file__).resolve().parents[3] / "l2" / "custom_resources" / "_handlers" / "aws_sdk" / "index.py"


def _load() -> Any:
    spec = importlib.util.spec_from_file_location("pycdk_test_aws_sdk", HANDLER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sdk = _load()


class ClientError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(f"An error occurred ({code})")
        self.response = {"Error": {"Code": code}}


class FakeClient:
    def __init__(self, service: str, log: list[Any], responses: dict[str, Any], **options: Any) -> None:
        self.service, self.log, self.responses, self.options = service, log, responses, options

    def __getattr__(self, method: str) -> Any:
        def call(**params: Any) -> Any:
            self.log.append((self.service, method, params, self.options))
            result = self.responses[method]
            if isinstance(result, Exception):
                raise result
            return result

        return call


class FakeBoto3:
    """``boto3``: ``session.Session(...)`` whose ``client(name, **options)`` is a ``FakeClient``; ``client("sts")``."""

    def __init__(self, responses: dict[str, Any]) -> None:
        self.calls: list[Any] = []
        self.sessions: list[dict[str, Any]] = []
        outer = self

        class Session:
            def __init__(self, **credentials: Any) -> None:
                outer.sessions.append(credentials)

            def client(self, name: str, **options: Any) -> FakeClient:
                return FakeClient(name, outer.calls, responses, **options)

        self.session = types.SimpleNamespace(Session=Session)

    def client(self, name: str) -> FakeClient:
        return FakeClient(name, self.calls, {"assume_role": {"Credentials": {
            "AccessKeyId": "AK", "SecretAccessKey": "SK", "SessionToken": "ST"}}})


@pytest.mark.parametrize(
    ("service", "expected"),
    [("S3", "s3"), ("s3", "s3"), ("@aws-sdk/client-s3", "s3"), ("CloudWatchLogs", "logs"),
     ("@aws-sdk/client-cloudwatch-logs", "logs"), ("StepFunctions", "stepfunctions"), ("ApiGateway", "apigateway"),
     ("@aws-sdk/client-memorydb", "memorydb"), ("CognitoIdentityServiceProvider", "cognito-idp"),
     ("SSM", "ssm"), ("DynamoDB", "dynamodb"), ("EventBridge", "events")],
)
def test_service_names_become_boto3_client_names(service: str, expected: str) -> None:
    assert sdk.boto3_service_name(service) == expected


@pytest.mark.parametrize(
    ("action", "expected"),
    [("GetObject", "get_object"), ("getObject", "get_object"), ("GetObjectCommand", "get_object"),
     ("listTopics", "list_topics"), ("DescribeVpcAttribute", "describe_vpc_attribute"), ("PutItem", "put_item")],
)
def test_actions_become_boto3_method_names(action: str, expected: str) -> None:
    assert sdk.boto3_method_name(action) == expected


def test_flatten_uses_dotted_paths_and_reads_streams() -> None:
    response = {"Topics": [{"TopicArn": "a"}, {"TopicArn": "b"}], "Body": io.BytesIO(b"text"), "N": 3, "Ok": True}
    assert sdk.flatten(response) == {"Topics.0.TopicArn": "a", "Topics.1.TopicArn": "b", "Body": "text", "N": 3,
                                     "Ok": True}


def test_output_paths_keep_the_keys_under_them() -> None:
    data = {"A.0.B": 1, "A.1.B": 2, "C": 3}
    assert sdk.filter_output(data, ["A.0"]) == {"A.0.B": 1}
    assert sdk.filter_output(data, None) == data


def test_physical_id_references_are_replaced_deeply() -> None:
    params = {"Id": "PHYSICAL:RESOURCEID:", "List": ["PHYSICAL:RESOURCEID:", "x"], "Nested": {"K": "v"}}
    assert sdk.substitute_physical_id(params, "phys") == {"Id": "phys", "List": ["phys", "x"], "Nested": {"K": "v"}}


def test_string_parameters_are_coerced_to_the_input_shapes() -> None:
    def shape(kind: str, **attrs: Any) -> Any:
        return types.SimpleNamespace(type_name=kind, **attrs)

    input_shape = shape("structure", members={
        "Limit": shape("integer"), "Enabled": shape("boolean"), "Ratio": shape("double"), "Blob": shape("blob"),
        "Names": shape("list", member=shape("string")), "Tags": shape("map", value=shape("long")),
    })
    params = {"Limit": "5", "Enabled": "true", "Ratio": "0.5", "Blob": "ab", "Names": ["x"], "Tags": {"a": "7"}}
    assert sdk.coerce(params, input_shape) == {
        "Limit": 5, "Enabled": True, "Ratio": 0.5, "Blob": b"ab", "Names": ["x"], "Tags": {"a": 7}}


def test_execute_calls_the_method_and_returns_data_and_physical_id() -> None:
    boto3 = FakeBoto3({"list_topics": {"Topics": [{"TopicArn": "arn:t"}], "ResponseMetadata": {"RequestId": "r"}}})
    call = {"service": "SNS", "action": "listTopics", "physicalResourceId": {"responsePath": "Topics.0.TopicArn"},
            "region": "eu-west-1", "apiVersion": "2010-03-31"}
    data, physical_id = sdk.execute(call, "old", boto3, log=lambda _m: None)
    assert data == {"Topics.0.TopicArn": "arn:t"} and physical_id == "arn:t"
    (service, method, params, options), = boto3.calls
    assert (service, method, params) == ("sns", "list_topics", {})
    assert options == {"region_name": "eu-west-1", "api_version": "2010-03-31"}


def test_ignored_error_codes_give_empty_data_and_others_raise() -> None:
    boto3 = FakeBoto3({"describe_cluster": ClientError("ResourceNotFoundException")})
    call = {"service": "EKS", "action": "describeCluster", "parameters": {"name": "x"},
            "ignoreErrorCodesMatching": "ResourceNotFound.*", "physicalResourceId": {"id": "fixed"}}
    assert sdk.execute(call, "old", boto3, log=lambda _m: None) == ({}, None)
    with pytest.raises(ClientError):
        sdk.execute({**call, "ignoreErrorCodesMatching": "Other"}, "old", boto3, log=lambda _m: None)


def test_assumed_role_and_external_id_make_a_session_with_its_credentials() -> None:
    boto3 = FakeBoto3({"get_caller_identity": {"Account": "1"}})
    call = {"service": "STS", "action": "GetCallerIdentity", "assumedRoleArn": "arn:role", "externalId": "ext",
            "physicalResourceId": {"id": "id"}}
    assert sdk.execute(call, "old", boto3, log=lambda _m: None) == ({"Account": "1"}, "id")
    assume = [c for c in boto3.calls if c[1] == "assume_role"]
    assert assume[0][2] == {"RoleArn": "arn:role", "RoleSessionName": "AwsCustomResource", "ExternalId": "ext"}
    assert boto3.sessions == [{"aws_access_key_id": "AK", "aws_secret_access_key": "SK", "aws_session_token": "ST"}]


def test_logging_of_response_data_can_be_hidden() -> None:
    boto3 = FakeBoto3({"get_parameter": {"Parameter": {"Value": "secret"}}})
    logged: list[str] = []
    call = {"service": "SSM", "action": "GetParameter", "parameters": {"Name": "p"}, "logApiResponseData": False}
    sdk.execute(call, "old", boto3, log=logged.append)
    assert not any("secret" in line for line in logged)
    sdk.execute({**call, "logApiResponseData": True}, "old", boto3, log=logged.append)
    assert any("secret" in line for line in logged)


def test_handler_runs_the_call_of_the_request_type_and_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeBoto3({"delete_topic": {}, "create_topic": {"TopicArn": "arn:new"}})
    monkeypatch.setitem(sys.modules, "boto3", fake)
    answers: list[Any] = []
    monkeypatch.setattr(sdk, "respond", lambda *args: answers.append(args))
    props = {
        "Create": json.dumps({"service": "SNS", "action": "CreateTopic", "parameters": {"Name": "t"},
                              "physicalResourceId": {"responsePath": "TopicArn"}}),
        "Delete": json.dumps({"service": "SNS", "action": "DeleteTopic",
                              "parameters": {"TopicArn": "PHYSICAL:RESOURCEID:"}}),
    }
    base = {"ResponseURL": "u", "StackId": "s", "RequestId": "r", "LogicalResourceId": "L", "ResourceProperties": props}
    sdk.handler({**base, "RequestType": "Create"}, None)
    sdk.handler({**base, "RequestType": "Delete", "PhysicalResourceId": "arn:new"}, None)
    sdk.handler({**base, "RequestType": "Update", "PhysicalResourceId": "arn:new"}, None)
    assert [(a[2], a[4]) for a in answers] == [("SUCCESS", "arn:new"), ("SUCCESS", "arn:new"), ("SUCCESS", "arn:new")]
    assert answers[0][5] == {"TopicArn": "arn:new"}
    assert ("sns", "delete_topic", {"TopicArn": "arn:new"}) in [c[:3] for c in fake.calls]


def test_handler_answers_failed_when_the_call_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "boto3", FakeBoto3({"get_object": ClientError("NoSuchKey")}))
    answers: list[Any] = []
    monkeypatch.setattr(sdk, "respond", lambda *args: answers.append(args))
    props = {"Create": json.dumps({"service": "S3", "action": "GetObject", "physicalResourceId": {"id": "x"}})}
    sdk.handler({"RequestType": "Create", "ResponseURL": "u", "StackId": "s", "RequestId": "r",
                 "LogicalResourceId": "L", "ResourceProperties": props}, None)
    (answer,) = answers
    assert answer[2] == "FAILED" and "NoSuchKey" in answer[3]
