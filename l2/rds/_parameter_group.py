"""``ParameterGroup``: instance and cluster parameter groups, created on first use."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Lazy, RemovalPolicy, Resource, Stack, ValidationError
from constructs.internals import structs
from l1._private.interfaces.rds import DBClusterParameterGroupReference as DBClusterParameterGroupReference
from l1._private.interfaces.rds import DBParameterGroupReference as DBParameterGroupReference
from l1.rds import CfnDBClusterParameterGroup, CfnDBParameterGroup

if TYPE_CHECKING:
    from l2.rds._interfaces import IEngine, IParameterGroup


@structs.frozen(kw_only=True)
class ParameterGroupInstanceConfig:
    """What a parameter group gives an instance it is bound to.

    Args:
        parameter_group_name: the name of the DB parameter group.
    """

    parameter_group_name: str


@structs.frozen(kw_only=True)
class ParameterGroupClusterConfig:
    """What a parameter group gives a cluster it is bound to.

    Args:
        parameter_group_name: the name of the DB cluster parameter group.
    """

    parameter_group_name: str


@structs.frozen(kw_only=True)
class ParameterGroupInstanceBindOptions:
    """Options of ``bind_to_instance`` (none yet)."""


@structs.frozen(kw_only=True)
class ParameterGroupClusterBindOptions:
    """Options of ``bind_to_cluster`` (none yet)."""


class _ImportedParameterGroup(Resource):
    def __init__(self, scope: Construct, id: str, name: str) -> None:
        super().__init__(scope, id)
        self._name = name
        self._scope = scope

    def bind_to_cluster(self) -> ParameterGroupClusterConfig:
        """The imported group's name."""
        return ParameterGroupClusterConfig(parameter_group_name=self._name)

    def bind_to_instance(self) -> ParameterGroupInstanceConfig:
        """The imported group's name."""
        return ParameterGroupInstanceConfig(parameter_group_name=self._name)

    def add_parameter(self, key: str, value: str) -> bool:
        """Imported groups cannot change: ``False``."""
        return False

    @property
    def db_parameter_group_ref(self) -> DBParameterGroupReference:
        """The group's name and ARN."""
        return DBParameterGroupReference(
            db_parameter_group_name=self._name,
            db_parameter_group_arn=Stack.of(self._scope).format_arn(
                service="rds", resource="pg", resource_name=self._name, arn_format=ArnFormat.COLON_RESOURCE_NAME
            ),
        )

    @property
    def db_cluster_parameter_group_ref(self) -> DBClusterParameterGroupReference:
        """The group's name."""
        return DBClusterParameterGroupReference(db_cluster_parameter_group_name=self._name)


class ParameterGroup(Resource):
    """Parameters of an engine family; becomes an ``AWS::RDS::DBParameterGroup`` when bound to an instance and an
    ``AWS::RDS::DBClusterParameterGroup`` when bound to a cluster.

    Args:
        scope: the parent construct.
        id: the construct id.
        engine: the engine (must be versioned: its family names the group's).
        description: default ``Parameter group for <family>`` / ``Cluster parameter group for <family>``.
        name: the group's name (default generated).
        parameters: the parameters (more can be added with ``add_parameter``).
        removal_policy: what happens to the group when it leaves the stack.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.ParameterGroup"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        engine: IEngine,
        description: str | None = None,
        name: str | None = None,
        parameters: Mapping[str, str] | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        super().__init__(scope, id)
        family = engine.parameter_group_family
        if not family:
            raise ValidationError("ParameterGroup cannot be used with an engine that doesn't specify a version", self)
        self._family = family
        self._description = description
        self._name = name
        self._parameters: dict[str, str] = dict(parameters or {})
        self._removal_policy = removal_policy
        self._cluster_group: CfnDBClusterParameterGroup | None = None
        self._instance_group: CfnDBParameterGroup | None = None

    def _parameters_lazy(self) -> Any:
        return Lazy.any(lambda: dict(self._parameters))

    @staticmethod
    def from_parameter_group_name(scope: Construct, id: str, parameter_group_name: str) -> IParameterGroup:
        """Import a parameter group by name."""
        return _ImportedParameterGroup(scope, id, parameter_group_name)

    @staticmethod
    def for_instance(
        scope: Construct,
        id: str,
        *,
        engine: IEngine,
        description: str | None = None,
        name: str | None = None,
        parameters: Mapping[str, str] | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> ParameterGroup:
        """A parameter group created at once as a DB parameter group."""
        group = ParameterGroup(
            scope, id, engine=engine, description=description, name=name, parameters=parameters,
            removal_policy=removal_policy,
        )
        group._create_instance_group()
        return group

    @staticmethod
    def for_cluster(
        scope: Construct,
        id: str,
        *,
        engine: IEngine,
        description: str | None = None,
        name: str | None = None,
        parameters: Mapping[str, str] | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> ParameterGroup:
        """A parameter group created at once as a DB cluster parameter group."""
        group = ParameterGroup(
            scope, id, engine=engine, description=description, name=name, parameters=parameters,
            removal_policy=removal_policy,
        )
        group._create_cluster_group()
        return group

    def bind_to_cluster(self) -> ParameterGroupClusterConfig:
        """Create (once) the cluster parameter group; its name."""
        return ParameterGroupClusterConfig(parameter_group_name=self._create_cluster_group())

    def bind_to_instance(self) -> ParameterGroupInstanceConfig:
        """Create (once) the instance parameter group; its name."""
        return ParameterGroupInstanceConfig(parameter_group_name=self._create_instance_group())

    def add_parameter(self, key: str, value: str) -> bool:
        """Add (or replace) a parameter; ``True``."""
        self._parameters[key] = value
        return True

    def _create_instance_group(self) -> str:
        if self._instance_group is None:
            self._instance_group = CfnDBParameterGroup(
                self,
                "InstanceParameterGroup" if self._cluster_group is not None else "Resource",
                description=self._description or f"Parameter group for {self._family}",
                family=self._family,
                db_parameter_group_name=self._name,
                parameters=self._parameters_lazy(),
            )
        if self._removal_policy is not None:
            self._instance_group.apply_removal_policy(self._removal_policy)
        return self._instance_group.ref

    def _create_cluster_group(self) -> str:
        if self._cluster_group is None:
            self._cluster_group = CfnDBClusterParameterGroup(
                self,
                "ClusterParameterGroup" if self._instance_group is not None else "Resource",
                description=self._description or f"Cluster parameter group for {self._family}",
                family=self._family,
                db_cluster_parameter_group_name=self._name,
                parameters=self._parameters_lazy(),
            )
        if self._removal_policy is not None:
            self._cluster_group.apply_removal_policy(self._removal_policy)
        return self._cluster_group.ref

    @property
    def db_parameter_group_ref(self) -> DBParameterGroupReference:
        """The DB parameter group's name and ARN (the ARN needs the group bound to an instance)."""
        if self._instance_group is None:
            raise ValidationError(
                "this ParameterGroup is not bound to a DB instance, so it has no DB parameter group ARN - bind it "
                "with bindToInstance() or create it with ParameterGroup.forInstance()",
                self,
            )
        return DBParameterGroupReference(
            db_parameter_group_name=self._instance_group.ref,
            db_parameter_group_arn=self._instance_group.attr_db_parameter_group_arn,
        )

    @property
    def db_cluster_parameter_group_ref(self) -> DBClusterParameterGroupReference:
        """The DB cluster parameter group's name."""
        name = self._cluster_group.ref if self._cluster_group is not None else (self._name or "")
        return DBClusterParameterGroupReference(db_cluster_parameter_group_name=name)
