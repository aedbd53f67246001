"""``SigningProfile``: an AWS Signer signing profile, new or imported, and its ``Platform``."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from constructs import Construct, Duration, FeatureFlags, Resource, Stack
from constructs.internals import structs
from l1.interfaces.signer import SigningProfileReference

if TYPE_CHECKING:
    from l2.signer._interfaces import ISigningProfile

PROFILE_NAME_PASSED_TO_CFN = "@aws-cdk/aws-signer:signingProfileNamePassedToCfn"


class Platform:
    """A signing platform: the signature format and signing algorithms of a profile.

    Args:
        platform_id: the id of the signing platform (``Platform.of``).
    """

    AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA: ClassVar[Platform]
    """AWS IoT Device Management (SHA256, ECDSA)."""
    AWS_LAMBDA_SHA384_ECDSA: ClassVar[Platform]
    """AWS Lambda (SHA384, ECDSA)."""
    AMAZON_FREE_RTOS_TI_CC3220_SF: ClassVar[Platform]
    """Amazon FreeRTOS on TI CC3220SF (SHA1, RSA)."""
    AMAZON_FREE_RTOS_DEFAULT: ClassVar[Platform]
    """Amazon FreeRTOS (SHA256, ECDSA)."""
    NOTATION_OCI_SHA384_ECDSA: ClassVar[Platform]
    """Container registries with Notation (SHA384, ECDSA)."""

    def __init__(self, platform_id: str) -> None:
        self._platform_id = platform_id

    @property
    def platform_id(self) -> str:
        """The id of the signing platform."""
        return self._platform_id

    @staticmethod
    def of(platform_id: str) -> Platform:
        """A custom signing platform of id ``platform_id``."""
        return Platform(platform_id)


Platform.AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA = Platform("AWSIoTDeviceManagement-SHA256-ECDSA")
Platform.AWS_LAMBDA_SHA384_ECDSA = Platform("AWSLambda-SHA384-ECDSA")
Platform.AMAZON_FREE_RTOS_TI_CC3220_SF = Platform("AmazonFreeRTOS-TI-CC3220SF")
Platform.AMAZON_FREE_RTOS_DEFAULT = Platform("AmazonFreeRTOS-Default")
Platform.NOTATION_OCI_SHA384_ECDSA = Platform("Notation-OCI-SHA384-ECDSA")


@structs.frozen(kw_only=True)
class SigningProfileProps:
    """The properties of a ``SigningProfile`` (see that class for each keyword)."""

    platform: Platform
    """The signing platform of the profile."""
    signature_validity: Duration | None = None
    """How long the signatures made with this profile are valid (default: 135 months)."""
    signing_profile_name: str | None = None
    """The physical name of the profile (default: assigned by CloudFormation)."""


@structs.frozen(kw_only=True)
class SigningProfileAttributes:
    """What identifies an existing signing profile (``SigningProfile.from_signing_profile_attributes``)."""

    signing_profile_name: str
    """The name of the signing profile."""
    signing_profile_version: str
    """The version of the signing profile."""


class _ImportedSigningProfile(Resource):
    def __init__(self, scope: Construct, id: str, name: str, version: str) -> None:
        super().__init__(scope, id)
        stack = Stack.of(scope)
        self.signing_profile_name = name
        self.signing_profile_version = version
        self.signing_profile_arn = stack.format_arn(service="signer", resource="",
                                                    resource_name=f"/signing-profiles/{name}")
        self.signing_profile_version_arn = stack.format_arn(service="signer", resource="",
                                                            resource_name=f"/signing-profiles/{name}/{version}")


class SigningProfile(Resource):
    """An AWS Signer signing profile (``AWS::Signer::SigningProfile``).

    Args:
        scope: the parent construct.
        id: the construct id.
        platform: the signing platform of the profile.
        signature_validity: how long signatures made with the profile are valid, rendered in days (default:
            135 months).
        signing_profile_name: the physical name of the profile (default: assigned by CloudFormation); rendered as
            ``ProfileName`` only under the ``@aws-cdk/aws-signer:signingProfileNamePassedToCfn`` feature flag.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-signer.SigningProfile"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        platform: Platform,
        signature_validity: Duration | None = None,
        signing_profile_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=signing_profile_name)
        from l1.signer import CfnSigningProfile

        validity = (CfnSigningProfile.SignatureValidityPeriodProperty(type="DAYS", value=signature_validity.to_days())
                    if signature_validity is not None
                    else CfnSigningProfile.SignatureValidityPeriodProperty(type="MONTHS", value=135))
        name_in_cfn = FeatureFlags.of(self).is_enabled(PROFILE_NAME_PASSED_TO_CFN)
        resource = CfnSigningProfile(self, "Resource", platform_id=platform.platform_id,
                                     profile_name=signing_profile_name if name_in_cfn else None,
                                     signature_validity_period=validity)
        self.signing_profile_arn: str = resource.attr_arn
        self.signing_profile_name: str = resource.attr_profile_name
        self.signing_profile_version: str = resource.attr_profile_version
        self.signing_profile_version_arn: str = resource.attr_profile_version_arn

    @property
    def signing_profile_ref(self) -> SigningProfileReference:
        """A reference to this signing profile (its ARN)."""
        return SigningProfileReference(signing_profile_arn=self.signing_profile_arn)

    @staticmethod
    def from_signing_profile_attributes(scope: Construct, id: str, *, signing_profile_name: str,
                                        signing_profile_version: str) -> ISigningProfile:
        """Import the signing profile ``signing_profile_name`` at version ``signing_profile_version``."""
        return _ImportedSigningProfile(scope, id, signing_profile_name, signing_profile_version)
