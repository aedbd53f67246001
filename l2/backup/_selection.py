"""``BackupSelection`` and ``BackupResource``: which resources a backup plan backs up, and the role it uses."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Aspects, Construct, IConstruct, Lazy, Resource, Stack
from constructs._aspects import mutating_aspect_priority
from l1.backup import CfnBackupSelection
from l2.backup._types import TagCondition, TagOperation

if TYPE_CHECKING:
    from l2.iam import IPrincipal, IRole
    from l2.interfaces.backup import IBackupPlanRef
    from l2.interfaces.dynamodb import ITableRef
    from l2.interfaces.ec2 import IInstanceRef
    from l2.interfaces.efs import IFileSystemRef
    from l2.interfaces.rds import IDBClusterRef, IDBInstanceRef


class BackupResource:
    """A resource, tag condition or construct tree to back up (use the ``from_*`` methods).

    Args:
        resource: an ARN or ARN pattern.
        tag_condition: a condition on resource tags.
        construct: a construct whose supported resources are all backed up.
    """

    def __init__(
        self,
        resource: str | None = None,
        tag_condition: TagCondition | Mapping[str, Any] | None = None,
        construct: Construct | None = None,
    ) -> None:
        if tag_condition is not None and not isinstance(tag_condition, TagCondition):
            tag_condition = TagCondition(**tag_condition)
        self._resource = resource
        self._tag_condition = tag_condition
        self._construct = construct

    @property
    def resource(self) -> str | None:
        """The ARN or ARN pattern."""
        return self._resource

    @property
    def tag_condition(self) -> TagCondition | None:
        """The tag condition."""
        return self._tag_condition

    @property
    def construct(self) -> Construct | None:
        """The construct whose supported resources are backed up."""
        return self._construct

    @staticmethod
    def from_construct(construct: Construct) -> BackupResource:
        """Every supported resource (DynamoDB tables, EFS file systems, EC2 instances and volumes, RDS) in
        ``construct``'s tree."""
        return BackupResource(None, None, construct)

    @staticmethod
    def from_dynamo_db_table(table: ITableRef) -> BackupResource:
        """A DynamoDB table."""
        return BackupResource.from_arn(table.table_ref.table_arn)

    @staticmethod
    def from_ec2_instance(instance: IInstanceRef) -> BackupResource:
        """An EC2 instance."""
        return BackupResource.from_arn(Stack.of(instance).format_arn(
            service="ec2", resource="instance", resource_name=instance.instance_ref.instance_id))

    @staticmethod
    def from_efs_file_system(file_system: IFileSystemRef) -> BackupResource:
        """An EFS file system."""
        return BackupResource.from_arn(Stack.of(file_system).format_arn(
            service="elasticfilesystem", resource="file-system", resource_name=file_system.file_system_ref.file_system_id
        ))

    @staticmethod
    def from_rds_database_instance(instance: IDBInstanceRef) -> BackupResource:
        """An RDS database instance."""
        return BackupResource.from_arn(instance.db_instance_ref.db_instance_arn)

    @staticmethod
    def from_rds_database_cluster(cluster: IDBClusterRef) -> BackupResource:
        """An RDS database cluster."""
        stack = Stack.of(cluster)
        return BackupResource.from_arn(
            f"arn:{stack.partition}:rds:{stack.region}:{stack.account}:cluster:"
            f"{cluster.db_cluster_ref.db_cluster_identifier}"
        )

    @staticmethod
    def from_rds_serverless_cluster(cluster: IDBClusterRef) -> BackupResource:
        """An Aurora Serverless cluster."""
        return BackupResource.from_arn(cluster.db_cluster_ref.db_cluster_arn)

    @staticmethod
    def from_arn(arn: str) -> BackupResource:
        """An ARN, or a pattern such as ``arn:aws:ec2:us-east-1:123456789012:volume/*``."""
        return BackupResource(arn)

    @staticmethod
    def from_tag(key: str, value: str, operation: TagOperation | None = None) -> BackupResource:
        """The resources with a tag (``operation`` default ``STRING_EQUALS``)."""
        return BackupResource(None, TagCondition(key=key, value=value, operation=operation))


def _l1_class(module: str, name: str) -> Any:
    """An L1 class, if its module is loaded (when it is not, no construct can be one)."""
    mod = sys.modules.get(module)
    return getattr(mod, name, None) if mod is not None else None


class _BackupableResourcesCollector:
    """The aspect that collects the ARNs of the resources AWS Backup supports under a construct."""

    __slots__ = ("resources",)

    def __init__(self) -> None:
        self.resources: list[str] = []

    def visit(self, construct: IConstruct) -> None:
        node: Any = construct
        simple = (
            ("l1.efs", "CfnFileSystem", "elasticfilesystem", "file-system"),
            ("l1.dynamodb", "CfnTable", "dynamodb", "table"),
            ("l1.ec2", "CfnInstance", "ec2", "instance"),
            ("l1.ec2", "CfnVolume", "ec2", "volume"),
        )
        for module, name, service, resource in simple:
            cls = _l1_class(module, name)
            if cls is not None and isinstance(node, cls):
                self.resources.append(Stack.of(node).format_arn(
                    service=service, resource=resource, resource_name=node.ref))
        db_instance = _l1_class("l1.rds", "CfnDBInstance")
        if db_instance is not None and isinstance(node, db_instance) and not node.db_cluster_identifier:
            self.resources.append(Stack.of(node).format_arn(
                service="rds", resource="db", arn_format=ArnFormat.COLON_RESOURCE_NAME, resource_name=node.ref))
        db_cluster = _l1_class("l1.rds", "CfnDBCluster")
        if db_cluster is not None and isinstance(node, db_cluster):
            self.resources.append(Stack.of(node).format_arn(
                service="rds", resource="cluster", arn_format=ArnFormat.COLON_RESOURCE_NAME,
                resource_name=node.ref))


class BackupSelection(Resource):
    """The resources a backup plan backs up.

    Args:
        scope: the parent construct.
        id: the construct id.
        backup_plan: the plan the selection belongs to.
        resources: the resources to back up (``BackupResource.from_*``).
        allow_restores: attach ``AWSBackupServiceRolePolicyForRestores`` to the role (default false).
        backup_selection_name: the selection's name (default the construct id).
        disable_default_backup_policy: do not attach ``AWSBackupServiceRolePolicyForBackup`` (default false).
        role: the role AWS Backup uses (default a new one).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-backup.BackupSelection"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        backup_plan: IBackupPlanRef,
        resources: Sequence[BackupResource],
        allow_restores: bool | None = None,
        backup_selection_name: str | None = None,
        disable_default_backup_policy: bool | None = None,
        role: IRole | None = None,
    ) -> None:
        from l2 import iam

        super().__init__(scope, id)
        the_role: IRole = role if role is not None else iam.Role(
            self, "Role", assumed_by=iam.ServicePrincipal("backup.amazonaws.com")
        )
        if not disable_default_backup_policy:
            the_role.add_managed_policy(
                iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSBackupServiceRolePolicyForBackup")
            )
        if allow_restores:
            the_role.add_managed_policy(
                iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSBackupServiceRolePolicyForRestores")
            )
        self._grant_principal: IPrincipal = the_role
        self._list_of_tags: list[CfnBackupSelection.ConditionResourceTypeProperty] = []
        self._resources: list[str] = []
        self._collector = _BackupableResourcesCollector()
        tags, arns, collector = self._list_of_tags, self._resources, self._collector

        def produce_resources() -> list[str] | None:
            every = [*arns, *collector.resources]
            return every or None

        selection = CfnBackupSelection(
            self,
            "Resource",
            backup_plan_id=backup_plan.backup_plan_ref.backup_plan_id,
            backup_selection=CfnBackupSelection.BackupSelectionResourceTypeProperty(
                iam_role_arn=the_role.role_arn,
                selection_name=backup_selection_name or self.node.id,
                list_of_tags=Lazy.any(lambda: tags, omit_empty_array=True),
                resources=Lazy.any(produce_resources),
            ),
        )
        self.backup_plan_id: str = selection.attr_backup_plan_id
        self.selection_id: str = selection.attr_selection_id
        for resource in resources:
            self._add_resource(resource)

    @property
    def grant_principal(self) -> IPrincipal:
        """The role AWS Backup uses."""
        return self._grant_principal

    def _add_resource(self, resource: BackupResource) -> None:
        condition = resource.tag_condition
        if condition is not None:
            self._list_of_tags.append(
                CfnBackupSelection.ConditionResourceTypeProperty(
                    condition_key=condition.key,
                    condition_type=(condition.operation or TagOperation.STRING_EQUALS).value,
                    condition_value=condition.value,
                )
            )
        if resource.resource:
            self._resources.append(resource.resource)
        if resource.construct is not None:
            Aspects.of(resource.construct).add(self._collector,
                                               priority=mutating_aspect_priority(resource.construct))
