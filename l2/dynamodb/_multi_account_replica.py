"""``TableV2MultiAccountReplica``: a replica of a ``TableV2`` global table in another account and region."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    ArnFormat,
    CfnTag,
    Construct,
    Lazy,
    PhysicalName,
    RemovalPolicy,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from l1.dynamodb import CfnGlobalTable
from l2.dynamodb._capacity import TableEncryptionV2
from l2.dynamodb._grants import TableGrants
from l2.dynamodb._interfaces import GlobalTableSettingsReplicationMode, ITableV2
from l2.dynamodb._shared import (
    ContributorInsightsSpecification,
    PointInTimeRecoverySpecification,
    TableClass,
    render_optional,
)
from l2.dynamodb._table_v2_base import TableBaseV2

if TYPE_CHECKING:
    from l2.iam import AddToResourcePolicyResult, PolicyDocument, PolicyStatement
    from l2.kinesis import IStream
    from l2.kms import IKey


class TableV2MultiAccountReplica(TableBaseV2):
    """A replica, in this stack's account and region, of a ``TableV2`` owned by another account.

    The source table's resource policy lets this replica associate and replicate (when the source is defined in
    the app or has a resource policy); this replica's own policy lets the replication service write.

    Args:
        scope: the parent construct.
        id: the construct id.
        replica_source_table: the global table to replicate (required; in another account and region).
        table_name: the replica's name (default: generated when another environment needs it).
        encryption: the replica's encryption (default: an AWS owned key).
        global_table_settings_replication_mode: whether the global table's settings are replicated.
        grant_index_permissions: whether grants also cover the indexes (default ``True``).
        removal_policy: what happens to the replica when removed from the stack (default: retain).
        contributor_insights: accepted for parity; aws-cdk-lib renders only ``contributor_insights_specification``.
        contributor_insights_specification: CloudWatch Contributor Insights of the replica.
        deletion_protection: forbid deleting the replica.
        kinesis_stream: a Kinesis data stream receiving item changes.
        point_in_time_recovery: accepted for parity; aws-cdk-lib renders only the specification.
        point_in_time_recovery_specification: continuous backups of the replica.
        resource_policy: the replica's resource policy.
        stream_resource_policy: the resource policy of the replica's stream.
        table_class: the replica's table class.
        tags: tags of the replica.

    Raises:
        ValidationError: the source is in the same account or the same region.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-dynamodb.TableV2MultiAccountReplica"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        encryption: TableEncryptionV2 | None = None,
        global_table_settings_replication_mode: GlobalTableSettingsReplicationMode | None = None,
        grant_index_permissions: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        replica_source_table: ITableV2 | None = None,
        table_name: str | None = None,
        contributor_insights: bool | None = None,
        contributor_insights_specification: ContributorInsightsSpecification | None = None,
        deletion_protection: bool | None = None,
        kinesis_stream: IStream | None = None,
        point_in_time_recovery: bool | None = None,
        point_in_time_recovery_specification: PointInTimeRecoverySpecification | None = None,
        resource_policy: PolicyDocument | None = None,
        stream_resource_policy: PolicyDocument | None = None,
        table_class: TableClass | None = None,
        tags: Sequence[CfnTag] | None = None,
    ) -> None:
        super().__init__(
            scope, id, physical_name=table_name if table_name is not None else PhysicalName.GENERATE_IF_NEEDED
        )
        if replica_source_table is None:
            raise ValidationError("replicaSourceTable is required for TableV2MultiAccountReplica", self)
        self._validate_accounts(replica_source_table)
        self.region: str = self.stack.region
        self._has_index = grant_index_permissions if grant_index_permissions is not None else True
        self.resource_policy = resource_policy
        self.stream_resource_policy: PolicyDocument | None = stream_resource_policy
        """The resource policy of the replica's stream (``None`` without one)."""
        self.encryption_key: IKey | None = encryption.table_key if encryption is not None else None
        replica: dict[str, Any] = {
            "region": self.stack.region,
            "deletion_protection_enabled": deletion_protection,
            "table_class": table_class.value if table_class is not None else None,
            "kinesis_stream_specification": (
                {"stream_arn": kinesis_stream.stream_arn} if kinesis_stream is not None else None
            ),
            "contributor_insights_specification": render_optional(contributor_insights_specification),
            "point_in_time_recovery_specification": render_optional(point_in_time_recovery_specification),
            "resource_policy": Lazy.any(
                lambda: (
                    CfnGlobalTable.ResourcePolicyProperty(policy_document=self.resource_policy)
                    if self.resource_policy is not None
                    else None
                )
            ),
            "replica_stream_specification": Lazy.any(
                lambda: (
                    CfnGlobalTable.ReplicaStreamSpecificationProperty(
                        resource_policy=CfnGlobalTable.ResourcePolicyProperty(
                            policy_document=self.stream_resource_policy
                        )
                    )
                    if self.stream_resource_policy is not None
                    else None
                )
            ),
            "sse_specification": (
                encryption._render_replica_sse_specification(self, self.stack.region) if encryption is not None else None
            ),
            "tags": [{"key": t.key, "value": t.value} for t in tags] if tags else None,
            "global_table_settings_replication_mode": (
                global_table_settings_replication_mode.value if global_table_settings_replication_mode else None
            ),
        }
        self.resource: CfnGlobalTable = CfnGlobalTable(
            self,
            "Resource",
            table_name=replica_source_table.table_name,
            replicas=[CfnGlobalTable.ReplicaSpecificationProperty(**replica)],
            global_table_source_arn=replica_source_table.table_arn,
        )
        self.resource.apply_removal_policy(removal_policy)
        self.table_id: str = self.resource.attr_table_id
        self.table_stream_arn: str = self.resource.attr_stream_arn
        self.grants: TableGrants = TableGrants(table=self, regions=[])
        self.grants.multi_account_replication_from(replica_source_table.table_arn)
        has_cfn_resource = replica_source_table.node.default_child is not None
        if getattr(replica_source_table, "resource_policy", None) is not None or has_cfn_resource:
            replica_source_table.grants.multi_account_replication_to(self.table_arn)
        else:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-dynamodb:multiAccountReplicaSourceWithoutPolicy",
                "The source table is imported without a resource policy and cannot be granted multi-account "
                "replication permissions. You must manually configure multi-account replication permissions on the "
                "source table. Call sourceTable.grants.multiAccountReplicationTo("
                f"'{self.table_arn}') on the actual source table stack.",
            )
        if table_name:
            self.node.add_metadata("aws:cdk:hasPhysicalName", self.table_name)

    @functools.cached_property
    def table_arn(self) -> str:  # type: ignore[override]
        """The ARN of the replica (formatted from its name in another environment)."""
        return self.get_resource_arn_attribute(
            self.resource.attr_arn,
            {"service": "dynamodb", "resource": "table", "resource_name": self.physical_name},
        )

    @functools.cached_property
    def table_name(self) -> str:  # type: ignore[override]
        """The name of the replica."""
        return self.get_resource_name_attribute(self.resource.ref)

    @property
    def has_index(self) -> bool:
        """Whether grants also cover ``<table arn>/index/*``."""
        return self._has_index

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the replica's resource policy, creating it on first use."""
        from l2 import iam

        if self.resource_policy is None:
            self.resource_policy = iam.PolicyDocument(statements=[])
        self.resource_policy.add_statements(statement)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self.resource_policy)

    def add_to_stream_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the resource policy of the replica's stream, creating it on first use."""
        from l2 import iam

        if self.stream_resource_policy is None:
            self.stream_resource_policy = iam.PolicyDocument(statements=[])
        self.stream_resource_policy.add_statements(statement)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self.stream_resource_policy)

    def _validate_accounts(self, source: ITableV2) -> None:
        source_stack = Stack.of(source)
        account, region = source_stack.account, source_stack.region
        if not Resource.is_owned_resource(source):
            parts = self.stack.split_arn(source.table_arn, ArnFormat.SLASH_RESOURCE_NAME)
            account = parts.account or account
            region = parts.region or region
        if not Token.is_unresolved(account) and not Token.is_unresolved(self.stack.account) and account == self.stack.account:
            raise ValidationError(
                "Multi-account replica must be in a different account than the source table. For same-account "
                "replication, use addReplica() instead.",
                self,
            )
        if not Token.is_unresolved(region) and not Token.is_unresolved(self.stack.region) and region == self.stack.region:
            raise ValidationError("Multi-account replica must be in a different region than the source table.", self)
