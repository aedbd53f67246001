"""ApiGatewayToLambda: secure defaults, every override, snapshot, cfn-lint and validation errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from assertions import Annotations, Capture, Match, Template
from constructs import RemovalPolicy, Stack, ValidationError
from l2 import apigateway, iam, lambda_, logs
from patterns import ApiGatewayToLambda

STANDARD_ACCESS_LOG_FIELDS = [
    "requestId", "ip", "user", "caller", "requestTime", "httpMethod", "resourcePath", "status", "protocol",
    "responseLength",
]


def _pattern(stack: Stack, function_props: dict[str, Any], **props: Any) -> ApiGatewayToLambda:
    return ApiGatewayToLambda(stack, "Api", lambda_function_props=function_props, **props)


# --- defaults -----------------------------------------------------------------------------------------------


def test_exposes_the_constructs_it_creates(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(stack, function_props)

    assert isinstance(pattern.lambda_function, lambda_.Function)
    assert isinstance(pattern.api_gateway, apigateway.LambdaRestApi)
    assert isinstance(pattern.api_gateway_log_group, logs.LogGroup)
    assert isinstance(pattern.api_gateway_cloud_watch_role, iam.Role)
    assert pattern.lambda_function.node.path == "S/Api/LambdaFunction"
    assert pattern.api_gateway.node.path == "S/Api/LambdaRestApi"
    assert pattern.api_gateway_log_group.node.path == "S/Api/ApiAccessLogGroup"


def test_creates_one_function_with_active_xray_tracing(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props)
    template = Template.from_stack(stack)

    template.resource_count_is("AWS::Lambda::Function", 1)
    template.has_resource_properties(
        "AWS::Lambda::Function",
        {"Handler": "index.handler", "Runtime": "python3.12", "TracingConfig": {"Mode": "Active"}},
    )


def test_the_function_role_may_only_write_traces(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props)
    template = Template.from_stack(stack)

    template.resource_count_is("AWS::IAM::Policy", 1)
    template.has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": Match.object_equals(
                {
                    "Statement": [
                        {
                            "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                            "Effect": "Allow",
                            "Resource": "*",
                        }
                    ],
                    "Version": "2012-10-17",
                }
            )
        },
    )


def test_every_method_requires_iam_authorization(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props)
    template = Template.from_stack(stack)

    template.resource_count_is("AWS::ApiGateway::Method", 2)
    template.all_resources_properties(
        "AWS::ApiGateway::Method",
        {"AuthorizationType": "AWS_IAM", "Integration": {"Type": "AWS_PROXY"}},
    )


def test_the_stage_traces_and_writes_json_access_logs_to_the_log_group(
    stack: Stack, function_props: dict[str, Any]
) -> None:
    _pattern(stack, function_props)
    template = Template.from_stack(stack)
    log_group_id = template.get_resource_id("AWS::Logs::LogGroup")
    access_log_format = Capture()

    template.has_resource_properties(
        "AWS::ApiGateway::Stage",
        {
            "StageName": "prod",
            "TracingEnabled": True,
            "AccessLogSetting": {
                "DestinationArn": {"Fn::GetAtt": [log_group_id, "Arn"]},
                "Format": access_log_format,
            },
            "MethodSettings": [
                {"DataTraceEnabled": False, "HttpMethod": "*", "LoggingLevel": "INFO", "ResourcePath": "/*"}
            ],
        },
    )
    assert list(json.loads(access_log_format.as_string())) == STANDARD_ACCESS_LOG_FIELDS


def test_the_access_log_group_is_retained_for_two_years(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props)
    template = Template.from_stack(stack)

    template.resource_count_is("AWS::Logs::LogGroup", 1)
    template.has_resource(
        "AWS::Logs::LogGroup",
        {"Properties": {"RetentionInDays": 731}, "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"},
    )


def test_api_gateway_gets_the_role_to_push_logs_to_cloudwatch(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(stack, function_props)
    template = Template.from_stack(stack)
    role_id = stack.resolve(pattern.api_gateway_cloud_watch_role.node.default_child.logical_id)

    template.has_resource_properties(
        "AWS::ApiGateway::Account", {"CloudWatchRoleArn": {"Fn::GetAtt": [role_id, "Arn"]}}
    )
    template.has_resource_properties(
        "AWS::IAM::Role",
        {
            "AssumeRolePolicyDocument": {"Statement": [{"Principal": {"Service": "apigateway.amazonaws.com"}}]},
            "ManagedPolicyArns": [
                {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"},
                                   ":iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"]]}
            ],
        },
    )


def test_synthesizes_without_warnings(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props)

    Annotations.from_stack(stack).has_no_warning("*", Match.any_value())


def test_default_template_snapshot(stack: Stack, function_props: dict[str, Any], template_snapshot: Any) -> None:
    _pattern(stack, function_props)

    assert template_snapshot == stack


# --- overrides ----------------------------------------------------------------------------------------------


def test_an_existing_function_is_used_as_is(stack: Stack, make_function: Callable[..., lambda_.Function]) -> None:
    own = make_function(stack, "Own")
    pattern = ApiGatewayToLambda(stack, "Api", existing_lambda_obj=own)
    template = Template.from_stack(stack)

    assert pattern.lambda_function is own
    assert pattern.node.try_find_child("LambdaFunction") is None
    template.resource_count_is("AWS::Lambda::Function", 1)
    template.has_resource_properties("AWS::Lambda::Function", {"TracingConfig": Match.absent()})
    template.has_resource_properties(
        "AWS::Lambda::Permission",
        {"FunctionName": {"Fn::GetAtt": [stack.resolve(own.node.default_child.logical_id), "Arn"]}},
    )


def test_function_props_override_the_tracing_default(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, {**function_props, "tracing": lambda_.Tracing.PASS_THROUGH, "memory_size": 512})

    Template.from_stack(stack).has_resource_properties(
        "AWS::Lambda::Function", {"MemorySize": 512, "TracingConfig": {"Mode": "PassThrough"}}
    )


def test_deploy_options_merge_field_by_field(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(
        stack,
        function_props,
        api_gateway_props={"deploy_options": {"stage_name": "v1", "logging_level": apigateway.MethodLoggingLevel.ERROR}},
    )

    Template.from_stack(stack).has_resource_properties(
        "AWS::ApiGateway::Stage",
        {
            "StageName": "v1",
            "TracingEnabled": True,
            "AccessLogSetting": {"DestinationArn": Match.any_value()},
            "MethodSettings": [Match.object_like({"LoggingLevel": "ERROR"})],
        },
    )


def test_deploy_options_also_merge_as_a_stage_options_object(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(
        stack, function_props, api_gateway_props={"deploy_options": apigateway.StageOptions(tracing_enabled=False)}
    )

    Template.from_stack(stack).has_resource_properties(
        "AWS::ApiGateway::Stage",
        {"TracingEnabled": False, "AccessLogSetting": {"DestinationArn": Match.any_value()}},
    )


def test_the_authorization_type_can_be_overridden(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(
        stack,
        function_props,
        api_gateway_props={"default_method_options": {"authorization_type": apigateway.AuthorizationType.NONE}},
    )

    Template.from_stack(stack).all_resources_properties("AWS::ApiGateway::Method", {"AuthorizationType": "NONE"})


def test_api_props_set_the_endpoint_type_and_name(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(
        stack,
        function_props,
        api_gateway_props={"endpoint_types": [apigateway.EndpointType.REGIONAL], "rest_api_name": "items"},
    )

    Template.from_stack(stack).has_resource_properties(
        "AWS::ApiGateway::RestApi", {"Name": "items", "EndpointConfiguration": {"Types": ["REGIONAL"]}}
    )


def test_without_the_cloudwatch_role_no_account_is_configured(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(stack, function_props, api_gateway_props={"cloud_watch_role": False})
    template = Template.from_stack(stack)

    assert pattern.api_gateway_cloud_watch_role is None
    template.resource_count_is("AWS::ApiGateway::Account", 0)
    template.resource_count_is("AWS::IAM::Role", 1)


def test_log_group_props_set_retention_and_removal(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(
        stack,
        function_props,
        log_group_props={"retention": logs.RetentionDays.ONE_WEEK, "removal_policy": RemovalPolicy.DESTROY},
    )

    Template.from_stack(stack).has_resource(
        "AWS::Logs::LogGroup", {"Properties": {"RetentionInDays": 7}, "DeletionPolicy": "Delete"}
    )


def test_overridden_templates_pass_cfn_lint(
    stack: Stack, function_props: dict[str, Any], cfn_lint_errors: Callable[[Stack], list[str]]
) -> None:
    _pattern(
        stack,
        function_props,
        api_gateway_props={
            "endpoint_types": [apigateway.EndpointType.REGIONAL],
            "deploy_options": {"stage_name": "v1"},
        },
        log_group_props={"retention": logs.RetentionDays.ONE_MONTH},
    )

    assert cfn_lint_errors(stack) == []


def test_the_default_template_passes_cfn_lint(
    stack: Stack, function_props: dict[str, Any], cfn_lint_errors: Callable[[Stack], list[str]]
) -> None:
    _pattern(stack, function_props)

    assert cfn_lint_errors(stack) == []


# --- validation ---------------------------------------------------------------------------------------------


def test_fails_with_both_an_existing_function_and_function_props(
    stack: Stack, function_props: dict[str, Any], make_function: Callable[..., lambda_.Function]
) -> None:
    with pytest.raises(ValidationError) as err:
        ApiGatewayToLambda(
            stack, "Api", existing_lambda_obj=make_function(stack, "Own"), lambda_function_props=function_props
        )

    assert err.value.bare_message == "Provide either existing_lambda_obj or lambda_function_props, not both"
    assert err.value.construct_path == "S/Api"
    assert "at path [S/Api]" in str(err.value)


def test_fails_without_a_function(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        ApiGatewayToLambda(stack, "Api")

    assert err.value.bare_message == (
        "Provide existing_lambda_obj or lambda_function_props (with code, handler and runtime)"
    )
    assert err.value.construct_path == "S/Api"


def test_fails_when_function_props_lack_required_props(stack: Stack, function_props: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as err:
        ApiGatewayToLambda(stack, "Api", lambda_function_props={"code": function_props["code"]})

    assert err.value.bare_message == "lambda_function_props is missing handler, runtime"


def test_fails_when_api_props_name_a_handler(
    stack: Stack, function_props: dict[str, Any], make_function: Callable[..., lambda_.Function]
) -> None:
    with pytest.raises(ValidationError) as err:
        _pattern(stack, function_props, api_gateway_props={"handler": make_function(stack, "Other")})

    assert err.value.bare_message.startswith("api_gateway_props must not set handler")
    assert err.value.construct_path == "S/Api"


@pytest.mark.parametrize(
    ("prop", "value", "message"),
    [
        (
            "api_gateway_props",
            {"stage_name": "v1"},
            "api_gateway_props has keys that l2.apigateway.LambdaRestApi does not take: stage_name; "
            "use the keyword arguments of l2.apigateway.LambdaRestApi",
        ),
        (
            "log_group_props",
            {"retention_days": 7},
            "log_group_props has keys that l2.logs.LogGroup does not take: retention_days; "
            "use the keyword arguments of l2.logs.LogGroup",
        ),
    ],
)
def test_fails_on_props_the_l2_class_does_not_take(
    stack: Stack, function_props: dict[str, Any], prop: str, value: Any, message: str
) -> None:
    props: dict[str, Any] = {"lambda_function_props": function_props, prop: value}
    with pytest.raises(ValidationError) as err:
        ApiGatewayToLambda(stack, "Api", **props)

    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Api"
