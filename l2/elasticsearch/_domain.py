"""``Domain``: an Amazon Elasticsearch Service domain (aws-cdk-lib's deprecated ``aws_elasticsearch``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Construct, RemovalPolicy, ValidationError
from l1.elasticsearch import CfnDomain
from l2._private.search_domain import domain
from l2._private.search_domain.policies import AccessPolicyCall
from l2.elasticsearch._domain_base import DomainBase
from l2.elasticsearch._types import (
    AdvancedSecurityOptions,
    CapacityConfig,
    CognitoOptions,
    CustomEndpointOptions,
    DomainAttributes,
    EbsOptions,
    ElasticsearchVersion,
    EncryptionAtRestOptions,
    LoggingOptions,
    TLSSecurityPolicy,
    ZoneAwarenessConfig,
)

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.elasticsearch._interfaces import IDomain
    from l2.iam import PolicyStatement

_DEFAULT_INSTANCE = "r5.large.elasticsearch"
_DEFAULT_WARM_INSTANCE = "ultrawarm1.medium.elasticsearch"
_KNOWN_OLD_ES = (1.5, 2.3, 5.1, 5.3, 5.5, 5.6, 6.0, 6.2, 6.3, 6.4, 6.5, 6.7, 6.8, 7.1, 7.4, 7.7)
_ACCESS_POLICY = AccessPolicyCall(
    resource_type="Custom::ElasticsearchAccessPolicy",
    service="ES",
    action="updateElasticsearchDomainConfig",
    output_path="DomainConfig.ElasticsearchClusterConfig.AccessPolicies",
)
# aws-cdk-lib writes the publishing options in this order, whatever order the log groups were made in
_LOG_PUBLISHING_ORDER = (("app", "ES_APPLICATION_LOGS"), ("slow_search", "SEARCH_SLOW_LOGS"),
                         ("slow_index", "INDEX_SLOW_LOGS"), ("audit", "AUDIT_LOGS"))


class _ImportedDomain(DomainBase):
    """A domain defined outside the app."""

    def __init__(self, scope: Construct, id: str, *, domain_arn: str, domain_name: str, domain_endpoint: str) -> None:
        super().__init__(scope, id)
        self.domain_arn = domain_arn
        self.domain_name = domain_name
        self.domain_endpoint = domain.endpoint_host(domain_endpoint)


class Domain(domain.DomainConstruct, DomainBase):
    """An Amazon Elasticsearch Service domain (``AWS::Elasticsearch::Domain``; deprecated in aws-cdk-lib: use
    ``aws_opensearchservice``).

    Args:
        version: the Elasticsearch version (``ElasticsearchVersion.V7_10``, ...).
        access_policies: statements of the domain access policy (set by a custom resource after creation).
        advanced_options: advanced cluster settings (``rest.action.multi.allow_explicit_index`` ...).
        automated_snapshot_start_hour: hour (UTC) of the daily snapshot.
        capacity: the nodes (default one ``r5.large.elasticsearch`` data node).
        cognito_kibana_auth: Amazon Cognito authentication for Kibana.
        custom_endpoint: a custom endpoint (with a new certificate unless given).
        domain_name: a physical name (3 to 28 characters, lowercase letters, digits and hyphens).
        ebs: the EBS volumes (default 10 GiB gp2).
        enable_version_upgrade: in-place version upgrades (an update policy).
        encryption_at_rest: encryption of data at rest.
        enforce_https: require HTTPS (default false, true with unsigned basic auth).
        fine_grained_access_control: fine-grained access control (a master user ARN or name).
        logging: the logs to publish to CloudWatch Logs.
        node_to_node_encryption: node-to-node encryption.
        removal_policy: default ``RemovalPolicy.RETAIN``.
        security_groups: security groups of a VPC domain (default a new one).
        tls_security_policy: default ``TLSSecurityPolicy.TLS_1_0``.
        use_unsigned_basic_auth: HTTP basic auth with an internal master user, open access policy.
        vpc: place the domain in a VPC.
        vpc_subnets: its subnets (default the private subnets with egress).
        zone_awareness: spread the nodes over availability zones.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-elasticsearch.Domain"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    @staticmethod
    def from_domain_endpoint(scope: Construct, id: str, domain_endpoint: str) -> IDomain:
        """Import a domain by its endpoint (``https://search-<name>-<id>.<region>.es.amazonaws.com``)."""
        arn = domain.arn_from_endpoint(scope, domain_endpoint)
        return Domain.from_domain_attributes(scope, id, domain_arn=arn, domain_endpoint=domain_endpoint)

    @staticmethod
    def from_domain_attributes(scope: Construct, id: str, *, domain_arn: str, domain_endpoint: str) -> IDomain:
        """Import a domain by its ARN and endpoint."""
        attrs = DomainAttributes(domain_arn=domain_arn, domain_endpoint=domain_endpoint)
        name = domain.name_from_arn(scope, attrs.domain_arn, attrs.domain_endpoint)
        return _ImportedDomain(
            scope, id, domain_arn=attrs.domain_arn, domain_name=name, domain_endpoint=attrs.domain_endpoint
        )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        version: ElasticsearchVersion,
        access_policies: Sequence[PolicyStatement] | None = None,
        advanced_options: Mapping[str, str] | None = None,
        automated_snapshot_start_hour: int | float | None = None,
        capacity: CapacityConfig | None = None,
        cognito_kibana_auth: CognitoOptions | None = None,
        custom_endpoint: CustomEndpointOptions | None = None,
        domain_name: str | None = None,
        ebs: EbsOptions | None = None,
        enable_version_upgrade: bool | None = None,
        encryption_at_rest: EncryptionAtRestOptions | None = None,
        enforce_https: bool | None = None,
        fine_grained_access_control: AdvancedSecurityOptions | None = None,
        logging: LoggingOptions | None = None,
        node_to_node_encryption: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        tls_security_policy: TLSSecurityPolicy | None = None,
        use_unsigned_basic_auth: bool | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: Sequence[SubnetSelection] | None = None,
        zone_awareness: ZoneAwarenessConfig | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=domain_name)
        nodes = domain.Nodes.of(capacity or CapacityConfig(), _DEFAULT_INSTANCE, _DEFAULT_WARM_INSTANCE)
        az_count, zone_awareness_enabled = domain.availability_zones(zone_awareness)
        if az_count not in (2, 3):
            raise ValidationError("Invalid zone awareness configuration; availabilityZoneCount must be 2 or 3", self)
        groups, subnets, _ = self._place_in_vpc(vpc, vpc_subnets, security_groups, https_port=False,
                                                pending_lookup=False)
        self._check_subnets_per_zone(subnets, zone_awareness_enabled, az_count)
        self._check_instance_types(nodes, ".elasticsearch")
        version_num = domain.version_number(self, version.version, "Elasticsearch")
        if version_num <= 7.7 and version_num not in _KNOWN_OLD_ES:
            raise ValidationError(f"Unknown Elasticsearch version: {version.version}", self)

        unsigned = bool(use_unsigned_basic_auth)
        if unsigned:
            self._check_unsigned_basic_auth(enforce_https, node_to_node_encryption, encryption_at_rest)
        unsigned_policy = domain.unsigned_basic_auth_policy(self)
        user = self._master_user(fine_grained_access_control, unsigned)
        ear = encryption_at_rest
        opts = domain.Options.of(ebs, ear, node_to_node_encryption, enforce_https, unsigned)

        self._check_elasticsearch_version(
            version_num, "or later.", "Kibana", logging=logging, ear=ear, cognito=cognito_kibana_auth,
            node_to_node=node_to_node_encryption, unsigned=unsigned, user=user, nodes=nodes, ultrawarm_names_version=False,
        )
        if nodes.is_some("i3", "r6gd") and opts.ebs_enabled:
            raise ValidationError("I3 and R6GD instance types do not support EBS storage volumes.", self)
        if nodes.is_some("m3", "r3", "t2") and opts.ear_enabled:
            raise ValidationError("M3, R3, and T2 instance types do not support encryption of data at rest.", self)
        if nodes.is_type("t2.micro") and version_num > 2.3:
            raise ValidationError(
                "The t2.micro.elasticsearch instance type supports only Elasticsearch 1.5 and 2.3.", self
            )
        if nodes.is_some("t2", "t3") and nodes.warm_enabled:
            raise ValidationError("T2 and T3 instance types do not support UltraWarm storage.", self)
        if not opts.ebs_enabled and not nodes.is_data_node("r3", "i3", "r6gd"):
            raise ValidationError(
                "EBS volumes are required when using instance types other than r3, i3 or r6gd.", self
            )
        self._check_fine_grained_needs(user, opts, logging, nodes)

        log_groups = self._make_log_groups(logging)
        log_policy = self._log_group_policy(log_groups) if log_groups else None
        certificate = self._certificate(custom_endpoint)
        cognito = cognito_kibana_auth
        self._domain = CfnDomain(
            self,
            "Resource",
            domain_name=self.physical_name if domain_name is not None else None,
            elasticsearch_version=version.version,
            elasticsearch_cluster_config=nodes.cluster_config(zone_awareness_enabled, az_count),
            ebs_options=opts.ebs_options(ebs),
            encryption_at_rest_options=domain.drop_none({
                "enabled": opts.ear_enabled,
                "kmsKeyId": ear.kms_key.key_id if opts.ear_enabled and ear is not None and ear.kms_key else None,
            }),
            node_to_node_encryption_options={"enabled": opts.n2n_enabled},
            log_publishing_options={
                cfn_key: {"enabled": True, "cloudWatchLogsLogGroupArn": self._log_groups[key].log_group_arn}
                for key, cfn_key in _LOG_PUBLISHING_ORDER if key in self._log_groups
            },
            cognito_options=domain.drop_none({
                "enabled": cognito is not None,
                "identityPoolId": cognito.identity_pool_id if cognito else None,
                "roleArn": cognito.role.role_arn if cognito else None,
                "userPoolId": cognito.user_pool_id if cognito else None,
            }),
            vpc_options=domain.vpc_options(groups, subnets),
            snapshot_options=(
                {"automatedSnapshotStartHour": automated_snapshot_start_hour} if automated_snapshot_start_hour else None
            ),
            domain_endpoint_options=domain.endpoint_options(
                opts.https, (tls_security_policy or TLSSecurityPolicy.TLS_1_0).value, custom_endpoint, certificate
            ),
            advanced_security_options=self._security_options(user),
            advanced_options=dict(advanced_options) if advanced_options is not None else None,
        )
        self._finish_resource(removal_policy, enable_version_upgrade, log_policy, domain_name)
        self._finish(custom_endpoint, encryption_at_rest)
        if access_policies:
            self.add_access_policies(*access_policies)
        if unsigned:
            self.add_access_policies(unsigned_policy)

    def add_access_policies(self, *access_policy_statements: PolicyStatement) -> None:
        """Add statements to the domain access policy (a custom resource applies it after the domain exists)."""
        self._add_access_policies("ESAccessPolicy", _ACCESS_POLICY, access_policy_statements)
