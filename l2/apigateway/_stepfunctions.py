"""Step Functions behind REST APIs: ``StepFunctionsIntegration.start_execution`` and ``StepFunctionsRestApi``.

The integration calls ``StartSyncExecution`` of an EXPRESS state machine with a request template that passes
the body (and, as asked, headers, query string, path, authorizer context and request context) as the input.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, RemovalPolicy, Size, Token, ValidationError
from constructs.internals import check_deprecated_props, structs
from l2.apigateway._integration import (
    ConnectionType,
    ContentHandling,
    IntegrationConfig,
    IntegrationOptions,
    IntegrationResponse,
    PassthroughBehavior,
    ResponseTransferMode,
)
from l2.apigateway._integrations import AwsIntegration
from l2.apigateway._model import Model
from l2.apigateway._private.stepfunctions_vtl import TEMPLATE
from l2.apigateway._props import RequestContext
from l2.apigateway._restapi import RestApi

if TYPE_CHECKING:
    from l2.apigateway._cors import CorsOptions
    from l2.apigateway._domain_name import DomainNameOptions
    from l2.apigateway._integration import Integration
    from l2.apigateway._interfaces import IRestApi, IStateMachine, IVpcLink
    from l2.apigateway._method import Method, MethodOptions
    from l2.apigateway._restapi import ApiKeySourceType, EndpointConfiguration, EndpointType
    from l2.apigateway._stage import StageOptions
    from l2.iam import IRole, PolicyDocument

# the request context fields and the $context variables they pass, in aws-cdk-lib's order
_REQUEST_CONTEXT = (
    ("account_id", "accountId", "$context.identity.accountId"),
    ("api_id", "apiId", "$context.apiId"),
    ("api_key", "apiKey", "$context.identity.apiKey"),
    ("authorizer_principal_id", "authorizerPrincipalId", "$context.authorizer.principalId"),
    ("caller", "caller", "$context.identity.caller"),
    ("cognito_authentication_provider", "cognitoAuthenticationProvider", "$context.identity.cognitoAuthenticationProvider"),
    ("cognito_authentication_type", "cognitoAuthenticationType", "$context.identity.cognitoAuthenticationType"),
    ("cognito_identity_id", "cognitoIdentityId", "$context.identity.cognitoIdentityId"),
    ("cognito_identity_pool_id", "cognitoIdentityPoolId", "$context.identity.cognitoIdentityPoolId"),
    ("http_method", "httpMethod", "$context.httpMethod"),
    ("stage", "stage", "$context.stage"),
    ("source_ip", "sourceIp", "$context.identity.sourceIp"),
    ("user", "user", "$context.identity.user"),
    ("user_agent", "userAgent", "$context.identity.userAgent"),
    ("user_arn", "userArn", "$context.identity.userArn"),
    ("request_id", "requestId", "$context.requestId"),
    ("resource_id", "resourceId", "$context.resourceId"),
    ("resource_path", "resourcePath", "$context.resourcePath"),
)

_OUTPUT_TEMPLATE = "\n".join(
    [
        "#set($inputRoot = $input.path('$'))",
        '#if($input.path(\'$.status\').toString().equals("FAILED"))',
        "#set($context.responseOverride.status = 500)",
        "{",
        "\"error\": \"$input.path('$.error')\",",
        "\"cause\": \"$input.path('$.cause')\"",
        "}",
        "#else",
        "$input.path('$.output')",
        "#end",
    ]
)


def _default_integration_responses() -> list[dict[str, Any]]:
    # JavaScript objects (camelCase keys in aws-cdk-lib's order): they are hashed into the deployment's id
    return [
        {"statusCode": "200", "responseTemplates": {"application/json": _OUTPUT_TEMPLATE}},
        {
            "selectionPattern": "4\\d{2}",
            "statusCode": "400",
            "responseTemplates": {"application/json": '{\n            "error": "Bad request!"\n          }'},
        },
        {
            "selectionPattern": "5\\d{2}",
            "statusCode": "500",
            "responseTemplates": {"application/json": "{\n          \"error\": \"$input.path('$.error')\"\n        }"},
        },
    ]


def _request_context(context: RequestContext) -> str:
    fields = {js: variable for name, js, variable in _REQUEST_CONTEXT if getattr(context, name)}
    return json.dumps(fields, separators=(",", ":")).replace('"', "@@")


def _request_template(
    state_machine: IStateMachine,
    *,
    headers: bool | None,
    querystring: bool | None,
    path: bool | None,
    authorizer: bool | None,
    request_context: RequestContext | None,
) -> str:
    context = ""
    if request_context is not None and any(getattr(request_context, n) is not None for n, _, _ in _REQUEST_CONTEXT):
        context = _request_context(request_context)
    text = TEMPLATE.replace("%STATEMACHINE%", state_machine.state_machine_arn, 1)
    text = text.replace("%INCLUDE_HEADERS%", _js_bool(headers, False), 1)
    text = text.replace("%INCLUDE_QUERYSTRING%", _js_bool(querystring, True), 1)
    text = text.replace("%INCLUDE_PATH%", _js_bool(path, True), 1)
    text = text.replace("%INCLUDE_AUTHORIZER%", _js_bool(authorizer, False), 1)
    return text.replace("%REQUESTCONTEXT%", context, 1)


def _js_bool(value: bool | None, default: bool) -> str:
    return "true" if (default if value is None else value) else "false"


class _StepFunctionsExecutionIntegration(AwsIntegration):
    """``StartSyncExecution`` of a state machine; the method gets a role that may call it."""

    def __init__(self, state_machine: IStateMachine, options: dict[str, Any]) -> None:
        integration_options: dict[str, Any] = {
            "integration_responses": _default_integration_responses(),
            "passthrough_behavior": PassthroughBehavior.NEVER,
            "request_templates": {
                "application/json": _request_template(
                    state_machine,
                    headers=options.get("headers"),
                    querystring=options.get("querystring"),
                    path=options.get("path"),
                    authorizer=options.get("authorizer"),
                    request_context=options.get("request_context"),
                )
            },
        }
        integration_fields = {f.name for f in structs.fields(IntegrationOptions)}
        integration_options.update({k: v for k, v in options.items() if k in integration_fields and v is not None})
        super().__init__(
            service="states", action="StartSyncExecution", options=IntegrationOptions(**integration_options)
        )
        self.state_machine = state_machine
        use_default = options.get("use_default_method_responses")
        self._use_default_method_responses = True if use_default is None else use_default

    def bind(self, method: Method) -> IntegrationConfig:
        config = super().bind(method)
        options = config.options or IntegrationOptions()
        role = options.credentials_role
        if role is None:
            from l2.iam import Role, ServicePrincipal

            role = Role(method, "StartSyncExecutionRole", assumed_by=ServicePrincipal("apigateway.amazonaws.com"))
        self.state_machine.grant_start_sync_execution(role)
        # aws-cdk-lib names an L2 StateMachine by its L1's name (and insists on EXPRESS); any other state machine
        # by its stack's address. pycdk has no Step Functions L2 yet: the first branch serves the one to come.
        state_machine_class = getattr(sys.modules.get("l2.stepfunctions"), "StateMachine", None)
        name: str | None
        if state_machine_class is not None and isinstance(self.state_machine, state_machine_class):
            if getattr(self.state_machine.state_machine_type, "value", None) != "EXPRESS":
                raise ValidationError(
                    'State Machine must be of type "EXPRESS". Please use StateMachineType.EXPRESS as the '
                    "stateMachineType",
                    method,
                )
            name = self.state_machine.node.default_child.state_machine_name
        else:
            name = f"StateMachine-{self.state_machine.stack.node.addr}"
        token = None
        if name is not None and not Token.is_unresolved(name):
            token = json.dumps({"stateMachineName": name}, separators=(",", ":"))
        if self._use_default_method_responses:
            for status, model in (("200", Model.EMPTY_MODEL), ("400", Model.ERROR_MODEL), ("500", Model.ERROR_MODEL)):
                method.add_method_response(status_code=status, response_models={"application/json": model})
        return IntegrationConfig(
            type=config.type,
            uri=config.uri,
            integration_http_method=config.integration_http_method,
            options=structs.evolve(options, credentials_role=role),
            deployment_token=token,
        )


class StepFunctionsIntegration:
    """Integrations with AWS Step Functions."""

    @staticmethod
    def start_execution(
        state_machine: IStateMachine,
        *,
        authorizer: bool | None = None,
        headers: bool | None = None,
        path: bool | None = None,
        querystring: bool | None = None,
        request_context: RequestContext | None = None,
        use_default_method_responses: bool | None = None,
        cache_key_parameters: Sequence[str] | None = None,
        cache_namespace: str | None = None,
        connection_type: ConnectionType | None = None,
        content_handling: ContentHandling | None = None,
        credentials_passthrough: bool | None = None,
        credentials_role: IRole | None = None,
        integration_responses: Sequence[IntegrationResponse] | None = None,
        passthrough_behavior: PassthroughBehavior | None = None,
        request_parameters: Mapping[str, str] | None = None,
        request_templates: Mapping[str, str] | None = None,
        response_transfer_mode: ResponseTransferMode | None = None,
        timeout: Duration | None = None,
        vpc_link: IVpcLink | None = None,
    ) -> AwsIntegration:
        """Call ``StartSyncExecution`` of an EXPRESS ``state_machine`` (a role is created unless
        ``credentials_role`` is given).

        Args:
            state_machine: the state machine (``state_machine_arn``, ``stack``, ``grant_start_sync_execution``).
            authorizer: pass the authorizer context as ``authorizer`` (default False).
            headers: pass the request headers as ``header`` (default False).
            path: pass the path parameters as ``path`` (default True).
            querystring: pass the query string as ``querystring`` (default True).
            request_context: the ``$context`` fields to pass as ``requestContext`` (default none).
            use_default_method_responses: add 200/400/500 method responses (default True).
            Other keyword arguments are the ``IntegrationOptions`` fields; they replace the defaults (the
            integration responses, ``NEVER`` passthrough and the request template).
        """
        options = dict(locals())
        del options["state_machine"]
        return _StepFunctionsExecutionIntegration(state_machine, options)


class StepFunctionsRestApi(RestApi):
    """A REST API whose root ``ANY`` method starts a synchronous execution of an EXPRESS state machine.

    Args:
        scope: the parent construct.
        id: the construct id.
        state_machine: the state machine; its default child must be an EXPRESS ``CfnStateMachine``.
        authorizer / headers / path / querystring / request_context / use_default_method_responses: what the
            execution input holds (see ``StepFunctionsIntegration.start_execution``; ``path`` and
            ``querystring`` default True).
        role: the role API Gateway uses to start executions (default: a new role).
        Other keyword arguments are the ``RestApi`` ones, except ``default_integration``.

    Raises:
        ValidationError: a ``default_integration``, or a state machine that is not EXPRESS.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.StepFunctionsRestApi"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        state_machine: IStateMachine,
        authorizer: bool | None = None,
        headers: bool | None = None,
        path: bool | None = None,
        querystring: bool | None = None,
        request_context: RequestContext | None = None,
        role: IRole | None = None,
        use_default_method_responses: bool | None = None,
        api_key_source_type: ApiKeySourceType | None = None,
        binary_media_types: Sequence[str] | None = None,
        clone_from: IRestApi | None = None,
        min_compression_size: Size | None = None,
        minimum_compression_size: int | float | None = None,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
        cloud_watch_role: bool | None = None,
        cloud_watch_role_removal_policy: RemovalPolicy | None = None,
        deploy: bool | None = None,
        deploy_options: StageOptions | None = None,
        description: str | None = None,
        disable_execute_api_endpoint: bool | None = None,
        domain_name: DomainNameOptions | None = None,
        endpoint_configuration: EndpointConfiguration | None = None,
        endpoint_export_name: str | None = None,
        endpoint_types: Sequence[EndpointType] | None = None,
        fail_on_warnings: bool | None = None,
        parameters: Mapping[str, str] | None = None,
        policy: PolicyDocument | None = None,
        rest_api_name: str | None = None,
        retain_deployments: bool | None = None,
    ) -> None:
        check_deprecated_props("aws_apigateway.StepFunctionsRestApiProps", locals())
        if default_integration is not None:
            raise ValidationError(
                'Cannot specify "defaultIntegration" since Step Functions integration is automatically defined', scope
            )
        default_child = state_machine.node.default_child if hasattr(state_machine, "node") else None  # type: ignore[attr-defined]
        machine_type = getattr(default_child, "state_machine_type", None)
        if getattr(machine_type, "value", machine_type) != "EXPRESS":
            raise ValidationError(
                'State Machine must be of type "EXPRESS". Please use StateMachineType.EXPRESS as the stateMachineType',
                scope,
            )
        integration = StepFunctionsIntegration.start_execution(
            state_machine,
            credentials_role=role,
            request_context=request_context,
            path=True if path is None else path,
            querystring=True if querystring is None else querystring,
            headers=headers,
            authorizer=authorizer,
            use_default_method_responses=use_default_method_responses,
        )
        super().__init__(
            scope,
            id,
            api_key_source_type=api_key_source_type,
            binary_media_types=binary_media_types,
            clone_from=clone_from,
            min_compression_size=min_compression_size,
            minimum_compression_size=minimum_compression_size,
            default_cors_preflight_options=default_cors_preflight_options,
            default_method_options=default_method_options,
            cloud_watch_role=cloud_watch_role,
            cloud_watch_role_removal_policy=cloud_watch_role_removal_policy,
            deploy=deploy,
            deploy_options=deploy_options,
            description=description,
            disable_execute_api_endpoint=disable_execute_api_endpoint,
            domain_name=domain_name,
            endpoint_configuration=endpoint_configuration,
            endpoint_export_name=endpoint_export_name,
            endpoint_types=endpoint_types,
            fail_on_warnings=fail_on_warnings,
            parameters=parameters,
            policy=policy,
            rest_api_name=rest_api_name,
            retain_deployments=retain_deployments,
        )
        self.root.add_method("ANY", integration)
