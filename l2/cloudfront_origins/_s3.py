"""S3 origins: ``S3BucketOrigin`` (origin access control, origin access identity, or bucket defaults) and
``S3StaticWebsiteOrigin``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Aws, Construct, Duration, Names, Stack, UnscopedValidationError
from l2.cloudfront import (
    AccessLevel,
    IOriginAccessControl,
    IOriginAccessIdentity,
    OriginAccessIdentity,
    OriginBase,
    OriginBindConfig,
    OriginIpAddressType,
    OriginProtocolPolicy,
    OriginSslPolicy,
    S3OriginAccessControl,
)
from l2.cloudfront_origins._http import HttpOrigin

if TYPE_CHECKING:
    from l2.kms import IKey
    from l2.s3 import IBucket

_BUCKET_ACTIONS: dict[AccessLevel, tuple[str, bool]] = {
    AccessLevel.READ: ("s3:GetObject", False),
    AccessLevel.READ_VERSIONED: ("s3:GetObjectVersion", False),
    AccessLevel.LIST: ("s3:ListBucket", True),
    AccessLevel.WRITE: ("s3:PutObject", False),
    AccessLevel.DELETE: ("s3:DeleteObject", False),
}
_KEY_ACTIONS: dict[AccessLevel, list[str]] = {
    AccessLevel.READ: ["kms:Decrypt"],
    AccessLevel.WRITE: ["kms:Encrypt", "kms:GenerateDataKey*"],
}


class S3BucketOrigin(OriginBase):
    """An S3 bucket origin (its regional domain name); build one with ``with_origin_access_control``,
    ``with_origin_access_identity`` or ``with_bucket_defaults``.

    Args:
        bucket: the bucket.
        The other keywords are ``OriginBase``'s.
    """

    def __init__(
        self,
        bucket: IBucket,
        *,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> None:
        super().__init__(
            bucket.bucket_regional_domain_name, connection_attempts=connection_attempts,
            connection_timeout=connection_timeout, custom_headers=custom_headers,
            origin_access_control_id=origin_access_control_id, origin_id=origin_id, origin_path=origin_path,
            origin_shield_enabled=origin_shield_enabled, origin_shield_region=origin_shield_region,
            response_completion_timeout=response_completion_timeout,
        )

    @staticmethod
    def with_origin_access_control(
        bucket: IBucket,
        *,
        origin_access_control: IOriginAccessControl | None = None,
        origin_access_levels: Sequence[AccessLevel] | None = None,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> S3BucketOrigin:
        """An origin reached through an origin access control (default a new ``S3OriginAccessControl``); the
        bucket policy (and the bucket key's policy) grant the distribution ``origin_access_levels`` (default READ)."""
        return _S3BucketOriginWithOAC(
            bucket, origin_access_control, origin_access_levels, connection_attempts=connection_attempts,
            connection_timeout=connection_timeout, custom_headers=custom_headers,
            origin_access_control_id=origin_access_control_id, origin_id=origin_id, origin_path=origin_path,
            origin_shield_enabled=origin_shield_enabled, origin_shield_region=origin_shield_region,
            response_completion_timeout=response_completion_timeout,
        )

    @staticmethod
    def with_origin_access_identity(
        bucket: IBucket,
        *,
        origin_access_identity: IOriginAccessIdentity | None = None,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> S3BucketOrigin:
        """An origin reached through an origin access identity (legacy; default a new one)."""
        return _S3BucketOriginWithOAI(
            bucket, origin_access_identity, connection_attempts=connection_attempts,
            connection_timeout=connection_timeout, custom_headers=custom_headers,
            origin_access_control_id=origin_access_control_id, origin_id=origin_id, origin_path=origin_path,
            origin_shield_enabled=origin_shield_enabled, origin_shield_region=origin_shield_region,
            response_completion_timeout=response_completion_timeout,
        )

    @staticmethod
    def with_bucket_defaults(
        bucket: IBucket,
        *,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> S3BucketOrigin:
        """An origin for a publicly readable bucket: no access control."""
        return S3BucketOrigin(
            bucket, connection_attempts=connection_attempts, connection_timeout=connection_timeout,
            custom_headers=custom_headers, origin_access_control_id=origin_access_control_id, origin_id=origin_id,
            origin_path=origin_path, origin_shield_enabled=origin_shield_enabled,
            origin_shield_region=origin_shield_region, response_completion_timeout=response_completion_timeout,
        )

    def _render_s3_origin_config(self) -> dict[str, Any] | None:
        return {"origin_access_identity": ""}


class _S3BucketOriginWithOAC(S3BucketOrigin):
    def __init__(self, bucket: IBucket, oac: IOriginAccessControl | None, levels: Sequence[AccessLevel] | None,
                 **props: Any) -> None:
        super().__init__(bucket, **props)
        self._bucket = bucket
        self._oac = oac
        self._levels = levels

    def bind(self, scope: Construct, *, origin_id: str, distribution_id: str | None = None) -> OriginBindConfig:
        from l2 import iam

        if self._oac is None:
            self._oac = S3OriginAccessControl(scope, "S3OriginAccessControl")
        levels = list(dict.fromkeys(self._levels if self._levels is not None else [AccessLevel.READ]))
        if AccessLevel.LIST in levels:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk",
                "When the origin with AccessLevel.LIST is associated to the default behavior, it is strongly "
                "recommended to ensure the distribution's defaultRootObject is specified,\nSee the \"Setting up OAC "
                "with LIST permission\" section of module's README for more info.",
            )
        actions = [_BUCKET_ACTIONS[level] for level in levels if level in _BUCKET_ACTIONS]
        resources = [self._bucket.arn_for_objects("*")]
        if any(needs_arn for _, needs_arn in actions):
            resources.append(self._bucket.bucket_arn)
        statement = iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            principals=[iam.ServicePrincipal("cloudfront.amazonaws.com")],
            actions=[a for a, _ in actions],
            resources=resources,
            conditions={"StringEquals": {
                "AWS:SourceArn": f"arn:{Aws.PARTITION}:cloudfront::{Aws.ACCOUNT_ID}:distribution/{distribution_id}"
            }},
        )
        if not self._bucket.add_to_resource_policy(statement).statement_added:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOac",
                "Cannot update bucket policy of an imported bucket. You will need to update the policy manually "
                "instead.\nSee the \"Setting up OAC with imported S3 buckets\" section of module's README for more info.",
            )
        key = self._bucket.encryption_key
        if key is not None:
            key_actions = [a for level in levels for a in _KEY_ACTIONS.get(level, [])]
            if not self._grant_key(key, key_actions).statement_added:
                Annotations.of(scope).add_warning_v2(
                    "@aws-cdk/aws-cloudfront-origins:updateImportedKeyPolicyOac",
                    "Cannot update key policy of an imported key. You will need to update the policy manually "
                    "instead.\nSee the \"Updating imported key policies\" section of the module's README for more "
                    "info.",
                )
        config = super().bind(scope, origin_id=origin_id, distribution_id=distribution_id)
        from l1.cloudfront import CfnDistribution

        prop = config.origin_property
        values = {name: getattr(prop, name) for name in _ORIGIN_FIELDS if getattr(prop, name, None) is not None}
        values["origin_access_control_id"] = self._oac.origin_access_control_id
        return OriginBindConfig(origin_property=CfnDistribution.OriginProperty(**values))

    @staticmethod
    def _grant_key(key: IKey, actions: list[str]) -> Any:
        from l2 import iam

        statement = iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            principals=[iam.ServicePrincipal("cloudfront.amazonaws.com")],
            actions=actions,
            resources=["*"],
            conditions={"ArnLike": {"AWS:SourceArn": f"arn:{Aws.PARTITION}:cloudfront::{Aws.ACCOUNT_ID}:distribution/*"}},
        )
        node = getattr(key, "node", None)
        scope = node.scope if node is not None else None
        if scope is not None:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-cloudfront-origins:wildcardKeyPolicyForOac",
                "To avoid a circular dependency between the KMS key, Bucket, and Distribution during the initial "
                "deployment, a wildcard is used in the Key policy condition to match all Distribution IDs.\nAfter "
                "deploying once, it is strongly recommended to further scope down the policy for best security "
                "practices by following the guidance in the \"Using OAC for a SSE-KMS encrypted S3 origin\" section "
                "in the module README.",
            )
        return key.add_to_resource_policy(statement)


_ORIGIN_FIELDS = (
    "connection_attempts", "connection_timeout", "custom_origin_config", "domain_name", "id",
    "origin_access_control_id", "origin_custom_headers", "origin_path", "origin_shield",
    "response_completion_timeout", "s3_origin_config", "vpc_origin_config",
)


class _S3BucketOriginWithOAI(S3BucketOrigin):
    def __init__(self, bucket: IBucket, oai: IOriginAccessIdentity | None, **props: Any) -> None:
        super().__init__(bucket, **props)
        self._bucket = bucket
        self._oai = oai

    def bind(self, scope: Construct, *, origin_id: str, distribution_id: str | None = None) -> OriginBindConfig:
        from l2 import iam

        if self._oai is None:
            bucket_stack = Stack.of(self._bucket)
            elsewhere = bucket_stack is not Stack.of(scope)
            self._oai = OriginAccessIdentity(
                bucket_stack if elsewhere else scope,
                f"{Names.unique_id(scope)}S3Origin" if elsewhere else "S3Origin",
                comment=f"Identity for {origin_id}",
            )
        added = self._bucket.add_to_resource_policy(iam.PolicyStatement(
            resources=[self._bucket.arn_for_objects("*")], actions=["s3:GetObject"],
            principals=[self._oai.grant_principal],
        )).statement_added
        if not added:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOai",
                "Cannot update bucket policy of an imported bucket. You will need to update the policy manually "
                "instead.\nSee the \"Setting up OAI with imported S3 buckets (legacy)\" section of module's README "
                "for more info.",
            )
        return super().bind(scope, origin_id=origin_id, distribution_id=distribution_id)

    def _render_s3_origin_config(self) -> dict[str, Any] | None:
        if self._oai is None:
            raise UnscopedValidationError("Origin access identity cannot be undefined")
        return {"origin_access_identity": f"origin-access-identity/cloudfront/{self._oai.origin_access_identity_id}"}


class S3StaticWebsiteOrigin(HttpOrigin):
    """An S3 bucket configured as a website (its website domain name, HTTP only by default).

    Args:
        bucket: the website bucket.
        The other keywords are ``HttpOrigin``'s.
    """

    def __init__(
        self,
        bucket: IBucket,
        *,
        connection_attempts: int | float | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        http_port: int | float | None = None,
        https_port: int | float | None = None,
        ip_address_type: OriginIpAddressType | None = None,
        keepalive_timeout: Duration | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        origin_shield_enabled: bool | None = None,
        origin_shield_region: str | None = None,
        origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None,
        protocol_policy: OriginProtocolPolicy | None = None,
        read_timeout: Duration | None = None,
        response_completion_timeout: Duration | None = None,
    ) -> None:
        super().__init__(
            bucket.bucket_website_domain_name, connection_attempts=connection_attempts,
            connection_timeout=connection_timeout, custom_headers=custom_headers, http_port=http_port,
            https_port=https_port, ip_address_type=ip_address_type, keepalive_timeout=keepalive_timeout,
            origin_access_control_id=origin_access_control_id, origin_id=origin_id, origin_path=origin_path,
            origin_shield_enabled=origin_shield_enabled, origin_shield_region=origin_shield_region,
            origin_ssl_protocols=origin_ssl_protocols,
            protocol_policy=protocol_policy if protocol_policy is not None else OriginProtocolPolicy.HTTP_ONLY,
            read_timeout=read_timeout, response_completion_timeout=response_completion_timeout,
        )
