"""Step Functions, Cognito, SageMaker and VPC link backends: the errors aws-cdk-lib 2.275.0 raises (messages taken
from the oracle), and the interfaces the constructs take. Templates are pinned by the golden apps
``service_backends``, ``refs_grants_and_imports`` and ``flag_authorizer_change_deployment_id``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Resource, Stack, SynthesisError, ValidationError
from l2 import apigateway, iam, lambda_, stepfunctions


class _Machine(Resource):
    """A state machine shaped like aws-cdk-lib's ``IStateMachine``, its default child an L1 of ``type``."""

    def __init__(self, scope: Stack, id: str, machine_type: str) -> None:
        super().__init__(scope, id)
        self._cfn = stepfunctions.CfnStateMachine(
            self, "Resource", role_arn="arn:aws:iam::1:role/r", state_machine_type=machine_type, definition_string="{}"
        )

    @property
    def state_machine_arn(self) -> str:
        return self._cfn.ref

    def grant_start_sync_execution(self, identity: Any) -> Any:
        return iam.Grant.add_to_principal(grantee=identity, actions=["states:StartSyncExecution"], resource_arns=["*"])


class _Pool(Resource):
    user_pool_arn = "arn:aws:cognito-idp:us-east-1:1:userpool/x"


def test_step_functions_rest_api_needs_an_express_state_machine(stack: Stack) -> None:
    with pytest.raises(ValidationError, match='State Machine must be of type "EXPRESS"'):
        apigateway.StepFunctionsRestApi(stack, "Api", state_machine=_Machine(stack, "M", "STANDARD"))


def test_step_functions_rest_api_refuses_a_default_integration(stack: Stack) -> None:
    with pytest.raises(ValidationError, match='Cannot specify "defaultIntegration"'):
        apigateway.StepFunctionsRestApi(
            stack, "Api", state_machine=_Machine(stack, "M", "EXPRESS"), default_integration=apigateway.MockIntegration()
        )


def test_the_state_machine_is_an_interface_and_a_string_is_not_one() -> None:
    assert isinstance(_Machine(Stack(), "M", "EXPRESS"), apigateway._interfaces.IStateMachine)
    with pytest.raises(TypeError, match="state_machine"):
        apigateway.StepFunctionsIntegration.start_execution("arn:aws:states:us-east-1:1:stateMachine:m")  # type: ignore[arg-type]


def test_a_vpc_link_without_targets_fails_synthesis(stack: Stack, synth: Callable[[Stack], Any]) -> None:
    apigateway.VpcLink(stack, "Link")
    with pytest.raises(SynthesisError, match="No targets added to vpc link"):
        synth(stack)


def test_vpc_link_targets_must_be_load_balancers(stack: Stack) -> None:
    with pytest.raises(TypeError, match="targets"):
        apigateway.VpcLink(stack, "Link", targets=["x"])  # type: ignore[list-item]


def test_sagemaker_integration_takes_an_endpoint_not_a_name() -> None:
    with pytest.raises(TypeError, match="endpoint"):
        apigateway.SagemakerIntegration("endpoint")  # type: ignore[arg-type]


def test_a_cognito_authorizer_cannot_serve_two_apis(stack: Stack) -> None:
    authorizer = apigateway.CognitoUserPoolsAuthorizer(stack, "Auth", cognito_user_pools=[_Pool(stack, "Pool")])
    apigateway.RestApi(stack, "A1").root.add_method("GET", authorizer=authorizer)
    with pytest.raises(ValidationError, match="Cannot attach authorizer to two different rest APIs"):
        apigateway.RestApi(stack, "A2").root.add_method("GET", authorizer=authorizer)


def test_an_unattached_cognito_authorizer_fails_synthesis(stack: Stack, synth: Callable[[Stack], Any]) -> None:
    apigateway.CognitoUserPoolsAuthorizer(stack, "Auth", cognito_user_pools=[_Pool(stack, "Pool")])
    with pytest.raises(ValidationError, match=r"Authorizer \(S/Auth\) must be attached to a RestApi"):
        synth(stack)


def test_props_structs_require_what_aws_cdk_lib_requires() -> None:
    with pytest.raises(TypeError, match="deployment"):
        apigateway.StageProps(stage_name="x")  # type: ignore[call-arg]
    props = apigateway.RestApiAttributes(rest_api_id="a", root_resource_id="r")
    assert (props.rest_api_id, props.root_resource_id, props.rest_api_name) == ("a", "r", None)


def test_integration_options_take_a_role_and_a_vpc_link_not_strings() -> None:
    with pytest.raises(TypeError, match="credentials_role"):
        apigateway.MockIntegration(credentials_role="arn:aws:iam::1:role/r")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="vpc_link"):
        apigateway.IntegrationOptions(vpc_link="vl-123")  # type: ignore[arg-type]


def test_a_lambda_rest_api_takes_a_function_not_its_arn(stack: Stack) -> None:
    # IFunction is checked once l2.lambda_ is loaded (as it is wherever a function exists)
    assert lambda_.IFunction is not None
    with pytest.raises(TypeError, match="handler"):
        apigateway.LambdaRestApi(stack, "Api", handler="arn:aws:lambda:us-east-1:1:function:f")  # type: ignore[arg-type]


@pytest.mark.parametrize(("flag", "changes"), [(True, True), (False, False)])
def test_the_authorizer_flag_decides_whether_an_authorizer_change_redeploys(flag: bool, changes: bool) -> None:
    # aws-cdk-lib hashes the authorizer's props into the deployment's logical id only with the flag on
    from constructs import App

    def deployment_id(authorizer_name: str) -> str:
        stack = Stack(App(context={"@aws-cdk/aws-apigateway:authorizerChangeDeploymentLogicalId": flag}), "S")
        authorizer = apigateway.CognitoUserPoolsAuthorizer(
            stack, "Auth", cognito_user_pools=[_Pool(stack, "Pool")], authorizer_name=authorizer_name
        )
        api = apigateway.RestApi(stack, "Api", cloud_watch_role=False)
        api.root.add_method("GET", authorizer=authorizer)
        template = stack.node.root.synth(force=True).get_stack_artifact("S").template
        (logical_id,) = [k for k, v in template["Resources"].items() if v["Type"] == "AWS::ApiGateway::Deployment"]
        return logical_id

    assert (deployment_id("one") != deployment_id("two")) is changes
