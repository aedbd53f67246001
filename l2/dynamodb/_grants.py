"""``TableGrants`` and ``StreamGrants``: the IAM grants of a DynamoDB table and of its stream."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Lazy, Stack, Token, ValidationError
from l1._private.interfaces.dynamodb import TableReference as TableReference
from l2.dynamodb import _perms

if TYPE_CHECKING:
    from l2.dynamodb._interfaces import ITable
    from l2.iam import Grant, IEncryptedResource, IGrantable, IResourceWithPolicyV2
    from l2.kms import IKey

_KNOWN_SERVICE_PRINCIPALS = frozenset(
    {"redshift.amazonaws.com", "replication.dynamodb.amazonaws.com", "glue.amazonaws.com"}
)


def _service_name(principal: Any) -> str | None:
    service = getattr(principal, "service", None)
    if isinstance(service, str):
        return service
    inner = getattr(principal, "wrapped", None)
    return _service_name(inner) if inner is not None else None


def is_unsupported_service_principal(principal: Any) -> bool:
    """Whether ``principal`` is a service principal DynamoDB grants do not support."""
    fragment = getattr(principal, "policy_fragment", None)
    if fragment is None or "Service" not in fragment.principal_json:
        return False
    name = _service_name(principal)
    return name is None or name not in _KNOWN_SERVICE_PRINCIPALS


class TableGrants:
    """Grants on a table, its replicas in ``regions`` and (when it has any) its indexes.

    Args:
        table: the table.
        encrypted_resource: what grants use of the table's key (default: the table, when it can).
        has_index: whether to cover ``<arn>/index/*`` (default: ask the table at synthesis).
        policy_resource: the resource policy cross-account grants go to (default: the table's, when it has one).
        regions: replica regions whose tables the grants also cover.
    """

    def __init__(
        self,
        *,
        table: ITable,
        encrypted_resource: IEncryptedResource | None = None,
        has_index: bool | None = None,
        policy_resource: IResourceWithPolicyV2 | None = None,
        regions: Sequence[str] | None = None,
    ) -> None:
        from l2 import iam

        self.table = table
        self._encrypted_resource = (
            encrypted_resource if encrypted_resource is not None else iam.EncryptedResources.of(table)
        )
        self._policy_resource = policy_resource if policy_resource is not None else iam.ResourceWithPolicies.of(table)
        stack = Stack.of(table)
        regional = [
            stack.format_arn(region=r, service="dynamodb", resource="table", resource_name=table.table_name)
            for r in regions or ()
        ]

        def index_arn(arn: str) -> Any:
            # Lazy.any as a string token, not Lazy.string: pycdk resolves a Lazy.string that produces None to ""
            # (core issue); the list must hold strings for Grant's checked ``resource_arns: Sequence[str]``.
            def produce() -> str | None:
                indexed = has_index if has_index is not None else getattr(table, "has_index", False)
                return f"{arn}/index/*" if indexed else None

            return Token.as_string(Lazy.any(produce))

        self._arns: list[Any] = [table.table_arn, *regional, index_arn(table.table_arn), *map(index_arn, regional)]

    @staticmethod
    def from_table(table: ITable, regions: Sequence[str] | None = None, has_index: bool | None = None) -> TableGrants:
        """The grants of ``table``."""
        return TableGrants(table=table, regions=regions, has_index=has_index)

    def actions(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the table (identity policy, or the table's resource policy across accounts).

        Raises:
            ValidationError: the grantee is a service principal DynamoDB does not support in grants.
        """
        from l2 import iam

        if is_unsupported_service_principal(grantee.grant_principal):
            raise ValidationError(
                "DynamoDB grant* methods do not support ServicePrincipal grantees. Use table.addToResourcePolicy() "
                "for an explicit service-specific table policy with required service principal, actions, and "
                "conditions",
                self.table,
            )
        if self._policy_resource is None:
            return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=self._arns)
        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=self._arns, resource=self._policy_resource,
            resource_self_arns=["*"],
        )

    def _grant_on_key(self, grantee: Any, *actions: str) -> None:
        if self._encrypted_resource is not None:
            self._encrypted_resource.grant_on_key(grantee, *actions)

    def _principal_only_read(self, grantee: Any) -> Any:
        from l2 import iam

        return iam.Grant.add_to_principal(
            grantee=grantee, actions=list(_perms.PRINCIPAL_ONLY_READ_DATA_ACTIONS), resource_arns=self._arns
        )

    def read_data(self, grantee: IGrantable) -> Grant:
        """Grant reading items (and ``kms:Decrypt``/``kms:DescribeKey`` on the key)."""
        self._grant_on_key(grantee, *_perms.KEY_READ_ACTIONS)
        result = self.actions(grantee, *_perms.RESOURCE_READ_DATA_ACTIONS, _perms.DESCRIBE_TABLE)
        return result.combine(self._principal_only_read(grantee))

    def write_data(self, grantee: IGrantable) -> Grant:
        """Grant writing and deleting items (and encrypt/decrypt on the key)."""
        result = self.actions(grantee, *_perms.WRITE_DATA_ACTIONS, _perms.DESCRIBE_TABLE)
        self._grant_on_key(grantee, *_perms.KEY_READ_ACTIONS, *_perms.KEY_WRITE_ACTIONS)
        return result

    def read_write_data(self, grantee: IGrantable) -> Grant:
        """Grant reading and writing items (and encrypt/decrypt on the key)."""
        result = self.actions(
            grantee, *_perms.RESOURCE_READ_DATA_ACTIONS, *_perms.WRITE_DATA_ACTIONS, _perms.DESCRIBE_TABLE
        )
        self._grant_on_key(grantee, *_perms.KEY_READ_ACTIONS, *_perms.KEY_WRITE_ACTIONS)
        return result.combine(self._principal_only_read(grantee))

    def full_access(self, grantee: IGrantable) -> Grant:
        """Grant ``dynamodb:*`` on the table (and encrypt/decrypt on the key)."""
        result = self.actions(grantee, "dynamodb:*")
        self._grant_on_key(grantee, *_perms.KEY_READ_ACTIONS, *_perms.KEY_WRITE_ACTIONS)
        return result


    def multi_account_replication_to(self, destination_replica_arn: str) -> None:
        """Let the replica ``destination_replica_arn`` (in another account) replicate from this table.

        Raises:
            ValidationError: the table has no resource policy, or the ARN has no account.
        """
        self._multi_account_replication(destination_replica_arn, to=True)

    def multi_account_replication_from(self, source_replica_arn: str) -> None:
        """Let this replica receive replication from ``source_replica_arn`` (in another account).

        Raises:
            ValidationError: the table has no resource policy, or the ARN has no account.
        """
        self._multi_account_replication(source_replica_arn, to=False)

    def _multi_account_replication(self, arn: str, *, to: bool) -> None:
        from constructs import ArnFormat
        from l2 import iam

        if self._policy_resource is None:
            raise ValidationError(
                "Cannot grant multi-account replication permissions without a resource policy", self.table
            )
        stack = Stack.of(self.table)
        account = stack.split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).account
        if not account:
            raise ValidationError(f"Invalid table ARN: {arn}. ARN must include account ID.", self.table)
        if to:
            self._policy_resource.add_to_resource_policy(
                iam.PolicyStatement(
                    sid=f"AllowMultiAccountReplicaAssociation{account}",
                    actions=["dynamodb:AssociateTableReplica"],
                    resources=["*"],
                    principals=[iam.AccountPrincipal(account)],
                )
            )
        self._policy_resource.add_to_resource_policy(
            iam.PolicyStatement(
                sid=f"AllowReplicationServiceReadWrite{account}" if to else "AllowReplicationService",
                actions=list(_perms.MULTI_ACCOUNT_REPLICATION_ACTIONS),
                resources=["*"],
                principals=[iam.ServicePrincipal("replication.dynamodb.amazonaws.com")],
                conditions={"StringEquals": {"aws:SourceAccount": [stack.account, account]}},
            )
        )
        self._grant_on_key(
            iam.ServicePrincipal("replication.dynamodb.amazonaws.com"), *_perms.KEY_READ_ACTIONS, *_perms.KEY_WRITE_ACTIONS
        )


class StreamGrants:
    """Grants on a table's stream (and its KMS key).

    Args:
        table_stream_arn: the ARN of the stream.
        encryption_key: the table's key, when it has one.
        table: the table (unused by the grants, as in aws-cdk-lib).
    """

    def __init__(self, *, table_stream_arn: str, encryption_key: IKey | None = None, table: ITable | None = None) -> None:
        self.table_stream_arn = table_stream_arn
        self.encryption_key = encryption_key
        self._table = table

    def actions(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the stream."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.table_stream_arn])

    def list(self, grantee: IGrantable) -> Grant:
        """Grant ``dynamodb:ListStreams`` on ``*``."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=["dynamodb:ListStreams"], resource_arns=["*"])

    def read(self, grantee: IGrantable) -> Grant:
        """Grant listing streams and reading this stream (and decrypting with the key)."""
        self.list(grantee)
        if self.encryption_key is not None:
            self.encryption_key.grant(grantee, *_perms.KEY_READ_ACTIONS)
        return self.actions(grantee, *_perms.READ_STREAM_DATA_ACTIONS)
