"""``Domain``: an Amazon OpenSearch Service domain, and importing existing ones."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    CfnUpdatePolicy,
    Construct,
    FeatureFlags,
    Lazy,
    RemovalPolicy,
    SecretValue,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import cached_property
from l1.opensearchservice import CfnDomain
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
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import PolicyStatement
    from l2.kms import IKey
    from l2.logs import ILogGroup
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


def _instance_type(default: str, given: str | None) -> str:
    if not given:
        return default
    return given if Token.is_unresolved(given) else given.lower()


def _format_types(types: Sequence[str], conjunction: str) -> str:
    text = ", ".join(t.upper() for t in types)
    return re.sub(r", ([^,]*)$", rf" {conjunction} \1", text)


def _name_from_endpoint(endpoint: str) -> str:
    from urllib.parse import urlparse

    host = urlparse(endpoint).hostname or ""
    domain = host.split(".")[0]
    suffix = "-" + domain.split("-")[-1]
    return domain.split(suffix)[0]


def _parse_version(scope: Construct, version: EngineVersion) -> tuple[float, bool]:
    text = version.version
    is_es = text.startswith("Elasticsearch_")
    number = text[len("Elasticsearch_"):] if is_es else text[len("OpenSearch_"):]
    first = number.find(".")
    if first < 1:
        raise ValidationError(
            f"Invalid engine version: {number}. Version string needs to start with major and minor version (x.y).",
            scope,
        )
    second = number.find(".", first + 1)
    head = number if second == -1 else number[:second]
    match = re.match(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)", head)  # parseFloat reads the longest numeric prefix
    if match is None:
        raise ValidationError(
            f"Invalid engine version: {number}. Version string needs to start with major and minor version (x.y).",
            scope,
        )
    return float(match.group(0)), is_es


def _js_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class _ImportedDomain(DomainBase):
    """A domain defined outside the app."""

    def __init__(self, scope: Construct, id: str, *, domain_arn: str, domain_name: str, domain_endpoint: str) -> None:
        super().__init__(scope, id)
        self.domain_arn = domain_arn
        self.domain_name = domain_name
        self.domain_id = domain_name
        self.domain_endpoint = re.sub(r"^https?://", "", domain_endpoint)


class Domain(DomainBase):
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
        stack = Stack.of(scope)
        name = _name_from_endpoint(domain_endpoint)
        arn = stack.format_arn(service="es", resource="domain", resource_name=name)
        return _ImportedDomain(scope, id, domain_arn=arn, domain_name=name, domain_endpoint=domain_endpoint)

    @staticmethod
    def from_domain_attributes(scope: Construct, id: str, *, domain_arn: str, domain_endpoint: str) -> IDomain:
        """Import a domain by its ARN and endpoint."""
        attrs = DomainAttributes(domain_arn=domain_arn, domain_endpoint=domain_endpoint)
        name = Stack.of(scope).split_arn(attrs.domain_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if name is None:
            name = _name_from_endpoint(attrs.domain_endpoint)
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
        master_type = _instance_type(_DEFAULT_INSTANCE, cap.master_node_instance_type)
        master_count = cap.master_nodes if cap.master_nodes is not None else 0
        master_enabled = True if Token.is_unresolved(master_count) else master_count > 0
        instance_type = _instance_type(_DEFAULT_INSTANCE, cap.data_node_instance_type)
        instance_count = cap.data_nodes if cap.data_nodes is not None else 1
        warm_type = _instance_type(_DEFAULT_WARM_INSTANCE, cap.warm_instance_type)
        warm_count = cap.warm_nodes if cap.warm_nodes is not None else 0
        warm_enabled = True if Token.is_unresolved(warm_count) else warm_count > 0
        az_count = (zone_awareness.availability_zone_count if zone_awareness else None)
        az_count = 2 if az_count is None else az_count
        if az_count not in (2, 3):
            raise ValidationError(
                "Invalid zone awareness configuration; availabilityZoneCount must be 2 or 3 "
                f"(zone_awareness.availability_zone_count={az_count})",
                self,
            )
        zone_awareness_enabled = (
            zone_awareness.enabled
            if zone_awareness is not None and zone_awareness.enabled is not None
            else (zone_awareness is not None and zone_awareness.availability_zone_count is not None)
        )

        groups: list[Any] | None = None
        subnets: list[Any] | None = None
        skip_zone_check = False
        self._connections: Connections | None = None
        if vpc is not None:
            from l2 import ec2

            selections = list(vpc_subnets) if vpc_subnets is not None else [
                ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
            ]
            subnets = []
            for selection in selections:
                subnets.extend(vpc.select_subnets(**_selection_kwargs(selection)).subnets)
            skip_zone_check = any(vpc.select_subnets(**_selection_kwargs(s)).is_pending_lookup for s in selections)
            groups = list(security_groups) if security_groups is not None else [
                ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc, description=f"Security group for domain {self.node.id}")
            ]
            if enforce_https:
                self._connections = ec2.Connections(security_groups=groups, default_port=ec2.Port.tcp(443))
            else:
                self._connections = ec2.Connections(security_groups=groups)
        if subnets is not None and zone_awareness_enabled and not skip_zone_check:
            if len({s.availability_zone for s in subnets}) < az_count:
                raise ValidationError(
                    "When providing vpc options you need to provide a subnet for each AZ you are using", self
                )
        if any(not Token.is_unresolved(t) and not t.endswith(".search") for t in (master_type, instance_type, warm_type)):
            raise ValidationError('Master, data and UltraWarm node instance types must end with ".search".', self)
        if not Token.is_unresolved(warm_type) and not warm_type.startswith("ultrawarm"):
            raise ValidationError('UltraWarm node instance type must start with "ultrawarm".', self)

        unsigned = bool(use_unsigned_basic_auth)
        if unsigned:
            if enforce_https is False:
                raise ValidationError("You cannot disable HTTPS and use unsigned basic auth", self)
            if node_to_node_encryption is False:
                raise ValidationError("You cannot disable node to node encryption and use unsigned basic auth", self)
            if encryption_at_rest is not None and encryption_at_rest.enabled is False:
                raise ValidationError("You cannot disable encryption at rest and use unsigned basic auth", self)

        from l2 import iam

        unsigned_policy = iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            actions=["es:ESHttp*"],
            principals=[iam.AnyPrincipal()],
            resources=[Lazy.string(lambda: f"{self.domain_arn}/*")],
        )
        fgac = fine_grained_access_control
        master_user_arn = fgac.master_user_arn if fgac else None
        master_user_name_prop = fgac.master_user_name if fgac else None
        if unsigned:
            master_user_name = (master_user_name_prop or "admin") if master_user_arn is None else None
        else:
            master_user_name = master_user_name_prop
        if master_user_arn is not None and master_user_name is not None:
            raise ValidationError(
                "Invalid fine grained access control settings. Only provide one of master user ARN or master user "
                "name. Not both.",
                self,
            )
        advanced_security = (master_user_arn if master_user_arn is not None else master_user_name) is not None
        internal_user_db = master_user_name is not None
        self.master_user_password: SecretValue | None = None
        """The master user's password (internal user database only)."""
        if internal_user_db:
            given_password = fgac.master_user_password if fgac else None
            self.master_user_password = given_password or self._create_master_user_password(master_user_name)

        ear = encryption_at_rest
        if ear is not None and ear.enabled is not None:
            ear_enabled = ear.enabled
        else:
            ear_enabled = (ear is not None and ear.kms_key is not None) or unsigned
        n2n_enabled = node_to_node_encryption if node_to_node_encryption is not None else unsigned
        volume_size = ebs.volume_size if ebs is not None and ebs.volume_size is not None else 10
        from l2 import ec2 as _ec2

        volume_type = ebs.volume_type if ebs is not None and ebs.volume_type is not None else (
            _ec2.EbsDeviceVolumeType.GENERAL_PURPOSE_SSD
        )
        ebs_enabled = ebs.enabled if ebs is not None and ebs.enabled is not None else True
        https = enforce_https if enforce_https is not None else unsigned

        def is_type(prefix: str) -> bool:
            return master_type.startswith(prefix) or instance_type.startswith(prefix)

        def is_some(*prefixes: str) -> bool:
            return any(is_type(p) for p in prefixes)

        def is_data_node(*prefixes: str) -> bool:
            return any(instance_type.startswith(p) for p in prefixes)

        version_num, is_es = _parse_version(self, version)
        self._validate_version(
            version_num, is_es, logging, ear, cognito_dashboards_auth, node_to_node_encryption, unsigned,
            advanced_security, warm_enabled, is_some,
        )
        if is_some(*_NO_EBS) and ebs_enabled:
            raise ValidationError(
                f"{_format_types(_NO_EBS, 'and')} instance types do not support EBS storage volumes.", self
            )
        if is_some(*_NO_ENCRYPTION_AT_REST) and ear_enabled:
            raise ValidationError(
                f"{_format_types(_NO_ENCRYPTION_AT_REST, 'and')} instance types do not support encryption of data "
                "at rest.",
                self,
            )
        if is_type("t2.micro") and not (is_es and version_num <= 2.3):
            raise ValidationError(
                "The t2.micro.search instance type supports only Elasticsearch versions 1.5 and 2.3.", self
            )
        if is_some("t2", "t3") and warm_enabled:
            raise ValidationError(
                f"{_format_types(_NO_ULTRAWARM, 'and')} instance types do not support UltraWarm storage.", self
            )
        if not ebs_enabled and not is_data_node(*_INSTANCE_STORE):
            raise ValidationError(
                "EBS volumes are required when using instance types other than "
                f"{_format_types(_INSTANCE_STORE, 'or')}.",
                self,
            )
        if ebs_enabled:
            self._validate_ebs(ebs, volume_type)
        if advanced_security:
            if not n2n_enabled:
                raise ValidationError(
                    "Node-to-node encryption is required when fine-grained access control is enabled.", self
                )
            if not ear_enabled:
                raise ValidationError(
                    "Encryption-at-rest is required when fine-grained access control is enabled.", self
                )
            if not https:
                raise ValidationError("Enforce HTTPS is required when fine-grained access control is enabled.", self)
        if logging is not None and logging.audit_log_enabled and not advanced_security:
            raise ValidationError(
                "Fine-grained access control is required when audit logs publishing is enabled.", self
            )
        if warm_enabled and not master_enabled:
            raise ValidationError("Dedicated master node is required when UltraWarm storage is enabled.", self)
        if cold_storage_enabled and not warm_enabled:
            raise ValidationError("You must enable UltraWarm storage to enable cold storage.", self)
        if s3_vectors_engine_enabled:
            self._validate_s3_vectors(is_es, version_num, instance_type, ear_enabled)

        vpc_options = None
        if groups is not None and subnets is not None:
            vpc_options = {
                "securityGroupIds": [g.security_group_id for g in groups],
                "subnetIds": [s.subnet_id for s in subnets],
            }

        log_groups, log_publishing = self._log_publishing(logging)
        log_policy = None
        if log_groups and not suppress_logs_resource_policy:
            from l2.opensearchservice._private.policies import log_group_resource_policy

            statement = iam.PolicyStatement(
                effect=iam.Effect.ALLOW,
                actions=["logs:PutLogEvents", "logs:CreateLogStream"],
                resources=[g.log_group_arn for g in log_groups],
                principals=[iam.ServicePrincipal("es.amazonaws.com")],
            )
            log_policy = log_group_resource_policy(
                self, f"ESLogGroupPolicy{self.node.addr}", f"ESLogPolicy{self.node.addr}", [statement]
            )

        certificate = None
        if custom_endpoint is not None:
            certificate = custom_endpoint.certificate
            if certificate is None:
                from l2 import certificatemanager as acm

                certificate = acm.Certificate(
                    self,
                    "CustomEndpointCertificate",
                    domain_name=custom_endpoint.domain_name,
                    validation=(
                        acm.CertificateValidation.from_dns(custom_endpoint.hosted_zone)
                        if custom_endpoint.hosted_zone is not None
                        else None
                    ),
                )

        multi_az = cap.multi_az_with_standby_enabled
        if multi_az is None and FeatureFlags.of(self).is_enabled(_MULTI_AZ_FLAG):
            multi_az = True
        if is_some("t3") and multi_az:
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
            if not advanced_security:
                raise ValidationError("SAML authentication requires fine-grained access control to be enabled.", self)
            self._validate_saml(saml_options)
        if cap.node_options:
            self._validate_node_options(cap)

        cluster_config: dict[str, Any] = {
            "coldStorageOptions": {"enabled": cold_storage_enabled} if cold_storage_enabled is not None else None,
            "dedicatedMasterEnabled": master_enabled,
            "dedicatedMasterCount": master_count if master_enabled else None,
            "dedicatedMasterType": master_type if master_enabled else None,
            "instanceCount": instance_count,
            "instanceType": instance_type,
            "multiAzWithStandbyEnabled": multi_az,
            "warmEnabled": True if warm_enabled else None,
            "warmCount": warm_count if warm_enabled else None,
            "warmType": warm_type if warm_enabled else None,
            "zoneAwarenessEnabled": zone_awareness_enabled,
            "zoneAwarenessConfig": {"availabilityZoneCount": az_count} if zone_awareness_enabled else None,
            "nodeOptions": [
                {"nodeType": o.node_type.value, "nodeConfig": _drop_none({
                    "enabled": o.node_config.enabled, "type": o.node_config.type, "count": o.node_config.count})}
                for o in cap.node_options
            ] if cap.node_options is not None else None,
        }
        ebs_options = {
            "ebsEnabled": ebs_enabled,
            "volumeSize": volume_size if ebs_enabled else None,
            "volumeType": volume_type.value if ebs_enabled else None,
            "iops": ebs.iops if ebs_enabled and ebs is not None else None,
            "throughput": ebs.throughput if ebs_enabled and ebs is not None else None,
        }
        endpoint_options: dict[str, Any] = {
            "enforceHttps": https,
            "tlsSecurityPolicy": (tls_security_policy or TLSSecurityPolicy.TLS_1_2).value,
        }
        if custom_endpoint is not None and certificate is not None:
            endpoint_options.update(
                customEndpointEnabled=True,
                customEndpoint=custom_endpoint.domain_name,
                customEndpointCertificateArn=certificate.certificate_arn,
            )
        security_options = None
        if advanced_security:
            security_options = {
                "enabled": True,
                "internalUserDatabaseEnabled": internal_user_db,
                "masterUserOptions": _drop_none({
                    "masterUserArn": master_user_arn,
                    "masterUserName": master_user_name,
                    "masterUserPassword": (
                        self.master_user_password.unsafe_unwrap() if self.master_user_password is not None else None
                    ),
                }),
                "samlOptions": _saml(saml_options) if saml_enabled else None,
            }
        self._domain = CfnDomain(
            self,
            "Resource",
            domain_name=self.physical_name if domain_name is not None else None,
            engine_version=version.version,
            cluster_config=_drop_none(cluster_config),
            ebs_options=_drop_none(ebs_options),
            encryption_at_rest_options=_drop_none({
                "enabled": ear_enabled,
                "kmsKeyId": (
                    self._kms_key_identifier(ear.kms_key) if ear_enabled and ear is not None and ear.kms_key else None
                ),
            }),
            node_to_node_encryption_options={"enabled": n2n_enabled},
            log_publishing_options=log_publishing,
            cognito_options={
                "enabled": True,
                "identityPoolId": cognito_dashboards_auth.identity_pool_id,
                "roleArn": cognito_dashboards_auth.role.role_arn,
                "userPoolId": cognito_dashboards_auth.user_pool_id,
            } if cognito_dashboards_auth is not None else None,
            vpc_options=vpc_options,
            snapshot_options=(
                {"automatedSnapshotStartHour": automated_snapshot_start_hour} if automated_snapshot_start_hour else None
            ),
            domain_endpoint_options=endpoint_options,
            advanced_security_options=_drop_none(security_options) if security_options is not None else None,
            advanced_options=dict(advanced_options) if advanced_options is not None else None,
            off_peak_window_options={
                "enabled": off_peak,
                "offPeakWindow": {"windowStartTime": _window(off_peak_window_start)},
            } if off_peak else None,
            software_update_options=_drop_none({
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
        self._domain.apply_removal_policy(removal_policy)
        if enable_version_upgrade:
            current = self._domain.cfn_options.update_policy
            self._domain.cfn_options.update_policy = (
                CfnUpdatePolicy(enable_version_upgrade=True) if current is None else _with_version_upgrade(current)
            )
        if log_policy is not None:
            self._domain.node.add_dependency(log_policy)
        if domain_name is not None:
            self._validate_domain_name(domain_name)
            self.node.add_metadata("aws:cdk:hasPhysicalName", domain_name)

        self.domain_id: str = Token.as_string(self._domain.get_att("Id"))
        """The domain's id."""
        self.domain_endpoint: str = Token.as_string(self._domain.get_att("DomainEndpoint"))
        """The domain's endpoint (without ``https://``)."""
        if custom_endpoint is not None and custom_endpoint.hosted_zone is not None:
            from l2 import route53

            route53.CnameRecord(
                self,
                "CnameRecord",
                record_name=custom_endpoint.domain_name,
                zone=custom_endpoint.hosted_zone,
                domain_name=self.domain_endpoint,
            )
        self._encryption_at_rest = encryption_at_rest
        self._access_policy: Any = None
        if access_policies:
            self.add_access_policies(*access_policies)
        if unsigned:
            self.add_access_policies(unsigned_policy)

    # -- attributes ------------------------------------------------------------------------------------------------
    @cached_property
    def domain_arn(self) -> str:  # type: ignore[override]
        """The domain's ARN (formatted from the name when used from another environment)."""
        return self.get_resource_arn_attribute(
            self._domain.attr_arn, {"service": "es", "resource": "domain", "resource_name": self.physical_name}
        )

    @cached_property
    def domain_name(self) -> str:  # type: ignore[override]
        """The domain's name."""
        return self.get_resource_name_attribute(self._domain.ref)

    @property
    def slow_search_log_group(self) -> ILogGroup | None:
        """The log group of slow search logs, if published."""
        return self._log_groups.get("slow_search")

    @property
    def slow_index_log_group(self) -> ILogGroup | None:
        """The log group of slow index logs, if published."""
        return self._log_groups.get("slow_index")

    @property
    def app_log_group(self) -> ILogGroup | None:
        """The log group of error (application) logs, if published."""
        return self._log_groups.get("app")

    @property
    def audit_log_group(self) -> ILogGroup | None:
        """The log group of audit logs, if published."""
        return self._log_groups.get("audit")

    @property
    def connections(self) -> Connections:
        """The domain's security groups (VPC domains only)."""
        if self._connections is None:
            raise ValidationError(
                "Connections are only available on VPC enabled domains. Use the 'vpc' property to place a domain "
                "inside a VPC",
                self,
            )
        return self._connections

    def add_access_policies(self, *access_policy_statements: PolicyStatement) -> None:
        """Add statements to the domain access policy (a custom resource applies it after the domain exists)."""
        if not access_policy_statements:
            return
        if self._access_policy is not None:
            self._access_policy.add_access_policies(*access_policy_statements)
            return
        from l2.opensearchservice._private.policies import OpenSearchAccessPolicy

        self._access_policy = OpenSearchAccessPolicy(
            self,
            "AccessPolicy",
            domain_name=self.domain_name,
            domain_arn=self.domain_arn,
            access_policies=access_policy_statements,
        )
        key = self._encryption_at_rest.kms_key if self._encryption_at_rest is not None else None
        if key is not None:
            from l2 import iam

            self._access_policy.grant_principal.add_to_principal_policy(
                iam.PolicyStatement(
                    actions=["kms:List*", "kms:Describe*", "kms:CreateGrant"],
                    resources=[key.key_arn],
                    effect=iam.Effect.ALLOW,
                )
            )

    # -- helpers ---------------------------------------------------------------------------------------------------
    def _create_master_user_password(self, user_name: str | None) -> SecretValue:
        from l2 import secretsmanager

        secret = secretsmanager.Secret(
            self,
            "MasterUser",
            generate_secret_string=secretsmanager.SecretStringGenerator(
                secret_string_template=json.dumps({"username": user_name}, separators=(",", ":")),
                generate_string_key="password",
                exclude_characters="{}'\\*[]()`",
            ),
        )
        return secret.secret_value_from_json("password")

    def _log_publishing(self, logging: LoggingOptions | None) -> tuple[list[Any], dict[str, Any]]:
        self._log_groups: dict[str, Any] = {}
        groups: list[Any] = []
        publishing: dict[str, Any] = {}
        if logging is None:
            return groups, publishing
        kinds = (
            ("slow_search", "SEARCH_SLOW_LOGS", "SlowSearchLogs", logging.slow_search_log_enabled,
             logging.slow_search_log_group),
            ("slow_index", "INDEX_SLOW_LOGS", "SlowIndexLogs", logging.slow_index_log_enabled,
             logging.slow_index_log_group),
            ("app", "ES_APPLICATION_LOGS", "AppLogs", logging.app_log_enabled, logging.app_log_group),
            ("audit", "AUDIT_LOGS", "AuditLogs", logging.audit_log_enabled, logging.audit_log_group),
        )
        for key, cfn_key, construct_id, enabled, given in kinds:
            if enabled:
                group = given
                if group is None:
                    from l2 import logs

                    group = logs.LogGroup(self, construct_id, retention=logs.RetentionDays.ONE_MONTH)
                self._log_groups[key] = group
                groups.append(group)
                publishing[cfn_key] = {"enabled": True, "cloudWatchLogsLogGroupArn": group.log_group_arn}
            elif enabled is False:
                publishing[cfn_key] = {"enabled": False}
        return groups, publishing

    def _validate_version(
        self, version_num: float, is_es: bool, logging: LoggingOptions | None, ear: EncryptionAtRestOptions | None,
        cognito: CognitoOptions | None, node_to_node: bool | None, unsigned: bool, advanced_security: bool,
        warm_enabled: bool, is_some: Any,
    ) -> None:
        if not is_es:
            return
        if version_num <= 7.7 and version_num not in _KNOWN_OLD_ES:
            raise ValidationError(f"Unknown Elasticsearch version: {_js_number(version_num)}", self)
        later = "or later or OpenSearch version 1.0 or later."
        if version_num < 5.1:
            if logging is not None and logging.app_log_enabled:
                raise ValidationError(f"Error logs publishing requires Elasticsearch version 5.1 {later}", self)
            if ear is not None and ear.enabled:
                raise ValidationError(f"Encryption of data at rest requires Elasticsearch version 5.1 {later}", self)
            if cognito is not None:
                raise ValidationError(
                    f"Cognito authentication for OpenSearch Dashboards requires Elasticsearch version 5.1 {later}",
                    self,
                )
            if is_some("c5", "i3", "m5", "r5"):
                raise ValidationError(
                    f"C5, I3, M5, and R5 instance types require Elasticsearch version 5.1 {later}", self
                )
        if version_num < 6.0 and node_to_node:
            raise ValidationError(f"Node-to-node encryption requires Elasticsearch version 6.0 {later}", self)
        if version_num < 6.7:
            if unsigned:
                raise ValidationError(f"Using unsigned basic auth requires Elasticsearch version 6.7 {later}", self)
            if advanced_security:
                raise ValidationError(f"Fine-grained access control requires Elasticsearch version 6.7 {later}", self)
        if version_num < 6.8 and warm_enabled:
            raise ValidationError(f"UltraWarm requires Elasticsearch version 6.8 {later}", self)

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
                        f"Throughput (MiBps) to iops ratio of {_js_number(iops_ratio)} is too high; maximum is 0.25 "
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
                f"S3 Vectors Engine requires OpenSearch version 2.19 or later. Got version {_js_number(version_num)}.",
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
                f"Hours must be a value between 0 and 23, but got {_js_number(start.hours)}.", self
            )
        if start.minutes < 0 or start.minutes > 59:
            raise ValidationError(
                f"Minutes must be a value between 0 and 59, but got {_js_number(start.minutes)}.", self
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
                f"SAML session timeout must be a value between 1 and 1440, received {_js_number(timeout)}.", self
            )

    def _validate_node_options(self, cap: CapacityConfig) -> None:
        coordinator = next(
            (o.node_config for o in cap.node_options or () if o.node_type is NodeType.COORDINATOR), None
        )
        if coordinator is None or not coordinator.enabled:
            return
        node_type = _instance_type(_DEFAULT_COORDINATOR_INSTANCE, coordinator.type)
        if not Token.is_unresolved(node_type) and not node_type.endswith(".search"):
            raise ValidationError('Coordinator node instance type must end with ".search".', self)
        if coordinator.count is not None and coordinator.count < 1:
            raise ValidationError("Coordinator node count must be at least 1.", self)

    def _validate_domain_name(self, name: str) -> None:
        if Token.is_unresolved(name):
            return
        if not re.fullmatch(r"[a-z0-9\-]+", name):
            raise ValidationError(
                f"Invalid domainName '{name}'. Valid characters are a-z (lowercase only), 0-9, and \u2013 (hyphen).",
                self,
            )
        if len(name) < 3 or len(name) > 28:
            raise ValidationError(f"Invalid domainName '{name}'. It must be between 3 and 28 characters", self)
        if not "a" <= name[0] <= "z":
            raise ValidationError(f"Invalid domainName '{name}'. It must start with a lowercase letter", self)

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


def _selection_kwargs(selection: SubnetSelection) -> dict[str, Any]:
    names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")
    return {n: getattr(selection, n) for n in names if getattr(selection, n) is not None}


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def _window(start: WindowStartTime | None) -> dict[str, Any]:
    if start is None:
        return {"hours": 22, "minutes": 0}
    return {"hours": start.hours, "minutes": start.minutes}


def _saml(options: SAMLOptionsProperty | None) -> dict[str, Any]:
    return _drop_none({
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


def _with_version_upgrade(current: Any) -> Any:
    if isinstance(current, CfnUpdatePolicy):
        import dataclasses

        if dataclasses.is_dataclass(current):
            return dataclasses.replace(current, enable_version_upgrade=True)  # type: ignore[type-var]
    if isinstance(current, Mapping):
        return {**current, "enable_version_upgrade": True}
    return CfnUpdatePolicy(enable_version_upgrade=True)
