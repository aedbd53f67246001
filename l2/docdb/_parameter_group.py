"""``ClusterParameterGroup``: the engine parameters of a DocumentDB cluster."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from constructs import Construct, Resource
from l1.docdb import CfnDBClusterParameterGroup
from l2.interfaces.docdb import DBClusterParameterGroupReference

if TYPE_CHECKING:
    from l2.docdb._interfaces import IClusterParameterGroup


class _ParameterGroupBase(Resource):
    parameter_group_name: str

    @property
    def db_cluster_parameter_group_ref(self) -> DBClusterParameterGroupReference:
        """The group's name."""
        return DBClusterParameterGroupReference(db_cluster_parameter_group_name=self.parameter_group_name)


class _ImportedParameterGroup(_ParameterGroupBase):
    def __init__(self, scope: Construct, id: str, name: str) -> None:
        super().__init__(scope, id)
        self.parameter_group_name = name


class ClusterParameterGroup(_ParameterGroupBase):
    """A DocumentDB cluster parameter group.

    Args:
        scope: the parent construct.
        id: the construct id.
        family: the parameter group family (``docdb5.0``).
        parameters: the parameters.
        db_cluster_parameter_group_name: the group's name (default generated).
        description: the description (default ``Cluster parameter group for <family>``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-docdb.ClusterParameterGroup"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        family: str,
        parameters: Mapping[str, str],
        db_cluster_parameter_group_name: str | None = None,
        description: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        resource = CfnDBClusterParameterGroup(
            self,
            "Resource",
            name=db_cluster_parameter_group_name,
            description=description or f"Cluster parameter group for {family}",
            family=family,
            parameters=parameters,
        )
        self.parameter_group_name = resource.ref

    @staticmethod
    def from_parameter_group_name(scope: Construct, id: str, parameter_group_name: str) -> IClusterParameterGroup:
        """Import a parameter group by name."""
        return _ImportedParameterGroup(scope, id, parameter_group_name)
