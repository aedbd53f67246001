"""``Stage``: a named, callable snapshot of a deployment (``AWS::ApiGateway::Stage``), and its options."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, Resource, Stack, Token, ValidationError
from constructs.internals import structs
from l1.apigateway import CfnStage
from l2.apigateway._access_log import AccessLogFormat, IAccessLogDestination
from l2.apigateway._private.metrics import ApiGatewayMetrics
from l2.apigateway._private.util import parse_method_options_path
from l2.apigateway._refs import StageReference

if TYPE_CHECKING:
    from l2.apigateway._api_key import ApiKey
    from l2.apigateway._cors import CorsOptions
    from l2.apigateway._deployment import Deployment
    from l2.apigateway._integration import Integration
    from l2.apigateway._interfaces import IRestApi
    from l2.apigateway._method import MethodOptions

_REQUEST_ID = re.compile(r".*\$context.(requestId|extendedRequestId)\b.*")


class MethodLoggingLevel(enum.Enum):
    """CloudWatch logging level of methods."""

    OFF = "OFF"
    ERROR = "ERROR"
    INFO = "INFO"


@structs.frozen(kw_only=True)
class MethodDeploymentOptions:
    """Per-method stage settings.

    Args:
        cache_data_encrypted: encrypt cached responses.
        cache_ttl: how long responses are cached.
        caching_enabled: cache responses (enables the stage's cache cluster).
        data_trace_enabled: log full requests and responses (default False).
        logging_level: CloudWatch logging level.
        metrics_enabled: send CloudWatch metrics.
        throttling_burst_limit: burst limit.
        throttling_rate_limit: steady-state requests per second.
    """

    cache_data_encrypted: bool | None = None
    cache_ttl: Duration | None = None
    caching_enabled: bool | None = None
    data_trace_enabled: bool | None = None
    logging_level: MethodLoggingLevel | None = None
    metrics_enabled: bool | None = None
    throttling_burst_limit: int | None = None
    throttling_rate_limit: float | None = None


_METHOD_FIELDS = tuple(f.name for f in structs.fields(MethodDeploymentOptions))


@structs.frozen(kw_only=True)
class StageOptions(MethodDeploymentOptions):
    """Options of a stage (``RestApi(deploy_options=...)``); the method settings apply to ``/*/*``.

    Args:
        access_log_destination: where access logs go.
        access_log_format: the access log format (default: CLF when a destination is set).
        cache_cluster_enabled: provision a cache cluster.
        cache_cluster_size: the cache size in GB (default ``"0.5"`` when enabled).
        client_certificate_id: the client certificate for backend calls.
        description: the stage (and deployment) description.
        documentation_version: the documentation snapshot version.
        method_options: ``/<resource path>/<METHOD>`` → per-method settings.
        stage_name: the stage name (default ``prod``).
        tracing_enabled: X-Ray tracing.
        variables: stage variables.
    """

    access_log_destination: IAccessLogDestination | None = None
    access_log_format: AccessLogFormat | None = None
    cache_cluster_enabled: bool | None = None
    cache_cluster_size: str | None = None
    client_certificate_id: str | None = None
    description: str | None = None
    documentation_version: str | None = None
    method_options: Mapping[str, MethodDeploymentOptions] | None = None
    stage_name: str | None = None
    tracing_enabled: bool | None = None
    variables: Mapping[str, str] | None = None


class StageBase(ApiGatewayMetrics, Resource):
    """Behaviour shared by stages: URLs, ARN, API keys and metrics."""

    @property
    def stage_name(self) -> str:
        """The name of the stage."""
        return self._stage_name

    @stage_name.setter
    def stage_name(self, value: str) -> None:
        self._stage_name = value

    @property
    def rest_api(self) -> IRestApi:
        """The API the stage belongs to."""
        return self._rest_api

    @rest_api.setter
    def rest_api(self, value: IRestApi) -> None:
        self._rest_api = value

    @property
    def stage_ref(self) -> StageReference:
        """The stage by name, with its API's id."""
        return StageReference(rest_api_id=self.rest_api.rest_api_id, stage_name=self.stage_name)

    def url_for_path(self, path: str = "/") -> str:
        """The URL of ``path`` in this stage."""
        if not path.startswith("/"):
            raise ValidationError(f'Path must begin with "/": {path}', self)
        stack = Stack.of(self)
        return f"https://{self.rest_api.rest_api_id}.execute-api.{stack.region}.{stack.url_suffix}/{self.stage_name}{path}"

    @property
    def stage_arn(self) -> str:
        """``arn:<partition>:apigateway:<region>::/restapis/<api id>/stages/<stage name>``."""
        return Stack.of(self).format_arn(
            arn_format=ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
            service="apigateway",
            account="",
            resource="restapis",
            resource_name=f"{self.rest_api.rest_api_id}/stages/{self.stage_name}",
        )

    def add_api_key(
        self,
        id: str,
        *,
        api_key_name: str | None = None,
        description: str | None = None,
        value: str | None = None,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
    ) -> ApiKey:
        """Add an API key valid for this stage (the ``ApiKey`` keywords of ``ApiKeyOptions``)."""
        from l2.apigateway._api_key import ApiKey

        return ApiKey(
            self,
            id,
            stages=[self],
            api_key_name=api_key_name,
            description=description,
            value=value,
            default_cors_preflight_options=default_cors_preflight_options,
            default_integration=default_integration,
            default_method_options=default_method_options,
        )

    def _metric_dimensions(self) -> dict[str, Any]:
        return {"ApiName": self.rest_api.rest_api_name, "Stage": self.stage_name}


class Stage(StageBase):
    """A stage of a REST API pointing at a deployment.

    Args:
        scope: the parent construct.
        id: the construct id.
        deployment: the deployment the stage serves.
        Other keyword arguments are the ``StageOptions`` fields.

    Raises:
        ValidationError: an access log format without a request id or without a destination, or caching
            with the cache cluster disabled.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.Stage"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        deployment: Deployment,
        access_log_destination: IAccessLogDestination | None = None,
        access_log_format: AccessLogFormat | None = None,
        cache_cluster_enabled: bool | None = None,
        cache_cluster_size: str | None = None,
        client_certificate_id: str | None = None,
        description: str | None = None,
        documentation_version: str | None = None,
        method_options: Mapping[str, MethodDeploymentOptions] | None = None,
        stage_name: str | None = None,
        tracing_enabled: bool | None = None,
        variables: Mapping[str, str] | None = None,
        cache_data_encrypted: bool | None = None,
        cache_ttl: Duration | None = None,
        caching_enabled: bool | None = None,
        data_trace_enabled: bool | None = None,
        logging_level: MethodLoggingLevel | None = None,
        metrics_enabled: bool | None = None,
        throttling_burst_limit: int | None = None,
        throttling_rate_limit: float | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.enable_cache_cluster = cache_cluster_enabled
        common = MethodDeploymentOptions(
            cache_data_encrypted=cache_data_encrypted,
            cache_ttl=cache_ttl,
            caching_enabled=caching_enabled,
            data_trace_enabled=data_trace_enabled,
            logging_level=logging_level,
            metrics_enabled=metrics_enabled,
            throttling_burst_limit=throttling_burst_limit,
            throttling_rate_limit=throttling_rate_limit,
        )
        method_settings = self._render_method_settings(common, method_options)

        access_log_setting = None
        if access_log_destination is not None or access_log_format is not None:
            fmt = access_log_format.to_string() if access_log_format is not None else None
            if fmt is not None and not Token.is_unresolved(fmt) and not _REQUEST_ID.match(fmt):
                raise ValidationError(
                    "Access log must include either `AccessLogFormat.contextRequestId()` or "
                    "`AccessLogFormat.contextExtendedRequestId()`",
                    self,
                )
            if access_log_format is not None and access_log_destination is None:
                raise ValidationError("Access log format is specified without a destination", self)
            access_log_setting = CfnStage.AccessLogSettingProperty(
                destination_arn=access_log_destination.bind(self).destination_arn
                if access_log_destination is not None
                else None,
                format=fmt or AccessLogFormat.clf().to_string(),
            )

        if cache_cluster_size is not None:
            if self.enable_cache_cluster is None:
                self.enable_cache_cluster = True
            elif self.enable_cache_cluster is False:
                raise ValidationError(
                    f'Cannot set "cacheClusterSize" to {cache_cluster_size} and "cacheClusterEnabled" to "false"', self
                )
        size = (cache_cluster_size or "0.5") if self.enable_cache_cluster else None
        cfn = CfnStage(
            self,
            "Resource",
            stage_name=stage_name or "prod",
            access_log_setting=access_log_setting,
            cache_cluster_enabled=self.enable_cache_cluster,
            cache_cluster_size=size,
            client_certificate_id=client_certificate_id,
            deployment_id=deployment.deployment_id,
            rest_api_id=deployment.api.rest_api_id,
            description=description,
            documentation_version=documentation_version,
            variables=variables,
            tracing_enabled=tracing_enabled,
            method_settings=method_settings,
        )
        self.stage_name = cfn.ref
        self.rest_api = deployment.api
        attach = getattr(self.rest_api, "_attach_stage", None)
        if attach is not None:
            attach(self)

    @staticmethod
    def from_stage_attributes(scope: Construct, id: str, *, rest_api: IRestApi, stage_name: str) -> StageBase:
        """An existing stage."""
        imported = StageBase(scope, id)
        imported.stage_name = stage_name
        imported.rest_api = rest_api
        return imported

    def _render_method_settings(
        self, common: MethodDeploymentOptions, method_options: Mapping[str, MethodDeploymentOptions] | None
    ) -> list[CfnStage.MethodSettingProperty] | None:
        settings = []
        if any(getattr(common, name) is not None for name in _METHOD_FIELDS):
            settings.append(self._render_entry("/*/*", common))
        for path, options in (method_options or {}).items():
            settings.append(self._render_entry(path, options))
        return settings or None

    def _render_entry(self, path: str, options: MethodDeploymentOptions) -> CfnStage.MethodSettingProperty:
        if options.caching_enabled:
            if self.enable_cache_cluster is None:
                self.enable_cache_cluster = True
            elif self.enable_cache_cluster is False:
                raise ValidationError(
                    f"Cannot enable caching for method {path} since cache cluster is disabled on stage", self
                )
        http_method, resource_path = parse_method_options_path(path)
        return CfnStage.MethodSettingProperty(
            http_method=http_method,
            resource_path=resource_path,
            cache_data_encrypted=options.cache_data_encrypted,
            cache_ttl_in_seconds=options.cache_ttl.to_seconds() if options.cache_ttl else None,
            caching_enabled=options.caching_enabled,
            data_trace_enabled=options.data_trace_enabled if options.data_trace_enabled is not None else False,
            logging_level=options.logging_level.value if options.logging_level is not None else None,
            metrics_enabled=options.metrics_enabled,
            throttling_burst_limit=options.throttling_burst_limit,
            throttling_rate_limit=options.throttling_rate_limit,
        )
