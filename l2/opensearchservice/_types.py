"""The enums, engine versions and structs of ``l2.opensearchservice``."""

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
    TLS_1_2_PFS = "Policy-Min-TLS-1-2-PFS-2023-10"
    """TLS 1.2 and later with perfect forward secrecy ciphers."""


class IpAddressType(enum.Enum):
    """The IP address types a domain's endpoint serves."""

    IPV4 = "ipv4"
    """IPv4 addresses only."""
    DUAL_STACK = "dualstack"
    """IPv4 and IPv6 addresses."""


class NodeType(enum.Enum):
    """The kinds of specialized nodes a domain can add."""

    COORDINATOR = "coordinator"
    """Coordinator nodes."""


class EngineVersion:
    """An OpenSearch or Elasticsearch engine version (``EngineVersion.OPENSEARCH_2_19``, ``open_search("x.y")``).

    Args:
        version: the engine version string CloudFormation takes (``OpenSearch_2.19``, ``Elasticsearch_7.10``).
    """

    ELASTICSEARCH_1_5: ClassVar[EngineVersion]
    ELASTICSEARCH_2_3: ClassVar[EngineVersion]
    ELASTICSEARCH_5_1: ClassVar[EngineVersion]
    ELASTICSEARCH_5_3: ClassVar[EngineVersion]
    ELASTICSEARCH_5_5: ClassVar[EngineVersion]
    ELASTICSEARCH_5_6: ClassVar[EngineVersion]
    ELASTICSEARCH_6_0: ClassVar[EngineVersion]
    ELASTICSEARCH_6_2: ClassVar[EngineVersion]
    ELASTICSEARCH_6_3: ClassVar[EngineVersion]
    ELASTICSEARCH_6_4: ClassVar[EngineVersion]
    ELASTICSEARCH_6_5: ClassVar[EngineVersion]
    ELASTICSEARCH_6_7: ClassVar[EngineVersion]
    ELASTICSEARCH_6_8: ClassVar[EngineVersion]
    ELASTICSEARCH_7_1: ClassVar[EngineVersion]
    ELASTICSEARCH_7_4: ClassVar[EngineVersion]
    ELASTICSEARCH_7_7: ClassVar[EngineVersion]
    ELASTICSEARCH_7_8: ClassVar[EngineVersion]
    ELASTICSEARCH_7_9: ClassVar[EngineVersion]
    ELASTICSEARCH_7_10: ClassVar[EngineVersion]
    OPENSEARCH_1_0: ClassVar[EngineVersion]
    OPENSEARCH_1_1: ClassVar[EngineVersion]
    OPENSEARCH_1_2: ClassVar[EngineVersion]
    OPENSEARCH_1_3: ClassVar[EngineVersion]
    OPENSEARCH_2_3: ClassVar[EngineVersion]
    OPENSEARCH_2_5: ClassVar[EngineVersion]
    OPENSEARCH_2_7: ClassVar[EngineVersion]
    OPENSEARCH_2_9: ClassVar[EngineVersion]
    OPENSEARCH_2_10: ClassVar[EngineVersion]
    OPENSEARCH_2_11: ClassVar[EngineVersion]
    OPENSEARCH_2_13: ClassVar[EngineVersion]
    OPENSEARCH_2_15: ClassVar[EngineVersion]
    OPENSEARCH_2_17: ClassVar[EngineVersion]
    OPENSEARCH_2_19: ClassVar[EngineVersion]
    OPENSEARCH_3_1: ClassVar[EngineVersion]
    OPENSEARCH_3_3: ClassVar[EngineVersion]
    OPENSEARCH_3_5: ClassVar[EngineVersion]
    OPENSEARCH_3_7: ClassVar[EngineVersion]

    def __init__(self, version: str) -> None:
        self.version = version

    @staticmethod
    def elasticsearch(version: str) -> EngineVersion:
        """An Elasticsearch version (``"7.10"``)."""
        return EngineVersion(f"Elasticsearch_{version}")

    @staticmethod
    def open_search(version: str) -> EngineVersion:
        """An OpenSearch version (``"2.19"``)."""
        return EngineVersion(f"OpenSearch_{version}")

    def __repr__(self) -> str:
        return f"EngineVersion({self.version!r})"


for _v in ("1.5", "2.3", "5.1", "5.3", "5.5", "5.6", "6.0", "6.2", "6.3", "6.4", "6.5", "6.7", "6.8", "7.1", "7.4",
           "7.7", "7.8", "7.9", "7.10"):
    setattr(EngineVersion, "ELASTICSEARCH_" + _v.replace(".", "_"), EngineVersion.elasticsearch(_v))
for _v in ("1.0", "1.1", "1.2", "1.3", "2.3", "2.5", "2.7", "2.9", "2.10", "2.11", "2.13", "2.15", "2.17", "2.19",
           "3.1", "3.3", "3.5", "3.7"):
    setattr(EngineVersion, "OPENSEARCH_" + _v.replace(".", "_"), EngineVersion.open_search(_v))
del _v


@structs.frozen(kw_only=True)
class NodeConfig:
    """The configuration of specialized nodes.

    Args:
        count: how many nodes (default 1).
        enabled: whether the nodes are enabled (default false).
        type: the instance type (default ``m5.large.search``).
    """

    count: int | float | None = None
    enabled: bool | None = None
    type: str | None = None


@structs.frozen(kw_only=True)
class NodeOptions:
    """A kind of specialized nodes and their configuration.

    Args:
        node_type: the kind of nodes.
        node_config: their configuration.
    """

    node_config: NodeConfig
    node_type: NodeType


@structs.frozen(kw_only=True)
class CapacityConfig:
    """The nodes of a domain.

    Args:
        data_node_instance_type: data node instance type (default ``r5.large.search``).
        data_nodes: number of data nodes (default 1).
        master_node_instance_type: dedicated master instance type (default ``r5.large.search``).
        master_nodes: number of dedicated master nodes (default none).
        multi_az_with_standby_enabled: Multi-AZ with standby (default: the
            ``@aws-cdk/aws-opensearchservice:enableOpensearchMultiAzWithStandby`` flag).
        node_options: specialized (coordinator) nodes.
        warm_instance_type: UltraWarm instance type (default ``ultrawarm1.medium.search``).
        warm_nodes: number of UltraWarm nodes (default none).
    """

    data_node_instance_type: str | None = None
    data_nodes: int | float | None = None
    master_node_instance_type: str | None = None
    master_nodes: int | float | None = None
    multi_az_with_standby_enabled: bool | None = None
    node_options: Sequence[NodeOptions] | None = None
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
        throughput: gp3 throughput in MiB/s (125 to 2000).
        volume_size: size in GiB (default 10).
        volume_type: default ``GENERAL_PURPOSE_SSD`` (gp2).
    """

    enabled: bool | None = None
    iops: int | float | None = None
    throughput: int | float | None = None
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
    """Amazon Cognito authentication for OpenSearch Dashboards.

    Args:
        identity_pool_id: the identity pool.
        role: a role that lets OpenSearch configure the user and identity pools.
        user_pool_id: the user pool.
    """

    identity_pool_id: str
    role: IRole
    user_pool_id: str


@structs.frozen(kw_only=True)
class SAMLOptionsProperty:
    """SAML authentication for OpenSearch Dashboards.

    Args:
        idp_entity_id: the identity provider's entity id (8 to 512 characters).
        idp_metadata_content: the identity provider's metadata XML.
        master_backend_role: the SAML backend role of the master user.
        master_user_name: the SAML master user name.
        roles_key: the SAML attribute holding roles (default ``roles``).
        session_timeout_minutes: 1 to 1440 (default 60).
        subject_key: the SAML attribute holding the user name (default NameID).
    """

    idp_entity_id: str
    idp_metadata_content: str
    master_backend_role: str | None = None
    master_user_name: str | None = None
    roles_key: str | None = None
    session_timeout_minutes: int | float | None = None
    subject_key: str | None = None


@structs.frozen(kw_only=True)
class AdvancedSecurityOptions:
    """Fine-grained access control.

    Args:
        master_user_arn: an IAM master user (not with ``master_user_name``).
        master_user_name: an internal master user (its password a new secret unless given).
        master_user_password: the internal master user's password.
        saml_authentication_enabled: SAML authentication (default: on when options are given).
        saml_authentication_options: the SAML configuration.
    """

    master_user_arn: str | None = None
    master_user_name: str | None = None
    master_user_password: SecretValue | None = None
    saml_authentication_enabled: bool | None = None
    saml_authentication_options: SAMLOptionsProperty | None = None


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
class WindowStartTime:
    """The start of the daily off-peak window (UTC).

    Args:
        hours: 0 to 23.
        minutes: 0 to 59.
    """

    hours: int | float
    minutes: int | float


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

    version: EngineVersion
    access_policies: Sequence[PolicyStatement] | None = None
    advanced_options: Mapping[str, str] | None = None
    automated_snapshot_start_hour: int | float | None = None
    capacity: CapacityConfig | None = None
    cognito_dashboards_auth: CognitoOptions | None = None
    cold_storage_enabled: bool | None = None
    custom_endpoint: CustomEndpointOptions | None = None
    domain_name: str | None = None
    ebs: EbsOptions | None = None
    enable_auto_software_update: bool | None = None
    enable_version_upgrade: bool | None = None
    encryption_at_rest: EncryptionAtRestOptions | None = None
    enforce_https: bool | None = None
    fine_grained_access_control: AdvancedSecurityOptions | None = None
    ip_address_type: IpAddressType | None = None
    logging: LoggingOptions | None = None
    node_to_node_encryption: bool | None = None
    off_peak_window_enabled: bool | None = None
    off_peak_window_start: WindowStartTime | None = None
    removal_policy: RemovalPolicy | None = None
    s3_vectors_engine_enabled: bool | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    suppress_logs_resource_policy: bool | None = None
    tls_security_policy: TLSSecurityPolicy | None = None
    use_latest_service_software_for_blue_green: bool | None = None
    use_unsigned_basic_auth: bool | None = None
    vpc: IVpc | None = None
    vpc_subnets: Sequence[SubnetSelection] | None = None
    zone_awareness: ZoneAwarenessConfig | None = None
