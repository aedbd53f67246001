"""RDS value types: credentials, enums, backup and rotation options, processor features, CA certificates."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from constructs import Duration, SecretValue
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.ec2 import IInterfaceVpcEndpoint, ISecurityGroup, SubnetSelection
    from l2.kms import IKey
    from l2.secretsmanager import ISecret, ReplicaRegion


class LicenseModel(enum.Enum):
    """The license model of an instance."""

    LICENSE_INCLUDED = "license-included"
    BRING_YOUR_OWN_LICENSE = "bring-your-own-license"
    GENERAL_PUBLIC_LICENSE = "general-public-license"


class StorageType(enum.Enum):
    """The storage type of an instance."""

    STANDARD = "standard"
    GP2 = "gp2"
    GP3 = "gp3"
    IO1 = "io1"
    IO2 = "io2"


class NetworkType(enum.Enum):
    """The network type of an instance or cluster."""

    IPV4 = "IPV4"
    DUAL = "DUAL"
    IPV6 = "IPV6"


class DatabaseInsightsMode(enum.Enum):
    """The Database Insights mode."""

    STANDARD = "standard"
    ADVANCED = "advanced"


class EngineLifecycleSupport(enum.Enum):
    """Whether RDS Extended Support applies past the end of standard support."""

    OPEN_SOURCE_RDS_EXTENDED_SUPPORT = "open-source-rds-extended-support"
    OPEN_SOURCE_RDS_EXTENDED_SUPPORT_DISABLED = "open-source-rds-extended-support-disabled"


class PerformanceInsightRetention(enum.Enum):
    """How long Performance Insights keeps data (days)."""

    DEFAULT = 7
    MONTHS_1 = 31
    MONTHS_2 = 62
    MONTHS_3 = 93
    MONTHS_4 = 124
    MONTHS_5 = 155
    MONTHS_6 = 186
    MONTHS_7 = 217
    MONTHS_8 = 248
    MONTHS_9 = 279
    MONTHS_10 = 310
    MONTHS_11 = 341
    MONTHS_12 = 372
    MONTHS_13 = 403
    MONTHS_14 = 434
    MONTHS_15 = 465
    MONTHS_16 = 496
    MONTHS_17 = 527
    MONTHS_18 = 558
    MONTHS_19 = 589
    MONTHS_20 = 620
    MONTHS_21 = 651
    MONTHS_22 = 682
    MONTHS_23 = 713
    LONG_TERM = 731


class CaCertificate:
    """The certificate authority of a database's server certificate.

    Args:
        identifier: the CA certificate identifier (``"rds-ca-rsa2048-g1"``).
    """

    RDS_CA_2019: ClassVar[CaCertificate]
    """``rds-ca-2019``."""
    RDS_CA_ECC384_G1: ClassVar[CaCertificate]
    """``rds-ca-ecc384-g1``."""
    RDS_CA_RDS2048_G1: ClassVar[CaCertificate]
    """``rds-ca-rsa2048-g1`` (the name aws-cdk-lib first gave it)."""
    RDS_CA_RSA2048_G1: ClassVar[CaCertificate]
    """``rds-ca-rsa2048-g1``."""
    RDS_CA_RDS4096_G1: ClassVar[CaCertificate]
    """``rds-ca-rsa4096-g1`` (the name aws-cdk-lib first gave it)."""
    RDS_CA_RSA4096_G1: ClassVar[CaCertificate]
    """``rds-ca-rsa4096-g1``."""

    def __init__(self, identifier: str) -> None:
        self._identifier = identifier

    @staticmethod
    def of(identifier: str) -> CaCertificate:
        """A certificate authority by identifier."""
        return CaCertificate(identifier)

    def to_string(self) -> str:
        """The identifier."""
        return self._identifier

    def __str__(self) -> str:
        return self._identifier


CaCertificate.RDS_CA_2019 = CaCertificate("rds-ca-2019")
CaCertificate.RDS_CA_ECC384_G1 = CaCertificate("rds-ca-ecc384-g1")
CaCertificate.RDS_CA_RDS2048_G1 = CaCertificate("rds-ca-rsa2048-g1")
CaCertificate.RDS_CA_RSA2048_G1 = CaCertificate("rds-ca-rsa2048-g1")
CaCertificate.RDS_CA_RDS4096_G1 = CaCertificate("rds-ca-rsa4096-g1")
CaCertificate.RDS_CA_RSA4096_G1 = CaCertificate("rds-ca-rsa4096-g1")


@structs.frozen(kw_only=True)
class ProcessorFeatures:
    """The CPU of an Oracle instance.

    Args:
        core_count: the number of CPU cores.
        threads_per_core: the threads per core.
    """

    core_count: int | float | None = None
    threads_per_core: int | float | None = None


@structs.frozen(kw_only=True)
class BackupProps:
    """Automated backups of a cluster.

    Args:
        retention: how long backups are kept.
        preferred_window: the daily backup window (``hh24:mi-hh24:mi`` UTC).
    """

    retention: Duration
    preferred_window: str | None = None


@structs.frozen(kw_only=True)
class CredentialsBaseOptions:
    """Options of a generated secret.

    Args:
        encryption_key: the secret's KMS key.
        exclude_characters: characters the password leaves out.
        replica_regions: regions to replicate the secret to.
        secret_name: the secret's name.
    """

    encryption_key: IKey | None = None
    exclude_characters: str | None = None
    replica_regions: Sequence[ReplicaRegion] | None = None
    secret_name: str | None = None


@structs.frozen(kw_only=True)
class CredentialsFromUsernameOptions(CredentialsBaseOptions):
    """Options of ``Credentials.from_username``.

    Args:
        password: the password (default generated into a secret).
    """

    password: SecretValue | None = None


@structs.frozen(kw_only=True)
class SnapshotCredentialsFromGeneratedPasswordOptions:
    """Options of a generated snapshot password.

    Args:
        encryption_key: the secret's KMS key.
        exclude_characters: characters the password leaves out.
        replica_regions: regions to replicate the secret to.
    """

    encryption_key: IKey | None = None
    exclude_characters: str | None = None
    replica_regions: Sequence[ReplicaRegion] | None = None


class Credentials:
    """The master user of a database: a user name with a password, a secret, or a generated secret.

    Args:
        username: the master user name.
        encryption_key: the KMS key that encrypts a generated secret (default the account's default key).
        exclude_characters: characters a generated password leaves out (default the ``DatabaseSecret`` set);
            ignored when ``password`` is given.
        password: the master password (default a password Secrets Manager generates).
        replica_regions: the Regions a generated secret is replicated to (default not replicated).
        secret: the secret that holds the credentials (default none).
        secret_name: the name of a generated secret (default a CloudFormation-generated name).
        username_as_string: render the user name as a plain string rather than a dynamic reference into the
            secret (default ``False``).
    """

    def __init__(
        self,
        *,
        username: str,
        encryption_key: IKey | None = None,
        exclude_characters: str | None = None,
        password: SecretValue | None = None,
        replica_regions: Sequence[ReplicaRegion] | None = None,
        secret: ISecret | None = None,
        secret_name: str | None = None,
        username_as_string: bool | None = None,
    ) -> None:
        self.username = username
        self.encryption_key = encryption_key
        self.exclude_characters = exclude_characters
        self.password = password
        self.replica_regions = replica_regions
        self.secret = secret
        self.secret_name = secret_name
        self.username_as_string = username_as_string

    @staticmethod
    def from_generated_secret(
        username: str,
        *,
        encryption_key: IKey | None = None,
        exclude_characters: str | None = None,
        replica_regions: Sequence[ReplicaRegion] | None = None,
        secret_name: str | None = None,
    ) -> Credentials:
        """A generated secret for ``username`` (the user name rendered as a string, the secret replaced when the
        password criteria change)."""
        return Credentials(
            username=username, encryption_key=encryption_key, exclude_characters=exclude_characters,
            replica_regions=replica_regions, secret_name=secret_name, username_as_string=True,
        )

    @staticmethod
    def from_password(username: str, password: SecretValue) -> Credentials:
        """A user name and a password (not stored in a secret)."""
        return Credentials(username=username, password=password, username_as_string=True)

    @staticmethod
    def from_username(
        username: str,
        *,
        encryption_key: IKey | None = None,
        exclude_characters: str | None = None,
        replica_regions: Sequence[ReplicaRegion] | None = None,
        secret_name: str | None = None,
        password: SecretValue | None = None,
    ) -> Credentials:
        """A user name, with ``password`` or a generated secret (the user name read from the secret)."""
        return Credentials(
            username=username, encryption_key=encryption_key, exclude_characters=exclude_characters,
            replica_regions=replica_regions, secret_name=secret_name, password=password,
        )

    @staticmethod
    def from_secret(secret: ISecret, username: str | None = None) -> Credentials:
        """An existing secret with ``username`` and ``password`` fields."""
        return Credentials(
            username=username if username is not None else secret.secret_value_from_json("username").unsafe_unwrap(),
            password=secret.secret_value_from_json("password"),
            encryption_key=secret.encryption_key,
            secret=secret,
        )


class SnapshotCredentials:
    """The master password of a database restored from a snapshot.

    Args:
        generate_password: whether a new password is generated.
        encryption_key: the KMS key that encrypts a generated secret (default the account's default key).
        exclude_characters: characters a generated password leaves out (default the ``DatabaseSecret`` set).
        password: the new master password (default the snapshot's existing password).
        replace_on_password_criteria_changes: replace the generated secret when ``exclude_characters`` or
            ``username`` change (default ``False``).
        replica_regions: the Regions a generated secret is replicated to (default not replicated).
        secret: the secret the password comes from (default none).
        username: the snapshot's current master user name, which cannot be changed (default the snapshot's).
    """

    def __init__(
        self,
        *,
        generate_password: bool,
        encryption_key: IKey | None = None,
        exclude_characters: str | None = None,
        password: SecretValue | None = None,
        replace_on_password_criteria_changes: bool | None = None,
        replica_regions: Sequence[ReplicaRegion] | None = None,
        secret: ISecret | None = None,
        username: str | None = None,
    ) -> None:
        self.generate_password = generate_password
        self.encryption_key = encryption_key
        self.exclude_characters = exclude_characters
        self.password = password
        self.replace_on_password_criteria_changes = replace_on_password_criteria_changes
        self.replica_regions = replica_regions
        self.secret = secret
        self.username = username

    @staticmethod
    def from_generated_secret(
        username: str,
        *,
        encryption_key: IKey | None = None,
        exclude_characters: str | None = None,
        replica_regions: Sequence[ReplicaRegion] | None = None,
    ) -> SnapshotCredentials:
        """A generated secret for the snapshot's master user (replaced when the password criteria change)."""
        return SnapshotCredentials(
            generate_password=True, replace_on_password_criteria_changes=True, username=username,
            encryption_key=encryption_key, exclude_characters=exclude_characters, replica_regions=replica_regions,
        )

    @staticmethod
    def from_generated_password(
        username: str,
        *,
        encryption_key: IKey | None = None,
        exclude_characters: str | None = None,
        replica_regions: Sequence[ReplicaRegion] | None = None,
    ) -> SnapshotCredentials:
        """A generated password for the snapshot's master user."""
        return SnapshotCredentials(
            generate_password=True, username=username, encryption_key=encryption_key,
            exclude_characters=exclude_characters, replica_regions=replica_regions,
        )

    @staticmethod
    def from_password(password: SecretValue) -> SnapshotCredentials:
        """A new master password."""
        return SnapshotCredentials(generate_password=False, password=password)

    @staticmethod
    def from_secret(secret: ISecret) -> SnapshotCredentials:
        """The ``password`` field of an existing secret."""
        return SnapshotCredentials(
            generate_password=False, password=secret.secret_value_from_json("password"), secret=secret
        )


@structs.frozen(kw_only=True)
class CommonRotationUserOptions:
    """Options of a rotation.

    Args:
        automatically_after: the rotation interval (default 30 days).
        endpoint: the Secrets Manager interface endpoint the rotation function uses.
        exclude_characters: characters new passwords leave out.
        rotate_immediately_on_update: rotate when the rotation is created or changed (default ``True``).
        security_group: the rotation function's security group.
        vpc_subnets: where the rotation function runs (default the database's subnets).
    """

    automatically_after: Duration | None = None
    endpoint: IInterfaceVpcEndpoint | None = None
    exclude_characters: str | None = None
    rotate_immediately_on_update: bool | None = None
    security_group: ISecurityGroup | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class RotationSingleUserOptions(CommonRotationUserOptions):
    """Options of ``add_rotation_single_user``."""


@structs.frozen(kw_only=True)
class RotationMultiUserOptions(CommonRotationUserOptions):
    """Options of ``add_rotation_multi_user``.

    Args:
        secret: the secret of the user to rotate (with the master secret's ARN as ``masterarn``).
    """

    secret: ISecret
