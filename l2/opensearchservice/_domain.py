"""``Domain``: an Amazon OpenSearch Service domain, and importing existing ones."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, FeatureFlags, RemovalPolicy, Stack, Token, ValidationError
from l1.opensearchservice import CfnDomain
from l2._private.search_domain import domain
from l2._private.search_domain.domain import drop_none, js_number
from l2._private.search_domain.policies import AccessPolicyCall
from l2.opensearchservice._domain_base import DomainBase
from l2.opensearchservice._types import (
    AdvancedSecurityOptions,
    CapacityConfig,
    CognitoOptions,
    CustomEndpointOptions,
    DomainAttributes,
    EbsOptions,
    EncryptionAtRestOptions,
    EngineVersion,
    IpAddressType,
    LoggingOptions,
    NodeType,
    SAMLOptionsProperty,
    TLSSecurityPolicy,
    WindowStartTime,
    ZoneAwarenessConfig,
)

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import PolicyStatement
    from l2.kms import IKey
    from l2.opensearchservice._interfaces import IDomain

_MULTI_AZ_FLAG = "@aws-cdk/aws-opensearchservice:enableOpensearchMultiAzWithStandby"
_DEFAULT_INSTANCE = "r5.large.search"
_DEFAULT_WARM_INSTANCE = "ultrawarm1.medium.search"
_DEFAULT_COORDINATOR_INSTANCE = "m5.large.search"
_KNOWN_OLD_ES = (1.5, 2.3, 5.1, 5.3, 5.5, 5.6, 6.0, 6.2, 6.3, 6.4, 6.5, 6.7, 6.8, 7.1, 7.4, 7.7)
_NO_EBS = ("i3", "r6gd", "i4g", "i4i", "i8g", "im4gn", "r7gd", "r8gd", "oi2")
_INSTANCE_STORE = ("r3", *_NO_EBS)
_NO_ENCRYPTION_AT_REST = ("m3", "r3", "t2")
_NO_ULTRAWARM = ("t2", "t3")


_ACCESS_POLICY = AccessPolicyCall(
    resource_type="Custom::OpenSearchAccessPolicy",
    service="OpenSearch",
    action="updateDomainConfig",
    output_path="DomainConfig.AccessPolicies",
    iam_action="es:UpdateDomainConfig",
)


def _format_types(types: Sequence[str], conjunction: str) -> str:
    text = ", ".join(t.upper() for t in types)
    return re.sub(r", ([^,]*)$", rf" {conjunction} \1", text)


def _parse_version(scope: Construct, version: EngineVersion) -> tuple[float, bool]:
    text = version.version
    is_es = text.startswith("Elasticsearch_")
    number = text[len("Elasticsearch_"):] if is_es else text[len("OpenSearch_"):]
    return domain.version_number(scope, number, "engine"), is_es


class _ImportedDomain(DomainBase):
    """A domain defined outside the app."""

    def __init__(self, scope: Construct, id: str, *, domain_arn: str, domain_name: str, domain_endpoint: str) -> None:
        super().__init__(scope, id)
        self.domain_arn = domain_arn
        self.domain_name = domain_name
        self.domain_id = domain_name
        self.domain_endpoint = domain.endpoint_host(domain_endpoint)


class Domain(domain.DomainConstruct, DomainBase):
    """An Amazon OpenSearch Service domain (``AWS::OpenSearchService::Domain``).

    Args:
        version: the engine version (``EngineVersion.OPENSEARCH_2_19``, ...).
        access_policies: statements of the domain access policy (set by a custom resource after creation).
        advanced_options: advanced cluster settings (``rest.action.multi.allow_explicit_index`` ...).
        automated_snapshot_start_hour: hour (UTC) of the daily snapshot (Elasticsearch 5.1 and older).
        capacity: the nodes (default one ``r5.large.search`` data node).
        cognito_dashboards_auth: Amazon Cognito authentication for OpenSearch Dashboards.
        cold_storage_enabled: cold storage (needs UltraWarm).
        custom_endpoint: a custom endpoint (with a new certificate unless given).
        domain_name: a physical name (3 to 28 characters, lowercase letters, digits and hyphens).
        ebs: the EBS volumes (default 10 GiB gp2).
        enable_auto_software_update: automatic service software updates.
        enable_version_upgrade: in-place engine version upgrades (an update policy).
        encryption_at_rest: encryption of data at rest.
        enforce_https: require HTTPS (default false, true with unsigned basic auth).
        fine_grained_access_control: fine-grained access control (a master user ARN or name).
        ip_address_type: IPv4 or dual stack.
        logging: the logs to publish to CloudWatch Logs.
        node_to_node_encryption: node-to-node encryption.
        off_peak_window_enabled: the off-peak window (default: on when ``off_peak_window_start`` is given).
        off_peak_window_start: its start (default 22:00 UTC).
        removal_policy: default ``RemovalPolicy.RETAIN``.
        s3_vectors_engine_enabled: the S3 Vectors engine (OpenSearch 2.19+, OpenSearch Optimized instances).
        security_groups: security groups of a VPC domain (default a new one).
        suppress_logs_resource_policy: do not create the CloudWatch Logs resource policy.
        tls_security_policy: default ``TLSSecurityPolicy.TLS_1_2``.
        use_latest_service_software_for_blue_green: latest service software on blue/green deployments.
        use_unsigned_basic_auth: HTTP basic auth with an internal master user, open access policy.
        vpc: place the domain in a VPC.
        vpc_subnets: its subnets (default the private subnets with egress).
        zone_awareness: spread the nodes over availability zones.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-opensearchservice.Domain"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    @staticmethod
    def from_domain_endpoint(scope: Construct, id: str, domain_endpoint: str) -> IDomain:
        """Import a domain by its endpoint (``https://search-<name>-<id>.<region>.es.amazonaws.com``)."""
        arn = domain.arn_from_endpoint(scope, domain_endpoint)
        name = domain.name_from_endpoint(domain_endpoint)
        return _ImportedDomain(scope, id, domain_arn=arn, domain_name=name, domain_endpoint=domain_endpoint)

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
        version: EngineVersion,
        access_policies: Sequence[PolicyStatement] | None = None,
        advanced_options: Mapping[str, str] | None = None,
        automated_snapshot_start_hour: int | float | None = None,
        capacity: CapacityConfig | None = None,
        cognito_dashboards_auth: CognitoOptions | None = None,
        cold_storage_enabled: bool | None = None,
        custom_endpoint: CustomEndpointOptions | None = None,
        domain_name: str | None = None,
        ebs: EbsOptions | None = None,
        enable_auto_software_update: bool | None = None,
        enable_version_upgrade: bool | None = None,
        encryption_at_rest: EncryptionAtRestOptions | None = None,
        enforce_https: bool | None = None,
        fine_grained_access_control: AdvancedSecurityOptions | None = None,
        ip_address_type: IpAddressType | None = None,
        logging: LoggingOptions | None = None,
        node_to_node_encryption: bool | None = None,
        off_peak_window_enabled: bool | None = None,
        off_peak_window_start: WindowStartTime | None = None,
        removal_policy: RemovalPolicy | None = None,
        s3_vectors_engine_enabled: bool | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        suppress_logs_resource_policy: bool | None = None,
        tls_security_policy: TLSSecurityPolicy | None = None,
        use_latest_service_software_for_blue_green: bool | None = None,
        use_unsigned_basic_auth: bool | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: Sequence[SubnetSelection] | None = None,
        zone_awareness: ZoneAwarenessConfig | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=domain_name)
        cap = capacity or CapacityConfig()
        nodes = domain.Nodes.of(cap, _DEFAULT_INSTANCE, _DEFAULT_WARM_INSTANCE)
        az_count, zone_awareness_enabled = domain.availability_zones(zone_awareness)
        if az_count not in (2, 3):
            raise ValidationError(
                "Invalid zone awareness configuration; availabilityZoneCount must be 2 or 3 "
                f"(zone_awareness.availability_zone_count={az_count})",
                self,
            )
        groups, subnets, pending = self._place_in_vpc(
            vpc, vpc_subnets, security_groups, https_port=bool(enforce_https), pending_lookup=True
        )
        if not pending:
            self._check_subnets_per_zone(subnets, zone_awareness_enabled, az_count)
        self._check_instance_types(nodes, ".search")

        unsigned = bool(use_unsigned_basic_auth)
        if unsigned:
            self._check_unsigned_basic_auth(enforce_https, node_to_node_encryption, encryption_at_rest)
        unsigned_policy = domain.unsigned_basic_auth_policy(self)
        fgac = fine_grained_access_control
        user = self._master_user(fgac, unsigned)
        ear = encryption_at_rest
        opts = domain.Options.of(ebs, ear, node_to_node_encryption, enforce_https, unsigned)

        version_num, is_es = _parse_version(self, version)
        if is_es:
            if version_num <= 7.7 and version_num not in _KNOWN_OLD_ES:
                raise ValidationError(f"Unknown Elasticsearch version: {js_number(version_num)}", self)
            self._check_elasticsearch_version(
                version_num, "or later or OpenSearch version 1.0 or later.", "OpenSearch Dashboards", logging=logging,
                ear=ear, cognito=cognito_dashboards_auth, node_to_node=node_to_node_encryption, unsigned=unsigned,
                user=user, nodes=nodes,
            )
        if nodes.is_some(*_NO_EBS) and opts.ebs_enabled:
            raise ValidationError(
                f"{_format_types(_NO_EBS, 'and')} instance types do not support EBS storage volumes.", self
            )
        if nodes.is_some(*_NO_ENCRYPTION_AT_REST) and opts.ear_enabled:
            raise ValidationError(
                f"{_format_types(_NO_ENCRYPTION_AT_REST, 'and')} instance types do not support encryption of data "
                "at rest.",
                self,
            )
        if nodes.is_type("t2.micro") and not (is_es and version_num <= 2.3):
            raise ValidationError(
                "The t2.micro.search instance type supports only Elasticsearch versions 1.5 and 2.3.", self
            )
        if nodes.is_some("t2", "t3") and nodes.warm_enabled:
            raise ValidationError(
                f"{_format_types(_NO_ULTRAWARM, 'and')} instance types do not support UltraWarm storage.", self
            )
        if not opts.ebs_enabled and not nodes.is_data_node(*_INSTANCE_STORE):
            raise ValidationError(
                "EBS volumes are required when using instance types other than "
                f"{_format_types(_INSTANCE_STORE, 'or')}.",
                self,
            )
        if opts.ebs_enabled:
            self._validate_ebs(ebs, opts.volume_type)
        self._check_fine_grained_needs(user, opts, logging, nodes)
        if cold_storage_enabled and not nodes.warm_enabled:
            raise ValidationError("You must enable UltraWarm storage to enable cold storage.", self)
        if s3_vectors_engine_enabled:
            self._validate_s3_vectors(is_es, version_num, nodes.instance_type, opts.ear_enabled)

        log_groups = self._make_log_groups(logging)
        log_policy = self._log_group_policy(log_groups) if log_groups and not suppress_logs_resource_policy else None
        certificate = self._certificate(custom_endpoint)

        multi_az = cap.multi_az_with_standby_enabled
        if multi_az is None and FeatureFlags.of(self).is_enabled(_MULTI_AZ_FLAG):
            multi_az = True
        if nodes.is_some("t3") and multi_az:
            raise ValidationError("T3 instance type does not support Multi-AZ with standby feature.", self)

        off_peak = off_peak_window_enabled if off_peak_window_enabled is not None else off_peak_window_start is not None
        if off_peak:
            self._validate_window_start(off_peak_window_start)

        saml_options = fgac.saml_authentication_options if fgac else None
        saml_enabled = (
            fgac.saml_authentication_enabled
            if fgac is not None and fgac.saml_authentication_enabled is not None
            else saml_options is not None
        )
        if saml_enabled:
            if not user.advanced_security:
                raise ValidationError("SAML authentication requires fine-grained access control to be enabled.", self)
            self._validate_saml(saml_options)
        if cap.node_options:
            self._validate_node_options(cap)

        self._domain = CfnDomain(
            self,
            "Resource",
            domain_name=self.physical_name if domain_name is not None else None,
            engine_version=version.version,
            cluster_config=nodes.cluster_config(
                zone_awareness_enabled, az_count,
                coldStorageOptions={"enabled": cold_storage_enabled} if cold_storage_enabled is not None else None,
                multiAzWithStandbyEnabled=multi_az,
                nodeOptions=[
                    {"nodeType": o.node_type.value, "nodeConfig": drop_none({
                        "enabled": o.node_config.enabled, "type": o.node_config.type, "count": o.node_config.count})}
                    for o in cap.node_options
                ] if cap.node_options is not None else None,
            ),
            ebs_options=opts.ebs_options(ebs, throughput=ebs.throughput if opts.ebs_enabled and ebs is not None else None),
            encryption_at_rest_options=drop_none({
                "enabled": opts.ear_enabled,
                "kmsKeyId": (
                    self._kms_key_identifier(ear.kms_key)
                    if opts.ear_enabled and ear is not None and ear.kms_key else None
                ),
            }),
            node_to_node_encryption_options={"enabled": opts.n2n_enabled},
            log_publishing_options=_log_publishing(logging, self._log_groups),
            cognito_options={
                "enabled": True,
                "identityPoolId": cognito_dashboards_auth.identity_pool_id,
                "roleArn": cognito_dashboards_auth.role.role_arn,
                "userPoolId": cognito_dashboards_auth.user_pool_id,
            } if cognito_dashboards_auth is not None else None,
            vpc_options=domain.vpc_options(groups, subnets),
            snapshot_options=(
                {"automatedSnapshotStartHour": automated_snapshot_start_hour} if automated_snapshot_start_hour else None
            ),
            domain_endpoint_options=domain.endpoint_options(
                opts.https, (tls_security_policy or TLSSecurityPolicy.TLS_1_2).value, custom_endpoint, certificate
            ),
            advanced_security_options=self._security_options(
                user, samlOptions=_saml(saml_options) if saml_enabled else None
            ),
            advanced_options=dict(advanced_options) if advanced_options is not None else None,
            off_peak_window_options={
                "enabled": off_peak,
                "offPeakWindow": {"windowStartTime": _window(off_peak_window_start)},
            } if off_peak else None,
            software_update_options=drop_none({
                "autoSoftwareUpdateEnabled": enable_auto_software_update,
                "useLatestServiceSoftwareForBlueGreen": use_latest_service_software_for_blue_green,
            }) if enable_auto_software_update is not None or use_latest_service_software_for_blue_green is not None
            else None,
            ip_address_type=ip_address_type.value if ip_address_type is not None else None,
            aiml_options=(
                {"s3VectorsEngine": {"enabled": s3_vectors_engine_enabled}}
                if s3_vectors_engine_enabled is not None else None
            ),
        )
        self._finish_resource(removal_policy, enable_version_upgrade, log_policy, domain_name)
        self.domain_id: str = Token.as_string(self._domain.get_att("Id"))
        """The domain's id."""
        self._finish(custom_endpoint, encryption_at_rest)
        if access_policies:
            self.add_access_policies(*access_policies)
        if unsigned:
            self.add_access_policies(unsigned_policy)

    def add_access_policies(self, *access_policy_statements: PolicyStatement) -> None:
        """Add statements to the domain access policy (a custom resource applies it after the domain exists)."""
        self._add_access_policies("AccessPolicy", _ACCESS_POLICY, access_policy_statements)

    # -- helpers ---------------------------------------------------------------------------------------------------
    def _validate_ebs(self, ebs: EbsOptions | None, volume_type: Any) -> None:
        from l2 import ec2

        t = ec2.EbsDeviceVolumeType
        iops = ebs.iops if ebs is not None else None
        throughput = ebs.throughput if ebs is not None else None
        if volume_type in (t.GENERAL_PURPOSE_SSD, t.STANDARD) and (iops is not None or throughput is not None):
            raise ValidationError("General Purpose EBS volumes can not be used with Iops or Throughput configuration", self)
        if volume_type is t.PROVISIONED_IOPS_SSD and not iops:
            raise ValidationError("`iops` must be specified if the `volumeType` is `PROVISIONED_IOPS_SSD`.", self)
        if iops:
            if volume_type not in (t.PROVISIONED_IOPS_SSD, t.PROVISIONED_IOPS_SSD_IO2, t.GENERAL_PURPOSE_SSD_GP3):
                raise ValidationError(
                    "`iops` may only be specified if the `volumeType` is `PROVISIONED_IOPS_SSD`, "
                    "`PROVISIONED_IOPS_SSD_IO2` or `GENERAL_PURPOSE_SSD_GP3`.",
                    self,
                )
            ratio = {t.GENERAL_PURPOSE_SSD_GP3: 500, t.PROVISIONED_IOPS_SSD: 50, t.PROVISIONED_IOPS_SSD_IO2: 500}[
                volume_type
            ]
            size = ebs.volume_size if ebs is not None else None
            if size and iops > ratio * size:
                raise ValidationError(
                    f"`{volume_type.value}` volumes iops has a maximum ratio of {ratio} IOPS/GiB.", self
                )
            if throughput and volume_type is t.GP3:
                iops_ratio = throughput / iops
                if iops_ratio > 0.25:
                    raise ValidationError(
                        f"Throughput (MiBps) to iops ratio of {js_number(iops_ratio)} is too high; maximum is 0.25 "
                        "MiBps per iops.",
                        self,
                    )
        if throughput:
            if volume_type is not t.GP3:
                raise ValidationError("`throughput` property requires volumeType: `EbsDeviceVolumeType.GP3`", self)
            if throughput < 125 or throughput > 2000:
                raise ValidationError("throughput property takes a minimum of 125 and a maximum of 2000.", self)

    def _validate_s3_vectors(self, is_es: bool, version_num: float, instance_type: str, ear_enabled: bool) -> None:
        if is_es:
            raise ValidationError(
                "S3 Vectors Engine requires OpenSearch version 2.19 or later. Elasticsearch versions are not "
                "supported.",
                self,
            )
        if version_num < 2.19:
            raise ValidationError(
                f"S3 Vectors Engine requires OpenSearch version 2.19 or later. Got version {js_number(version_num)}.",
                self,
            )
        optimized = instance_type.startswith(("or", "om", "oi"))
        if not Token.is_unresolved(instance_type) and not optimized:
            raise ValidationError(
                "S3 Vectors Engine requires OpenSearch Optimized instance types (OR*, OM*, OI*). "
                f"Got {instance_type}.",
                self,
            )
        if not ear_enabled:
            raise ValidationError("S3 Vectors Engine requires encryption at rest to be enabled.", self)

    def _validate_window_start(self, start: WindowStartTime | None) -> None:
        if start is None:
            return
        if start.hours < 0 or start.hours > 23:
            raise ValidationError(
                f"Hours must be a value between 0 and 23, but got {js_number(start.hours)}.", self
            )
        if start.minutes < 0 or start.minutes > 59:
            raise ValidationError(
                f"Minutes must be a value between 0 and 59, but got {js_number(start.minutes)}.", self
            )

    def _validate_saml(self, options: SAMLOptionsProperty | None) -> None:
        if options is None:
            raise ValidationError(
                "You need to specify at least an Entity ID and Metadata content for the SAML configuration", self
            )
        n = len(options.idp_entity_id)
        if n < 8 or n > 512:
            raise ValidationError(
                f"SAML identity provider entity ID must be between 8 and 512 characters long, received {n}.", self
            )
        n = len(options.idp_metadata_content)
        if n < 1 or n > 1048576:
            raise ValidationError(
                f"SAML identity provider metadata content must be between 1 and 1048576 characters long, received {n}.",
                self,
            )
        if options.master_user_name and not 1 <= len(options.master_user_name) <= 64:
            raise ValidationError(
                "SAML master username must be between 1 and 64 characters long, received "
                f"{len(options.master_user_name)}.",
                self,
            )
        if options.master_backend_role and not 1 <= len(options.master_backend_role) <= 256:
            raise ValidationError(
                "SAML backend role must be between 1 and 256 characters long, received "
                f"{len(options.master_backend_role)}.",
                self,
            )
        timeout = options.session_timeout_minutes
        if timeout and (timeout < 1 or timeout > 1440):
            raise ValidationError(
                f"SAML session timeout must be a value between 1 and 1440, received {js_number(timeout)}.", self
            )

    def _validate_node_options(self, cap: CapacityConfig) -> None:
        coordinator = next(
            (o.node_config for o in cap.node_options or () if o.node_type is NodeType.COORDINATOR), None
        )
        if coordinator is None or not coordinator.enabled:
            return
        node_type = domain.instance_type(_DEFAULT_COORDINATOR_INSTANCE, coordinator.type)
        if not Token.is_unresolved(node_type) and not node_type.endswith(".search"):
            raise ValidationError('Coordinator node instance type must end with ".search".', self)
        if coordinator.count is not None and coordinator.count < 1:
            raise ValidationError("Coordinator node count must be at least 1.", self)

    def _kms_key_identifier(self, key: IKey) -> str:
        stack = Stack.of(self)
        env = key.env  # type: ignore[attr-defined]  # every key is a Resource
        key_account, key_region = env.account, env.region
        cross_account = (
            not Token.is_unresolved(key_account) and not Token.is_unresolved(stack.account)
            and key_account != stack.account
        )
        cross_region = (
            not Token.is_unresolved(key_region) and not Token.is_unresolved(stack.region)
            and key_region != stack.region
        )
        return key.key_arn if cross_account or cross_region else key.key_id


def _log_publishing(logging: LoggingOptions | None, groups: Mapping[str, Any]) -> dict[str, Any]:
    """The ``LogPublishingOptions``: the logs published (to their group) and those turned off explicitly."""
    publishing: dict[str, Any] = {}
    if logging is None:
        return publishing
    for key, cfn_key, _ in domain.LOG_KINDS:
        enabled = getattr(logging, f"{key}_log_enabled")
        if enabled:
            publishing[cfn_key] = {"enabled": True, "cloudWatchLogsLogGroupArn": groups[key].log_group_arn}
        elif enabled is False:
            publishing[cfn_key] = {"enabled": False}
    return publishing


def _window(start: WindowStartTime | None) -> dict[str, Any]:
    if start is None:
        return {"hours": 22, "minutes": 0}
    return {"hours": start.hours, "minutes": start.minutes}


def _saml(options: SAMLOptionsProperty | None) -> dict[str, Any]:
    return drop_none({
        "enabled": True,
        "idp": {"entityId": options.idp_entity_id, "metadataContent": options.idp_metadata_content}
        if options is not None else None,
        "masterUserName": options.master_user_name if options else None,
        "masterBackendRole": options.master_backend_role if options else None,
        "rolesKey": (options.roles_key if options and options.roles_key is not None else "roles"),
        "subjectKey": options.subject_key if options else None,
        "sessionTimeoutMinutes": (
            options.session_timeout_minutes if options and options.session_timeout_minutes is not None else 60
        ),
    })
