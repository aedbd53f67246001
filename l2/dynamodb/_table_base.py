"""``TableBase``: what new and imported tables share (grants and metrics)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Resource, Stack, ValidationError
from constructs.internals import structs
from l2.dynamodb._grants import StreamGrants, TableGrants, TableReference
from l2.dynamodb._metrics import TableMetrics

if TYPE_CHECKING:
    from l2.iam import (
        AddToResourcePolicyResult,
        Grant,
        GrantOnKeyResult,
        IGrantable,
        PolicyDocument,
        PolicyStatement,
    )
    from l2.kms import IKey

_CANNED_STATISTICS: dict[str, str] = {
    "ConsumedReadCapacityUnits": "Sum",
    "ConsumedWriteCapacityUnits": "Sum",
}


@structs.frozen(kw_only=True)
class TableAttributes:
    """What ``Table.from_table_attributes`` needs to know about an existing table.

    Args:
        table_arn / table_name: exactly one of them.
        table_stream_arn: the ARN of the table's stream (needed by the stream grants).
        encryption_key: the KMS key encrypting the table (grants then cover it).
        global_indexes / local_indexes / grant_index_permissions: grants also cover ``<arn>/index/*``.
    """

    encryption_key: IKey | None = None
    global_indexes: Sequence[str] | None = None
    grant_index_permissions: bool | None = None
    local_indexes: Sequence[str] | None = None
    table_arn: str | None = None
    table_name: str | None = None
    table_stream_arn: str | None = None


class TableBase(TableMetrics, Resource):
    """A new or imported DynamoDB table.

    Subclasses set ``table_arn``, ``table_name``, ``table_stream_arn``, ``encryption_key`` and ``has_index``.
    """

    table_arn: str
    table_name: str
    table_stream_arn: str | None
    encryption_key: IKey | None
    regions: list[str]
    resource_policy: PolicyDocument | None = None
    """The table's resource policy (``None`` without one; imported tables have none)."""

    @property
    def has_index(self) -> bool:
        """Whether grants must also cover the table's indexes."""
        return False

    # -- resource policy -----------------------------------------------------------------------------------
    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the table's resource policy (imported tables ignore it)."""
        from l2 import iam

        return iam.AddToResourcePolicyResult(statement_added=False)

    # -- grants --------------------------------------------------------------------------------------------
    @property
    def table_ref(self) -> TableReference:
        """The table's name and ARN."""
        return TableReference(table_arn=self.table_arn, table_name=self.table_name)

    @property
    def grants(self) -> TableGrants:
        """The grants on this table (and its replicas and indexes)."""
        return TableGrants.from_table(self, self.regions)

    @property
    def stream_grants(self) -> StreamGrants:
        """The grants on this table's stream.

        Raises:
            ValidationError: the table has no stream.
        """
        if not self.table_stream_arn:
            raise ValidationError(f"DynamoDB Streams must be enabled on the table {self.node.path}", self)
        return StreamGrants(table_stream_arn=self.table_stream_arn, encryption_key=self.encryption_key, table=self)

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Grant ``actions`` on the table's KMS key, if it has one; returns its ``GrantOnKeyResult``."""
        from l2 import iam

        return iam.GrantOnKeyResult(
            grant=self.encryption_key.grant(grantee, *actions) if self.encryption_key is not None else None
        )

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the table (and its indexes) to ``grantee``.

        Raises:
            ValidationError: the grantee is a service principal DynamoDB does not support in grants.
        """
        return self.grants.actions(grantee, *actions)

    def grant_read_data(self, grantee: IGrantable) -> Grant:
        """Grant reading items (and ``kms:Decrypt``/``kms:DescribeKey`` on the key)."""
        return self.grants.read_data(grantee)

    def grant_write_data(self, grantee: IGrantable) -> Grant:
        """Grant writing and deleting items (and encrypt/decrypt on the key)."""
        return self.grants.write_data(grantee)

    def grant_read_write_data(self, grantee: IGrantable) -> Grant:
        """Grant reading and writing items (and encrypt/decrypt on the key)."""
        return self.grants.read_write_data(grantee)

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Grant ``dynamodb:*`` on the table (and encrypt/decrypt on the key)."""
        return self.grants.full_access(grantee)

    def grant_stream(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the table's stream.

        Raises:
            ValidationError: the table has no stream.
        """
        return self.stream_grants.actions(grantee, *actions)

    def grant_table_list_streams(self, grantee: IGrantable) -> Grant:
        """Grant ``dynamodb:ListStreams`` on ``*``.

        Raises:
            ValidationError: the table has no stream.
        """
        return self.stream_grants.list(grantee)

    def grant_stream_read(self, grantee: IGrantable) -> Grant:
        """Grant listing streams and reading this table's stream (and decrypting with the key).

        Raises:
            ValidationError: the table has no stream.
        """
        return self.stream_grants.read(grantee)


class ImportedTable(TableBase):
    """A table defined outside the app (``Table.from_table_*``); its resource policy cannot be changed."""

    def __init__(self, scope: Construct, id: str, attributes: TableAttributes) -> None:
        super().__init__(scope, id)
        stack = Stack.of(scope)
        if attributes.table_name:
            if attributes.table_arn:
                raise ValidationError("Only one of tableArn or tableName can be provided", scope)
            name = attributes.table_name
            arn = stack.format_arn(service="dynamodb", resource="table", resource_name=name)
        else:
            if not attributes.table_arn:
                raise ValidationError("One of tableName or tableArn is required!", scope)
            from constructs import ArnFormat

            arn = attributes.table_arn
            maybe_name = stack.split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
            if not maybe_name:
                raise ValidationError("ARN for DynamoDB table must be in the form: ...", scope)
            name = maybe_name
        self.table_arn = arn
        self.table_name = name
        self.table_stream_arn = attributes.table_stream_arn
        self.encryption_key = attributes.encryption_key
        self.regions = []
        self._has_index = bool(
            attributes.grant_index_permissions or attributes.global_indexes or attributes.local_indexes
        )

    @property
    def has_index(self) -> bool:
        return self._has_index
