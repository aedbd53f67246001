"""``LambdaRestApi``: a REST API whose every request goes to one Lambda function."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, RemovalPolicy, Size, UnscopedValidationError, ValidationError
from constructs.internals import check_deprecated_props, structs
from l2.apigateway._cors import CorsOptions
from l2.apigateway._integration import Integration
from l2.apigateway._integrations import LambdaIntegration, LambdaIntegrationOptions
from l2.apigateway._method import MethodOptions
from l2.apigateway._restapi import ApiKeySourceType, EndpointConfiguration, EndpointType, RestApi
from l2.apigateway._stage import StageOptions

if TYPE_CHECKING:
    from l2.apigateway._domain_name import DomainNameOptions
    from l2.apigateway._interfaces import IRestApi
    from l2.iam import PolicyDocument
    from l2.lambda_ import IFunction

_STAGE_VARIABLE = re.compile(r"[A-Za-z0-9-._~:/?#&=,]+")


def _proxying(name: str) -> Any:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise UnscopedValidationError(f"Cannot call '{name}' on a proxying LambdaRestApi; set 'proxy' to false")

    return fail


class LambdaRestApi(RestApi):
    """A REST API backed by a Lambda function (proxy integration).

    With ``proxy`` (the default) the root gets a greedy ``{proxy+}`` resource and an ``ANY`` method, and adding
    resources or methods to the root fails. Takes the ``RestApi`` keyword arguments, plus:

    Args:
        handler: the function.
        integration_options: options of the ``LambdaIntegration``.
        proxy: route every path and method to the function (default True).

    Raises:
        ValidationError: a ``default_integration`` (the Lambda integration is the default).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.LambdaRestApi"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        handler: IFunction,
        integration_options: LambdaIntegrationOptions | None = None,
        proxy: bool | None = None,
        api_key_source_type: ApiKeySourceType | None = None,
        binary_media_types: Sequence[str] | None = None,
        clone_from: IRestApi | None = None,
        cloud_watch_role: bool | None = None,
        cloud_watch_role_removal_policy: RemovalPolicy | None = None,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
        deploy: bool | None = None,
        deploy_options: StageOptions | None = None,
        description: str | None = None,
        disable_execute_api_endpoint: bool | None = None,
        domain_name: DomainNameOptions | None = None,
        endpoint_configuration: EndpointConfiguration | None = None,
        endpoint_export_name: str | None = None,
        endpoint_types: Sequence[EndpointType] | None = None,
        fail_on_warnings: bool | None = None,
        min_compression_size: Size | None = None,
        minimum_compression_size: int | float | None = None,
        parameters: Mapping[str, str] | None = None,
        policy: PolicyDocument | None = None,
        rest_api_name: str | None = None,
        retain_deployments: bool | None = None,
    ) -> None:
        check_deprecated_props("aws_apigateway.LambdaRestApiProps", locals())
        if default_integration is not None:
            raise ValidationError(
                'Cannot specify "defaultIntegration" since Lambda integration is automatically defined', scope
            )
        super().__init__(
            scope,
            id,
            default_integration=LambdaIntegration(handler, **_options_kwargs(integration_options)),
            api_key_source_type=api_key_source_type,
            binary_media_types=binary_media_types,
            clone_from=clone_from,
            cloud_watch_role=cloud_watch_role,
            cloud_watch_role_removal_policy=cloud_watch_role_removal_policy,
            default_cors_preflight_options=default_cors_preflight_options,
            default_method_options=default_method_options,
            deploy=deploy,
            deploy_options=deploy_options,
            description=description,
            disable_execute_api_endpoint=disable_execute_api_endpoint,
            domain_name=domain_name,
            endpoint_configuration=endpoint_configuration,
            endpoint_export_name=endpoint_export_name,
            endpoint_types=endpoint_types,
            fail_on_warnings=fail_on_warnings,
            min_compression_size=min_compression_size,
            minimum_compression_size=minimum_compression_size,
            parameters=parameters,
            policy=policy,
            rest_api_name=rest_api_name,
            retain_deployments=retain_deployments,
        )
        if proxy is None or proxy:
            self.root.add_proxy()
            self.root.add_resource = _proxying("addResource")  # type: ignore[method-assign]
            self.root.add_method = _proxying("addMethod")  # type: ignore[method-assign]
            self.root.add_proxy = _proxying("addProxy")  # type: ignore[method-assign]
        variables = deploy_options.variables if deploy_options is not None else None
        self.node.add_validation(_StageVariablesValidation(variables or {}))


def _options_kwargs(options: LambdaIntegrationOptions | Mapping[str, Any] | None) -> dict[str, Any]:
    if options is None:
        return {}
    if isinstance(options, LambdaIntegrationOptions):
        return {k: v for k, v in structs.asdict(options, recurse=False).items() if v is not None}
    return dict(options)


class _StageVariablesValidation:
    def __init__(self, variables: Mapping[str, str]) -> None:
        self._variables = variables

    def validate(self) -> list[str]:
        for value in self._variables.values():
            if _STAGE_VARIABLE.search(value) is None:
                return [f"Stage variable value {value} does not match the regex."]
        return []
