"""What HTTP and WebSocket APIs share: stage options, access logs, custom domain names and API mappings."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, Lazy, Resource, Stack, Token, ValidationError
from constructs.internals import structs
from l1._private.interfaces.apigatewayv2 import ApiMappingReference as ApiMappingReference
from l1._private.interfaces.apigatewayv2 import ApiReference as ApiReference
from l1._private.interfaces.apigatewayv2 import AuthorizerReference as AuthorizerReference
from l1._private.interfaces.apigatewayv2 import DomainNameReference as DomainNameReference
from l1._private.interfaces.apigatewayv2 import IntegrationReference as IntegrationReference
from l1._private.interfaces.apigatewayv2 import RouteReference as RouteReference
from l1._private.interfaces.apigatewayv2 import StageReference as StageReference
from l1._private.interfaces.apigatewayv2 import VpcLinkReference as VpcLinkReference
from l2._private.metric_options import given_options as _metric_options
from l2.apigatewayv2._cfn import cfn
from l2.apigatewayv2._interfaces import IAccessLogSettings, ICertificateRef, IDomainNameRef, certificate_arn

if TYPE_CHECKING:
    from l2.apigateway import AccessLogFormat
    from l2.apigatewayv2._interfaces import IApiRef, IDomainName, IStage
    from l2.cloudwatch import Metric, Unit
    from l2.logs import ILogGroup
    from l2.s3 import IBucket


class IpAddressType(enum.Enum):
    """The IP address types that can invoke an API or a custom domain name."""

    IPV4 = "ipv4"
    DUAL_STACK = "dualstack"


class SecurityPolicy(enum.Enum):
    """The TLS version of a custom domain name."""

    TLS_1_0 = "TLS_1_0"
    TLS_1_2 = "TLS_1_2"


class EndpointType(enum.Enum):
    """The endpoint type of a custom domain name."""

    EDGE = "EDGE"
    REGIONAL = "REGIONAL"


def execute_api_resource(method: str | None, path: str | None, stage: str | None) -> str:
    """The resource name of an ``execute-api`` ARN: ``<stage or *>/<method or *><path or /*>``."""
    return f"{'*' if stage is None else stage}/{'*' if method is None else method}{'/*' if path is None else path}"


# -- references (aws-cdk-lib's ``interfaces.aws_apigatewayv2`` structs) --------------------------------------
# -- stage options ------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class ThrottleSettings:
    """Throttling of the routes of a stage (or of a usage plan).

    Args:
        burst_limit: the maximum burst of requests (default: none).
        rate_limit: the steady-state requests per second (default: none).
    """

    burst_limit: int | float | None = None
    rate_limit: int | float | None = None


@structs.frozen(kw_only=True)
class DomainMappingOptions:
    """Map a stage to a custom domain name.

    Args:
        domain_name: the custom domain name.
        mapping_key: the path under the domain (default: the root).
    """

    domain_name: IDomainNameRef
    mapping_key: str | None = None


@structs.frozen(kw_only=True)
class StageOptions:
    """The options of a stage.

    Args:
        access_log_settings: where and how to write access logs (default: none).
        auto_deploy: deploy every change to the API automatically (default: false).
        description: the stage's description.
        detailed_metrics_enabled: detailed route metrics (default: false).
        domain_mapping: a custom domain name to map the stage to.
        stage_variables: stage variables (default: none).
        throttle: throttling of the stage's routes (default: none).
    """

    access_log_settings: IAccessLogSettings | None = None
    auto_deploy: bool | None = None
    description: str | None = None
    detailed_metrics_enabled: bool | None = None
    domain_mapping: DomainMappingOptions | None = None
    stage_variables: Mapping[str, str] | None = None
    throttle: ThrottleSettings | None = None


@structs.frozen(kw_only=True)
class StageAttributes:
    """The attributes of an existing stage.

    Args:
        stage_name: the name of the stage.
    """

    stage_name: str


@structs.frozen(kw_only=True)
class AccessLogDestinationConfig:
    """What an access log destination binds to: its ARN.

    Args:
        destination_arn: the ARN of the destination (such as a CloudWatch log group) the access logs go to.
    """

    destination_arn: str


class LogGroupLogDestination:
    """Write the access logs of a stage to a CloudWatch Logs log group.

    Args:
        log_group: the log group.
    """

    def __init__(self, log_group: ILogGroup) -> None:
        self.log_group = log_group

    def bind(self, _stage: IStage) -> AccessLogDestinationConfig:
        """The log group's ARN."""
        return AccessLogDestinationConfig(destination_arn=self.log_group.log_group_arn)


# -- bases --------------------------------------------------------------------------------------------------
class ApiBase(Resource):
    """What HTTP and WebSocket APIs share: the API id and CloudWatch metrics (``AWS/ApiGateway``)."""

    api_id: str

    @property
    def api_ref(self) -> ApiReference:
        """The API by id."""
        return ApiReference(api_id=self.api_id)

    def metric(
        self,
        metric_name: str,
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
        """A metric of this API (namespace ``AWS/ApiGateway``, dimension ``ApiId``)."""
        props = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        options: dict[str, Any] = {"namespace": "AWS/ApiGateway", "metric_name": metric_name,
                                   "dimensions_map": {"ApiId": self.api_id}}
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)


_REQUEST_ID = re.compile(r"\$context\.(?:requestId|extendedRequestId)\b")


class StageBase(Resource):
    """What the stages of HTTP and WebSocket APIs share: stage variables, API mappings, access logs, metrics."""

    stage_name: str

    def __init__(self, scope: Construct, id: str, **resource_props: Any) -> None:
        super().__init__(scope, id, **resource_props)
        self._stage_variables_map: dict[str, str] = {}
        self._api_mapping: Any = None

    @property
    def _base_api(self) -> Any:
        raise NotImplementedError

    @property
    def stage_ref(self) -> StageReference:
        """The stage by API id and name."""
        return StageReference(api_id=self._base_api.api_id, stage_name=self.stage_name)

    def add_stage_variable(self, name: str, value: str) -> None:
        """Add (or replace) a stage variable."""
        self._stage_variables_map[name] = value

    def _render_stage_variables(self) -> Any:
        return Lazy.any(lambda: dict(self._stage_variables_map) if self._stage_variables_map else None)

    def default_access_log_format(self) -> AccessLogFormat:
        """The access log format used when the settings give none."""
        raise NotImplementedError

    def _add_domain_mapping(self, domain_mapping: DomainMappingOptions) -> None:
        if self._api_mapping is not None:
            raise ValidationError("Only one ApiMapping allowed per Stage", self)
        domain = domain_mapping.domain_name
        self._api_mapping = ApiMapping(
            self,
            f"{domain}{domain_mapping.mapping_key if domain_mapping.mapping_key is not None else 'undefined'}",
            api=self._base_api,
            domain_name=domain,
            stage=self,  # type: ignore[arg-type]
            api_mapping_key=domain_mapping.mapping_key,
        )
        self.node.add_dependency(domain)

    def _access_log_settings(self, settings: IAccessLogSettings | None) -> Any:
        if settings is None:
            return None
        fmt = settings.format
        text = fmt.to_string() if fmt is not None else None
        if text is not None and not Token.is_unresolved(text) and not _REQUEST_ID.search(text):
            raise ValidationError(
                "Access log must include either `AccessLogFormat.contextRequestId()` or "
                "`AccessLogFormat.contextExtendedRequestId()`",
                self,
            )

        return cfn().CfnStage.AccessLogSettingsProperty(
            destination_arn=settings.destination.bind(self).destination_arn,  # type: ignore[arg-type]
            format=text if text is not None else self.default_access_log_format().to_string(),
        )

    @staticmethod
    def _route_settings(throttle: ThrottleSettings | None, detailed_metrics_enabled: bool | None) -> Any:
        if not throttle and not detailed_metrics_enabled:
            return None

        return cfn().CfnStage.RouteSettingsProperty(
            throttling_burst_limit=throttle.burst_limit if throttle else None,
            throttling_rate_limit=throttle.rate_limit if throttle else None,
            detailed_metrics_enabled=detailed_metrics_enabled,
        )

    def metric(
        self,
        metric_name: str,
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
        """A metric of this stage (dimensions ``ApiId`` and ``Stage``)."""
        props = _metric_options(locals(), "metric_name")
        api = self._base_api
        return (
            api.metric(metric_name, **props)
            .with_(dimensions_map={"ApiId": api.api_id, "Stage": self.stage_name})
            .attach_to(self)
        )


# -- custom domain names ------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class MTLSConfig:
    """Mutual TLS for a custom domain name: the truststore in S3.

    Args:
        bucket: the bucket holding the truststore.
        key: the truststore's key.
        version: the truststore object's version (default: latest).
    """

    bucket: IBucket
    key: str
    version: str | None = None


@structs.frozen(kw_only=True)
class EndpointOptions:
    """An endpoint of a custom domain name.

    Args:
        certificate: the ACM certificate.
        certificate_name: a user-friendly name of the certificate.
        endpoint_type: default ``REGIONAL``.
        ip_address_type: the IP address types (default: API Gateway's, IPv4).
        ownership_certificate: a public certificate proving ownership (mutual TLS with an imported or private
            CA certificate only).
        security_policy: the TLS version (default: API Gateway's, TLS 1.2).
    """

    certificate: ICertificateRef
    certificate_name: str | None = None
    endpoint_type: EndpointType | None = None
    ip_address_type: IpAddressType | None = None
    ownership_certificate: ICertificateRef | None = None
    security_policy: SecurityPolicy | None = None


@structs.frozen(kw_only=True)
class DomainNameProps(EndpointOptions):
    """The properties of a ``DomainName`` (see ``DomainName`` for each keyword)."""

    domain_name: str
    mtls: MTLSConfig | None = None


@structs.frozen(kw_only=True)
class DomainNameAttributes:
    """The attributes of an existing custom domain name.

    Args:
        name: the custom domain name.
        regional_domain_name: the regional domain name API Gateway gave the custom domain.
        regional_hosted_zone_id: the hosted zone id of that regional domain name.
    """

    name: str
    regional_domain_name: str
    regional_hosted_zone_id: str


class _ImportedDomainName(Resource):
    def __init__(self, scope: Construct, id: str, attrs: DomainNameAttributes) -> None:
        super().__init__(scope, id)
        self.name = attrs.name
        self.regional_domain_name = attrs.regional_domain_name
        self.regional_hosted_zone_id = attrs.regional_hosted_zone_id

    @property
    def domain_name_ref(self) -> DomainNameReference:
        """The domain by name and ARN."""
        return DomainNameReference(
            domain_name=self.name,
            domain_name_arn=Stack.of(self).format_arn(
                service="apigateway",
                arn_format=ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
                resource="domainnames",
                resource_name=self.name,
            ),
        )


class DomainName(Resource):
    """A custom domain name of HTTP and WebSocket APIs (``AWS::ApiGatewayV2::DomainName``).

    Args:
        scope: the parent construct.
        id: the construct id.
        domain_name: the domain name (not empty).
        certificate: the ACM certificate of the first endpoint (more with ``add_endpoint``).
        certificate_name / endpoint_type / ip_address_type / ownership_certificate / security_policy: the first
            endpoint's options (see ``EndpointOptions``).
        mtls: mutual TLS (default: none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.DomainName"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain_name: str,
        certificate: ICertificateRef,
        certificate_name: str | None = None,
        endpoint_type: EndpointType | None = None,
        ip_address_type: IpAddressType | None = None,
        mtls: MTLSConfig | None = None,
        ownership_certificate: ICertificateRef | None = None,
        security_policy: SecurityPolicy | None = None,
    ) -> None:
        super().__init__(scope, id)
        if domain_name == "":
            raise ValidationError("empty string for domainName not allowed", scope)
        if ownership_certificate is not None and mtls is None:
            raise ValidationError("ownership certificate can only be used with mtls domains", scope)
        self._configurations: list[Any] = []
        mtls_config = None
        if mtls is not None:
            mtls_config = cfn().CfnDomainName.MutualTlsAuthenticationProperty(
                truststore_uri=mtls.bucket.s3_url_for_object(mtls.key), truststore_version=mtls.version
            )
        self._resource = cfn().CfnDomainName(
            self,
            "Resource",
            domain_name=domain_name,
            domain_name_configurations=Lazy.any(lambda: list(self._configurations)),
            mutual_tls_authentication=mtls_config,
        )
        self.name: str = self._resource.ref
        if certificate is not None:  # always given from Python; kept as aws-cdk-lib checks it
            self.add_endpoint(
                certificate=certificate,
                certificate_name=certificate_name,
                endpoint_type=endpoint_type,
                ip_address_type=ip_address_type,
                ownership_certificate=ownership_certificate,
                security_policy=security_policy,
            )

    @staticmethod
    def from_domain_name_attributes(
        scope: Construct, id: str, *, name: str, regional_domain_name: str, regional_hosted_zone_id: str
    ) -> IDomainName:
        """An existing custom domain name."""
        return _ImportedDomainName(  # type: ignore[return-value]
            scope,
            id,
            DomainNameAttributes(
                name=name, regional_domain_name=regional_domain_name, regional_hosted_zone_id=regional_hosted_zone_id
            ),
        )

    def add_endpoint(
        self,
        *,
        certificate: ICertificateRef,
        certificate_name: str | None = None,
        endpoint_type: EndpointType | None = None,
        ip_address_type: IpAddressType | None = None,
        ownership_certificate: ICertificateRef | None = None,
        security_policy: SecurityPolicy | None = None,
    ) -> None:
        """Add an endpoint (one per endpoint type).

        Raises:
            ValidationError: an endpoint of that type exists already.
        """
        kind = endpoint_type.value if endpoint_type is not None else "REGIONAL"
        for config in self._configurations:
            if config.endpoint_type == kind:
                raise ValidationError(f"an endpoint with type {kind} already exists", self)
        self._configurations.append(
            cfn().CfnDomainName.DomainNameConfigurationProperty(
                certificate_arn=certificate_arn(certificate),
                certificate_name=certificate_name,
                endpoint_type=kind,
                ip_address_type=ip_address_type.value if ip_address_type is not None else None,
                ownership_verification_certificate_arn=(
                    certificate_arn(ownership_certificate) if ownership_certificate is not None else None
                ),
                security_policy=security_policy.value if security_policy is not None else None,
            )
        )

    @property
    def regional_domain_name(self) -> str:
        """The regional domain name (for alias records)."""
        return Token.as_string(self._resource.get_att("RegionalDomainName"))

    @property
    def regional_hosted_zone_id(self) -> str:
        """The regional hosted zone id (for alias records)."""
        return Token.as_string(self._resource.get_att("RegionalHostedZoneId"))

    @property
    def domain_name_arn(self) -> str:
        """The ARN of the domain name."""
        return Token.as_string(self._resource.get_att("DomainNameArn"))

    @property
    def domain_name_ref(self) -> DomainNameReference:
        """The domain by name and ARN."""
        return DomainNameReference(domain_name=self.name, domain_name_arn=self.domain_name_arn)


# -- API mappings -------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class ApiMappingProps:
    """The properties of an ``ApiMapping``.

    Args:
        api: the API.
        domain_name: the custom domain name.
        api_mapping_key: the path under the domain (default: the root; not empty).
        stage: the stage (default: the API's default stage).
    """

    api: IApiRef
    domain_name: IDomainNameRef
    api_mapping_key: str | None = None
    stage: IStage | None = None


@structs.frozen(kw_only=True)
class ApiMappingAttributes:
    """The attributes of an existing API mapping.

    Args:
        api_mapping_id: the id of the API mapping.
        domain_name: the custom domain name the mapping belongs to (default not known).
    """

    api_mapping_id: str
    domain_name: str | None = None


class _ImportedApiMapping(Resource):
    def __init__(self, scope: Construct, id: str, attrs: ApiMappingAttributes) -> None:
        super().__init__(scope, id)
        self.api_mapping_id = attrs.api_mapping_id
        self._domain = attrs.domain_name

    @property
    def api_mapping_ref(self) -> ApiMappingReference:
        """The mapping by id and domain name."""
        if not self._domain:
            raise ValidationError(
                "Cannot use object in this API: 'domainName' was not supplied when calling "
                "ApiMapping.fromApiMappingAttributes()",
                self,
            )
        return ApiMappingReference(api_mapping_id=self.api_mapping_id, domain_name=self._domain)


class ApiMapping(Resource):
    """Maps a stage of an API to a custom domain name (``AWS::ApiGatewayV2::ApiMapping``).

    Args:
        scope: the parent construct.
        id: the construct id.
        api: the API.
        domain_name: the custom domain name.
        api_mapping_key: the path under the domain (default: the root; not empty).
        stage: the stage (default: the API's default stage; required when it has none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.ApiMapping"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api: IApiRef,
        domain_name: IDomainNameRef,
        api_mapping_key: str | None = None,
        stage: IStage | None = None,
    ) -> None:
        super().__init__(scope, id)
        stage = stage or getattr(api, "default_stage", None)
        if stage is None:
            raise ValidationError("stage property must be specified", scope)
        if api_mapping_key == "":
            raise ValidationError("empty string for api mapping key not allowed", scope)
        resource = cfn().CfnApiMapping(
            self,
            "Resource",
            api_id=api.api_ref.api_id,
            domain_name=domain_name.domain_name_ref.domain_name,
            stage=stage.stage_name,
            api_mapping_key=api_mapping_key,
        )
        if isinstance(stage, Construct) and stage in self.node.scopes:
            # a mapping made by its stage (``domain_mapping``): aws-cdk-lib's dependency on the parent stage
            # makes the mapping's resource depend on the stage's other resources; pycdk's core refuses a
            # dependency on an ancestor, so depend on those siblings directly (same DependsOn)
            for child in stage.node.children:
                if child is not self:
                    self.node.add_dependency(child)
        else:
            self.node.add_dependency(stage)  # type: ignore[arg-type]
        self.api_mapping_id: str = resource.ref
        self.mapping_key: str | None = api_mapping_key
        self._domain = domain_name

    @staticmethod
    def from_api_mapping_attributes(
        scope: Construct, id: str, *, api_mapping_id: str, domain_name: str | None = None
    ) -> IApiMapping:
        """An existing API mapping."""
        return _ImportedApiMapping(  # type: ignore[return-value]
            scope, id, ApiMappingAttributes(api_mapping_id=api_mapping_id, domain_name=domain_name)
        )

    @property
    def domain_name(self) -> IDomainName:
        """The custom domain name."""
        domain = self._domain
        if hasattr(domain, "regional_domain_name") and hasattr(domain, "regional_hosted_zone_id"):
            return domain  # type: ignore[return-value]
        raise ValidationError(
            f"Supplied domainName ({type(domain).__name__}) does not implement IDomainName", self
        )

    @property
    def api_mapping_ref(self) -> ApiMappingReference:
        """The mapping by id and domain name."""
        return ApiMappingReference(
            api_mapping_id=self.api_mapping_id, domain_name=self._domain.domain_name_ref.domain_name
        )

    @property
    def domain_url(self) -> str:
        """The URL of the mapping: ``https://<domain>/<key>``."""
        return f"https://{self._domain.domain_name_ref.domain_name}/{self.mapping_key or ''}"


if TYPE_CHECKING:
    from l2.apigatewayv2._interfaces import IApiMapping
