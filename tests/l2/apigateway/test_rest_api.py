"""RestApi: validation errors name the construct path, deployment ids follow the model, imports and URLs."""

from __future__ import annotations

import re

import pytest

from constructs import RemovalPolicy, Size, Stack, SynthesisError, ValidationError
from l2 import apigateway, lambda_
from tests.l2.apigateway.conftest import resources_of_type


def test_fails_synthesis_without_methods(stack: Stack, synth) -> None:
    apigateway.RestApi(stack, "Api")
    with pytest.raises(SynthesisError, match=re.escape("[S/Api] The REST API doesn't contain any methods")):
        synth(stack)


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"deploy": False, "deploy_options": apigateway.StageOptions()}, "Cannot set 'deployOptions' if 'deploy' is disabled"),
        (
            {"cloud_watch_role": False, "cloud_watch_role_removal_policy": RemovalPolicy.DESTROY},
            "'cloudWatchRole' must be enabled for 'cloudWatchRoleRemovalPolicy' to be applied.",
        ),
        (
            {
                "endpoint_types": [apigateway.EndpointType.EDGE],
                "endpoint_configuration": apigateway.EndpointConfiguration(types=[apigateway.EndpointType.EDGE]),
            },
            "Only one of the RestApi props, endpointTypes or endpointConfiguration, is allowed",
        ),
        (
            {
                "endpoint_configuration": apigateway.EndpointConfiguration(
                    types=[apigateway.EndpointType.PRIVATE], ip_address_type=apigateway.IpAddressType.IPV4
                )
            },
            "Private APIs can only have a dualstack IP address type.",
        ),
    ],
)
def test_fails_on_conflicting_props(stack: Stack, props: dict, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        apigateway.RestApi(stack, "Api", **props)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Api"


def test_fails_on_both_compression_sizes_naming_the_scope(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        apigateway.RestApi(stack, "Api", min_compression_size=Size.bytes(1), minimum_compression_size=1)
    assert err.value.bare_message == "both properties minCompressionSize and minimumCompressionSize cannot be set at once."
    assert err.value.construct_path == "S"


def test_url_needs_a_deployment_stage(stack: Stack) -> None:
    api = apigateway.RestApi(stack, "Api", deploy=False)
    with pytest.raises(ValidationError) as err:
        api.url  # noqa: B018 - the property raises
    assert err.value.construct_path == "S/Api"
    assert err.value.bare_message.startswith('Cannot determine deployment stage for API from "deploymentStage"')


def test_arn_for_execute_api_path_must_start_with_a_slash(stack: Stack) -> None:
    api = apigateway.RestApi(stack, "Api")
    with pytest.raises(ValidationError, match=re.escape("\"path\" must begin with a \"/\": 'books'")):
        api.arn_for_execute_api("GET", "books")


def test_arn_for_execute_api_turns_any_into_a_wildcard(stack: Stack) -> None:
    api = apigateway.RestApi(stack, "Api")
    arn = stack.resolve(api.arn_for_execute_api("any", "/x", "prod"))
    assert arn == {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, ":execute-api:", {"Ref": "AWS::Region"}, ":",
             {"Ref": "AWS::AccountId"}, ":", {"Ref": "ApiF70053CD"}, "/prod/*/x"],
        ]
    }


def test_imported_by_id_has_no_root(stack: Stack) -> None:
    api = apigateway.RestApi.from_rest_api_id(stack, "Imported", "abc")
    with pytest.raises(ValidationError, match="root is not configured when imported using `fromRestApiId\\(\\)`"):
        api.root  # noqa: B018 - the property raises
    assert api.rest_api_id == "abc"
    assert api.rest_api_name == "Imported"
    assert api.latest_deployment is None


def _deployment_ids(template: dict) -> list[str]:
    return list(resources_of_type(template, "AWS::ApiGateway::Deployment"))


def test_deployment_logical_id_hashes_the_model(synth) -> None:
    def build(extra_method: bool, description: str | None = None) -> str:
        stack = _fresh_stack()
        api = apigateway.RestApi(stack, "Api", description=description)
        api.root.add_method("GET")
        if extra_method:
            api.root.add_resource("more").add_method("POST")
        (lid,) = _deployment_ids(synth(stack))
        return lid

    base = build(False)
    assert base.startswith("ApiDeploymentB17BE62D") and len(base) == len("ApiDeploymentB17BE62D") + 32
    assert build(False) == base
    assert build(True) != base
    assert build(False, description="changed") != base


def test_overridden_deployment_logical_id_wins(stack: Stack, synth) -> None:
    api = apigateway.RestApi(stack, "Api")
    api.root.add_method("GET")
    api.latest_deployment.resource.override_logical_id("MyDeployment")
    template = synth(stack)
    assert _deployment_ids(template) == ["MyDeployment"]
    stage = next(iter(resources_of_type(template, "AWS::ApiGateway::Stage").values()))
    assert stage["Properties"]["DeploymentId"] == {"Ref": "MyDeployment"}


def test_add_to_logical_id_changes_the_hash(synth) -> None:
    ids = []
    for payload in (None, {"v": 1}, {"v": 2}):
        stack = _fresh_stack()
        api = apigateway.RestApi(stack, "Api")
        api.root.add_method("GET")
        if payload is not None:
            api.latest_deployment.add_to_logical_id(payload)
        ids.extend(_deployment_ids(synth(stack)))
    assert len(set(ids)) == 3


def test_cloud_watch_role_is_retained_and_the_stage_waits_for_the_account(stack: Stack, synth) -> None:
    api = apigateway.RestApi(stack, "Api")
    api.root.add_method("GET")
    template = synth(stack)
    assert template["Resources"]["ApiCloudWatchRole73EC6FC4"]["DeletionPolicy"] == "Retain"
    assert template["Resources"]["ApiAccountA18C9B29"]["DependsOn"] == ["ApiF70053CD"]
    assert template["Resources"]["ApiDeploymentStageprod3EB9684E"]["DependsOn"] == ["ApiAccountA18C9B29"]


def test_lambda_rest_api_rejects_a_default_integration(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        handler = lambda_.Function.from_function_arn(stack, "Fn", "arn:aws:lambda:us-east-1:123456789012:function:f")
        apigateway.LambdaRestApi(stack, "Api", handler=handler, default_integration=apigateway.MockIntegration())
    assert err.value.bare_message == 'Cannot specify "defaultIntegration" since Lambda integration is automatically defined'


def _fresh_stack() -> Stack:
    from constructs import App

    return Stack(App(), "S")


def test_apply_removal_policy_reaches_the_rest_api_l1(stack: Stack, synth) -> None:
    api = apigateway.RestApi(stack, "Api", cloud_watch_role=False)
    api.root.add_method("GET")
    api.apply_removal_policy(RemovalPolicy.RETAIN)
    resource = synth(stack)["Resources"]["ApiF70053CD"]
    assert (resource["DeletionPolicy"], resource["UpdateReplacePolicy"]) == ("Retain", "Retain")
