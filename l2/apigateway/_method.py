"""``Method``: an HTTP method of a resource (``AWS::ApiGateway::Method``)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    ArnFormat,
    Construct,
    FeatureFlags,
    Lazy,
    Names,
    Resource,
    Stack,
    ValidationError,
)
from constructs.internals import structs
from l1.apigateway import CfnMethod
from l2.apigateway._integration import Integration, IntegrationConfig, IntegrationOptions
from l2.apigateway._private.js_payload import js_value
from l2.apigateway._private.metrics import NAMESPACE, metric_options
from l2.apigateway._private.util import path_for_arn, validate_http_method

REQUEST_VALIDATOR_UNIQUE_ID = "@aws-cdk/aws-apigateway:requestValidatorUniqueId"

if TYPE_CHECKING:
    from constructs import Duration
    from l2.apigateway._interfaces import IAuthorizer, IRequestValidator, IStage
    from l2.apigateway._model import IModel
    from l2.apigateway._resource import ResourceBase
    from l2.apigateway._restapi import RestApi
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable


class AuthorizationType(enum.Enum):
    """How callers of a method are authorized."""

    NONE = "NONE"
    IAM = "AWS_IAM"
    CUSTOM = "CUSTOM"
    COGNITO = "COGNITO_USER_POOLS"


@structs.frozen(kw_only=True)
class MethodResponse:
    """A response a method can return.

    Args:
        status_code: the status code.
        response_models: content type → model.
        response_parameters: ``method.response.header.X`` → whether it is required.
    """

    status_code: str
    response_models: Mapping[str, IModel] | None = None
    response_parameters: Mapping[str, bool] | None = None


@structs.frozen(kw_only=True)
class RequestValidatorOptions:
    """Options of a request validator.

    Args:
        request_validator_name: the validator name.
        validate_request_body: validate the request body.
        validate_request_parameters: validate the request parameters.
    """

    request_validator_name: str | None = None
    validate_request_body: bool | None = None
    validate_request_parameters: bool | None = None


@structs.frozen(kw_only=True)
class MethodOptions:
    """Options of a method (also the ``default_method_options`` of resources).

    Args:
        api_key_required: callers must send an API key.
        authorization_scopes: OAuth scopes (Cognito authorization only).
        authorization_type: how callers are authorized (default ``NONE``, or the authorizer's type).
        authorizer: an authorizer (anything with ``authorizer_id`` and ``authorization_type``).
        method_responses: the responses the method can return.
        operation_name: a friendly operation name.
        request_models: content type → model.
        request_parameters: ``method.request.*`` → whether it is required.
        request_validator: a request validator (anything with ``request_validator_id``).
        request_validator_options: create a validator (``RequestValidatorOptions``) for this method.
    """

    api_key_required: bool | None = None
    authorization_scopes: Sequence[str] | None = None
    authorization_type: AuthorizationType | None = None
    authorizer: IAuthorizer | None = None
    method_responses: Sequence[MethodResponse] | None = None
    operation_name: str | None = None
    request_models: Mapping[str, IModel] | None = None
    request_parameters: Mapping[str, bool] | None = None
    request_validator: IRequestValidator | None = None
    request_validator_options: RequestValidatorOptions | None = None


def _enum_value(v: Any) -> Any:
    return v.value if isinstance(v, enum.Enum) else v


class Method(Resource):
    """An HTTP method of an API resource.

    Args:
        scope: the parent (usually the resource).
        id: the construct id (the HTTP method).
        http_method: the HTTP verb (``GET``, ``ANY`` ...).
        resource: the resource the method belongs to.
        integration: the backend (default: the resource's default integration, else a ``MockIntegration``).
        options: method options.

    Raises:
        UnscopedValidationError: an unknown HTTP method.
        ValidationError: an authorization type that conflicts with the authorizer.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.Method"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_method: str,
        resource: ResourceBase,
        integration: Integration | None = None,
        options: MethodOptions | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.resource = resource
        self.api = resource.api
        self.http_method: str = http_method.upper()
        validate_http_method(self.http_method)
        options = options or MethodOptions()
        defaults: MethodOptions = resource.default_method_options or MethodOptions()

        if options.authorization_type is AuthorizationType.NONE and options.authorizer is None:
            authorizer = None
        else:
            authorizer = options.authorizer or defaults.authorizer
        authorizer_id = getattr(authorizer, "authorizer_id", None) or None
        authorization_type = self._authorization_type(options, defaults, authorizer)
        default_scopes = (
            options.authorization_scopes if options.authorization_scopes is not None else defaults.authorization_scopes
        )
        authorization_scopes = default_scopes if authorization_type is AuthorizationType.COGNITO else None
        if authorization_type is not AuthorizationType.COGNITO and default_scopes:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-apigateway:invalidAuthScope",
                "'AuthorizationScopes' can only be set when 'AuthorizationType' sets 'COGNITO_USER_POOLS'. "
                "Default to ignore the values set in 'AuthorizationScopes'.",
            )
        attach = getattr(authorizer, "_attach_to_api", None)
        if attach is not None:
            attach(self.api)

        self._method_responses: list[MethodResponse] = []
        responses = options.method_responses if options.method_responses is not None else defaults.method_responses
        for mr in responses or []:
            fields = structs.asdict(mr, recurse=False) if structs.has(type(mr)) else dict(mr)  # type: ignore[call-overload]
            self.add_method_response(**fields)

        chosen = integration or resource.default_integration
        if chosen is None:
            from l2.apigateway._integrations import MockIntegration

            chosen = MockIntegration()
        bind_result = chosen.bind(self)
        if options.request_validator is not None and options.request_validator_options is not None:
            raise ValidationError(
                "Only one of 'requestValidator' or 'requestValidatorOptions' must be specified.", self
            )
        if options.request_validator_options is not None:
            # the validator's id is "validator", or unique in the app with the flag
            unique = FeatureFlags.of(self).is_enabled(REQUEST_VALIDATOR_UNIQUE_ID)
            vid = Names.unique_resource_name(Construct(self, "Validator")) if unique else "validator"
            validator_options: Any = options.request_validator_options
            if structs.has(type(validator_options)):
                validator_options = structs.asdict(validator_options, recurse=False)
            api: Any = self.api
            validator_id = api.add_request_validator(vid, **validator_options).request_validator_id
        else:
            validator_id = getattr(options.request_validator, "request_validator_id", None)

        api_key_required = options.api_key_required
        if api_key_required is None:
            api_key_required = defaults.api_key_required
        request_parameters = options.request_parameters or defaults.request_parameters
        operation_name = options.operation_name or defaults.operation_name
        request_models = (
            {ct: m.model_id for ct, m in options.request_models.items()} if options.request_models else None
        )
        integration_js = _render_integration(self, bind_result)
        # aws-cdk-lib's methodProps, in its key order; the deployment hashes this object
        method_props: dict[str, Any] = {
            "resourceId": resource.resource_id,
            "restApiId": self.api.rest_api_id,
            "httpMethod": self.http_method,
            "operationName": operation_name,
            "apiKeyRequired": api_key_required,
            "authorizationType": authorization_type.value,
            "authorizerId": authorizer_id,
            "requestParameters": request_parameters,
            "integration": integration_js,
            "methodResponses": Lazy.uncached_any(self._render_method_responses_js),
            "requestModels": request_models,
            "requestValidatorId": validator_id,
            "authorizationScopes": authorization_scopes,
        }
        cfn = CfnMethod(
            self,
            "Resource",
            resource_id=resource.resource_id,
            rest_api_id=self.api.rest_api_id,
            http_method=self.http_method,
            operation_name=operation_name,
            api_key_required=api_key_required,
            authorization_type=authorization_type.value,
            authorizer_id=authorizer_id,
            request_parameters=request_parameters,
            integration=_integration_property(integration_js),
            method_responses=Lazy.uncached_any(self._render_method_responses_cfn),
            request_models=request_models,
            request_validator_id=validator_id,
            authorization_scopes=authorization_scopes,
        )
        self.method_id: str = cfn.ref
        attach_method = getattr(self.api, "_attach_method", None)
        if attach_method is not None:
            attach_method(self)
        deployment = getattr(self.api, "latest_deployment", None)
        if deployment is not None:
            deployment.node.add_dependency(cfn)
            deployment.add_to_logical_id(
                {"method": {**method_props, "integrationToken": bind_result.deployment_token}}
            )

    @property
    def rest_api(self) -> RestApi:
        """The RestApi of the method's resource."""
        return self.resource.rest_api

    @property
    def method_arn(self) -> str:
        """The execute-api ARN of this method in the API's deployment stage."""
        stage = self.api.deployment_stage.stage_name if self.api.deployment_stage is not None else None
        return self.api.arn_for_execute_api(self.http_method, path_for_arn(self.resource.path), stage or "*")

    @property
    def test_method_arn(self) -> str:
        """The execute-api ARN of this method in the console's test-invoke stage."""
        return self.api.arn_for_execute_api(self.http_method, path_for_arn(self.resource.path), "test-invoke-stage")

    def add_method_response(
        self,
        *,
        status_code: str,
        response_models: Mapping[str, IModel] | None = None,
        response_parameters: Mapping[str, bool] | None = None,
    ) -> None:
        """Add a response the method can return (a second response with the same status code warns)."""
        method_response = MethodResponse(
            status_code=status_code, response_models=response_models, response_parameters=response_parameters
        )
        if any(mr.status_code == method_response.status_code for mr in self._method_responses):
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-apigateway:duplicateStatusCodes",
                f"addMethodResponse called multiple times with statusCode={method_response.status_code}, "
                "deployment will be nondeterministic. Use a single addMethodResponse call to configure the "
                "entire response.",
            )
        self._method_responses.append(method_response)

    def grant_execute(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to call this method (``execute-api:Invoke`` on ``method_arn``)."""
        from l2.iam import Grant

        return Grant.add_to_principal(grantee=grantee, actions=["execute-api:Invoke"], resource_arns=[self.method_arn])

    # -- metrics ---------------------------------------------------------------------------------------
    def metric(
        self,
        metric_name: str,
        stage: IStage,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this method in ``stage`` (namespace ``AWS/ApiGateway``).

        The keywords are aws-cdk-lib's ``MetricOptions`` (default: Average over 5 minutes).
        """
        return self._metric({"namespace": NAMESPACE, "metric_name": metric_name}, stage, metric_options(locals()))

    def metric_client_error(
        self,
        stage: IStage,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """4XX errors (sum over 5 minutes)."""
        return self._canned("4XXError", "Sum", stage, metric_options(locals()))

    def metric_server_error(
        self,
        stage: IStage,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """5XX errors (sum over 5 minutes)."""
        return self._canned("5XXError", "Sum", stage, metric_options(locals()))

    def metric_cache_hit_count(
        self,
        stage: IStage,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Requests served from the cache (sum over 5 minutes)."""
        return self._canned("CacheHitCount", "Sum", stage, metric_options(locals()))

    def metric_cache_miss_count(
        self,
        stage: IStage,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Requests served by the backend with caching on (sum over 5 minutes)."""
        return self._canned("CacheMissCount", "Sum", stage, metric_options(locals()))

    def metric_count(
        self,
        stage: IStage,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Requests (sample count over 5 minutes)."""
        return self._canned("Count", "SampleCount", stage, metric_options(locals()))

    def metric_integration_latency(
        self,
        stage: IStage,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Backend latency (average over 5 minutes)."""
        return self._canned("IntegrationLatency", "Average", stage, metric_options(locals()))

    def metric_latency(
        self,
        stage: IStage,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Total latency (average over 5 minutes)."""
        return self._canned("Latency", "Average", stage, metric_options(locals()))


    def _canned(self, name: str, statistic: str, stage: IStage, props: dict[str, Any]) -> Metric:
        base = {"namespace": NAMESPACE, "metric_name": name, "statistic": statistic}
        return self._metric(base, stage, props)

    def _metric(self, base: dict[str, Any], stage: IStage, props: dict[str, Any]) -> Metric:
        from l2.cloudwatch import Metric

        dims = {
            "ApiName": self.api.rest_api_name,
            "Method": self.http_method,
            "Resource": self.resource.path,
            "Stage": stage.stage_name,
        }
        return Metric(**{**base, "dimensions_map": dims, **props}).attach_to(self)

    # -- rendering -------------------------------------------------------------------------------------
    def _authorization_type(self, options: MethodOptions, defaults: MethodOptions, authorizer: Any) -> AuthorizationType:
        authorizer_type = getattr(authorizer, "authorization_type", None)
        options_type = options.authorization_type or defaults.authorization_type
        final = authorizer_type or options_type or AuthorizationType.NONE
        if authorizer_type and options_type and authorizer_type != options_type:
            raise ValidationError(
                f"{self.resource}/{self.http_method} - Authorization type is set to {_enum_value(options_type)} "
                f"which is different from what is required by the authorizer [{_enum_value(authorizer_type)}]",
                self,
            )
        return final if isinstance(final, AuthorizationType) else AuthorizationType(final)

    def _render_method_responses_js(self) -> list[dict[str, Any]] | None:
        if not self._method_responses:
            return None
        return [
            {
                "statusCode": mr.status_code,
                "responseParameters": mr.response_parameters,
                "responseModels": {ct: m.model_id for ct, m in mr.response_models.items()}
                if mr.response_models
                else None,
            }
            for mr in self._method_responses
        ]

    def _render_method_responses_cfn(self) -> list[CfnMethod.MethodResponseProperty] | None:
        if not self._method_responses:
            return None
        return [
            CfnMethod.MethodResponseProperty(
                status_code=mr.status_code,
                response_parameters=mr.response_parameters,
                response_models={ct: m.model_id for ct, m in mr.response_models.items()}
                if mr.response_models
                else None,
            )
            for mr in self._method_responses
        ]


def _render_integration(method: Method, bind_result: IntegrationConfig) -> dict[str, Any]:
    """aws-cdk-lib's ``renderIntegration``: camelCase keys in its order."""
    options = bind_result.options or IntegrationOptions()
    credentials = None
    if options.credentials_role is not None:
        credentials = options.credentials_role.role_arn
    elif options.credentials_passthrough:
        credentials = Stack.of(method).format_arn(
            service="iam", region="", account="*", resource="user", arn_format=ArnFormat.SLASH_RESOURCE_NAME,
            resource_name="*",
        )
    return {
        "type": bind_result.type.value,
        "uri": bind_result.uri,
        "cacheKeyParameters": list(options.cache_key_parameters) if options.cache_key_parameters is not None else None,
        "cacheNamespace": options.cache_namespace,
        "contentHandling": _enum_value(options.content_handling),
        "integrationHttpMethod": bind_result.integration_http_method,
        "requestParameters": options.request_parameters,
        "requestTemplates": options.request_templates,
        "passthroughBehavior": _enum_value(options.passthrough_behavior),
        "integrationResponses": [js_value(r) for r in options.integration_responses]
        if options.integration_responses is not None
        else None,
        "connectionType": _enum_value(options.connection_type),
        "connectionId": getattr(options.vpc_link, "vpc_link_id", None) if options.vpc_link is not None else None,
        "credentials": credentials,
        "timeoutInMillis": options.timeout.to_milliseconds() if options.timeout is not None else None,
        "responseTransferMode": _enum_value(options.response_transfer_mode),
    }


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _integration_property(js: dict[str, Any]) -> CfnMethod.IntegrationProperty:
    kwargs = {_snake(k): v for k, v in js.items() if v is not None and k != "integrationResponses"}
    responses = js.get("integrationResponses")
    if responses is not None:
        kwargs["integration_responses"] = [
            CfnMethod.IntegrationResponseProperty(**{_snake(k): v for k, v in r.items() if v is not None})
            for r in responses
        ]
    return CfnMethod.IntegrationProperty(**kwargs)
