"""The enums, Elasticsearch versions and structs of ``l2.elasticelasticsearch`` (aws-cdk-lib's deprecated ``aws_elasticelasticsearch``)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import RemovalPolicy, SecretValue
    from l2.certificatemanager import ICertificate
    from l2.ec2 import EbsDeviceVolumeType, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IRole, PolicyStatement
    from l2.kms import IKey
    from l2.logs import ILogGroup
    from l2.route53 import IHostedZone


class TLSSecurityPolicy(enum.Enum):
    """The minimum TLS version a domain endpoint accepts."""

    TLS_1_0 = "Policy-Min-TLS-1-0-2019-07"
    """TLS 1.0 and later."""
    TLS_1_2 = "Policy-Min-TLS-1-2-2019-07"
    """TLS 1.2 and later."""


class ElasticsearchVersion:
    """An Elasticsearch version (``ElasticsearchVersion.V7_10``, ``ElasticsearchVersion.of("7.10")``).

    Args:
        version: the version string CloudFormation takes (``7.10``).
    """

    V1_5: ClassVar[ElasticsearchVersion]
    """Elasticsearch 1.5."""
    V2_3: ClassVar[ElasticsearchVersion]
    """Elasticsearch 2.3."""
    V5_1: ClassVar[ElasticsearchVersion]
    """Elasticsearch 5.1."""
    V5_3: ClassVar[ElasticsearchVersion]
    """Elasticsearch 5.3."""
    V5_5: ClassVar[ElasticsearchVersion]
    """Elasticsearch 5.5."""
    V5_6: ClassVar[ElasticsearchVersion]
    """Elasticsearch 5.6."""
    V6_0: ClassVar[ElasticsearchVersion]
    """Elasticsearch 6.0."""
    V6_2: ClassVar[ElasticsearchVersion]
    """Elasticsearch 6.2."""
    V6_3: ClassVar[ElasticsearchVersion]
    """Elasticsearch 6.3."""
    V6_4: ClassVar[ElasticsearchVersion]
    """Elasticsearch 6.4."""
    V6_5: ClassVar[ElasticsearchVersion]
    """Elasticsearch 6.5."""
    V6_7: ClassVar[ElasticsearchVersion]
    """Elasticsearch 6.7."""
    V6_8: ClassVar[ElasticsearchVersion]
    """Elasticsearch 6.8."""
    V7_1: ClassVar[ElasticsearchVersion]
    """Elasticsearch 7.1."""
    V7_4: ClassVar[ElasticsearchVersion]
    """Elasticsearch 7.4."""
    V7_7: ClassVar[ElasticsearchVersion]
    """Elasticsearch 7.7."""
    V7_8: ClassVar[ElasticsearchVersion]
    """Elasticsearch 7.8."""
    V7_9: ClassVar[ElasticsearchVersion]
    """Elasticsearch 7.9."""
    V7_10: ClassVar[ElasticsearchVersion]
    """Elasticsearch 7.10."""

    def __init__(self, version: str) -> None:
        self.version = version

    @staticmethod
    def of(version: str) -> ElasticsearchVersion:
        """A version by its string (``"7.10"``)."""
        return ElasticsearchVersion(version)

    def __repr__(self) -> str:
        return f"ElasticsearchVersion({self.version!r})"


for _v in ('1.5', '2.3', '5.1', '5.3', '5.5', '5.6', '6.0', '6.2', '6.3', '6.4', '6.5', '6.7', '6.8', '7.1', '7.4', '7.7', '7.8', '7.9', '7.10'):
    setattr(ElasticsearchVersion, "V" + _v.replace(".", "_"), ElasticsearchVersion.of(_v))
del _v


@structs.frozen(kw_only=True)
class CapacityConfig:
    """The nodes of a domain.

    Args:
        data_node_instance_type: data node instance type (default ``r5.large.elasticsearch``).
        data_nodes: number of data nodes (default 1).
        master_node_instance_type: dedicated master instance type (default ``r5.large.elasticsearch``).
        master_nodes: number of dedicated master nodes (default none).
        warm_instance_type: UltraWarm instance type (default ``ultrawarm1.medium.elasticsearch``).
        warm_nodes: number of UltraWarm nodes (default none).
    """

    data_node_instance_type: str | None = None
    data_nodes: int | float | None = None
    master_node_instance_type: str | None = None
    master_nodes: int | float | None = None
    warm_instance_type: str | None = None
    warm_nodes: int | float | None = None


@structs.frozen(kw_only=True)
class ZoneAwarenessConfig:
    """Spreading the nodes over availability zones.

    Args:
        availability_zone_count: 2 or 3 (default 2).
        enabled: zone awareness on (default: on when ``availability_zone_count`` is given).
    """

    availability_zone_count: int | float | None = None
    enabled: bool | None = None


@structs.frozen(kw_only=True)
class EbsOptions:
    """The EBS volumes of the data nodes.

    Args:
        enabled: EBS volumes on (default true).
        iops: provisioned IOPS (io1, io2, gp3 only).
        volume_size: size in GiB (default 10).
        volume_type: default ``GENERAL_PURPOSE_SSD`` (gp2).
    """

    enabled: bool | None = None
    iops: int | float | None = None
    volume_size: int | float | None = None
    volume_type: EbsDeviceVolumeType | None = None


@structs.frozen(kw_only=True)
class LoggingOptions:
    """Which logs a domain publishes to CloudWatch Logs (a new log group each unless given).

    Args:
        app_log_enabled / app_log_group: error logs.
        audit_log_enabled / audit_log_group: audit logs (need fine-grained access control).
        slow_index_log_enabled / slow_index_log_group: slow index logs.
        slow_search_log_enabled / slow_search_log_group: slow search logs.
    """

    app_log_enabled: bool | None = None
    app_log_group: ILogGroup | None = None
    audit_log_enabled: bool | None = None
    audit_log_group: ILogGroup | None = None
    slow_index_log_enabled: bool | None = None
    slow_index_log_group: ILogGroup | None = None
    slow_search_log_enabled: bool | None = None
    slow_search_log_group: ILogGroup | None = None


@structs.frozen(kw_only=True)
class EncryptionAtRestOptions:
    """Encryption of data at rest.

    Args:
        enabled: encryption on (default: on when ``kms_key`` is given).
        kms_key: a customer key (default the AWS managed key).
    """

    enabled: bool | None = None
    kms_key: IKey | None = None


@structs.frozen(kw_only=True)
class CognitoOptions:
    """Amazon Cognito authentication for Kibana.

    Args:
        identity_pool_id: the identity pool.
        role: a role that lets Elasticsearch configure the user and identity pools.
        user_pool_id: the user pool.
    """

    identity_pool_id: str
    role: IRole
    user_pool_id: str


@structs.frozen(kw_only=True)
class AdvancedSecurityOptions:
    """Fine-grained access control.

    Args:
        master_user_arn: an IAM master user (not with ``master_user_name``).
        master_user_name: an internal master user (its password a new secret unless given).
        master_user_password: the internal master user's password.
    """

    master_user_arn: str | None = None
    master_user_name: str | None = None
    master_user_password: SecretValue | None = None


@structs.frozen(kw_only=True)
class CustomEndpointOptions:
    """A custom endpoint for a domain.

    Args:
        domain_name: the custom domain name.
        certificate: its certificate (default a new one, DNS-validated in ``hosted_zone`` if given).
        hosted_zone: a zone to add the CNAME record to.
    """

    domain_name: str
    certificate: ICertificate | None = None
    hosted_zone: IHostedZone | None = None


@structs.frozen(kw_only=True)
class DomainAttributes:
    """An existing domain (``Domain.from_domain_attributes``).

    Args:
        domain_arn: the domain's ARN.
        domain_endpoint: the domain's endpoint (with or without ``https://``).
    """

    domain_arn: str
    domain_endpoint: str


@structs.frozen(kw_only=True)
class DomainProps:
    """The properties of a ``Domain`` (see ``Domain`` for each keyword)."""

    version: ElasticsearchVersion
    access_policies: Sequence[PolicyStatement] | None = None
    advanced_options: Mapping[str, str] | None = None
    automated_snapshot_start_hour: int | float | None = None
    capacity: CapacityConfig | None = None
    cognito_kibana_auth: CognitoOptions | None = None
    custom_endpoint: CustomEndpointOptions | None = None
    domain_name: str | None = None
    ebs: EbsOptions | None = None
    enable_version_upgrade: bool | None = None
    encryption_at_rest: EncryptionAtRestOptions | None = None
    enforce_https: bool | None = None
    fine_grained_access_control: AdvancedSecurityOptions | None = None
    logging: LoggingOptions | None = None
    node_to_node_encryption: bool | None = None
    removal_policy: RemovalPolicy | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    tls_security_policy: TLSSecurityPolicy | None = None
    use_unsigned_basic_auth: bool | None = None
    vpc: IVpc | None = None
    vpc_subnets: Sequence[SubnetSelection] | None = None
    zone_awareness: ZoneAwarenessConfig | None = None
