"""Aurora cluster instances: ``ClusterInstance.provisioned`` / ``serverless_v2`` and the ``InstanceProps`` of the
legacy cluster API."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, FeatureFlags, RemovalPolicy, Resource, ValidationError
from constructs.internals import structs
from l1.rds import CfnDBInstance
from l2.rds import _util
from l2.rds._props import CaCertificate, PerformanceInsightRetention

if TYPE_CHECKING:
    from l2.ec2 import InstanceType as Ec2InstanceType
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.rds._interfaces import IParameterGroup, ISubnetGroup

AURORA_INSTANCE_PARAMETER_GROUP_SCOPE = (
    "@aws-cdk/aws-rds:auroraClusterChangeScopeOfInstanceParameterGroupWithEachParameters"
)


class InstanceType(enum.Enum):
    """Whether a cluster instance is provisioned or Serverless v2."""

    PROVISIONED = "PROVISIONED"
    SERVERLESS_V2 = "SERVERLESS_V2"


class ClusterInstanceType:
    """The class of a cluster instance (``db.serverless`` or a provisioned type).

    Args:
        instance_type: the type as a string.
        type: provisioned or Serverless v2.
    """

    def __init__(self, instance_type: str, type: InstanceType) -> None:
        self.instance_type = instance_type
        self.type = type

    @staticmethod
    def serverless_v2() -> ClusterInstanceType:
        """``db.serverless``."""
        return ClusterInstanceType("db.serverless", InstanceType.SERVERLESS_V2)

    @staticmethod
    def provisioned(instance_type: Ec2InstanceType | None = None) -> ClusterInstanceType:
        """A provisioned instance type (default t3.medium)."""
        from l2 import ec2

        chosen = instance_type or ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM)
        return ClusterInstanceType(chosen.to_string(), InstanceType.PROVISIONED)

    def to_string(self) -> str:
        """The type as a string."""
        return self.instance_type

    def __str__(self) -> str:
        return self.instance_type


@structs.frozen(kw_only=True)
class ClusterInstanceOptions:
    """Options of a cluster instance.

    Args:
        allow_major_version_upgrade: allow major version upgrades.
        apply_immediately: apply changes immediately.
        auto_minor_version_upgrade: apply minor upgrades automatically (default ``True``).
        availability_zone: the availability zone.
        ca_certificate: the server certificate's authority.
        enable_performance_insights: Performance Insights.
        instance_identifier: the instance identifier.
        is_from_legacy_instance_props: the instance comes from ``instance_props`` (keeps legacy logical ids).
        parameter_group: the instance parameter group.
        parameters: parameters of a new instance parameter group.
        performance_insight_encryption_key: the Performance Insights key.
        performance_insight_retention: the Performance Insights retention.
        preferred_maintenance_window: the weekly maintenance window.
        publicly_accessible: a public endpoint (default: when the cluster is in public subnets).
    """

    allow_major_version_upgrade: bool | None = None
    apply_immediately: bool | None = None
    auto_minor_version_upgrade: bool | None = None
    availability_zone: str | None = None
    ca_certificate: CaCertificate | None = None
    enable_performance_insights: bool | None = None
    instance_identifier: str | None = None
    is_from_legacy_instance_props: bool | None = None
    parameter_group: IParameterGroup | None = None
    parameters: Mapping[str, str] | None = None
    performance_insight_encryption_key: IKey | None = None
    performance_insight_retention: PerformanceInsightRetention | None = None
    preferred_maintenance_window: str | None = None
    publicly_accessible: bool | None = None


@structs.frozen(kw_only=True)
class ProvisionedClusterInstanceProps(ClusterInstanceOptions):
    """A provisioned cluster instance.

    Args:
        instance_type: the instance type (default t3.medium).
        promotion_tier: the failover priority (0-15, default 2; the writer is 0).
    """

    instance_type: Ec2InstanceType | None = None
    promotion_tier: int | float | None = None


@structs.frozen(kw_only=True)
class ServerlessV2ClusterInstanceProps(ClusterInstanceOptions):
    """A Serverless v2 cluster instance.

    Args:
        scale_with_writer: put the reader in promotion tier 1 so it scales with the writer (default tier 2).
    """

    scale_with_writer: bool | None = None


@structs.frozen(kw_only=True)
class ClusterInstanceBindOptions:
    """What the cluster passes when binding an instance.

    Args:
        monitoring_interval: the enhanced monitoring interval.
        monitoring_role: the enhanced monitoring role.
        promotion_tier: the failover priority.
        removal_policy: the cluster's removal policy.
        subnet_group: the cluster's subnet group.
    """

    monitoring_interval: Duration | None = None
    monitoring_role: IRole | None = None
    promotion_tier: int | float | None = None
    removal_policy: RemovalPolicy | None = None
    subnet_group: ISubnetGroup | None = None


@structs.frozen(kw_only=True)
class ClusterInstanceProps(ClusterInstanceOptions):
    """A cluster instance with its type and tier.

    Args:
        instance_type: provisioned or Serverless v2 (default Serverless v2).
        promotion_tier: the failover priority.
    """

    instance_type: ClusterInstanceType | None = None
    promotion_tier: int | float | None = None


@structs.frozen(kw_only=True)
class InstanceProps:
    """The instances of a cluster in the legacy API (``instance_props``).

    Args:
        vpc: the VPC.
        allow_major_version_upgrade: allow major version upgrades.
        auto_minor_version_upgrade: apply minor upgrades automatically.
        delete_automated_backups: delete automated backups with the instances.
        enable_performance_insights: Performance Insights.
        instance_type: the instance type (default t3.medium).
        parameter_group: the instance parameter group.
        parameters: parameters of a new instance parameter group.
        performance_insight_encryption_key: the Performance Insights key.
        performance_insight_retention: the Performance Insights retention.
        preferred_maintenance_window: the weekly maintenance window.
        publicly_accessible: a public endpoint (default: when placed in public subnets).
        security_groups: the security groups.
        vpc_subnets: the subnets.
    """

    vpc: IVpc
    allow_major_version_upgrade: bool | None = None
    auto_minor_version_upgrade: bool | None = None
    delete_automated_backups: bool | None = None
    enable_performance_insights: bool | None = None
    instance_type: Ec2InstanceType | None = None
    parameter_group: IParameterGroup | None = None
    parameters: Mapping[str, str] | None = None
    performance_insight_encryption_key: IKey | None = None
    performance_insight_retention: PerformanceInsightRetention | None = None
    preferred_maintenance_window: str | None = None
    publicly_accessible: bool | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    vpc_subnets: SubnetSelection | None = None


_OPTION_NAMES = tuple(f.name for f in structs.fields(ClusterInstanceOptions))


class ClusterInstance:
    """A writer or reader of a ``DatabaseCluster``, created when the cluster binds it.

    Args:
        id: the instance's construct id under the cluster.
        props: the instance's options (``ClusterInstanceOptions`` fields plus its instance type and promotion
            tier), as ``provisioned`` and ``serverless_v2`` gather them.
    """

    def __init__(self, id: str, props: dict[str, Any]) -> None:
        self._id = id
        self._props = props

    @staticmethod
    def provisioned(
        id: str,
        *,
        instance_type: Ec2InstanceType | None = None,
        promotion_tier: int | float | None = None,
        allow_major_version_upgrade: bool | None = None,
        apply_immediately: bool | None = None,
        auto_minor_version_upgrade: bool | None = None,
        availability_zone: str | None = None,
        ca_certificate: CaCertificate | None = None,
        enable_performance_insights: bool | None = None,
        instance_identifier: str | None = None,
        is_from_legacy_instance_props: bool | None = None,
        parameter_group: IParameterGroup | None = None,
        parameters: Mapping[str, str] | None = None,
        performance_insight_encryption_key: IKey | None = None,
        performance_insight_retention: PerformanceInsightRetention | None = None,
        preferred_maintenance_window: str | None = None,
        publicly_accessible: bool | None = None,
    ) -> IClusterInstance:
        """A provisioned instance (default t3.medium, promotion tier 2)."""
        props = {n: v for n, v in locals().items() if n in _OPTION_NAMES}
        props["promotion_tier"] = promotion_tier
        props["instance_type"] = ClusterInstanceType.provisioned(instance_type)
        return ClusterInstance(id, props)

    @staticmethod
    def serverless_v2(
        id: str,
        *,
        scale_with_writer: bool | None = None,
        allow_major_version_upgrade: bool | None = None,
        apply_immediately: bool | None = None,
        auto_minor_version_upgrade: bool | None = None,
        availability_zone: str | None = None,
        ca_certificate: CaCertificate | None = None,
        enable_performance_insights: bool | None = None,
        instance_identifier: str | None = None,
        is_from_legacy_instance_props: bool | None = None,
        parameter_group: IParameterGroup | None = None,
        parameters: Mapping[str, str] | None = None,
        performance_insight_encryption_key: IKey | None = None,
        performance_insight_retention: PerformanceInsightRetention | None = None,
        preferred_maintenance_window: str | None = None,
        publicly_accessible: bool | None = None,
    ) -> IClusterInstance:
        """A Serverless v2 instance (promotion tier 1 with ``scale_with_writer``, else 2)."""
        props = {n: v for n, v in locals().items() if n in _OPTION_NAMES}
        props["promotion_tier"] = 1 if scale_with_writer else 2
        props["instance_type"] = ClusterInstanceType.serverless_v2()
        return ClusterInstance(id, props)

    def bind(
        self,
        scope: Construct,
        cluster: Any,
        *,
        monitoring_interval: Duration | None = None,
        monitoring_role: IRole | None = None,
        promotion_tier: int | float | None = None,
        removal_policy: RemovalPolicy | None = None,
        subnet_group: ISubnetGroup | None = None,
    ) -> IAuroraClusterInstance:
        """Create the instance in ``scope`` for ``cluster``.

        Args:
            scope: where the instance goes.
            cluster: the cluster.
            monitoring_interval: the enhanced monitoring interval.
            monitoring_role: the enhanced monitoring role.
            promotion_tier: the failover priority (overrides the instance's).
            removal_policy: the cluster's removal policy.
            subnet_group: the cluster's subnet group.
        """
        props = dict(self._props)
        props.update(
            monitoring_interval=monitoring_interval, monitoring_role=monitoring_role, removal_policy=removal_policy,
            subnet_group=subnet_group,
        )
        if promotion_tier is not None:
            props["promotion_tier"] = promotion_tier
        return _AuroraClusterInstance(scope, self._id, cluster, props)


def _database_instance_type(instance_type: ClusterInstanceType) -> str:
    text = instance_type.to_string()
    return text if instance_type.type is InstanceType.SERVERLESS_V2 else "db." + text


class _AuroraClusterInstance(Resource):
    """An ``AWS::RDS::DBInstance`` in an Aurora cluster."""

    def __init__(self, scope: Construct, id: str, cluster: Any, props: dict[str, Any]) -> None:
        from l2 import ec2
        from l2.rds._parameter_group import ParameterGroup

        legacy = props.get("is_from_legacy_instance_props")
        super().__init__(scope, f"{id}Wrapper" if legacy else id, physical_name=props.get("instance_identifier"))
        tier = props.get("promotion_tier")
        self.tier = tier if tier is not None else 2
        if self.tier < 0 or self.tier > 15:
            raise ValidationError("promotionTier must be between 0-15", self)
        internet = None
        publicly_accessible = props.get("publicly_accessible")
        if Resource.is_owned_resource(cluster):
            internet = cluster.vpc.select_subnets(
                **_util.selection_kwargs(cluster.vpc_subnets) if cluster.vpc_subnets else {}
            ).internet_connectivity_established
            in_public = (
                cluster.vpc_subnets is not None and cluster.vpc_subnets.subnet_type is ec2.SubnetType.PUBLIC
            ) if cluster.vpc_subnets is not None else None
            if publicly_accessible is None:
                publicly_accessible = in_public
        given_type: ClusterInstanceType | None = props.get("instance_type")
        instance_type = given_type or ClusterInstanceType.serverless_v2()
        self.type = instance_type.type
        self.instance_size = given_type.to_string() if self.type is InstanceType.PROVISIONED and given_type else None
        engine = cluster.engine
        epi = props.get("enable_performance_insights")
        retention = props.get("performance_insight_retention")
        key = props.get("performance_insight_encryption_key")
        enabled = bool(epi) or retention is not None or key is not None
        if enabled and epi is False:
            raise ValidationError(
                "`enablePerformanceInsights` disabled, but `performanceInsightRetention` or "
                "`performanceInsightEncryptionKey` was set",
                self,
            )
        self.performance_insights_enabled = enabled
        self.performance_insight_retention = (retention or PerformanceInsightRetention.DEFAULT) if enabled else None
        self.performance_insight_encryption_key = key
        group = props.get("parameter_group")
        if group is None and props.get("parameters") is not None:
            owner = self if FeatureFlags.of(self).is_enabled(AURORA_INSTANCE_PARAMETER_GROUP_SCOPE) else cluster
            group = ParameterGroup(owner, "InstanceParameterGroup", engine=engine, parameters=props["parameters"])
        pg_name = group.bind_to_instance().parameter_group_name if group is not None else None
        interval: Duration | None = props.get("monitoring_interval")
        role = props.get("monitoring_role")
        subnet_group = props.get("subnet_group")
        ca: CaCertificate | None = props.get("ca_certificate")
        instance = CfnDBInstance(
            scope if legacy else self,
            id if legacy else "Resource",
            engine=engine.engine_type,
            db_cluster_identifier=cluster.cluster_identifier,
            promotion_tier=None if legacy else self.tier,
            db_instance_identifier=self.physical_name,
            db_instance_class=_database_instance_type(instance_type) if given_type is not None else None,
            publicly_accessible=publicly_accessible,
            availability_zone=props.get("availability_zone"),
            preferred_maintenance_window=props.get("preferred_maintenance_window"),
            enable_performance_insights=True if enabled else epi,
            performance_insights_kms_key_id=key.key_arn if key is not None else None,
            performance_insights_retention_period=self.performance_insight_retention.value
            if self.performance_insight_retention is not None
            else None,
            db_subnet_group_name=subnet_group.subnet_group_name if legacy and subnet_group is not None else None,
            db_parameter_group_name=pg_name,
            monitoring_interval=interval.to_seconds() if interval is not None else None,
            monitoring_role_arn=role.role_arn if role is not None else None,
            auto_minor_version_upgrade=props.get("auto_minor_version_upgrade"),
            allow_major_version_upgrade=props.get("allow_major_version_upgrade"),
            ca_certificate_identifier=str(ca) if ca is not None else None,
            apply_immediately=props.get("apply_immediately"),
        )
        instance.apply_removal_policy(_util.helper_removal_policy(props.get("removal_policy")))
        if internet is not None:
            instance.node.add_dependency(internet)
        self._resource = instance
        self.dbi_resource_id: str = instance.attr_dbi_resource_id
        self.db_instance_endpoint_address: str = instance.attr_endpoint_address

    @property
    def instance_identifier(self) -> str:
        """The instance identifier."""
        return self.get_resource_name_attribute(self._resource.ref)

    @property
    def db_instance_arn(self) -> str:
        """The instance ARN."""
        return self.get_resource_arn_attribute(
            self._resource.attr_db_instance_arn,
            {"resource": "db", "service": "rds", "arn_format": ArnFormat.COLON_RESOURCE_NAME,
             "resource_name": self.physical_name},
        )


if TYPE_CHECKING:
    from l2.rds._interfaces import IAuroraClusterInstance, IClusterInstance
