"""``Domain``: an Amazon Elasticsearch Service domain (aws-cdk-lib's deprecated ``aws_elasticsearch``)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    CfnUpdatePolicy,
    Construct,
    Lazy,
    RemovalPolicy,
    SecretValue,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import cached_property
from l1.elasticsearch import CfnDomain
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
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.elasticsearch._interfaces import IDomain
    from l2.iam import PolicyStatement
    from l2.logs import ILogGroup

_DEFAULT_INSTANCE = "r5.large.elasticsearch"
_DEFAULT_WARM_INSTANCE = "ultrawarm1.medium.elasticsearch"
_KNOWN_OLD_ES = (1.5, 2.3, 5.1, 5.3, 5.5, 5.6, 6.0, 6.2, 6.3, 6.4, 6.5, 6.7, 6.8, 7.1, 7.4, 7.7)


def _instance_type(default: str, given: str | None) -> str:
    if not given:
        return default
    return given if Token.is_unresolved(given) else given.lower()


def _name_from_endpoint(endpoint: str) -> str:
    from urllib.parse import urlparse

    host = urlparse(endpoint).hostname or ""
    domain = host.split(".")[0]
    suffix = "-" + domain.split("-")[-1]
    return domain.split(suffix)[0]


def _parse_version(scope: Construct, version: ElasticsearchVersion) -> float:
    text = version.version
    first = text.find(".")
    if first < 1:
        raise ValidationError(
            f"Invalid Elasticsearch version: {text}. Version string needs to start with major and minor version (x.y).",
            scope,
        )
    second = text.find(".", first + 1)
    head = text if second == -1 else text[:second]
    match = re.match(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)", head)  # parseFloat reads the longest numeric prefix
    if match is None:
        raise ValidationError(
            f"Invalid Elasticsearch version: {text}. Version string needs to start with major and minor version (x.y).",
            scope,
        )
    return float(match.group(0))


def _js_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class _ImportedDomain(DomainBase):
    """A domain defined outside the app."""

    def __init__(self, scope: Construct, id: str, *, domain_arn: str, domain_name: str, domain_endpoint: str) -> None:
        super().__init__(scope, id)
        self.domain_arn = domain_arn
        self.domain_name = domain_name
        self.domain_endpoint = re.sub(r"^https?://", "", domain_endpoint)


class Domain(DomainBase):
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
        stack = Stack.of(scope)
        name = _name_from_endpoint(domain_endpoint)
        arn = stack.format_arn(service="es", resource="domain", resource_name=name)
        return Domain.from_domain_attributes(scope, id, domain_arn=arn, domain_endpoint=domain_endpoint)

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
            raise ValidationError("Invalid zone awareness configuration; availabilityZoneCount must be 2 or 3", self)
        zone_awareness_enabled = (
            zone_awareness.enabled
            if zone_awareness is not None and zone_awareness.enabled is not None
            else (zone_awareness is not None and zone_awareness.availability_zone_count is not None)
        )

        groups: list[Any] | None = None
        subnets: list[Any] | None = None
        self._connections: Connections | None = None
        if vpc is not None:
            from l2 import ec2

            selections = list(vpc_subnets) if vpc_subnets is not None else [
                ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
            ]
            subnets = []
            for selection in selections:
                subnets.extend(vpc.select_subnets(**_selection_kwargs(selection)).subnets)
            groups = list(security_groups) if security_groups is not None else [
                ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc, description=f"Security group for domain {self.node.id}")
            ]
            self._connections = ec2.Connections(security_groups=groups)
        if subnets is not None and zone_awareness_enabled:
            if len({s.availability_zone for s in subnets}) < az_count:
                raise ValidationError(
                    "When providing vpc options you need to provide a subnet for each AZ you are using", self
                )
        if any(not Token.is_unresolved(t) and not t.endswith(".elasticsearch")
               for t in (master_type, instance_type, warm_type)):
            raise ValidationError(
                'Master, data and UltraWarm node instance types must end with ".elasticsearch".', self
            )
        if not Token.is_unresolved(warm_type) and not warm_type.startswith("ultrawarm"):
            raise ValidationError('UltraWarm node instance type must start with "ultrawarm".', self)
        version_num = _parse_version(self, version)
        if version_num <= 7.7 and version_num not in _KNOWN_OLD_ES:
            raise ValidationError(f"Unknown Elasticsearch version: {version.version}", self)

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

        self._validate_version(version_num, logging, ear, cognito_kibana_auth, node_to_node_encryption, unsigned,
                               advanced_security, warm_enabled, is_some)
        if is_some("i3", "r6gd") and ebs_enabled:
            raise ValidationError("I3 and R6GD instance types do not support EBS storage volumes.", self)
        if is_some("m3", "r3", "t2") and ear_enabled:
            raise ValidationError("M3, R3, and T2 instance types do not support encryption of data at rest.", self)
        if is_type("t2.micro") and version_num > 2.3:
            raise ValidationError(
                "The t2.micro.elasticsearch instance type supports only Elasticsearch 1.5 and 2.3.", self
            )
        if is_some("t2", "t3") and warm_enabled:
            raise ValidationError("T2 and T3 instance types do not support UltraWarm storage.", self)
        if not ebs_enabled and not is_data_node("r3", "i3", "r6gd"):
            raise ValidationError(
                "EBS volumes are required when using instance types other than r3, i3 or r6gd.", self
            )
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

        vpc_options = None
        if groups is not None and subnets is not None:
            vpc_options = {
                "securityGroupIds": [g.security_group_id for g in groups],
                "subnetIds": [s.subnet_id for s in subnets],
            }

        log_groups, log_publishing = self._log_publishing(logging)
        log_policy = None
        if log_groups:
            from l2.elasticsearch._private.policies import log_group_resource_policy

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

        cluster_config: dict[str, Any] = {
            "dedicatedMasterEnabled": master_enabled,
            "dedicatedMasterCount": master_count if master_enabled else None,
            "dedicatedMasterType": master_type if master_enabled else None,
            "instanceCount": instance_count,
            "instanceType": instance_type,
            "warmEnabled": True if warm_enabled else None,
            "warmCount": warm_count if warm_enabled else None,
            "warmType": warm_type if warm_enabled else None,
            "zoneAwarenessEnabled": zone_awareness_enabled,
            "zoneAwarenessConfig": {"availabilityZoneCount": az_count} if zone_awareness_enabled else None,
        }
        ebs_options = {
            "ebsEnabled": ebs_enabled,
            "volumeSize": volume_size if ebs_enabled else None,
            "volumeType": volume_type.value if ebs_enabled else None,
            "iops": ebs.iops if ebs_enabled and ebs is not None else None,
        }
        endpoint_options: dict[str, Any] = {
            "enforceHttps": https,
            "tlsSecurityPolicy": (tls_security_policy or TLSSecurityPolicy.TLS_1_0).value,
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
            }
        cognito = cognito_kibana_auth
        self._domain = CfnDomain(
            self,
            "Resource",
            domain_name=self.physical_name if domain_name is not None else None,
            elasticsearch_version=version.version,
            elasticsearch_cluster_config=_drop_none(cluster_config),
            ebs_options=_drop_none(ebs_options),
            encryption_at_rest_options=_drop_none({
                "enabled": ear_enabled,
                "kmsKeyId": ear.kms_key.key_id if ear_enabled and ear is not None and ear.kms_key else None,
            }),
            node_to_node_encryption_options={"enabled": n2n_enabled},
            log_publishing_options=log_publishing,
            cognito_options=_drop_none({
                "enabled": cognito is not None,
                "identityPoolId": cognito.identity_pool_id if cognito else None,
                "roleArn": cognito.role.role_arn if cognito else None,
                "userPoolId": cognito.user_pool_id if cognito else None,
            }),
            vpc_options=vpc_options,
            snapshot_options=(
                {"automatedSnapshotStartHour": automated_snapshot_start_hour} if automated_snapshot_start_hour else None
            ),
            domain_endpoint_options=endpoint_options,
            advanced_security_options=_drop_none(security_options) if security_options is not None else None,
            advanced_options=dict(advanced_options) if advanced_options is not None else None,
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
        from l2.elasticsearch._private.policies import ElasticsearchAccessPolicy

        self._access_policy = ElasticsearchAccessPolicy(
            self,
            "ESAccessPolicy",
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
            ("slow_search", "SlowSearchLogs", logging.slow_search_log_enabled, logging.slow_search_log_group),
            ("slow_index", "SlowIndexLogs", logging.slow_index_log_enabled, logging.slow_index_log_group),
            ("app", "AppLogs", logging.app_log_enabled, logging.app_log_group),
            ("audit", "AuditLogs", logging.audit_log_enabled, logging.audit_log_group),
        )
        for key, construct_id, enabled, given in kinds:
            if enabled:
                group = given
                if group is None:
                    from l2 import logs

                    group = logs.LogGroup(self, construct_id, retention=logs.RetentionDays.ONE_MONTH)
                self._log_groups[key] = group
                groups.append(group)
        # aws-cdk-lib writes the publishing options in this order, whatever order the groups were made in
        order = (("app", "ES_APPLICATION_LOGS"), ("slow_search", "SEARCH_SLOW_LOGS"),
                 ("slow_index", "INDEX_SLOW_LOGS"), ("audit", "AUDIT_LOGS"))
        for key, cfn_key in order:
            group = self._log_groups.get(key)
            if group is not None:
                publishing[cfn_key] = {"enabled": True, "cloudWatchLogsLogGroupArn": group.log_group_arn}
        return groups, publishing

    def _validate_version(
        self, version_num: float, logging: LoggingOptions | None, ear: EncryptionAtRestOptions | None,
        cognito: CognitoOptions | None, node_to_node: bool | None, unsigned: bool, advanced_security: bool,
        warm_enabled: bool, is_some: Any,
    ) -> None:
        if version_num < 5.1:
            if logging is not None and logging.app_log_enabled:
                raise ValidationError("Error logs publishing requires Elasticsearch version 5.1 or later.", self)
            if ear is not None and ear.enabled:
                raise ValidationError("Encryption of data at rest requires Elasticsearch version 5.1 or later.", self)
            if cognito is not None:
                raise ValidationError("Cognito authentication for Kibana requires Elasticsearch version 5.1 or later.",
                                      self)
            if is_some("c5", "i3", "m5", "r5"):
                raise ValidationError("C5, I3, M5, and R5 instance types require Elasticsearch version 5.1 or later.",
                                      self)
        if version_num < 6.0 and node_to_node:
            raise ValidationError("Node-to-node encryption requires Elasticsearch version 6.0 or later.", self)
        if version_num < 6.7:
            if unsigned:
                raise ValidationError("Using unsigned basic auth requires Elasticsearch version 6.7 or later.", self)
            if advanced_security:
                raise ValidationError("Fine-grained access control requires Elasticsearch version 6.7 or later.", self)
        if version_num < 6.8 and warm_enabled:
            raise ValidationError("UltraWarm requires Elasticsearch 6.8 or later.", self)

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


def _selection_kwargs(selection: SubnetSelection) -> dict[str, Any]:
    names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")
    return {n: getattr(selection, n) for n in names if getattr(selection, n) is not None}


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def _with_version_upgrade(current: Any) -> Any:
    if isinstance(current, CfnUpdatePolicy):
        import dataclasses

        if dataclasses.is_dataclass(current):
            return dataclasses.replace(current, enable_version_upgrade=True)  # type: ignore[type-var]
    if isinstance(current, Mapping):
        return {**current, "enable_version_upgrade": True}
    return CfnUpdatePolicy(enable_version_upgrade=True)
