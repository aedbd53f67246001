"""Origin access controls (S3, Lambda function URLs, MediaPackage V2) and origin access identities."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Construct, Names, Resource, Stack
from l1.cloudfront import CfnCloudFrontOriginAccessIdentity, CfnOriginAccessControl
from l2.cloudfront._references import CloudFrontOriginAccessIdentityReference, OriginAccessControlReference

if TYPE_CHECKING:
    from l2.iam import IPrincipal


class AccessLevel(enum.Enum):
    """The S3 permissions a distribution gets on a bucket origin with an origin access control."""

    READ = "READ"
    READ_VERSIONED = "READ_VERSIONED"
    LIST = "LIST"
    WRITE = "WRITE"
    DELETE = "DELETE"


class OriginAccessControlOriginType(enum.Enum):
    """The kind of origin an origin access control is for."""

    S3 = "s3"
    LAMBDA = "lambda"
    MEDIASTORE = "mediastore"
    MEDIAPACKAGEV2 = "mediapackagev2"


class SigningBehavior(enum.Enum):
    """When CloudFront signs requests to the origin."""

    ALWAYS = "always"
    ALWAYS_AMZ_AUTH = "always-amz-auth"
    NEVER = "never"
    NO_OVERRIDE = "no-override"


class SigningProtocol(enum.Enum):
    """How CloudFront signs requests."""

    SIGV4 = "sigv4"
    SIGV4A = "sigv4a"


class Signing:
    """A signing protocol and behavior (use the class constants or build one).

    Args:
        protocol: how requests are signed.
        behavior: when requests are signed.
    """

    SIGV4_ALWAYS: Signing
    """SigV4, always."""
    SIGV4_ALWAYS_AMZ_AUTH: Signing
    """SigV4, always, keeping the viewer's Authorization header in x-amz-cf-auth."""
    SIGV4_NO_OVERRIDE: Signing
    """SigV4 unless the viewer sent an Authorization header."""
    SIGV4_A_ALWAYS: Signing
    """SigV4a, always."""
    SIGV4_A_ALWAYS_AMZ_AUTH: Signing
    """SigV4a, always, keeping the viewer's Authorization header in x-amz-cf-auth."""
    NEVER: Signing
    """Never sign."""

    def __init__(self, protocol: SigningProtocol, behavior: SigningBehavior) -> None:
        self.protocol = protocol
        self.behavior = behavior


Signing.SIGV4_ALWAYS = Signing(SigningProtocol.SIGV4, SigningBehavior.ALWAYS)
Signing.SIGV4_ALWAYS_AMZ_AUTH = Signing(SigningProtocol.SIGV4, SigningBehavior.ALWAYS_AMZ_AUTH)
Signing.SIGV4_NO_OVERRIDE = Signing(SigningProtocol.SIGV4, SigningBehavior.NO_OVERRIDE)
Signing.SIGV4_A_ALWAYS = Signing(SigningProtocol.SIGV4A, SigningBehavior.ALWAYS)
Signing.SIGV4_A_ALWAYS_AMZ_AUTH = Signing(SigningProtocol.SIGV4A, SigningBehavior.ALWAYS_AMZ_AUTH)
Signing.NEVER = Signing(SigningProtocol.SIGV4, SigningBehavior.NEVER)


@runtime_checkable
class IOriginAccessControl(Protocol):
    """An origin access control."""

    @property
    def origin_access_control_id(self) -> str:
        """The id of the origin access control."""
        ...


class _OriginAccessControlRef:
    origin_access_control_id: str

    @property
    def origin_access_control_ref(self) -> OriginAccessControlReference:
        """A reference to this origin access control."""
        return OriginAccessControlReference(origin_access_control_id=self.origin_access_control_id)


class _ImportedOriginAccessControl(_OriginAccessControlRef, Resource):
    def __init__(self, scope: Construct, id: str, origin_access_control_id: str,
                 origin_type: OriginAccessControlOriginType) -> None:
        super().__init__(scope, id)
        self.origin_access_control_id = origin_access_control_id
        self.origin_access_control_origin_type = origin_type


class _OriginAccessControl(_OriginAccessControlRef, Resource):
    _origin_type: OriginAccessControlOriginType

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        description: str | None = None,
        origin_access_control_name: str | None = None,
        signing: Signing | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._signing = signing if signing is not None else Signing(SigningProtocol.SIGV4, SigningBehavior.ALWAYS)
        config = {
            "description": description,
            "name": origin_access_control_name or Names.unique_resource_name(self, max_length=64),
            "signing_behavior": (signing.behavior if signing else SigningBehavior.ALWAYS).value,
            "signing_protocol": (signing.protocol if signing else SigningProtocol.SIGV4).value,
            "origin_access_control_origin_type": self._origin_type.value,
        }
        resource = CfnOriginAccessControl(
            self, "Resource", origin_access_control_config={k: v for k, v in config.items() if v is not None}
        )
        self.origin_access_control_id: str = resource.attr_id


class S3OriginAccessControl(_OriginAccessControl):
    """An origin access control for S3 bucket origins (``AWS::CloudFront::OriginAccessControl``).

    Args:
        description: a description.
        origin_access_control_name: default a unique name from the construct path (64 characters at most).
        signing: default ``Signing.SIGV4_ALWAYS``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.S3OriginAccessControl"
    """The id property injectors register for (aws-cdk-lib's property injection)."""
    _origin_type = OriginAccessControlOriginType.S3

    @staticmethod
    def from_origin_access_control_id(scope: Construct, id: str, origin_access_control_id: str) -> IOriginAccessControl:
        """Import an origin access control by id."""
        return _ImportedOriginAccessControl(scope, id, origin_access_control_id, OriginAccessControlOriginType.S3)


class FunctionUrlOriginAccessControl(_OriginAccessControl):
    """An origin access control for Lambda function URL origins.

    Args:
        description: a description.
        origin_access_control_name: default a unique name from the construct path (64 characters at most).
        signing: default ``Signing.SIGV4_ALWAYS``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.FunctionUrlOriginAccessControl"
    """The id property injectors register for (aws-cdk-lib's property injection)."""
    _origin_type = OriginAccessControlOriginType.LAMBDA

    @staticmethod
    def from_origin_access_control_id(scope: Construct, id: str, origin_access_control_id: str) -> IOriginAccessControl:
        """Import an origin access control by id."""
        return _ImportedOriginAccessControl(scope, id, origin_access_control_id, OriginAccessControlOriginType.LAMBDA)


class MediaPackageV2OriginAccessControl(_OriginAccessControl):
    """An origin access control for MediaPackage V2 origins.

    Args:
        description: a description.
        origin_access_control_name: default a unique name from the construct path (64 characters at most).
        signing: default ``Signing.SIGV4_ALWAYS``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.MediaPackageV2OriginAccessControl"
    """The id property injectors register for (aws-cdk-lib's property injection)."""
    _origin_type = OriginAccessControlOriginType.MEDIAPACKAGEV2

    @staticmethod
    def from_origin_access_control_id(scope: Construct, id: str, origin_access_control_id: str) -> IOriginAccessControl:
        """Import an origin access control by id."""
        return _ImportedOriginAccessControl(
            scope, id, origin_access_control_id, OriginAccessControlOriginType.MEDIAPACKAGEV2
        )


@runtime_checkable
class IOriginAccessIdentity(Protocol):
    """An origin access identity (legacy access to S3 origins)."""

    @property
    def origin_access_identity_id(self) -> str:
        """The identity's id."""
        ...

    @property
    def origin_access_identity_name(self) -> str:
        """The identity's name (its id)."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal bucket policies grant to."""
        ...


class _OriginAccessIdentityRef:
    origin_access_identity_id: str

    @property
    def cloud_front_origin_access_identity_ref(self) -> CloudFrontOriginAccessIdentityReference:
        """A reference to this origin access identity."""
        return CloudFrontOriginAccessIdentityReference(cloud_front_origin_access_identity_id=self.origin_access_identity_id)


class _ImportedOriginAccessIdentity(_OriginAccessIdentityRef, Resource):
    def __init__(self, scope: Construct, id: str, identity_id: str) -> None:
        super().__init__(scope, id, physical_name=identity_id)
        from l2 import iam

        self.origin_access_identity_id = identity_id
        self.origin_access_identity_name = identity_id
        self.grant_principal: IPrincipal = iam.ArnPrincipal(Stack.of(self).format_arn(
            service="iam", region="", account="cloudfront", resource="user",
            resource_name=f"CloudFront Origin Access Identity {identity_id}",
        ))


class OriginAccessIdentity(_OriginAccessIdentityRef, Resource):
    """An origin access identity (``AWS::CloudFront::CloudFrontOriginAccessIdentity``).

    Args:
        comment: default ``Allows CloudFront to reach the bucket`` (cut to 128 characters).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.OriginAccessIdentity"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, comment: str | None = None) -> None:
        super().__init__(scope, id)
        from l2 import iam

        text = (comment if comment is not None else "Allows CloudFront to reach the bucket")[:128]
        self._resource = CfnCloudFrontOriginAccessIdentity(
            self, "Resource", cloud_front_origin_access_identity_config={"comment": text}
        )
        self.origin_access_identity_id: str = self._resource.ref
        self.origin_access_identity_name: str = self._resource.ref
        self.cloud_front_origin_access_identity_s3_canonical_user_id: str = self._resource.attr_s3_canonical_user_id
        self.grant_principal: IPrincipal = iam.CanonicalUserPrincipal(
            self.cloud_front_origin_access_identity_s3_canonical_user_id
        )

    @staticmethod
    def from_origin_access_identity_id(scope: Construct, id: str, origin_access_identity_id: str) -> IOriginAccessIdentity:
        """Import an origin access identity by id."""
        return _ImportedOriginAccessIdentity(scope, id, origin_access_identity_id)

    @staticmethod
    def from_origin_access_identity_name(
        scope: Construct, id: str, origin_access_identity_name: str
    ) -> IOriginAccessIdentity:
        """Import an origin access identity by name (its id)."""
        return _ImportedOriginAccessIdentity(scope, id, origin_access_identity_name)
