"""``SubnetGroup``: the subnets a database's instances are placed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, RemovalPolicy, Resource, Stack, Token
from l1._private.interfaces.rds import DBSubnetGroupReference as DBSubnetGroupReference
from l1.rds import CfnDBSubnetGroup
from l2.rds._util import selection_kwargs as _selection_kwargs

if TYPE_CHECKING:
    from l2.ec2 import IVpc, SubnetSelection
    from l2.rds._interfaces import ISubnetGroup


def _group_arn(scope: Construct, name: str) -> str:
    return Stack.of(scope).format_arn(
        service="rds", resource="subgrp", resource_name=name, arn_format=ArnFormat.COLON_RESOURCE_NAME
    )


class _ImportedSubnetGroup(Resource):
    def __init__(self, scope: Construct, id: str, subnet_group_name: str) -> None:
        super().__init__(scope, id)
        self.subnet_group_name = subnet_group_name

    @property
    def db_subnet_group_ref(self) -> DBSubnetGroupReference:
        """The group's name and ARN."""
        return DBSubnetGroupReference(
            db_subnet_group_arn=_group_arn(self, self.subnet_group_name), db_subnet_group_name=self.subnet_group_name
        )


class SubnetGroup(Resource):
    """A DB subnet group (``AWS::RDS::DBSubnetGroup``).

    Args:
        scope: the parent construct.
        id: the construct id.
        description: the group's description.
        vpc: the VPC of the subnets.
        removal_policy: what happens to the group when it leaves the stack (default: CloudFormation's).
        subnet_group_name: the name (lower-cased; default generated).
        vpc_subnets: the subnets (default the private subnets with egress).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-rds.SubnetGroup"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        description: str,
        vpc: IVpc,
        removal_policy: RemovalPolicy | None = None,
        subnet_group_name: str | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        from l2 import ec2

        super().__init__(scope, id)
        selection = vpc.select_subnets(
            **_selection_kwargs(vpc_subnets or ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS))
        )
        name = subnet_group_name
        if name is not None and not Token.is_unresolved(name):
            name = name.lower()
        group = CfnDBSubnetGroup(
            self, "Default", db_subnet_group_description=description, db_subnet_group_name=name,
            subnet_ids=selection.subnet_ids,
        )
        if removal_policy is not None:
            group.apply_removal_policy(removal_policy)
        self.subnet_group_name: str = group.ref

    @property
    def db_subnet_group_ref(self) -> DBSubnetGroupReference:
        """The group's name and ARN."""
        return DBSubnetGroupReference(
            db_subnet_group_arn=_group_arn(self, self.subnet_group_name), db_subnet_group_name=self.subnet_group_name
        )

    @staticmethod
    def from_subnet_group_name(scope: Construct, id: str, subnet_group_name: str) -> ISubnetGroup:
        """Import a subnet group by name."""
        return _ImportedSubnetGroup(scope, id, subnet_group_name)
