"""``TableBaseV2``: what a new and an imported ``TableV2`` share (grants, metrics), and the imported table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, Resource, Stack, ValidationError
from l2.dynamodb import _perms
from l2.dynamodb._grants import TableGrants, TableReference, is_unsupported_service_principal
from l2.dynamodb._metrics import TableMetrics
from l2.dynamodb._shared import Operation

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.iam import (
        AddToResourcePolicyResult,
        Grant,
        GrantOnKeyResult,
        IGrantable,
        PolicyDocument,
        PolicyStatement,
    )
    from l2.kms import IKey


class TableBaseV2(TableMetrics, Resource):
    """A new or imported ``TableV2``: grants and metrics.

    Subclasses set ``table_arn``, ``table_name``, ``table_stream_arn``, ``encryption_key`` and ``region``.
    """

    table_arn: str
    table_name: str
    table_stream_arn: str | None
    encryption_key: IKey | None
    region: str
    table_id: str | None = None
    """The id of the table (``None`` when an imported table was given none)."""
    resource_policy: PolicyDocument | None = None
    """The table's resource policy (``None`` without one; imported tables have none)."""
    grants: TableGrants
    """The grants on this table (and its replicas and indexes)."""
    _MSG_USER_ERRORS_DIMENSIONS = "`dimensions` is not supported for the `UserErrors` metric"
    _MSG_LATENCY_OPERATION = "`Operation` dimension must be passed for the `SuccessfulRequestLatency` metric"
    _MSG_OPERATIONS_DIMENSION = "The Operation dimension is not supported. Use the `operations` property"

    @property
    def has_index(self) -> bool:
        """Whether grants also cover ``<table arn>/index/*``."""
        return False

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Imported tables cannot change their resource policy: the statement is dropped."""
        from l2 import iam

        return iam.AddToResourcePolicyResult(statement_added=False)

    def _table_arns(self) -> list[str]:
        return [self.table_arn, f"{self.table_arn}/index/*"] if self.has_index else [self.table_arn]

    def _check_grantee(self, grantee: Any) -> None:
        if is_unsupported_service_principal(grantee.grant_principal):
            raise ValidationError(
                "DynamoDB grant* methods do not support ServicePrincipal grantees. Use table.addToResourcePolicy() "
                "for an explicit service-specific table policy with required service principal, actions, and "
                "conditions",
                self,
            )

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the table (and its indexes)."""
        from l2 import iam

        self._check_grantee(grantee)
        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=self._table_arns(), resource=self
        )

    def _table_grant(
        self, grantee: Any, key_actions: Sequence[str], table_actions: Sequence[str], principal_only: Sequence[str] = ()
    ) -> Any:
        from l2 import iam

        self._check_grantee(grantee)
        if self.encryption_key is not None:
            self.encryption_key.grant(grantee, *key_actions)
        arns = self._table_arns()
        result = iam.Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(table_actions), resource_arns=arns, resource_self_arns=["*"], resource=self
        )
        if principal_only:
            return result.combine(
                iam.Grant.add_to_principal(grantee=grantee, actions=list(principal_only), resource_arns=arns)
            )
        return result

    def _require_stream(self) -> str:
        if not self.table_stream_arn:
            raise ValidationError(f"No stream ARN found on the table {self.node.path}", self)
        return self.table_stream_arn

    def grant_stream(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the table's stream."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self._require_stream()])

    def grant_table_list_streams(self, grantee: IGrantable) -> Grant:
        """Grant ``dynamodb:ListStreams`` on the table's stream ARN."""
        from l2 import iam

        return iam.Grant.add_to_principal(
            grantee=grantee, actions=["dynamodb:ListStreams"], resource_arns=[self._require_stream()]
        )

    def grant_stream_read(self, grantee: IGrantable) -> Grant:
        """Grant listing streams and reading the table's stream (and decrypting with its key)."""
        from l2 import iam

        self.grant_table_list_streams(grantee)
        self._check_grantee(grantee)
        if self.encryption_key is not None:
            self.encryption_key.grant(grantee, *_perms.KEY_READ_ACTIONS)
        return iam.Grant.add_to_principal(
            grantee=grantee, actions=list(_perms.READ_STREAM_DATA_ACTIONS), resource_arns=[self._require_stream()]
        )

    def grant_read_data(self, grantee: IGrantable) -> Grant:
        """Grant reading items (and decrypting with the table's key)."""
        return self._table_grant(
            grantee,
            _perms.KEY_READ_ACTIONS,
            (*_perms.RESOURCE_READ_DATA_ACTIONS, _perms.DESCRIBE_TABLE),
            _perms.PRINCIPAL_ONLY_READ_DATA_ACTIONS,
        )

    def grant_write_data(self, grantee: IGrantable) -> Grant:
        """Grant writing items (and encrypting with the table's key)."""
        return self._table_grant(
            grantee,
            (*_perms.KEY_READ_ACTIONS, *_perms.KEY_WRITE_ACTIONS),
            (*_perms.WRITE_DATA_ACTIONS, _perms.DESCRIBE_TABLE),
        )

    def grant_read_write_data(self, grantee: IGrantable) -> Grant:
        """Grant reading and writing items (and using the table's key)."""
        return self._table_grant(
            grantee,
            (*_perms.KEY_READ_ACTIONS, *_perms.KEY_WRITE_ACTIONS),
            (*_perms.RESOURCE_READ_DATA_ACTIONS, *_perms.WRITE_DATA_ACTIONS, _perms.DESCRIBE_TABLE),
            _perms.PRINCIPAL_ONLY_READ_DATA_ACTIONS,
        )

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Grant ``dynamodb:*`` (and using the table's key)."""
        return self._table_grant(grantee, (*_perms.KEY_READ_ACTIONS, *_perms.KEY_WRITE_ACTIONS), ("dynamodb:*",))

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Grant ``actions`` on the table's KMS key, if it has one."""
        from l2 import iam

        return iam.GrantOnKeyResult(
            grant=self.encryption_key.grant(grantee, *actions) if self.encryption_key is not None else None
        )

    @property
    def table_ref(self) -> TableReference:
        """The table's name and ARN."""
        return TableReference(table_arn=self.table_arn, table_name=self.table_name)

    def metric_throttled_requests_for_operation(
        self,
        operation: str,
        *,
        operations: Sequence[Operation] | None = None,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Throttled requests of one operation (Sum); ``operations`` is accepted and ignored, as in aws-cdk-lib."""
        props = {k: v for k, v in locals().items() if v is not None and k not in ("self", "operation", "operations")}
        return self._canned("ThrottledRequests", "Sum", {"Operation": operation, "TableName": self.table_name}, props)

    def _new_metric(self, options: dict[str, Any]) -> Any:
        # TableV2 metrics name the table's region and account instead of being attached to the stack.
        from l2 import cloudwatch

        options.setdefault("region", self.region)
        options.setdefault("account", self.stack.account)
        return cloudwatch.Metric(**options)


class _ImportedTableV2(TableBaseV2):
    def __init__(
        self, scope: Construct, id: str, *, table_arn: str, table_name: str, table_id: str | None,
        table_stream_arn: str | None, encryption_key: Any, has_index: bool,
    ) -> None:
        super().__init__(scope, id, environment_from_arn=table_arn)
        region = Stack.of(scope).split_arn(table_arn, ArnFormat.SLASH_RESOURCE_NAME).region
        if not region:
            raise ValidationError(
                "Table ARN must be of the form: arn:<partition>:dynamodb:<region>:<account>:table/<table-name>", self
            )
        self.region = region
        self.table_arn = table_arn
        self.table_name = table_name
        self.table_id = table_id
        self.table_stream_arn = table_stream_arn
        self.encryption_key = encryption_key
        self._has_index = has_index
        self.grants = TableGrants(table=self, has_index=has_index)

    @property
    def has_index(self) -> bool:
        return self._has_index
