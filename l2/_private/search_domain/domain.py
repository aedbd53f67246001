"""The steps both services' ``Domain`` constructs share: ``DomainConstruct`` (the attributes and the parts of the
constructor that are the same) and the functions that turn the props into the ``CfnDomain``'s nested properties.

Each service's ``Domain`` keeps its own constructor (its keyword arguments), its version checks, its instance-type
checks and its ``CfnDomain``; the values here are those both services compute alike. Instance types end with a
service-specific suffix (``.elasticsearch``, ``.search``), given by the caller.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from constructs import ArnFormat, CfnUpdatePolicy, Lazy, Stack, Token, ValidationError
from constructs.internals import cached_property, structs
from l2._private.search_domain.base import DomainBase

if TYPE_CHECKING:
    from typing import TypeAlias

    from constructs import Construct, RemovalPolicy, SecretValue
    from l1.elasticsearch import CfnDomain as EsCfnDomain
    from l1.opensearchservice import CfnDomain as OsCfnDomain
    from l2 import elasticsearch as es
    from l2 import opensearchservice as os
    from l2._private.search_domain.policies import AccessPolicyCall, DomainAccessPolicy
    from l2.certificatemanager import ICertificate
    from l2.ec2 import Connections, EbsDeviceVolumeType, ISecurityGroup, ISubnet, IVpc, SubnetSelection
    from l2.iam import PolicyStatement
    from l2.logs import ILogGroup

    ZoneAwareness: TypeAlias = "es.ZoneAwarenessConfig | os.ZoneAwarenessConfig"
    Ebs: TypeAlias = "es.EbsOptions | os.EbsOptions"
    Logging: TypeAlias = "es.LoggingOptions | os.LoggingOptions"
    EncryptionAtRest: TypeAlias = "es.EncryptionAtRestOptions | os.EncryptionAtRestOptions"
    FineGrained: TypeAlias = "es.AdvancedSecurityOptions | os.AdvancedSecurityOptions"
    CustomEndpoint: TypeAlias = "es.CustomEndpointOptions | os.CustomEndpointOptions"

# the logs a domain can publish: (attribute stem, ``LogPublishingOptions`` key, id of the log group made for them)
LOG_KINDS = (
    ("slow_search", "SEARCH_SLOW_LOGS", "SlowSearchLogs"),
    ("slow_index", "INDEX_SLOW_LOGS", "SlowIndexLogs"),
    ("app", "ES_APPLICATION_LOGS", "AppLogs"),
    ("audit", "AUDIT_LOGS", "AuditLogs"),
)


def instance_type(default: str, given: str | None) -> str:
    """The instance type given (lowercase unless a token), or ``default``."""
    if not given:
        return default
    return given if Token.is_unresolved(given) else given.lower()


def name_from_endpoint(endpoint: str) -> str:
    """The domain name in an endpoint (``https://search-<name>-<id>.<region>.es.amazonaws.com``)."""
    from urllib.parse import urlparse

    host = urlparse(endpoint).hostname or ""
    domain = host.split(".")[0]
    suffix = "-" + domain.split("-")[-1]
    return domain.split(suffix)[0]


def arn_from_endpoint(scope: Construct, endpoint: str) -> str:
    """The ARN of the domain of ``endpoint`` in the account and region of ``scope``'s stack."""
    return Stack.of(scope).format_arn(service="es", resource="domain", resource_name=name_from_endpoint(endpoint))


def name_from_arn(scope: Construct, domain_arn: str, domain_endpoint: str) -> str:
    """The name of an imported domain: the ARN's resource name, or else the endpoint's."""
    name = Stack.of(scope).split_arn(domain_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
    return name_from_endpoint(domain_endpoint) if name is None else name


def endpoint_host(domain_endpoint: str) -> str:
    """An imported domain's endpoint without ``https://``."""
    return re.sub(r"^https?://", "", domain_endpoint)


def js_number(value: float) -> str:
    """A number as JavaScript prints it (``2``, ``2.5``)."""
    return str(int(value)) if float(value).is_integer() else str(value)


def version_number(scope: Construct, number: str, kind: str) -> float:
    """The major.minor part of a version string as a number (JavaScript's ``parseFloat``); ``kind`` names the
    version in the error (``Elasticsearch``, ``engine``)."""
    message = f"Invalid {kind} version: {number}. Version string needs to start with major and minor version (x.y)."
    first = number.find(".")
    if first < 1:
        raise ValidationError(message, scope)
    second = number.find(".", first + 1)
    head = number if second == -1 else number[:second]
    match = re.match(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)", head)  # parseFloat reads the longest numeric prefix
    if match is None:
        raise ValidationError(message, scope)
    return float(match.group(0))


def drop_none(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` without the ``None`` ones."""
    return {k: v for k, v in values.items() if v is not None}


def selection_kwargs(selection: SubnetSelection) -> dict[str, Any]:
    """The fields set in a subnet selection, as ``select_subnets`` keywords."""
    names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")
    return {n: getattr(selection, n) for n in names if getattr(selection, n) is not None}


def with_version_upgrade(current: Any) -> Any:
    """The resource's update policy with ``EnableVersionUpgrade`` on."""
    if current is None:
        return CfnUpdatePolicy(enable_version_upgrade=True)
    if isinstance(current, CfnUpdatePolicy):
        import dataclasses

        if dataclasses.is_dataclass(current):
            return dataclasses.replace(current, enable_version_upgrade=True)  # type: ignore[type-var]
    if isinstance(current, Mapping):
        return {**current, "enable_version_upgrade": True}
    return CfnUpdatePolicy(enable_version_upgrade=True)


class Capacity(Protocol):
    """The fields of both services' ``CapacityConfig`` that say which nodes a domain has."""

    @property
    def data_node_instance_type(self) -> str | None: ...
    @property
    def data_nodes(self) -> int | float | None: ...
    @property
    def master_node_instance_type(self) -> str | None: ...
    @property
    def master_nodes(self) -> int | float | None: ...
    @property
    def warm_instance_type(self) -> str | None: ...
    @property
    def warm_nodes(self) -> int | float | None: ...


@structs.frozen(kw_only=True)
class Nodes:
    """The nodes of a domain, defaults applied."""

    master_type: str
    master_count: int | float
    master_enabled: bool
    instance_type: str
    instance_count: int | float
    warm_type: str
    warm_count: int | float
    warm_enabled: bool

    @staticmethod
    def of(cap: Capacity, default_instance: str, default_warm_instance: str) -> Nodes:
        """The nodes ``cap`` asks for (default: one data node of ``default_instance``)."""
        master_count = cap.master_nodes if cap.master_nodes is not None else 0
        warm_count = cap.warm_nodes if cap.warm_nodes is not None else 0
        return Nodes(
            master_type=instance_type(default_instance, cap.master_node_instance_type),
            master_count=master_count,
            master_enabled=True if Token.is_unresolved(master_count) else master_count > 0,
            instance_type=instance_type(default_instance, cap.data_node_instance_type),
            instance_count=cap.data_nodes if cap.data_nodes is not None else 1,
            warm_type=instance_type(default_warm_instance, cap.warm_instance_type),
            warm_count=warm_count,
            warm_enabled=True if Token.is_unresolved(warm_count) else warm_count > 0,
        )

    def is_type(self, prefix: str) -> bool:
        """Whether the master or the data nodes are of an instance type starting with ``prefix``."""
        return self.master_type.startswith(prefix) or self.instance_type.startswith(prefix)

    def is_some(self, *prefixes: str) -> bool:
        """Whether the master or the data nodes are of an instance type starting with one of ``prefixes``."""
        return any(self.is_type(p) for p in prefixes)

    def is_data_node(self, *prefixes: str) -> bool:
        """Whether the data nodes are of an instance type starting with one of ``prefixes``."""
        return any(self.instance_type.startswith(p) for p in prefixes)

    def cluster_config(self, zone_awareness_enabled: bool, az_count: int | float, **more: Any) -> dict[str, Any]:
        """The ``ClusterConfig`` (unset values left out), with the service's ``more`` keys."""
        return drop_none({
            "dedicatedMasterEnabled": self.master_enabled,
            "dedicatedMasterCount": self.master_count if self.master_enabled else None,
            "dedicatedMasterType": self.master_type if self.master_enabled else None,
            "instanceCount": self.instance_count,
            "instanceType": self.instance_type,
            "warmEnabled": True if self.warm_enabled else None,
            "warmCount": self.warm_count if self.warm_enabled else None,
            "warmType": self.warm_type if self.warm_enabled else None,
            "zoneAwarenessEnabled": zone_awareness_enabled,
            "zoneAwarenessConfig": {"availabilityZoneCount": az_count} if zone_awareness_enabled else None,
            **more,
        })


def availability_zones(zone_awareness: ZoneAwareness | None) -> tuple[int | float, bool]:
    """The availability zone count (default 2) and whether zone awareness is on."""
    az_count = zone_awareness.availability_zone_count if zone_awareness else None
    enabled = (
        zone_awareness.enabled
        if zone_awareness is not None and zone_awareness.enabled is not None
        else (zone_awareness is not None and zone_awareness.availability_zone_count is not None)
    )
    return (2 if az_count is None else az_count), enabled


@structs.frozen(kw_only=True)
class Options:
    """Encryption, EBS and HTTPS settings, defaults applied (unsigned basic auth turns encryption and HTTPS on)."""

    ear_enabled: bool
    n2n_enabled: bool
    volume_size: int | float
    volume_type: EbsDeviceVolumeType
    ebs_enabled: bool
    https: bool

    @staticmethod
    def of(
        ebs: Ebs | None, ear: EncryptionAtRest | None, node_to_node_encryption: bool | None,
        enforce_https: bool | None, unsigned: bool,
    ) -> Options:
        """The settings the props ask for."""
        from l2 import ec2

        if ear is not None and ear.enabled is not None:
            ear_enabled = ear.enabled
        else:
            ear_enabled = (ear is not None and ear.kms_key is not None) or unsigned
        return Options(
            ear_enabled=ear_enabled,
            n2n_enabled=node_to_node_encryption if node_to_node_encryption is not None else unsigned,
            volume_size=ebs.volume_size if ebs is not None and ebs.volume_size is not None else 10,
            volume_type=ebs.volume_type if ebs is not None and ebs.volume_type is not None else (
                ec2.EbsDeviceVolumeType.GENERAL_PURPOSE_SSD
            ),
            ebs_enabled=ebs.enabled if ebs is not None and ebs.enabled is not None else True,
            https=enforce_https if enforce_https is not None else unsigned,
        )

    def ebs_options(self, ebs: Ebs | None, **more: Any) -> dict[str, Any]:
        """The ``EBSOptions`` (unset values left out), with the service's ``more`` keys."""
        return drop_none({
            "ebsEnabled": self.ebs_enabled,
            "volumeSize": self.volume_size if self.ebs_enabled else None,
            "volumeType": self.volume_type.value if self.ebs_enabled else None,
            "iops": ebs.iops if self.ebs_enabled and ebs is not None else None,
            **more,
        })


@structs.frozen(kw_only=True)
class MasterUser:
    """The fine-grained access control's master user."""

    arn: str | None
    name: str | None
    advanced_security: bool
    internal_user_db: bool


def vpc_options(groups: list[ISecurityGroup] | None, subnets: list[ISubnet] | None) -> dict[str, Any] | None:
    """The ``VPCOptions`` of a VPC domain."""
    if groups is None or subnets is None:
        return None
    return {
        "securityGroupIds": [g.security_group_id for g in groups],
        "subnetIds": [s.subnet_id for s in subnets],
    }


def endpoint_options(
    https: bool, tls_security_policy: str, custom_endpoint: CustomEndpoint | None, certificate: ICertificate | None
) -> dict[str, Any]:
    """The ``DomainEndpointOptions``."""
    options: dict[str, Any] = {"enforceHttps": https, "tlsSecurityPolicy": tls_security_policy}
    if custom_endpoint is not None and certificate is not None:
        options.update(
            customEndpointEnabled=True,
            customEndpoint=custom_endpoint.domain_name,
            customEndpointCertificateArn=certificate.certificate_arn,
        )
    return options


def unsigned_basic_auth_policy(domain: DomainConstruct) -> PolicyStatement:
    """The open access policy of a domain with unsigned basic auth: ``es:ESHttp*`` on everything in it."""
    from l2 import iam

    return iam.PolicyStatement(
        effect=iam.Effect.ALLOW,
        actions=["es:ESHttp*"],
        principals=[iam.AnyPrincipal()],
        resources=[Lazy.string(lambda: f"{domain.domain_arn}/*")],
    )


class DomainConstruct(DomainBase):
    """The attributes and constructor steps both services' ``Domain`` share (mixed in before their ``DomainBase``)."""

    _domain: EsCfnDomain | OsCfnDomain
    _log_groups: dict[str, ILogGroup]
    _connections: Connections | None
    _encryption_at_rest: EncryptionAtRest | None
    _access_policy: DomainAccessPolicy | None
    master_user_password: SecretValue | None
    """The master user's password (internal user database only)."""
    domain_endpoint: str
    """The domain's endpoint (without ``https://``)."""

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

    # -- constructor steps -----------------------------------------------------------------------------------------
    def _place_in_vpc(
        self, vpc: IVpc | None, vpc_subnets: Sequence[SubnetSelection] | None,
        security_groups: Sequence[ISecurityGroup] | None, *, https_port: bool, pending_lookup: bool,
    ) -> tuple[list[ISecurityGroup] | None, list[ISubnet] | None, bool]:
        """The security groups and subnets of a VPC domain (a new group unless given), and whether a subnet lookup
        is pending (asked only with ``pending_lookup``); sets the domain's connections (on port 443 with
        ``https_port``)."""
        self._connections = None
        if vpc is None:
            return None, None, False
        from l2 import ec2

        selections = list(vpc_subnets) if vpc_subnets is not None else [
            ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
        ]
        subnets: list[ISubnet] = []
        for selection in selections:
            subnets.extend(vpc.select_subnets(**selection_kwargs(selection)).subnets)
        pending = pending_lookup and any(
            vpc.select_subnets(**selection_kwargs(s)).is_pending_lookup for s in selections
        )
        groups = list(security_groups) if security_groups is not None else [
            ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc, description=f"Security group for domain {self.node.id}")
        ]
        if https_port:
            self._connections = ec2.Connections(security_groups=groups, default_port=ec2.Port.tcp(443))
        else:
            self._connections = ec2.Connections(security_groups=groups)
        return groups, subnets, pending

    def _check_subnets_per_zone(self, subnets: list[ISubnet] | None, enabled: bool, az_count: int | float) -> None:
        if subnets is not None and enabled and len({s.availability_zone for s in subnets}) < az_count:
            raise ValidationError(
                "When providing vpc options you need to provide a subnet for each AZ you are using", self
            )

    def _check_instance_types(self, nodes: Nodes, suffix: str) -> None:
        if any(not Token.is_unresolved(t) and not t.endswith(suffix)
               for t in (nodes.master_type, nodes.instance_type, nodes.warm_type)):
            raise ValidationError(f'Master, data and UltraWarm node instance types must end with "{suffix}".', self)
        if not Token.is_unresolved(nodes.warm_type) and not nodes.warm_type.startswith("ultrawarm"):
            raise ValidationError('UltraWarm node instance type must start with "ultrawarm".', self)

    def _check_unsigned_basic_auth(
        self, enforce_https: bool | None, node_to_node_encryption: bool | None, ear: EncryptionAtRest | None
    ) -> None:
        if enforce_https is False:
            raise ValidationError("You cannot disable HTTPS and use unsigned basic auth", self)
        if node_to_node_encryption is False:
            raise ValidationError("You cannot disable node to node encryption and use unsigned basic auth", self)
        if ear is not None and ear.enabled is False:
            raise ValidationError("You cannot disable encryption at rest and use unsigned basic auth", self)

    def _master_user(self, fgac: FineGrained | None, unsigned: bool) -> MasterUser:
        """The master user (``admin`` with unsigned basic auth unless named); sets ``master_user_password``, a new
        secret for an internal user without one."""
        arn = fgac.master_user_arn if fgac else None
        name_prop = fgac.master_user_name if fgac else None
        if unsigned:
            name = (name_prop or "admin") if arn is None else None
        else:
            name = name_prop
        if arn is not None and name is not None:
            raise ValidationError(
                "Invalid fine grained access control settings. Only provide one of master user ARN or master user "
                "name. Not both.",
                self,
            )
        user = MasterUser(
            arn=arn, name=name, advanced_security=(arn if arn is not None else name) is not None,
            internal_user_db=name is not None,
        )
        self.master_user_password = None
        if user.internal_user_db:
            given_password = fgac.master_user_password if fgac else None
            self.master_user_password = given_password or self._create_master_user_password(name)
        return user

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

    def _check_fine_grained_needs(
        self, user: MasterUser, options: Options, logging: Logging | None, nodes: Nodes
    ) -> None:
        if user.advanced_security:
            if not options.n2n_enabled:
                raise ValidationError(
                    "Node-to-node encryption is required when fine-grained access control is enabled.", self
                )
            if not options.ear_enabled:
                raise ValidationError(
                    "Encryption-at-rest is required when fine-grained access control is enabled.", self
                )
            if not options.https:
                raise ValidationError("Enforce HTTPS is required when fine-grained access control is enabled.", self)
        if logging is not None and logging.audit_log_enabled and not user.advanced_security:
            raise ValidationError(
                "Fine-grained access control is required when audit logs publishing is enabled.", self
            )
        if nodes.warm_enabled and not nodes.master_enabled:
            raise ValidationError("Dedicated master node is required when UltraWarm storage is enabled.", self)

    def _check_elasticsearch_version(
        self, version_num: float, later: str, dashboards: str, *, logging: Logging | None,
        ear: EncryptionAtRest | None, cognito: object | None, node_to_node: bool | None, unsigned: bool,
        user: MasterUser, nodes: Nodes, ultrawarm_names_version: bool = True,
    ) -> None:
        """Refuse the features an Elasticsearch version older than they need: ``<what> requires Elasticsearch
        version <x.y> <later>`` (aws-cdk-lib's ``aws_elasticsearch`` leaves ``version`` out of UltraWarm's message:
        ``ultrawarm_names_version=False``). ``dashboards`` names the dashboards Cognito authenticates for."""
        needs = (
            (5.1, logging is not None and logging.app_log_enabled, "Error logs publishing requires"),
            (5.1, ear is not None and ear.enabled, "Encryption of data at rest requires"),
            (5.1, cognito is not None, f"Cognito authentication for {dashboards} requires"),
            (5.1, nodes.is_some("c5", "i3", "m5", "r5"), "C5, I3, M5, and R5 instance types require"),
            (6.0, node_to_node, "Node-to-node encryption requires"),
            (6.7, unsigned, "Using unsigned basic auth requires"),
            (6.7, user.advanced_security, "Fine-grained access control requires"),
            (6.8, nodes.warm_enabled, "UltraWarm requires"),
        )
        for minimum, used, what in needs:
            if used and version_num < minimum:
                word = "" if minimum == 6.8 and not ultrawarm_names_version else "version "
                raise ValidationError(f"{what} Elasticsearch {word}{minimum} {later}", self)

    def _make_log_groups(self, logging: Logging | None) -> list[ILogGroup]:
        """The log groups of the enabled logs (a new one, kept a month, unless given), in ``LOG_KINDS`` order."""
        self._log_groups = {}
        if logging is None:
            return []
        for key, _, construct_id in LOG_KINDS:
            if getattr(logging, f"{key}_log_enabled"):
                group = getattr(logging, f"{key}_log_group")
                if group is None:
                    from l2 import logs

                    group = logs.LogGroup(self, construct_id, retention=logs.RetentionDays.ONE_MONTH)
                self._log_groups[key] = group
        return list(self._log_groups.values())

    def _log_group_policy(self, log_groups: list[ILogGroup]) -> Any:
        """The resource policy that lets the service write to ``log_groups``."""
        from l2 import iam
        from l2._private.search_domain.policies import log_group_resource_policy

        statement = iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            actions=["logs:PutLogEvents", "logs:CreateLogStream"],
            resources=[g.log_group_arn for g in log_groups],
            principals=[iam.ServicePrincipal("es.amazonaws.com")],
        )
        return log_group_resource_policy(
            self, f"ESLogGroupPolicy{self.node.addr}", f"ESLogPolicy{self.node.addr}", [statement]
        )

    def _certificate(self, custom_endpoint: CustomEndpoint | None) -> ICertificate | None:
        """The custom endpoint's certificate (a new one, DNS-validated in its hosted zone if any, unless given)."""
        if custom_endpoint is None:
            return None
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
        return certificate

    def _security_options(self, user: MasterUser, **more: Any) -> dict[str, Any] | None:
        """The ``AdvancedSecurityOptions`` (with fine-grained access control), with the service's ``more`` keys."""
        if not user.advanced_security:
            return None
        return drop_none({
            "enabled": True,
            "internalUserDatabaseEnabled": user.internal_user_db,
            "masterUserOptions": drop_none({
                "masterUserArn": user.arn,
                "masterUserName": user.name,
                "masterUserPassword": (
                    self.master_user_password.unsafe_unwrap() if self.master_user_password is not None else None
                ),
            }),
            **more,
        })

    def _finish_resource(
        self, removal_policy: RemovalPolicy | None, enable_version_upgrade: bool | None, log_policy: Any,
        domain_name: str | None,
    ) -> None:
        """The ``CfnDomain``'s removal policy, update policy and dependency on the log policy; the name's checks."""
        self._domain.apply_removal_policy(removal_policy)
        if enable_version_upgrade:
            self._domain.cfn_options.update_policy = with_version_upgrade(self._domain.cfn_options.update_policy)
        if log_policy is not None:
            self._domain.node.add_dependency(log_policy)
        if domain_name is not None:
            self._validate_domain_name(domain_name)
            self.node.add_metadata("aws:cdk:hasPhysicalName", domain_name)

    def _finish(self, custom_endpoint: CustomEndpoint | None, encryption_at_rest: EncryptionAtRest | None) -> None:
        """The endpoint (and its CNAME record); what the access policy needs."""
        self.domain_endpoint = Token.as_string(self._domain.get_att("DomainEndpoint"))
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
        self._access_policy = None

    def _add_access_policies(self, id: str, call: AccessPolicyCall, statements: Sequence[PolicyStatement]) -> None:
        """Add ``statements`` to the access policy, made on first use (custom resource ``id`` making ``call``); with
        a customer key for encryption at rest, the custom resource may use it."""
        if not statements:
            return
        if self._access_policy is not None:
            self._access_policy.add_access_policies(*statements)
            return
        from l2._private.search_domain.policies import DomainAccessPolicy

        self._access_policy = DomainAccessPolicy(
            self, id, call, domain_name=self.domain_name, domain_arn=self.domain_arn, access_policies=statements
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
