"""``KeySigningKey``: the DNSSEC key signing key of a hosted zone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Lazy, Names, Resource
from l1.route53 import CfnKeySigningKey
from l2.route53._interfaces import KeySigningKeyReference
from l2.route53._types import KeySigningKeyStatus

if TYPE_CHECKING:
    from constructs import Construct
    from l2.kms import IKey
    from l2.route53._interfaces import IHostedZone, IKeySigningKey


class _ImportedKeySigningKey(Resource):
    def __init__(self, scope: Construct, id: str, hosted_zone: IHostedZone, key_signing_key_name: str) -> None:
        super().__init__(scope, id)
        self.hosted_zone = hosted_zone
        self.key_signing_key_name = key_signing_key_name

    @property
    def key_signing_key_id(self) -> str:
        """``<zone id>|<name>``."""
        return f"{self.hosted_zone.hosted_zone_id}|{self.key_signing_key_name}"

    @property
    def key_signing_key_ref(self) -> KeySigningKeyReference:
        """The zone id and name."""
        return KeySigningKeyReference(hosted_zone_id=self.hosted_zone.hosted_zone_id,
                                      key_signing_key_name=self.key_signing_key_name)


class KeySigningKey(Resource):
    """A DNSSEC key signing key, backed by a KMS key.

    Args:
        scope: the parent construct.
        id: the construct id.
        hosted_zone: the zone it signs.
        kms_key: the asymmetric ECC_NIST_P256 customer-managed key.
        key_signing_key_name: its name (default generated).
        status: whether it signs (default ``ACTIVE``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.KeySigningKey"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        hosted_zone: IHostedZone,
        kms_key: IKey,
        key_signing_key_name: str | None = None,
        status: KeySigningKeyStatus | None = None,
    ) -> None:
        super().__init__(
            scope, id,
            physical_name=key_signing_key_name if key_signing_key_name is not None else Lazy.string(
                lambda: Names.unique_resource_name(self, max_length=128, allowed_special_characters="_")
            ),
        )
        from l2.iam import ServicePrincipal

        kms_key.grant(
            ServicePrincipal("dnssec-route53.amazonaws.com",
                             conditions={"ArnEquals": {"aws:SourceArn": hosted_zone.hosted_zone_arn}}),
            "kms:DescribeKey", "kms:GetPublicKey", "kms:Sign",
        )
        kms_key.grant(
            ServicePrincipal("dnssec-route53.amazonaws.com",
                             conditions={"Bool": {"kms:GrantIsForAWSResource": True}}),
            "kms:CreateGrant",
        )
        resource = CfnKeySigningKey(
            self,
            "Resource",
            hosted_zone_id=hosted_zone.hosted_zone_id,
            key_management_service_arn=kms_key.key_arn,
            name=self.physical_name,
            status=(status or KeySigningKeyStatus.ACTIVE).value,
        )
        self.key_signing_key_id: str = resource.ref
        self.hosted_zone = hosted_zone
        self.key_signing_key_name: str = self.physical_name

    @property
    def key_signing_key_ref(self) -> KeySigningKeyReference:
        """The zone id and name."""
        return KeySigningKeyReference(hosted_zone_id=self.hosted_zone.hosted_zone_id,
                                      key_signing_key_name=self.key_signing_key_name)

    @staticmethod
    def from_key_signing_key_attributes(
        scope: Construct, id: str, *, hosted_zone: IHostedZone, key_signing_key_name: str
    ) -> IKeySigningKey:
        """An existing key signing key."""
        return _ImportedKeySigningKey(scope, id, hosted_zone, key_signing_key_name)
