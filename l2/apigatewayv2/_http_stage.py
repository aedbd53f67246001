"""Stages of HTTP APIs: ``HttpStage`` (``$default`` unless named)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Stack, ValidationError
from constructs.internals import structs
from l2.apigatewayv2._cfn import cfn
from l2.apigatewayv2._common import StageAttributes, StageBase, StageOptions
from l2.apigatewayv2._metrics import HttpMetricMethods

if TYPE_CHECKING:
    from l2.apigateway import AccessLogFormat
    from l2.apigatewayv2._common import DomainMappingOptions, ThrottleSettings
    from l2.apigatewayv2._interfaces import IAccessLogSettings, IHttpApi, IHttpApiRef, IHttpStage

DEFAULT_STAGE_NAME = "$default"


@structs.frozen(kw_only=True)
class HttpStageOptions(StageOptions):
    """The options of a stage of an HTTP API (``HttpApi.add_stage``).

    Args:
        stage_name: default ``$default``.
    """

    stage_name: str | None = None


@structs.frozen(kw_only=True)
class HttpStageProps(HttpStageOptions):
    """The properties of an ``HttpStage`` (see ``HttpStage`` for each keyword)."""

    http_api: IHttpApiRef


@structs.frozen(kw_only=True)
class HttpStageAttributes(StageAttributes):
    """The attributes of an existing stage of an HTTP API.

    Args:
        api: the HTTP API the stage belongs to.
    """

    api: IHttpApi


def _http_default_access_log_format() -> AccessLogFormat:
    from l2.apigateway import AccessLogFormat

    return AccessLogFormat.clf()


class _HttpStageBase(HttpMetricMethods, StageBase):
    is_http_stage = True


class _ImportedHttpStage(_HttpStageBase):
    def __init__(self, scope: Construct, id: str, attrs: HttpStageAttributes) -> None:
        super().__init__(scope, id)
        self._scope = scope
        self.api = attrs.api
        self.stage_name = attrs.stage_name

    @property
    def _base_api(self) -> Any:
        return self.api

    @property
    def url(self) -> str:
        """Not available for imported stages."""
        raise ValidationError("url is not available for imported stages.", self._scope)

    @property
    def domain_url(self) -> str:
        """Not available for imported stages."""
        raise ValidationError("domainUrl is not available for imported stages.", self._scope)

    def default_access_log_format(self) -> AccessLogFormat:
        """The Common Log Format."""
        return _http_default_access_log_format()


class HttpStage(_HttpStageBase):
    """A stage of an HTTP API (``AWS::ApiGatewayV2::Stage``).

    Args:
        scope: the parent construct.
        id: the construct id.
        http_api: the API.
        stage_name: default ``$default``.
        access_log_settings: access log destination and format (default: none).
        auto_deploy: deploy every change automatically (default: false).
        description: the stage's description.
        detailed_metrics_enabled: detailed route metrics (default: false).
        domain_mapping: map the stage to a custom domain name.
        stage_variables: stage variables.
        throttle: throttling of the stage's routes.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.HttpStage"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IHttpApiRef,
        access_log_settings: IAccessLogSettings | None = None,
        auto_deploy: bool | None = None,
        description: str | None = None,
        detailed_metrics_enabled: bool | None = None,
        domain_mapping: DomainMappingOptions | None = None,
        stage_name: str | None = None,
        stage_variables: Mapping[str, str] | None = None,
        throttle: ThrottleSettings | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=stage_name or DEFAULT_STAGE_NAME)
        self._api = http_api
        self.stage_name: str = self.physical_name
        for key, value in (stage_variables or {}).items():
            self.add_stage_variable(key, value)
        cfn().CfnStage(
            self,
            "Resource",
            api_id=http_api.api_ref.api_id,
            stage_name=self.physical_name,
            access_log_settings=self._access_log_settings(access_log_settings),
            auto_deploy=auto_deploy,
            default_route_settings=self._route_settings(throttle, detailed_metrics_enabled),
            description=description,
            stage_variables=self._render_stage_variables(),
        )
        if domain_mapping is not None:
            self._add_domain_mapping(domain_mapping)

    @staticmethod
    def from_http_stage_attributes(scope: Construct, id: str, *, api: IHttpApi, stage_name: str) -> IHttpStage:
        """An existing stage of an HTTP API."""
        return _ImportedHttpStage(scope, id, HttpStageAttributes(api=api, stage_name=stage_name))  # type: ignore[return-value]

    @property
    def api(self) -> IHttpApi:
        """The API."""
        return self._api  # type: ignore[return-value]

    @property
    def _base_api(self) -> Any:
        return self._api

    @property
    def url(self) -> str:
        """The stage's URL (``https://<api id>.execute-api.<region>.<suffix>/<stage>``, no stage for ``$default``)."""
        stack = Stack.of(self)
        path = "" if self.stage_name == DEFAULT_STAGE_NAME else self.stage_name
        return f"https://{self.api.api_id}.execute-api.{stack.region}.{stack.url_suffix}/{path}"

    @property
    def domain_url(self) -> str:
        """The URL of the stage's custom domain mapping.

        Raises:
            ValidationError: the stage has no domain mapping.
        """
        if self._api_mapping is None:
            raise ValidationError("domainUrl is not available when no API mapping is associated with the Stage", self)
        return str(self._api_mapping.domain_url)

    def default_access_log_format(self) -> AccessLogFormat:
        """The Common Log Format."""
        return _http_default_access_log_format()
