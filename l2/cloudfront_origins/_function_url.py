"""``FunctionUrlOrigin``: a Lambda function URL as an origin, optionally behind an origin access control."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Aws, Construct, Duration, Fn, ValidationError
from l2.cloudfront import (
    FunctionUrlOriginAccessControl,
    IOrigin,
    IOriginAccessControl,
    OriginBase,
    OriginBindConfig,
    OriginIpAddressType,
    OriginProtocolPolicy,
    OriginSslPolicy,
    SigningBehavior,
    SigningProtocol,
)
from l2.cloudfront_origins._http import _validate_minimum_seconds

if TYPE_CHECKING:
    from l2.lambda_ import IFunctionUrl

_ORIGIN_FIELDS = (
    "connection_attempts", "connection_timeout", "custom_origin_config", "domain_name", "id",
    "origin_access_control_id", "origin_custom_headers", "origin_path", "origin_shield",
    "response_completion_timeout", "s3_origin_config", "vpc_origin_config",
)


def _url_domain(url: str) -> str:
    return Fn.select(2, Fn.split("/", url))


def _with_origin_access_control_id(config: OriginBindConfig, oac_id: str) -> OriginBindConfig:
    from l1.cloudfront import CfnDistribution

    prop = config.origin_property
    values = {name: getattr(prop, name) for name in _ORIGIN_FIELDS if getattr(prop, name, None) is not None}
    values["origin_access_control_id"] = oac_id
    return OriginBindConfig(
        origin_property=CfnDistribution.OriginProperty(**values), failover_config=config.failover_config,
        selection_criteria=config.selection_criteria,
    )


class _FunctionUrlOriginBase(OriginBase):
    def __init__(self, lambda_function_url: IFunctionUrl, ip_address_type: OriginIpAddressType | None,
                 keepalive_timeout: Duration | None, read_timeout: Duration | None, **props: Any) -> None:
        super().__init__(_url_domain(lambda_function_url.url), **props)
        self._read_timeout = read_timeout
        self._keepalive_timeout = keepalive_timeout
        self._ip_address_type = ip_address_type
        _validate_minimum_seconds("readTimeout", 1, read_timeout)
        _validate_minimum_seconds("keepaliveTimeout", 1, keepalive_timeout)

    def _render_custom_origin_config(self) -> dict[str, Any] | None:
        config = {
            "origin_ssl_protocols": [OriginSslPolicy.TLS_V1_2.value],
            "origin_protocol_policy": OriginProtocolPolicy.HTTPS_ONLY.value,
            "origin_read_timeout": self._read_timeout.to_seconds() if self._read_timeout else None,
            "origin_keepalive_timeout": self._keepalive_timeout.to_seconds() if self._keepalive_timeout else None,
            "ip_address_type": self._ip_address_type.value if self._ip_address_type is not None else None,
        }
        return {k: v for k, v in config.items() if v is not None}


class FunctionUrlOrigin(_FunctionUrlOriginBase):
    """A Lambda function URL origin (HTTPS only, TLS 1.2); ``with_origin_access_control`` signs the requests.

    Args:
        lambda_function_url: the function URL.
        ip_address_type: the IP family CloudFront uses to reach it.
        keepalive_timeout / read_timeout: at least 1 second.
        The other keywords are ``OriginBase``'s.
    """

    def __init__(
        self,
        lambda_function_url: IFunctionUrl,
        *,
        ip_address_type: OriginIpAddressType | None = None,
        keepalive_timeout: Duration | None = None,
        read_timeout: Duration | None = None,
        origin_path: str | None = None,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> None:
        super().__init__(
            lambda_function_url, ip_address_type, keepalive_timeout, read_timeout, origin_path=origin_path,
            connection_attempts=connection_attempts, connection_timeout=connection_timeout,
            custom_headers=custom_headers, origin_access_control_id=origin_access_control_id, origin_id=origin_id,
            origin_shield_enabled=origin_shield_enabled, origin_shield_region=origin_shield_region,
            response_completion_timeout=response_completion_timeout,
        )
        self._validate_response_completion_timeout_with_read_timeout(response_completion_timeout, read_timeout)

    @staticmethod
    def with_origin_access_control(
        lambda_function_url: IFunctionUrl,
        *,
        origin_access_control: IOriginAccessControl | None = None,
        ip_address_type: OriginIpAddressType | None = None,
        keepalive_timeout: Duration | None = None,
        read_timeout: Duration | None = None,
        origin_path: str | None = None,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> IOrigin:
        """A function URL origin reached through an origin access control (default a new
        ``FunctionUrlOriginAccessControl``); CloudFront gets permission to invoke the function through its URL."""
        return _FunctionUrlOriginWithOAC(
            lambda_function_url, origin_access_control, ip_address_type, keepalive_timeout, read_timeout,
            origin_path=origin_path, connection_attempts=connection_attempts, connection_timeout=connection_timeout,
            custom_headers=custom_headers, origin_access_control_id=origin_access_control_id, origin_id=origin_id,
            origin_shield_enabled=origin_shield_enabled, origin_shield_region=origin_shield_region,
            response_completion_timeout=response_completion_timeout,
        )


class _FunctionUrlOriginWithOAC(_FunctionUrlOriginBase):
    def __init__(self, lambda_function_url: IFunctionUrl, oac: IOriginAccessControl | None,
                 ip_address_type: OriginIpAddressType | None, keepalive_timeout: Duration | None,
                 read_timeout: Duration | None, **props: Any) -> None:
        super().__init__(lambda_function_url, ip_address_type, keepalive_timeout, read_timeout, **props)
        self._function_url = lambda_function_url
        self._oac = oac

    def bind(self, scope: Construct, *, origin_id: str, distribution_id: str | None = None) -> OriginBindConfig:
        config = super().bind(scope, origin_id=origin_id, distribution_id=distribution_id)
        if self._oac is None:
            self._oac = FunctionUrlOriginAccessControl(scope, "FunctionUrlOriginAccessControl")
        self._validate_auth_type(scope)
        self._add_invoke_permission(scope, origin_id, distribution_id)
        return _with_origin_access_control_id(config, self._oac.origin_access_control_id)

    def _add_invoke_permission(self, scope: Construct, origin_id: str, distribution_id: str | None) -> None:
        from l1.lambda_ import CfnPermission

        source_arn = f"arn:{Aws.PARTITION}:cloudfront::{Aws.ACCOUNT_ID}:distribution/{distribution_id}"
        CfnPermission(
            scope, f"InvokeFromApiFor{origin_id}", principal="cloudfront.amazonaws.com",
            action="lambda:InvokeFunctionUrl", function_name=self._function_url.function_arn, source_arn=source_arn,
        )
        CfnPermission(
            scope, f"InvokeFunctionFromCloudFrontFor{origin_id}", principal="cloudfront.amazonaws.com",
            action="lambda:InvokeFunction", function_name=self._function_url.function_arn, source_arn=source_arn,
            invoked_via_function_url=True,
        )

    def _validate_auth_type(self, scope: Construct) -> None:
        from l2.lambda_ import FunctionUrlAuthType

        signing = getattr(self._oac, "_signing", None)
        if signing is None:
            return
        always_sigv4 = signing.behavior is SigningBehavior.ALWAYS and signing.protocol is SigningProtocol.SIGV4
        if always_sigv4 and self._function_url.auth_type is not FunctionUrlAuthType.AWS_IAM:
            raise ValidationError(
                "The authType of the Function URL must be set to AWS_IAM when origin access control signing method "
                "is SIGV4_ALWAYS.", scope,
            )
