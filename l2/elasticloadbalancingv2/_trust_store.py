"""Trust stores for mutual TLS: ``TrustStore`` and ``TrustStoreRevocation``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Fn, Lazy, Names, Resource, Token, ValidationError
from l1.elasticloadbalancingv2 import CfnTrustStore, CfnTrustStoreRevocation
from l2.elasticloadbalancingv2._structs import RevocationContent

if TYPE_CHECKING:
    from l1.interfaces.elasticloadbalancingv2 import TrustStoreReference
    from l2.elasticloadbalancingv2._interfaces import ITrustStore
    from l2.s3 import IBucket


class TrustStore(Resource):
    """A trust store: the CA bundle (in S3) a mutual-TLS listener verifies client certificates against.

    Args:
        scope: the parent construct.
        id: the construct id.
        bucket: the bucket holding the CA bundle.
        key: the CA bundle's key.
        trust_store_name: default generated (at most 32 characters).
        version: the object version.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-elasticloadbalancingv2.TrustStore"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        bucket: IBucket,
        key: str,
        trust_store_name: str | None = None,
        version: str | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            physical_name=trust_store_name
            if trust_store_name is not None
            else Lazy.string(lambda: Names.unique_resource_name(self, max_length=32)),
        )
        if trust_store_name is not None and not Token.is_unresolved(trust_store_name):
            if not 1 <= len(trust_store_name) <= 32:
                raise ValidationError(f"trustStoreName '{trust_store_name}' must be 1-32 characters long.", self)
            if not re.fullmatch(r"([a-zA-Z0-9]+-)*[a-zA-Z0-9]+", trust_store_name):
                raise ValidationError(
                    f"trustStoreName '{trust_store_name}' must contain only alphanumeric characters and hyphens, and "
                    "cannot begin or end with a hyphen.",
                    self,
                )
        resource = CfnTrustStore(
            self,
            "Resource",
            name=self.physical_name,
            ca_certificates_bundle_s3_bucket=bucket.bucket_name,
            ca_certificates_bundle_s3_key=key,
            ca_certificates_bundle_s3_object_version=version,
        )
        self.trust_store_name: str = resource.ref
        self.number_of_ca_certificates: float = resource.attr_number_of_ca_certificates
        self.status: str = resource.attr_status
        self.trust_store_arn: str = resource.attr_trust_store_arn

    @property
    def trust_store_ref(self) -> TrustStoreReference:
        """A reference to this trust store (its ARN)."""
        from l1.interfaces.elasticloadbalancingv2 import TrustStoreReference

        return TrustStoreReference(trust_store_arn=self.trust_store_arn)

    @staticmethod
    def from_trust_store_arn(scope: Construct, id: str, trust_store_arn: str) -> ITrustStore:
        """An existing trust store from its ARN."""
        return _ImportedTrustStore(scope, id, trust_store_arn)


class _ImportedTrustStore(Resource):
    def __init__(self, scope: Construct, id: str, trust_store_arn: str) -> None:
        super().__init__(scope, id)
        self.trust_store_arn = trust_store_arn
        self.trust_store_name = Fn.select(0, Fn.split("/", trust_store_arn))

    @property
    def trust_store_ref(self) -> TrustStoreReference:
        from l1.interfaces.elasticloadbalancingv2 import TrustStoreReference

        return TrustStoreReference(trust_store_arn=self.trust_store_arn)


class TrustStoreRevocation(Resource):
    """Certificate revocation lists of a trust store.

    Args:
        scope: the parent construct.
        id: the construct id.
        revocation_contents: the revocation lists.
        trust_store: the trust store.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-elasticloadbalancingv2.TrustStoreRevocation"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        revocation_contents: Sequence[RevocationContent],
        trust_store: ITrustStore,
    ) -> None:
        super().__init__(scope, id)
        CfnTrustStoreRevocation(
            self,
            "Resource",
            trust_store_arn=trust_store.trust_store_arn,
            revocation_contents=[
                {
                    "revocationType": c.revocation_type.value if c.revocation_type else None,
                    "s3Bucket": c.bucket.bucket_name,
                    "s3Key": c.key,
                    "s3ObjectVersion": c.version,
                }
                for c in revocation_contents
            ],
        )
