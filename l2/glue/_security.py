"""``SecurityConfiguration``: how Glue encrypts job output, logs and bookmarks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct, Lazy, Names, RemovalPolicy, Resource, ValidationError
from constructs.internals import cached_property, structs
from l2.glue._constants import S3EncryptionMode
from l2.glue._interfaces import ISecurityConfiguration  # runtime: the argument checks resolve them

if TYPE_CHECKING:
    from l2.kms import IKey


class S3Encryption:
    """How data written to S3 is encrypted; build one with the static methods.

    Args:
        mode: the encryption mode (prefer the static methods).
        kms_key: the KMS key of ``KMS`` mode (default: a new key).
    """

    def __init__(self, mode: S3EncryptionMode, kms_key: IKey | None = None) -> None:
        self._mode = mode
        self._kms_key = kms_key

    @staticmethod
    def s3_managed() -> S3Encryption:
        """SSE-S3."""
        return S3Encryption(S3EncryptionMode.S3_MANAGED)

    @staticmethod
    def kms(kms_key: IKey | None = None) -> S3Encryption:
        """SSE-KMS with ``kms_key`` (default a new key)."""
        return S3Encryption(S3EncryptionMode.KMS, kms_key)


class CloudWatchEncryption:
    """CloudWatch logs encryption with a KMS key.

    Args:
        kms_key: the KMS key (default: a new key).
    """

    def __init__(self, kms_key: IKey | None = None) -> None:
        self._kms_key = kms_key

    @staticmethod
    def kms(kms_key: IKey | None = None) -> CloudWatchEncryption:
        """With ``kms_key`` (default a new key)."""
        return CloudWatchEncryption(kms_key)


class JobBookmarksEncryption:
    """Job bookmarks client-side encryption with a KMS key.

    Args:
        kms_key: the KMS key (default: a new key).
    """

    def __init__(self, kms_key: IKey | None = None) -> None:
        self._kms_key = kms_key

    @staticmethod
    def client_side_kms(kms_key: IKey | None = None) -> JobBookmarksEncryption:
        """With ``kms_key`` (default a new key)."""
        return JobBookmarksEncryption(kms_key)


@structs.frozen(kw_only=True)
class SecurityConfigurationProps:
    """The properties of a ``SecurityConfiguration`` (see ``SecurityConfiguration``)."""

    cloud_watch_encryption: CloudWatchEncryption | None = None
    job_bookmarks_encryption: JobBookmarksEncryption | None = None
    removal_policy: RemovalPolicy | None = None
    s3_encryption: S3Encryption | None = None
    security_configuration_name: str | None = None


class _ImportedSecurityConfiguration(Resource):
    def __init__(self, scope: Construct, id: str, name: str) -> None:
        super().__init__(scope, id)
        self.security_configuration_name = name


class SecurityConfiguration(Resource):
    """A Glue security configuration (``AWS::Glue::SecurityConfiguration``); at least one encryption is required.

    Args:
        cloud_watch_encryption: encrypt CloudWatch logs.
        job_bookmarks_encryption: encrypt job bookmarks.
        s3_encryption: encrypt data written to S3.
        removal_policy: the removal policy (default CloudFormation's).
        security_configuration_name: the name (default generated from the construct path).

    A single new key (with rotation) serves every encryption given without a key.
    """

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.SecurityConfiguration"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, cloud_watch_encryption: CloudWatchEncryption | None = None,
                 job_bookmarks_encryption: JobBookmarksEncryption | None = None,
                 removal_policy: RemovalPolicy | None = None, s3_encryption: S3Encryption | None = None,
                 security_configuration_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=security_configuration_name
                         if security_configuration_name is not None
                         else Lazy.string(lambda: Names.unique_resource_name(self)))
        if s3_encryption is None and cloud_watch_encryption is None and job_bookmarks_encryption is None:
            raise ValidationError(
                "One of cloudWatchEncryption, jobBookmarksEncryption or s3Encryption must be defined", self)
        needs_key = ((s3_encryption is not None and s3_encryption._mode is S3EncryptionMode.KMS
                      and s3_encryption._kms_key is None)
                     or (cloud_watch_encryption is not None and cloud_watch_encryption._kms_key is None)
                     or (job_bookmarks_encryption is not None and job_bookmarks_encryption._kms_key is None))
        auto_key: IKey | None = None
        if needs_key:
            from l2.kms import Key

            auto_key = Key(self, "Key", enable_key_rotation=True)
        self.cloud_watch_encryption_key: IKey | None = None
        """The key encrypting CloudWatch logs, if any."""
        self.job_bookmarks_encryption_key: IKey | None = None
        """The key encrypting job bookmarks, if any."""
        self.s3_encryption_key: IKey | None = None
        """The key encrypting S3 data, if any."""
        config: dict[str, object] = {}
        if cloud_watch_encryption is not None:
            self.cloud_watch_encryption_key = cloud_watch_encryption._kms_key or auto_key
            config["cloud_watch_encryption"] = {
                "cloud_watch_encryption_mode": "SSE-KMS",
                "kms_key_arn": self.cloud_watch_encryption_key.key_arn if self.cloud_watch_encryption_key else None}
        if job_bookmarks_encryption is not None:
            self.job_bookmarks_encryption_key = job_bookmarks_encryption._kms_key or auto_key
            config["job_bookmarks_encryption"] = {
                "job_bookmarks_encryption_mode": "CSE-KMS",
                "kms_key_arn": self.job_bookmarks_encryption_key.key_arn if self.job_bookmarks_encryption_key
                else None}
        if s3_encryption is not None:
            if s3_encryption._mode is S3EncryptionMode.KMS:
                self.s3_encryption_key = s3_encryption._kms_key or auto_key
            config["s3_encryptions"] = [{
                "s3_encryption_mode": s3_encryption._mode.value,
                "kms_key_arn": self.s3_encryption_key.key_arn if self.s3_encryption_key else None}]
        from l1.glue import CfnSecurityConfiguration

        self.resource = CfnSecurityConfiguration(self, "Resource", name=self.physical_name,
                                                 encryption_configuration=config)
        self.resource.apply_removal_policy(removal_policy)

    @cached_property
    def security_configuration_name(self) -> str:
        """The security configuration's name."""
        return self.get_resource_name_attribute(self.resource.ref)

    @staticmethod
    def from_security_configuration_name(scope: Construct, id: str,
                                         security_configuration_name: str) -> ISecurityConfiguration:
        """An existing security configuration by name."""
        return _ImportedSecurityConfiguration(scope, id, security_configuration_name)
