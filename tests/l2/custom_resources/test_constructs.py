"""``l2.custom_resources`` constructs: validation (aws-cdk-lib 2.275's messages, captured with the oracle), IAM
action names from SDK calls (the oracle's policies for the same calls), and the rendered SDK-call JSON."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from assertions import Template
from constructs import App, Duration, Stack, ValidationError
from l2 import custom_resources as cr
from l2 import iam, lambda_
from l2.custom_resources._private.sdk_info import aws_sdk_to_iam_action


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def _fn(stack: Stack, id: str = "F") -> lambda_.Function:
    return lambda_.Function(stack, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                            code=lambda_.Code.from_inline("x"))


def _call(**kwargs: Any) -> cr.AwsSdkCall:
    return cr.AwsSdkCall(service="S3", action="GetObject", **kwargs)


POLICY = cr.AwsCustomResourcePolicy.from_sdk_calls(resources=["*"])
PHYS = cr.PhysicalResourceId.of("x")


# (service, action) → the action in aws-cdk-lib 2.275's synthesized policy
ORACLE_ACTIONS = [
    ("S3", "GetObject", "s3:GetObject"),
    ("CloudWatchLogs", "putRetentionPolicy", "logs:PutRetentionPolicy"),
    ("@aws-sdk/client-ssm", "SendCommand", "ssm:SendCommand"),
    ("SSM", "GetParameterCommand", "ssm:GetParameter"),
    ("ecs", "ExecuteCommand", "ecs:ExecuteCommand"),
    ("ApiGateway", "getRestApis", "apigateway:GetRestApis"),
    ("@aws-sdk/client-api-gateway", "GetRestApisCommand", "apigateway:GetRestApis"),
    ("StepFunctions", "startExecution", "states:StartExecution"),
    ("ElasticLoadBalancingV2", "describeLoadBalancers", "elasticloadbalancingv2:DescribeLoadBalancers"),
    ("Amp", "ListWorkspaces", "aps:ListWorkspaces"),
    ("codecatalyst", "ListSpaces", "codecatalyst:ListSpaces"),
    ("iot", "UpdateCommand", "iot:UpdateCommand"),
    ("CognitoIdentityServiceProvider", "adminGetUser", "cognito-idp:AdminGetUser"),
]


@pytest.mark.parametrize(("service", "action", "expected"), ORACLE_ACTIONS)
def test_iam_actions_match_aws_cdk_lib(service: str, action: str, expected: str) -> None:
    assert aws_sdk_to_iam_action(service, action) == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"policy": POLICY}, "At least `onCreate`, `onUpdate` or `onDelete` must be specified."),
        ({"on_update": _call(physical_resource_id=PHYS)},
         "At least one of `policy` or `role` (or both) must be specified."),
        ({"on_create": _call(), "policy": POLICY}, "'physicalResourceId' must be specified for 'onCreate' call."),
        ({"on_update": _call(), "policy": POLICY},
         "'physicalResourceId' must be specified for 'onUpdate' call when 'onCreate' is omitted."),
        ({"on_update": _call(physical_resource_id=PHYS, external_id="e"), "policy": POLICY},
         "ExternalId can only be provided when assumedRoleArn is specified."),
        ({"on_create": _call(physical_resource_id=PHYS, parameters={"A": cr.PhysicalResourceIdReference()}),
          "policy": POLICY}, "`PhysicalResourceIdReference` must not be specified in `onCreate` parameters."),
        ({"on_update": _call(physical_resource_id=cr.PhysicalResourceId.from_response("a"),
                             ignore_error_codes_matching="x"), "policy": POLICY},
         "`PhysicalResourceId.fromResponse` cannot be called along with `ignoreErrorCodesMatching`."),
    ],
)
def test_aws_custom_resource_validation(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(Exception, match=re.escape(message)):
        cr.AwsCustomResource(stack, "C", **kwargs)


def test_response_fields_refuse_ignored_errors(stack: Stack) -> None:
    resource = cr.AwsCustomResource(
        stack, "C", on_update=_call(physical_resource_id=PHYS, ignore_error_codes_matching="x"), policy=POLICY)
    with pytest.raises(Exception, match=re.escape("`getDataString` cannot be called along with `ignoreErrorCodesMatching`.")):
        resource.get_response_field("a")
    with pytest.raises(Exception, match=re.escape("`getData` cannot be called along with `ignoreErrorCodesMatching`.")):
        resource.get_response_field_reference("a")


def test_provider_validation(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=re.escape('can only be configured if "isCompleteHandler" is specified')):
        cr.Provider(stack, "P1", on_event_handler=_fn(stack, "F1"), query_interval=Duration.seconds(3))
    role = iam.Role(stack, "R", assumed_by=iam.AnyPrincipal())
    with pytest.raises(ValidationError, match=re.escape('Cannot specify both "role" and any of "frameworkOnEventRole"')):
        cr.Provider(stack, "P2", on_event_handler=_fn(stack, "F2"), role=role, framework_on_event_role=role)
    with pytest.raises(ValidationError, match=re.escape(
            'Cannot specify "frameworkCompleteAndTimeoutRole" when "isCompleteHandler" is not specified.')):
        cr.Provider(stack, "P3", on_event_handler=_fn(stack, "F3"), framework_complete_and_timeout_role=role)
    with pytest.raises(ValidationError, match=re.escape(
            "Cannot determine retry count since totalTimeout=60s is not integrally dividable by queryInterval=7s")):
        cr.Provider(stack, "P4", on_event_handler=_fn(stack, "F4"), is_complete_handler=_fn(stack, "F5"),
                    query_interval=Duration.seconds(7), total_timeout=Duration.minutes(1))


def test_sdk_call_json_keeps_aws_cdk_libs_key_order_and_resolves_references(stack: Stack) -> None:
    resource = cr.AwsCustomResource(
        stack,
        "C",
        on_update=cr.AwsSdkCall(
            region="eu-west-1", parameters={"Id": cr.PhysicalResourceIdReference()}, action="DeleteThing",
            service="S3", physical_resource_id=cr.PhysicalResourceId.from_response("A.0"),
            logging=cr.Logging.with_data_hidden(), output_paths=["A"],
        ),
        policy=POLICY,
        install_latest_aws_sdk=False,
    )
    assert resource.node.path == "S/C"
    template = Template.from_stack(stack).to_json()
    props = next(
        r["Properties"] for r in template["Resources"].values() if r["Type"] == "Custom::AWS")
    assert list(json.loads(props["Update"])) == [
        "action", "service", "outputPaths", "parameters", "physicalResourceId", "region", "logApiResponseData"]
    assert json.loads(props["Update"])["parameters"] == {"Id": "PHYSICAL:RESOURCEID:"}
    assert props["InstallLatestAwsSdk"] is False


def test_physical_resource_id_reference_renders_its_placeholder() -> None:
    ref = cr.PhysicalResourceIdReference()
    assert ref.to_string() == ref.to_json() == str(ref) == "PHYSICAL:RESOURCEID:"


def test_log_api_response_data_flag_turns_logging_on(stack: Stack) -> None:
    app = App(context={"@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault": True})
    flagged = Stack(app, "F")
    assert cr.Logging.all()._render(flagged) == {"logApiResponseData": True}
    assert cr.Logging.all()._render(stack) == {}
    assert cr.Logging.with_data_hidden()._render(flagged) == {"logApiResponseData": False}
