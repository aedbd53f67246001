"""Custom domain names (``AWS::ApiGateway::DomainName``) and base path mappings."""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import Construct, Names, Resource, Stack, Token, ValidationError
from constructs.internals import structs
from l1.apigateway import CfnBasePathMapping, CfnDomainName
from l2.apigateway._refs import DomainNameReference
from l2.apigateway._restapi import EndpointType, RestApiBase

if TYPE_CHECKING:
    from l1.certificatemanager import CfnCertificate
    from l2.apigateway._interfaces import ICertificate, IDomainName, IRestApi, IStage
    from l2.apigateway._stage import Stage
    from l2.s3 import IBucket

_BASE_PATH_CHARS = re.compile(r"^[a-zA-Z0-9$_.+!*'()-/]+$")
_UPPER = re.compile(r"[A-Z]")


class SecurityPolicy(enum.Enum):
    """The TLS policy of a custom domain."""

    TLS_1_0 = "TLS_1_0"
    TLS_1_2 = "TLS_1_2"
    TLS13_1_3_2025_09 = "SecurityPolicy_TLS13_1_3_2025_09"
    TLS13_1_3_FIPS_2025_09 = "SecurityPolicy_TLS13_1_3_FIPS_2025_09"
    TLS13_1_2_PQ_2025_09 = "SecurityPolicy_TLS13_1_2_PQ_2025_09"
    TLS13_1_2_PFS_PQ_2025_09 = "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09"
    TLS13_2025_EDGE = "SecurityPolicy_TLS13_2025_EDGE"
    TLS12_PFS_2025_EDGE = "SecurityPolicy_TLS12_PFS_2025_EDGE"
    TLS12_2018_EDGE = "SecurityPolicy_TLS12_2018_EDGE"


class EndpointAccessMode(enum.Enum):
    """How strictly an enhanced security policy checks the endpoint."""

    STRICT = "STRICT"
    BASIC = "BASIC"


@structs.frozen(kw_only=True)
class MTLSConfig:
    """Mutual TLS: the truststore object in S3.

    Args:
        bucket: the bucket.
        key: the truststore object key.
        version: the object version.
    """

    bucket: IBucket
    key: str
    version: str | None = None


@structs.frozen(kw_only=True)
class DomainNameOptions:
    """Options of a custom domain name (``RestApi(domain_name=...)``).

    Args:
        domain_name: the custom domain name (``api.example.com``).
        certificate: its certificate (in us-east-1 for an edge-optimized endpoint).
        base_path: the path the API is mapped under (default: the root).
        endpoint_type: ``REGIONAL`` (default) or ``EDGE``.
        security_policy: the minimum TLS version.
        mtls: mutual TLS: the truststore in S3 that client certificates are checked against.
        endpoint_access_mode: ``BASIC`` or ``STRICT`` (only with the ``SecurityPolicy_*`` security policies).
    """

    certificate: ICertificate | CfnCertificate
    domain_name: str
    base_path: str | None = None
    endpoint_access_mode: EndpointAccessMode | None = None
    endpoint_type: EndpointType | None = None
    mtls: MTLSConfig | None = None
    security_policy: SecurityPolicy | None = None


class BasePathMapping(Resource):
    """Maps a base path of a custom domain to a REST API stage.

    Args:
        scope: the parent construct.
        id: the construct id.
        domain_name: the custom domain.
        rest_api: the API.
        attach_to_stage: map to the API's deployment stage when ``stage`` is not given (default True).
        base_path: the base path (default: the root of the domain).
        stage: the stage.

    Raises:
        ValidationError: an invalid base path.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.BasePathMapping"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain_name: IDomainName,
        rest_api: IRestApi,
        attach_to_stage: bool | None = None,
        base_path: str | None = None,
        stage: Stage | None = None,
    ) -> None:
        super().__init__(scope, id)
        if base_path and not Token.is_unresolved(base_path):
            if base_path.startswith("/") or base_path.endswith("/"):
                raise ValidationError(f'A base path cannot start or end with /", received: {base_path}', scope)
            if "//" in base_path:
                raise ValidationError(
                    f'A base path cannot have more than one consecutive /", received: {base_path}', scope
                )
            if not _BASE_PATH_CHARS.match(base_path):
                raise ValidationError(
                    "A base path may only contain letters, numbers, and one of \"$-_.+!*'()/\", received: "
                    f"{base_path}",
                    scope,
                )
        if stage is None and isinstance(rest_api, RestApiBase) and (attach_to_stage is None or attach_to_stage):
            stage = rest_api.deployment_stage
        CfnBasePathMapping(
            self,
            "Resource",
            base_path=base_path,
            domain_name=domain_name.domain_name,
            rest_api_id=rest_api.rest_api_id,
            stage=stage.stage_name if stage is not None else None,
        )


class DomainName(Resource):
    """A custom domain name for REST APIs (regional by default).

    Args:
        scope: the parent construct.
        id: the construct id.
        certificate: the ACM certificate (anything with ``certificate_arn``).
        domain_name: the domain name (lower case).
        base_path: the base path of ``mapping``.
        endpoint_access_mode: required with enhanced security policies.
        endpoint_type: ``REGIONAL`` (default) or ``EDGE``.
        mapping: an API to map.
        mtls: mutual TLS.
        security_policy: the TLS policy.

    Raises:
        ValidationError: upper-case letters, or incompatible TLS options.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.DomainName"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    NON_EDGE_ONLY_POLICIES: ClassVar[tuple[SecurityPolicy, ...]] = (
        SecurityPolicy.TLS13_1_3_2025_09,
        SecurityPolicy.TLS13_1_3_FIPS_2025_09,
        SecurityPolicy.TLS13_1_2_PQ_2025_09,
        SecurityPolicy.TLS13_1_2_PFS_PQ_2025_09,
    )
    EDGE_ONLY_POLICIES: ClassVar[tuple[SecurityPolicy, ...]] = (
        SecurityPolicy.TLS13_2025_EDGE,
        SecurityPolicy.TLS12_PFS_2025_EDGE,
        SecurityPolicy.TLS12_2018_EDGE,
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        certificate: ICertificate | CfnCertificate,
        domain_name: str,
        base_path: str | None = None,
        endpoint_access_mode: EndpointAccessMode | None = None,
        endpoint_type: EndpointType | None = None,
        mapping: IRestApi | None = None,
        mtls: MTLSConfig | None = None,
        security_policy: SecurityPolicy | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.endpoint_type: EndpointType = endpoint_type or EndpointType.REGIONAL
        edge = self.endpoint_type is EndpointType.EDGE
        self.security_policy = security_policy
        self._base_paths: set[str | None] = set()
        if not Token.is_unresolved(domain_name) and _UPPER.search(domain_name):
            raise ValidationError(f"Domain name does not support uppercase letters. Got: {domain_name}", scope)
        enhanced = security_policy is not None and security_policy.value.startswith("SecurityPolicy_")
        if mtls is not None and enhanced:
            raise ValidationError(
                "Mutual TLS (mTLS) cannot be enabled on a domain name that uses an enhanced security policy. See: "
                "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html",
                self,
            )
        if enhanced and endpoint_access_mode is None:
            raise ValidationError(
                "Enhanced security policies require endpointAccessMode to be specified (BASIC or STRICT). STRICT is "
                "recommended for production workloads. See: https://docs.aws.amazon.com/apigateway/latest/"
                "developerguide/apigateway-security-policies.html#apigateway-security-policies-endpoint-access-mode",
                self,
            )
        if not enhanced and endpoint_access_mode is not None:
            raise ValidationError(
                "endpointAccessMode is not supported for legacy security policies (TLS_1_0, TLS_1_2). It can only be "
                "specified when using enhanced security policies (those starting with SecurityPolicy_). See: "
                "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-security-policies.html"
                "#apigateway-security-policies-endpoint-access-mode",
                self,
            )
        if security_policy is not None:
            if edge and security_policy in self.NON_EDGE_ONLY_POLICIES:
                raise ValidationError(
                    f"Security policy {security_policy.value} is not supported for edge-optimized endpoints. Use a "
                    "security policy that supports edge-optimized endpoints. See: https://docs.aws.amazon.com/"
                    "apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html",
                    self,
                )
            if not edge and security_policy in self.EDGE_ONLY_POLICIES:
                raise ValidationError(
                    f"Security policy {security_policy.value} is only supported for edge-optimized endpoints. Use a "
                    "policy that supports non-edge endpoints. See: https://docs.aws.amazon.com/apigateway/latest/"
                    "developerguide/apigateway-custom-domain-tls-version.html",
                    self,
                )
        mtls_config = (
            CfnDomainName.MutualTlsAuthenticationProperty(
                truststore_uri=mtls.bucket.s3_url_for_object(mtls.key), truststore_version=mtls.version
            )
            if mtls is not None
            else None
        )
        resource = CfnDomainName(
            self,
            "Resource",
            domain_name=domain_name,
            certificate_arn=_certificate_arn(certificate) if edge else None,
            regional_certificate_arn=None if edge else _certificate_arn(certificate),
            endpoint_configuration=CfnDomainName.EndpointConfigurationProperty(types=[self.endpoint_type.value]),
            mutual_tls_authentication=mtls_config,
            security_policy=security_policy.value if security_policy is not None else None,
            endpoint_access_mode=endpoint_access_mode.value if endpoint_access_mode is not None else None,
        )
        self.domain_name: str = resource.ref
        self.domain_name_alias_domain_name: str = (
            resource.attr_distribution_domain_name if edge else resource.attr_regional_domain_name
        )
        self.domain_name_alias_hosted_zone_id: str = (
            resource.attr_distribution_hosted_zone_id if edge else resource.attr_regional_hosted_zone_id
        )
        self._arn: str = resource.attr_domain_name_arn
        multi_level = self._validate_base_path(base_path)
        if mapping is not None and not multi_level:
            from constructs.internals import analytics_literal

            # aws-cdk-lib passes ``{basePath: props.basePath}`` on: the mapping's props name it even when unset
            analytics_literal(self, _mapping_id(base_path, mapping),
                              {"domain_name": self, "rest_api": mapping, "base_path": base_path})
            self.add_base_path_mapping(mapping, base_path=base_path)
        elif mapping is not None:
            self.add_api_mapping(mapping.deployment_stage, base_path=base_path)  # type: ignore[arg-type]

    def add_base_path_mapping(
        self,
        target_api: IRestApi,
        *,
        attach_to_stage: bool | None = None,
        base_path: str | None = None,
        stage: Stage | None = None,
    ) -> BasePathMapping:
        """Map ``base_path`` (default: the root) to ``target_api``.

        Raises:
            ValidationError: a multi-level base path (use ``add_api_mapping``).
        """
        self._check_unmapped(base_path)
        if _is_multi_level(base_path):
            raise ValidationError('BasePathMapping does not support multi-level paths. Use "addApiMapping instead.', self)
        self._base_paths.add(base_path)
        return BasePathMapping(
            self,
            _mapping_id(base_path, target_api),
            domain_name=self,
            rest_api=target_api,
            attach_to_stage=attach_to_stage,
            base_path=base_path,
            stage=stage,
        )

    def add_api_mapping(self, target_stage: IStage, *, base_path: str | None = None) -> None:
        """Map a (possibly multi-level) ``base_path`` to a stage with an ``AWS::ApiGatewayV2::ApiMapping``."""
        from l1.apigatewayv2 import CfnApiMapping

        self._check_unmapped(base_path)
        self._validate_base_path(base_path)
        self._base_paths.add(base_path)
        mapping_id = f"Map:{base_path if base_path is not None else 'none'}=>{Names.node_unique_id(target_stage.node)}"
        CfnApiMapping(
            self,
            mapping_id,
            api_id=target_stage.rest_api.rest_api_id,
            stage=target_stage.stage_name,
            domain_name=self.domain_name,
            api_mapping_key=base_path,
        )

    @property
    def domain_name_ref(self) -> DomainNameReference:
        """The domain by name and ARN."""
        return DomainNameReference(domain_name=self.domain_name, domain_name_arn=self._arn)

    @staticmethod
    def from_domain_name_attributes(
        scope: Construct,
        id: str,
        *,
        domain_name: str,
        domain_name_alias_hosted_zone_id: str,
        domain_name_alias_target: str,
    ) -> IDomainName:
        """An existing custom domain."""
        return _ImportedDomainName(scope, id, domain_name, domain_name_alias_target, domain_name_alias_hosted_zone_id)

    def _check_unmapped(self, base_path: str | None) -> None:
        if base_path in self._base_paths:
            raise ValidationError(f"DomainName {self.node.id} already has a mapping for path {base_path}", self)

    def _validate_base_path(self, path: str | None) -> bool:
        if not _is_multi_level(path):
            return False
        if self.endpoint_type is EndpointType.EDGE:
            raise ValidationError("multi-level basePath is only supported when endpointType is EndpointType.REGIONAL", self)
        if self.security_policy is SecurityPolicy.TLS_1_0:
            raise ValidationError(
                "securityPolicy must be TLS 1.2 or higher for multi-level basePath. See: "
                "https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mappings.html",
                self,
            )
        return True


class _ImportedDomainName(Resource):
    """A custom domain defined elsewhere."""

    def __init__(self, scope: Construct, id: str, domain_name: str, alias_target: str, alias_zone: str) -> None:
        super().__init__(scope, id)
        self.domain_name = domain_name
        self.domain_name_alias_domain_name = alias_target
        self.domain_name_alias_hosted_zone_id = alias_zone

    @property
    def domain_name_ref(self) -> DomainNameReference:
        """The domain by name and ARN."""
        arn = Stack.of(self).format_arn(service="apigateway", resource="domainnames", resource_name=self.domain_name)
        return DomainNameReference(domain_name=self.domain_name, domain_name_arn=arn)


def _is_multi_level(path: str | None) -> bool:
    return len([p for p in (path or "").split("/") if p]) >= 2


def _certificate_arn(certificate: Any) -> str:
    # an ACM certificate L2 has certificate_arn; aws-cdk-lib also accepts the L1 (its certificateRef is the Ref)
    arn = getattr(certificate, "certificate_arn", None)
    if arn is not None:
        return arn
    ref = getattr(certificate, "certificate_ref", None)
    if ref is not None:
        return ref.certificate_arn
    return certificate.ref


def _mapping_id(base_path: str | None, target_api: IRestApi) -> str:
    """The construct id of a base path mapping of ``target_api``."""
    return f"Map:{base_path or '/'}=>{Names.node_unique_id(target_api.node)}"
