"""``S3Origin`` (legacy): a bucket through an origin access identity, or a website bucket over HTTP."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Names, Stack
from l2.cloudfront import (
    IOrigin,
    IOriginAccessIdentity,
    OriginAccessIdentity,
    OriginBase,
    OriginBindConfig,
    OriginProtocolPolicy,
)
from l2.cloudfront_origins._http import HttpOrigin

if TYPE_CHECKING:
    from l2.s3 import IBucket


class _LegacyS3BucketOrigin(OriginBase):
    def __init__(self, bucket: IBucket, oai: IOriginAccessIdentity | None, **props: Any) -> None:
        super().__init__(bucket.bucket_regional_domain_name, **props)
        self._bucket = bucket
        self._oai = oai

    def bind(self, scope: Construct, *, origin_id: str, distribution_id: str | None = None) -> OriginBindConfig:
        from l2 import iam

        if self._oai is None:
            bucket_stack = Stack.of(self._bucket)  # type: ignore[arg-type]
            elsewhere = bucket_stack is not Stack.of(scope)
            self._oai = OriginAccessIdentity(
                bucket_stack if elsewhere else scope,
                f"{Names.unique_id(scope)}S3Origin" if elsewhere else "S3Origin",
                comment=f"Identity for {origin_id}",
            )
        self._bucket.add_to_resource_policy(iam.PolicyStatement(
            resources=[self._bucket.arn_for_objects("*")], actions=["s3:GetObject"],
            principals=[self._oai.grant_principal],
        ))
        return super().bind(scope, origin_id=origin_id, distribution_id=distribution_id)

    def _render_s3_origin_config(self) -> dict[str, Any] | None:
        assert self._oai is not None
        return {"origin_access_identity": f"origin-access-identity/cloudfront/{self._oai.origin_access_identity_id}"}


class S3Origin:
    """An S3 bucket origin (deprecated in aws-cdk-lib for ``S3BucketOrigin``): a website bucket becomes an HTTP
    origin on its website endpoint, any other bucket is reached through an origin access identity (default a new
    one, created in the bucket's stack when the bucket is in another stack).

    Args:
        bucket: the bucket.
        origin_access_identity: the identity to use (default a new one).

    See ``cloudfront.OriginBase`` for the other keyword arguments.
    """

    def __init__(
        self,
        bucket: IBucket,
        *,
        origin_access_identity: IOriginAccessIdentity | None = None,
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
        props: dict[str, Any] = {
            "origin_path": origin_path, "connection_attempts": connection_attempts,
            "connection_timeout": connection_timeout, "custom_headers": custom_headers,
            "origin_access_control_id": origin_access_control_id, "origin_id": origin_id,
            "origin_shield_enabled": origin_shield_enabled, "origin_shield_region": origin_shield_region,
            "response_completion_timeout": response_completion_timeout,
        }
        self._origin: IOrigin
        if bucket.is_website:
            self._origin = HttpOrigin(
                bucket.bucket_website_domain_name, protocol_policy=OriginProtocolPolicy.HTTP_ONLY, **props
            )
        else:
            self._origin = _LegacyS3BucketOrigin(bucket, origin_access_identity, **props)

    def bind(self, scope: Construct, *, origin_id: str, distribution_id: str | None = None) -> OriginBindConfig:
        """Render the origin for a distribution."""
        return self._origin.bind(scope, origin_id=origin_id, distribution_id=distribution_id)
