"""Bad input to the API Gateway v2 constructs, integrations and authorizers fails as aws-cdk-lib 2.275 fails:
the same messages (taken from aws-cdk-lib's code), on the same construct path, and ``TypeError`` for wrong types."""

from __future__ import annotations

import re
from typing import Any

import pytest

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import apigatewayv2 as apigw
from l2 import apigatewayv2_authorizers as authorizers
from l2 import apigatewayv2_integrations as integrations
from l2 import iam, lambda_, logs, sqs


def _url(id: str = "Url") -> integrations.HttpUrlIntegration:
    return integrations.HttpUrlIntegration(id, "https://example.com")


def _domain(stack: Stack, id: str = "Domain") -> Any:
    return apigw.DomainName.from_domain_name_attributes(
        stack, id, name="api.example.com", regional_domain_name="d.example.com", regional_hosted_zone_id="Z1"
    )


def _fn(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack, "Fn", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({});"),
    )


def _raises(error: type[Exception], message: str, path: str | None = None) -> Any:
    return pytest.raises(error, match=re.escape(message) + (rf"[\s\S]*at path \[{re.escape(path)}\]" if path else ""))


# -- HttpApi, routes, stages --------------------------------------------------------------------------------
def test_route_path_must_start_with_a_slash_and_not_end_with_one() -> None:
    for path in ("books", "/books/"):
        with _raises(UnscopedValidationError, 'A route path must always start with a "/" and not end with a "/"'):
            apigw.HttpRouteKey.with_(path)
    assert apigw.HttpRouteKey.with_("/", apigw.HttpMethod.GET).key == "GET /"


def test_cors_credentials_with_any_origin_are_refused(stack: Stack) -> None:
    with _raises(ValidationError, "CORS preflight - allowCredentials is not supported when allowOrigin is '*'", "S"):
        apigw.HttpApi(stack, "Api", cors_preflight=apigw.CorsPreflightOptions(allow_origins=["*"],
                                                                              allow_credentials=True))


def test_default_domain_mapping_needs_the_default_stage(stack: Stack) -> None:
    with _raises(ValidationError, "defaultDomainMapping not supported with createDefaultStage disabled", "S"):
        apigw.HttpApi(stack, "Api", create_default_stage=False,
                      default_domain_mapping=apigw.DomainMappingOptions(domain_name=_domain(stack)))


def test_api_endpoint_is_refused_when_the_execute_api_endpoint_is_disabled(stack: Stack) -> None:
    api = apigw.HttpApi(stack, "Api", disable_execute_api_endpoint=True)
    with _raises(ValidationError, "apiEndpoint is not accessible when disableExecuteApiEndpoint is set to true.",
                 "S/Api"):
        api.api_endpoint  # noqa: B018


def test_imported_apis_without_an_endpoint_refuse_api_endpoint(stack: Stack) -> None:
    http = apigw.HttpApi.from_http_api_attributes(stack, "Http", http_api_id="h1")
    ws = apigw.WebSocketApi.from_web_socket_api_attributes(stack, "Ws", web_socket_id="w1")
    with _raises(ValidationError, "apiEndpoint is not configured on the imported HttpApi.", "S"):
        http.api_endpoint  # noqa: B018
    with _raises(ValidationError, "apiEndpoint is not configured on the imported WebSocketApi.", "S"):
        ws.api_endpoint  # noqa: B018


def test_wrong_argument_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError, match=r"argument 'route_selection_expression' expects bool \| None"):
        apigw.HttpApi(stack, "Api", route_selection_expression="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="argument 'methods'"):
        apigw.HttpApi(stack, "Api2").add_routes(path="/a", integration=_url(), methods=["GET"])  # type: ignore[list-item]


def test_integration_needs_a_uri_or_subtype_and_a_timeout_in_range(stack: Stack) -> None:
    api = apigw.HttpApi(stack, "Api")
    with _raises(ValidationError, "Either `integrationSubtype` or `integrationUri` must be specified.", "S"):
        apigw.HttpIntegration(stack, "I1", http_api=api, integration_type=apigw.HttpIntegrationType.HTTP_PROXY)
    for timeout in (Duration.millis(49), Duration.seconds(30)):
        with _raises(ValidationError, "Integration timeout must be between 50 milliseconds and 29 seconds.", "S"):
            apigw.HttpIntegration(stack, f"I{timeout.to_milliseconds()}", http_api=api,
                                  integration_type=apigw.HttpIntegrationType.HTTP_PROXY,
                                  integration_uri="https://example.com", timeout=timeout)


def test_one_route_integration_serves_one_api(stack: Stack) -> None:
    shared = _url("Shared")
    apigw.HttpApi(stack, "A").add_routes(path="/a", integration=shared)
    with _raises(ValidationError, "A single integration cannot be associated with multiple APIs.", "S/B/ANY--a"):
        apigw.HttpApi(stack, "B").add_routes(path="/a", integration=shared)


def test_http_authorizer_checks_its_type_specific_arguments(stack: Stack) -> None:
    api = apigw.HttpApi(stack, "Api")
    kinds = apigw.HttpAuthorizerType
    with _raises(ValidationError, "jwtAudience and jwtIssuer are mandatory for JWT authorizers", "S"):
        apigw.HttpAuthorizer(stack, "A1", http_api=api, identity_source=["$request.header.A"], type=kinds.JWT,
                             jwt_issuer="https://issuer")
    with _raises(ValidationError, "authorizerUri is mandatory for Lambda authorizers", "S"):
        apigw.HttpAuthorizer(stack, "A2", http_api=api, identity_source=["$request.header.A"], type=kinds.LAMBDA)
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
    with _raises(ValidationError, "role is supported only for Lambda authorizers", "S"):
        apigw.HttpAuthorizer(stack, "A3", http_api=api, identity_source=["$request.header.A"], type=kinds.JWT,
                             jwt_issuer="https://issuer", jwt_audience=["a"], role=role)


def test_grant_invoke_needs_iam_authorization_and_the_route_methods(stack: Stack) -> None:
    user = iam.User(stack, "U")
    api = apigw.HttpApi(stack, "Api")
    [open_route] = api.add_routes(path="/open", integration=_url("Open"))
    with _raises(ValidationError, "To use grantInvoke, you must use IAM authorization", "S/Api/ANY--open"):
        open_route.grant_invoke(user)
    [get] = api.add_routes(path="/get", methods=[apigw.HttpMethod.GET], integration=_url("Get"),
                           authorizer=authorizers.HttpIamAuthorizer())
    with _raises(ValidationError, "This route does not support granting invoke for all requested http methods",
                 "S/Api/GET--get"):
        get.grant_invoke(user, http_methods=[apigw.HttpMethod.POST])


def test_access_log_format_must_carry_the_request_id(stack: Stack) -> None:
    from l2.apigateway import AccessLogFormat

    class Settings:
        destination = apigw.LogGroupLogDestination(logs.LogGroup(stack, "Logs"))
        format = AccessLogFormat.custom("$context.status")

    api = apigw.HttpApi(stack, "Api")
    with _raises(ValidationError, "Access log must include either `AccessLogFormat.contextRequestId()` or "
                 "`AccessLogFormat.contextExtendedRequestId()`", "S/Api/Beta"):
        api.add_stage("Beta", stage_name="beta", access_log_settings=Settings())


def test_stage_urls_that_do_not_exist_are_refused(stack: Stack) -> None:
    api = apigw.HttpApi(stack, "Api")
    with _raises(ValidationError, "domainUrl is not available when no API mapping is associated with the Stage",
                 "S/Api/DefaultStage"):
        api.default_stage.domain_url  # type: ignore[union-attr]  # noqa: B018
    imported = apigw.HttpStage.from_http_stage_attributes(stack, "Imported", api=api, stage_name="x")
    with _raises(ValidationError, "url is not available for imported stages.", "S"):
        imported.url  # noqa: B018
    ws_stage = apigw.WebSocketStage.from_web_socket_stage_attributes(
        stack, "WsImported", api=apigw.WebSocketApi(stack, "Ws"), stage_name="x"
    )
    with _raises(ValidationError, "callback url is not available for imported stages.", "S"):
        ws_stage.callback_url  # noqa: B018


def test_domain_name_validation(stack: Stack) -> None:
    from l1.certificatemanager import CfnCertificate

    cert = CfnCertificate(stack, "Cert", domain_name="*.example.com")
    with _raises(ValidationError, "empty string for domainName not allowed", "S"):
        apigw.DomainName(stack, "Empty", domain_name="", certificate=cert)
    with _raises(ValidationError, "ownership certificate can only be used with mtls domains", "S"):
        apigw.DomainName(stack, "Own", domain_name="a.example.com", certificate=cert, ownership_certificate=cert)
    domain = apigw.DomainName(stack, "D", domain_name="b.example.com", certificate=cert)
    with _raises(ValidationError, "an endpoint with type REGIONAL already exists", "S/D"):
        domain.add_endpoint(certificate=cert)


def test_api_mapping_validation(stack: Stack) -> None:
    api = apigw.HttpApi(stack, "Api", create_default_stage=False)
    with _raises(ValidationError, "stage property must be specified", "S"):
        apigw.ApiMapping(stack, "M1", api=api, domain_name=_domain(stack))
    with_stage = apigw.HttpApi(stack, "WithStage")
    with _raises(ValidationError, "empty string for api mapping key not allowed", "S"):
        apigw.ApiMapping(stack, "M2", api=with_stage, domain_name=_domain(stack, "D2"), api_mapping_key="")
    imported = apigw.ApiMapping.from_api_mapping_attributes(stack, "M3", api_mapping_id="m")
    with _raises(ValidationError, "'domainName' was not supplied when calling ApiMapping.fromApiMappingAttributes()",
                 "S/M3"):
        imported.api_mapping_ref  # type: ignore[attr-defined]  # noqa: B018


# -- WebSocket APIs -----------------------------------------------------------------------------------------
def test_websocket_authorizers_only_on_connect(stack: Stack) -> None:
    api = apigw.WebSocketApi(stack, "Api")
    with _raises(ValidationError, "You can only set a WebSocket authorizer to a $connect route.", "S/Api"):
        api.add_route("send", integration=integrations.WebSocketMockIntegration("Mock"),
                      authorizer=authorizers.WebSocketIamAuthorizer())
    with _raises(ValidationError, "authorizerUri is mandatory for Lambda authorizers", "S"):
        apigw.WebSocketAuthorizer(stack, "A", web_socket_api=api, identity_source=["route.request.header.A"],
                                  type=apigw.WebSocketAuthorizerType.LAMBDA)


def test_execute_api_arn_paths_start_with_a_slash(stack: Stack) -> None:
    with _raises(UnscopedValidationError, "Path must start with '/': books"):
        apigw.WebSocketApi(stack, "Ws").arn_for_execute_api("GET", "books")
    with _raises(ValidationError, "Path must start with '/': books", "S/Http"):
        apigw.HttpApi(stack, "Http").arn_for_execute_api("GET", "books")


def test_usage_plan_quota_limit_is_an_integer(stack: Stack) -> None:
    with _raises(UnscopedValidationError, "Throttle quota limit should be an integer"):
        apigw.UsagePlan(stack, "Plan", quota=apigw.QuotaSettings(limit=1.5))
    with _raises(UnscopedValidationError, "Throttle burst limit should be an integer"):
        apigw.UsagePlan(stack, "Plan2", throttle=apigw.ThrottleSettings(burst_limit=2.5))


# -- integrations -------------------------------------------------------------------------------------------
def test_service_integration_subtypes_must_match_the_service(stack: Stack) -> None:
    api = apigw.HttpApi(stack, "Api")
    queue = sqs.Queue(stack, "Q")
    subtype = apigw.HttpIntegrationSubtype
    with _raises(ValidationError, "Subtype must start with `SQS_`", "S/Api/ANY--sqs"):
        api.add_routes(path="/sqs", integration=integrations.HttpSqsIntegration(
            "Sqs", queue=queue, subtype=subtype.EVENTBRIDGE_PUT_EVENTS))
    from l2 import events

    bus = events.EventBus(stack, "Bus")
    with _raises(ValidationError, "Subtype must start with `EventBridge-`", "S/Api/ANY--events"):
        api.add_routes(path="/events", integration=integrations.HttpEventBridgeIntegration(
            "Events", event_bus_ref=bus.event_bus_ref, subtype=subtype.SQS_SEND_MESSAGE))


class _StateMachine:
    state_machine_arn = "arn:aws:states:us-east-1:123456789012:stateMachine:sm"
    state_machine_name = "sm"
    state_machine_type = "STANDARD"


def test_step_functions_subtypes(stack: Stack, synth: Any) -> None:
    api = apigw.HttpApi(stack, "Api")
    subtype = apigw.HttpIntegrationSubtype
    with _raises(ValidationError, "Subtype must start with `STEPFUNCTIONS_`", "S/Api/ANY--a"):
        api.add_routes(path="/a", integration=integrations.HttpStepFunctionsIntegration(
            "A", state_machine=_StateMachine(), subtype=subtype.SQS_SEND_MESSAGE))
    with _raises(ValidationError, "Cannot use subtype `STEPFUNCTIONS_START_SYNC_EXECUTION` with a standard type "
                 "state machine", "S/Api/ANY--b"):
        api.add_routes(path="/b", integration=integrations.HttpStepFunctionsIntegration(
            "B", state_machine=_StateMachine(), subtype=subtype.STEPFUNCTIONS_START_SYNC_EXECUTION))


def test_private_integrations_need_a_vpc_link(stack: Stack) -> None:
    class Listener:
        listener_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2"

    class Service:
        service_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1"

    api = apigw.HttpApi(stack, "Api")
    with _raises(ValidationError, "The vpcLink property must be specified when using an imported Application "
                 "Listener.", "S/Api/ANY--alb"):
        api.add_routes(path="/alb", integration=integrations.HttpAlbIntegration("Alb", Listener()))
    with _raises(ValidationError, "The vpcLink property must be specified when using an imported Network "
                 "Listener.", "S/Api/ANY--nlb"):
        api.add_routes(path="/nlb", integration=integrations.HttpNlbIntegration("Nlb", Listener()))
    with _raises(ValidationError, "The vpcLink property is mandatory", "S/Api/ANY--svc"):
        api.add_routes(path="/svc", integration=integrations.HttpServiceDiscoveryIntegration("Svc", Service()))


# -- authorizers --------------------------------------------------------------------------------------------
def test_authorizer_ids_exist_only_once_bound(stack: Stack) -> None:
    fn = _fn(stack)
    for authorizer in (
        authorizers.HttpJwtAuthorizer("Jwt", "https://issuer", jwt_audience=["a"]),
        authorizers.HttpLambdaAuthorizer("Lambda", fn),
    ):
        with _raises(UnscopedValidationError,
                     "Cannot access authorizerId until authorizer is attached to a HttpRoute"):
            authorizer.authorizer_id  # noqa: B018


def test_lambda_authorizers_serve_one_api(stack: Stack) -> None:
    fn = _fn(stack)
    shared = authorizers.HttpLambdaAuthorizer("Shared", fn)
    apigw.HttpApi(stack, "A").add_routes(path="/a", integration=_url("A"), authorizer=shared)
    with _raises(ValidationError, "Cannot attach the same authorizer to multiple Apis", "S/B"):
        apigw.HttpApi(stack, "B").add_routes(path="/a", integration=_url("B"), authorizer=shared)
    ws_shared = authorizers.WebSocketLambdaAuthorizer("WsShared", fn)
    apigw.WebSocketApi(stack, "WsA").add_route("$connect", integration=integrations.WebSocketMockIntegration("M1"),
                                               authorizer=ws_shared)
    with _raises(ValidationError, "Cannot attach the same authorizer to multiple Apis", "S/WsB"):
        apigw.WebSocketApi(stack, "WsB").add_route(
            "$connect", integration=integrations.WebSocketMockIntegration("M2"), authorizer=ws_shared)


def test_step_functions_stop_execution_grants_on_executions(stack: Stack, synth: Any) -> None:
    # as aws-cdk-lib 2.275 synthesizes it for a StateMachine named "sm" (checked with the oracle): the role may
    # stop executions of the machine (execution:<name>:*), not start them
    api = apigw.HttpApi(stack, "Api")
    api.add_routes(path="/stop", integration=integrations.HttpStepFunctionsIntegration(
        "Stop", state_machine=_StateMachine(), subtype=apigw.HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION))
    resources = synth(stack)["Resources"]
    [policy] = [r for r in resources.values() if r["Type"] == "AWS::IAM::Policy"]
    [statement] = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Action"] == "states:StopExecution"
    assert statement["Sid"] == "AllowStepFunctionsExecution"
    assert statement["Resource"] == {"Fn::Join": ["", [
        "arn:", {"Ref": "AWS::Partition"}, ":states:", {"Ref": "AWS::Region"}, ":", {"Ref": "AWS::AccountId"},
        ":execution:sm:*"]]}
    [integration] = [r for r in resources.values() if r["Type"] == "AWS::ApiGatewayV2::Integration"]
    assert integration["Properties"]["IntegrationSubtype"] == "StepFunctions-StopExecution"
    assert integration["Properties"]["RequestParameters"] == {"StateMachineArn": _StateMachine.state_machine_arn}


def test_route_key_without_a_method_is_rendered_as_aws_cdk_lib_renders_it() -> None:
    # aws-cdk-lib 2.275 (checked with the oracle): the key keeps the missing method as "undefined"; the method is ANY
    key = apigw.HttpRouteKey.with_("/books")
    assert (key.key, key.method, key.path) == ("undefined /books", apigw.HttpMethod.ANY, "/books")
    assert (apigw.HttpRouteKey.DEFAULT.key, apigw.HttpRouteKey.DEFAULT.path) == ("$default", None)
