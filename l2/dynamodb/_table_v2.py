"""``TableV2``: a DynamoDB global table (``AWS::DynamoDB::GlobalTable``) with replicas, and imports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from constructs import (
    ArnFormat,
    CfnTag,
    Construct,
    Lazy,
    RemovalPolicy,
    Resource,
    Stack,
    TagManager,
    TagType,
    Token,
    ValidationError,
)
from constructs.internals import structs
from l1.dynamodb import CfnGlobalTable
from l2.dynamodb import _perms
from l2.dynamodb._capacity import Billing, Capacity, TableEncryptionV2
from l2.dynamodb._grants import TableReference, is_unsupported_service_principal
from l2.dynamodb._metrics import TableMetrics
from l2.dynamodb._shared import (
    HASH,
    RANGE,
    Attribute,
    BillingMode,
    ContributorInsightsSpecification,
    KeySchema,
    MultiRegionConsistency,
    PointInTimeRecoverySpecification,
    ProjectionType,
    StreamViewType,
    TableClass,
    WarmThroughput,
    contributor_insights,
    index_key_schema,
    parse_key_schema,
    render_optional,
)

_HASH = HASH
_RANGE = RANGE
_MAX_GSI = 20
_MAX_LSI = 5
_MAX_NON_KEY_ATTRIBUTES = 100
_MRSC_REGION_SETS: dict[str, tuple[str, ...]] = {
    "US": ("us-east-1", "us-east-2", "us-west-2"),
    "EU": ("eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1"),
    "AP": ("ap-northeast-1", "ap-northeast-2", "ap-northeast-3"),
}


@structs.frozen(kw_only=True)
class ReplicaGlobalSecondaryIndexOptions:
    """Per-replica settings of a global secondary index."""

    contributor_insights: bool | None = None
    contributor_insights_specification: ContributorInsightsSpecification | None = None
    max_read_request_units: int | float | None = None
    read_capacity: Capacity | None = None


@structs.frozen(kw_only=True)
class ReplicaTableProps:
    """A replica of a ``TableV2`` in another region; unset options inherit the table's."""

    region: str
    contributor_insights: bool | None = None
    contributor_insights_specification: ContributorInsightsSpecification | None = None
    deletion_protection: bool | None = None
    global_secondary_index_options: Mapping[str, ReplicaGlobalSecondaryIndexOptions] | None = None
    kinesis_stream: Any = None
    max_read_request_units: int | float | None = None
    point_in_time_recovery: bool | None = None
    point_in_time_recovery_specification: PointInTimeRecoverySpecification | None = None
    read_capacity: Capacity | None = None
    resource_policy: Any = None
    stream_resource_policy: Any = None
    table_class: TableClass | None = None
    tags: Sequence[CfnTag] | None = None


@structs.frozen(kw_only=True)
class GlobalSecondaryIndexPropsV2:
    """A global secondary index of a ``TableV2``."""

    index_name: str
    partition_key: Attribute | None = None
    partition_keys: Sequence[Attribute] | None = None
    sort_key: Attribute | None = None
    sort_keys: Sequence[Attribute] | None = None
    projection_type: ProjectionType | None = None
    non_key_attributes: Sequence[str] | None = None
    read_capacity: Capacity | None = None
    write_capacity: Capacity | None = None
    max_read_request_units: int | float | None = None
    max_write_request_units: int | float | None = None
    warm_throughput: WarmThroughput | None = None


@structs.frozen(kw_only=True)
class LocalSecondaryIndexProps:
    """A local secondary index (same partition key as the table, another sort key)."""

    index_name: str
    sort_key: Attribute
    projection_type: ProjectionType | None = None
    non_key_attributes: Sequence[str] | None = None


class TableBaseV2(TableMetrics, Resource):
    """A new or imported ``TableV2``: grants and metrics.

    Subclasses set ``table_arn``, ``table_name``, ``table_stream_arn``, ``encryption_key`` and ``region``.
    """

    table_arn: str
    table_name: str
    table_stream_arn: str | None
    encryption_key: Any
    region: str
    _MSG_USER_ERRORS_DIMENSIONS = "`dimensions` is not supported for the `UserErrors` metric"
    _MSG_LATENCY_OPERATION = "`Operation` dimension must be passed for the `SuccessfulRequestLatency` metric"
    _MSG_OPERATIONS_DIMENSION = "The Operation dimension is not supported. Use the `operations` property"

    @property
    def has_index(self) -> bool:
        """Whether grants also cover ``<table arn>/index/*``."""
        return False

    def add_to_resource_policy(self, statement: Any) -> Any:
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

    def grant(self, grantee: Any, *actions: str) -> Any:
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

    def grant_stream(self, grantee: Any, *actions: str) -> Any:
        """Grant ``actions`` on the table's stream."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self._require_stream()])

    def grant_table_list_streams(self, grantee: Any) -> Any:
        """Grant ``dynamodb:ListStreams`` on the table's stream ARN."""
        from l2 import iam

        return iam.Grant.add_to_principal(
            grantee=grantee, actions=["dynamodb:ListStreams"], resource_arns=[self._require_stream()]
        )

    def grant_stream_read(self, grantee: Any) -> Any:
        """Grant listing streams and reading the table's stream (and decrypting with its key)."""
        from l2 import iam

        self.grant_table_list_streams(grantee)
        self._check_grantee(grantee)
        if self.encryption_key is not None:
            self.encryption_key.grant(grantee, *_perms.KEY_READ_ACTIONS)
        return iam.Grant.add_to_principal(
            grantee=grantee, actions=list(_perms.READ_STREAM_DATA_ACTIONS), resource_arns=[self._require_stream()]
        )

    def grant_read_data(self, grantee: Any) -> Any:
        """Grant reading items (and decrypting with the table's key)."""
        return self._table_grant(
            grantee,
            _perms.KEY_READ_ACTIONS,
            (*_perms.RESOURCE_READ_DATA_ACTIONS, _perms.DESCRIBE_TABLE),
            _perms.PRINCIPAL_ONLY_READ_DATA_ACTIONS,
        )

    def grant_write_data(self, grantee: Any) -> Any:
        """Grant writing items (and encrypting with the table's key)."""
        return self._table_grant(
            grantee,
            (*_perms.KEY_READ_ACTIONS, *_perms.KEY_WRITE_ACTIONS),
            (*_perms.WRITE_DATA_ACTIONS, _perms.DESCRIBE_TABLE),
        )

    def grant_read_write_data(self, grantee: Any) -> Any:
        """Grant reading and writing items (and using the table's key)."""
        return self._table_grant(
            grantee,
            (*_perms.KEY_READ_ACTIONS, *_perms.KEY_WRITE_ACTIONS),
            (*_perms.RESOURCE_READ_DATA_ACTIONS, *_perms.WRITE_DATA_ACTIONS, _perms.DESCRIBE_TABLE),
            _perms.PRINCIPAL_ONLY_READ_DATA_ACTIONS,
        )

    def grant_full_access(self, grantee: Any) -> Any:
        """Grant ``dynamodb:*`` (and using the table's key)."""
        return self._table_grant(grantee, (*_perms.KEY_READ_ACTIONS, *_perms.KEY_WRITE_ACTIONS), ("dynamodb:*",))

    @property
    def table_ref(self) -> TableReference:
        """The table's name and ARN."""
        return TableReference(table_arn=self.table_arn, table_name=self.table_name)

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

    @property
    def has_index(self) -> bool:
        return self._has_index


class TableV2(TableBaseV2):
    """A DynamoDB global table: the stack's region plus ``replicas``, retained when removed by default.

    Args:
        partition_key / sort_key: the key attributes.
        billing: ``Billing.on_demand()`` (default) or ``Billing.provisioned(...)``.
        table_name: a physical name (default generated by CloudFormation).
        global_secondary_indexes / local_secondary_indexes: indexes (also ``add_*_secondary_index``).
        replicas: ``ReplicaTableProps`` in other regions (needs a stack with an explicit region).
        dynamo_stream: the stream view type (default: ``NEW_AND_OLD_IMAGES`` when there are replicas).
        encryption: ``TableEncryptionV2`` (default: not set, a DynamoDB owned key).
        point_in_time_recovery / point_in_time_recovery_specification, contributor_insights /
            contributor_insights_specification, deletion_protection, table_class, kinesis_stream, tags:
            settings of every replica (replicas may override them).
        time_to_live_attribute, warm_throughput, resource_policy, stream_resource_policy.
        multi_region_consistency / witness_region: strong consistency across a region set.
        removal_policy: default ``RemovalPolicy.RETAIN``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        partition_key: Attribute,
        billing: Billing | None = None,
        contributor_insights: bool | None = None,
        contributor_insights_specification: ContributorInsightsSpecification | None = None,
        deletion_protection: bool | None = None,
        dynamo_stream: StreamViewType | None = None,
        encryption: TableEncryptionV2 | None = None,
        global_secondary_indexes: Sequence[GlobalSecondaryIndexPropsV2] | None = None,
        global_table_settings_replication_mode: Any = None,
        kinesis_stream: Any = None,
        local_secondary_indexes: Sequence[LocalSecondaryIndexProps] | None = None,
        multi_region_consistency: MultiRegionConsistency | None = None,
        point_in_time_recovery: bool | None = None,
        point_in_time_recovery_specification: PointInTimeRecoverySpecification | None = None,
        removal_policy: RemovalPolicy | None = None,
        replicas: Sequence[ReplicaTableProps] | None = None,
        resource_policy: Any = None,
        sort_key: Attribute | None = None,
        stream_resource_policy: Any = None,
        table_class: TableClass | None = None,
        table_name: str | None = None,
        tags: Sequence[CfnTag] | None = None,
        time_to_live_attribute: str | None = None,
        warm_throughput: WarmThroughput | None = None,
        witness_region: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=table_name)
        self._options = {
            "contributor_insights": contributor_insights,
            "contributor_insights_specification": contributor_insights_specification,
            "deletion_protection": deletion_protection,
            "point_in_time_recovery": point_in_time_recovery,
            "point_in_time_recovery_specification": point_in_time_recovery_specification,
            "table_class": table_class,
            "kinesis_stream": kinesis_stream,
            "tags": tags,
        }
        self.partition_key = partition_key
        self.has_sort_key = sort_key is not None
        self.region = self.stack.region
        self.tags = TagManager(TagType.STANDARD, CfnGlobalTable.CFN_RESOURCE_TYPE_NAME)
        self._replication_mode = global_table_settings_replication_mode
        self.encryption = encryption
        self.encryption_key = encryption.table_key if encryption is not None else None
        self._replica_keys: dict[str, Any] = {}
        if encryption is not None and encryption.replica_key_arns:
            from l2 import kms

            for region, arn in encryption.replica_key_arns.items():
                self._replica_keys[region] = kms.Key.from_key_arn(self, f"ReplicaKey{region}", arn)
        self._key_schema: list[dict[str, Any]] = []
        self._attribute_definitions: list[dict[str, Any]] = []
        self._non_key_attributes: set[str] = set()
        self._gsis: dict[str, dict[str, Any]] = {}
        self._lsis: dict[str, dict[str, Any]] = {}
        self._gsi_read_capacity: dict[str, Capacity] = {}
        self._gsi_max_read_units: dict[str, int | float] = {}
        self._replicas: dict[str, ReplicaTableProps] = {}
        self.replica_table_arns: list[str] = []
        self.replica_stream_arns: list[str] = []
        self._add_key(partition_key, _HASH)
        if sort_key is not None:
            self._add_key(sort_key, _RANGE)
        self._validate_pitr(point_in_time_recovery, point_in_time_recovery_specification)
        billing = billing or Billing.on_demand()
        self._read_provisioning: Any = None
        self._write_provisioning: Any = None
        self._max_read_units: Any = None
        self._max_write_units: Any = None
        if billing.mode is BillingMode.PAY_PER_REQUEST:
            self._max_read_units = billing._render_read_capacity()
            self._max_write_units = billing._render_write_capacity()
        else:
            self._read_provisioning = billing._render_read_capacity()
            self._write_provisioning = billing._render_write_capacity()
        self.billing_mode: BillingMode = billing.mode
        for gsi in global_secondary_indexes or ():
            self.add_global_secondary_index(**structs.asdict(gsi, recurse=False))
        for lsi in local_secondary_indexes or ():
            self.add_local_secondary_index(**structs.asdict(lsi, recurse=False))
        if multi_region_consistency is MultiRegionConsistency.STRONG:
            self._validate_mrsc(replicas or (), witness_region)
        elif witness_region:
            raise ValidationError(
                "Witness region cannot be specified for a Multi-Region Eventual Consistency (MREC) Global Table - "
                "Witness regions are only supported for Multi-Region Strong Consistency (MRSC) Global Tables.",
                self,
            )
        self.resource_policy = resource_policy
        self.stream_resource_policy = stream_resource_policy
        self._dynamo_stream = dynamo_stream
        self.resource = CfnGlobalTable(
            self,
            "Resource",
            table_name=table_name,
            key_schema=self._key_schema,
            attribute_definitions=self._attribute_definitions,
            replicas=Lazy.any(self._render_replicas),  # type: ignore[arg-type]
            global_table_witnesses=[{"region": witness_region}] if witness_region else None,
            multi_region_consistency=multi_region_consistency.value if multi_region_consistency else None,
            billing_mode=self.billing_mode.value,
            write_provisioned_throughput_settings=self._write_provisioning,
            write_on_demand_throughput_settings=(
                {"max_write_request_units": self._max_write_units} if self._max_write_units else None
            ),
            stream_specification=Lazy.any(self._render_stream),  # type: ignore[arg-type]
            sse_specification=encryption._render_sse_specification() if encryption is not None else None,
            time_to_live_specification=(
                {"attribute_name": time_to_live_attribute, "enabled": True} if time_to_live_attribute else None
            ),
            warm_throughput=render_optional(warm_throughput),
        )
        self._sync_indexes()
        self.resource.apply_removal_policy(removal_policy)
        for replica in replicas or ():
            self.add_replica(**structs.asdict(replica, recurse=False))
        if table_name:
            self.node.add_metadata("aws:cdk:hasPhysicalName", self.table_name)

    # -- attributes ------------------------------------------------------------------------------------------
    @property
    def table_arn(self) -> str:  # type: ignore[override]
        """The ARN of the table in the stack's region."""
        return self.resource.attr_arn

    @property
    def table_name(self) -> str:  # type: ignore[override]
        """The name of the table."""
        return self.resource.ref

    @property
    def table_stream_arn(self) -> str:  # type: ignore[override]
        """The ARN of the table's stream in the stack's region."""
        return self.resource.attr_stream_arn

    @property
    def table_id(self) -> str:
        """The table's id."""
        return self.resource.attr_table_id

    @property
    def has_index(self) -> bool:
        """Whether the table has a secondary index."""
        return bool(self._gsis or self._lsis)

    # -- factories -------------------------------------------------------------------------------------------
    @staticmethod
    def from_table_name(scope: Construct, id: str, table_name: str) -> TableBaseV2:
        """Import a table of the stack's account and region by name."""
        return TableV2.from_table_attributes(scope, id, table_name=table_name)

    @staticmethod
    def from_table_arn(scope: Construct, id: str, table_arn: str) -> TableBaseV2:
        """Import a table by ARN."""
        return TableV2.from_table_attributes(scope, id, table_arn=table_arn)

    @staticmethod
    def from_table_attributes(
        scope: Construct,
        id: str,
        *,
        encryption_key: Any = None,
        global_indexes: Sequence[str] | None = None,
        grant_index_permissions: bool | None = None,
        local_indexes: Sequence[str] | None = None,
        table_arn: str | None = None,
        table_id: str | None = None,
        table_name: str | None = None,
        table_stream_arn: str | None = None,
    ) -> TableBaseV2:
        """Import a table from its ARN or name.

        Raises:
            ValidationError: both or neither of ``table_arn`` and ``table_name``, or a malformed ARN.
        """
        stack = Stack.of(scope)
        if table_arn:
            if table_name:
                raise ValidationError("Only one of `tableArn` or `tableName` can be provided, but not both", scope)
            name = stack.split_arn(table_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
            if not name:
                raise ValidationError(
                    "Table ARN must be of the form: arn:<partition>:dynamodb:<region>:<account>:table/<table-name>",
                    scope,
                )
            arn = table_arn
        else:
            if not table_name:
                raise ValidationError("At least one of `tableArn` or `tableName` must be provided", scope)
            name = table_name
            arn = stack.format_arn(service="dynamodb", resource="table", resource_name=table_name)
        return _ImportedTableV2(
            scope,
            id,
            table_arn=arn,
            table_name=name,
            table_id=table_id,
            table_stream_arn=table_stream_arn,
            encryption_key=encryption_key,
            has_index=bool(grant_index_permissions or global_indexes or local_indexes),
        )

    # -- mutation --------------------------------------------------------------------------------------------
    def add_to_resource_policy(self, statement: Any) -> Any:
        """Add a statement to the resource policy of the table (rendered on every replica)."""
        from l2 import iam

        if self.resource_policy is None:
            self.resource_policy = iam.PolicyDocument(statements=[])
        self.resource_policy.add_statements(statement)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self.resource_policy)

    def add_to_stream_resource_policy(self, statement: Any) -> Any:
        """Add a statement to the resource policy of the table's stream (rendered on the primary replica)."""
        from l2 import iam

        if self.stream_resource_policy is None:
            self.stream_resource_policy = iam.PolicyDocument(statements=[])
        self.stream_resource_policy.add_statements(statement)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self.stream_resource_policy)

    def add_replica(
        self,
        *,
        region: str,
        contributor_insights: bool | None = None,
        contributor_insights_specification: ContributorInsightsSpecification | None = None,
        deletion_protection: bool | None = None,
        global_secondary_index_options: Mapping[str, ReplicaGlobalSecondaryIndexOptions] | None = None,
        kinesis_stream: Any = None,
        max_read_request_units: int | float | None = None,
        point_in_time_recovery: bool | None = None,
        point_in_time_recovery_specification: PointInTimeRecoverySpecification | None = None,
        read_capacity: Capacity | None = None,
        resource_policy: Any = None,
        stream_resource_policy: Any = None,
        table_class: TableClass | None = None,
        tags: Sequence[CfnTag] | None = None,
    ) -> None:
        """Add a replica table in ``region``.

        Raises:
            ValidationError: a region-agnostic stack, a token region, the stack's own region, a duplicate, or
                read capacity on an on-demand table.
        """
        props = ReplicaTableProps(
            region=region,
            contributor_insights=contributor_insights,
            contributor_insights_specification=contributor_insights_specification,
            deletion_protection=deletion_protection,
            global_secondary_index_options=global_secondary_index_options,
            kinesis_stream=kinesis_stream,
            max_read_request_units=max_read_request_units,
            point_in_time_recovery=point_in_time_recovery,
            point_in_time_recovery_specification=point_in_time_recovery_specification,
            read_capacity=read_capacity,
            resource_policy=resource_policy,
            stream_resource_policy=stream_resource_policy,
            table_class=table_class,
            tags=tags,
        )
        self._validate_replica(props)
        arn = self.stack.format_arn(region=region, resource="table", service="dynamodb", resource_name=self.table_name)
        self.replica_table_arns.append(arn)
        self.replica_stream_arns.append(f"{arn}/stream/*")
        self._replicas[region] = props

    def add_global_secondary_index(
        self,
        *,
        index_name: str,
        max_read_request_units: int | float | None = None,
        max_write_request_units: int | float | None = None,
        non_key_attributes: Sequence[str] | None = None,
        partition_key: Attribute | None = None,
        partition_keys: Sequence[Attribute] | None = None,
        projection_type: ProjectionType | None = None,
        read_capacity: Capacity | None = None,
        sort_key: Attribute | None = None,
        sort_keys: Sequence[Attribute] | None = None,
        warm_throughput: WarmThroughput | None = None,
        write_capacity: Capacity | None = None,
    ) -> None:
        """Add a global secondary index.

        Raises:
            ValidationError: a duplicate name, more than 20 indexes, capacity on an on-demand table, or bad
                projection props.
        """
        self._validate_index_name(index_name)
        schema = parse_key_schema(self, partition_key, partition_keys, sort_key, sort_keys)
        if len(self._gsis) == _MAX_GSI:
            raise ValidationError(f"You may not provide more than {_MAX_GSI} global secondary indexes", self)
        if self.billing_mode is BillingMode.PAY_PER_REQUEST and (read_capacity or write_capacity):
            raise ValidationError(
                "You cannot configure 'readCapacity' or 'writeCapacity' on a global secondary index when the billing "
                "mode is PAY_PER_REQUEST",
                self,
            )
        key_schema = self._index_key_schema(schema)
        projection = self._index_projection(projection_type, non_key_attributes)
        if read_capacity:
            self._gsi_read_capacity[index_name] = read_capacity
        if max_read_request_units:
            self._gsi_max_read_units[index_name] = max_read_request_units
        self._gsis[index_name] = {
            "index_name": index_name,
            "key_schema": key_schema,
            "projection": projection,
            "write_provisioned_throughput_settings": (
                write_capacity._render_write_capacity() if write_capacity else self._write_provisioning
            ),
            "write_on_demand_throughput_settings": (
                {"max_write_request_units": max_write_request_units} if max_write_request_units else None
            ),
            "warm_throughput": render_optional(warm_throughput),
        }
        self._sync_indexes()

    def add_local_secondary_index(
        self,
        *,
        index_name: str,
        sort_key: Attribute,
        non_key_attributes: Sequence[str] | None = None,
        projection_type: ProjectionType | None = None,
    ) -> None:
        """Add a local secondary index (the table needs a sort key; at most 5).

        Raises:
            ValidationError: a duplicate name, no table sort key, or a sixth index.
        """
        self._validate_index_name(index_name)
        if not self.has_sort_key:
            raise ValidationError("The table must have a sort key in order to add a local secondary index", self)
        if len(self._lsis) == _MAX_LSI:
            raise ValidationError(f"You may not provide more than {_MAX_LSI} local secondary indexes", self)
        schema = parse_key_schema(self, self.partition_key, None, sort_key, None)
        self._lsis[index_name] = {
            "index_name": index_name,
            "key_schema": self._index_key_schema(schema),
            "projection": self._index_projection(projection_type, non_key_attributes),
        }
        self._sync_indexes()

    def _sync_indexes(self) -> None:
        resource = getattr(self, "resource", None)  # indexes from props are added before the L1 exists
        if resource is not None:
            resource.global_secondary_indexes = list(self._gsis.values()) or None
            resource.local_secondary_indexes = list(self._lsis.values()) or None

    def replica(self, region: str) -> TableBaseV2:
        """The table in ``region`` (this table for the stack's region, else an imported replica).

        Raises:
            ValidationError: a region-agnostic stack, a token region, or no replica there.
        """
        if Token.is_unresolved(self.stack.region):
            raise ValidationError("Replica tables are not supported in a region agnostic stack", self)
        if Token.is_unresolved(region):
            raise ValidationError("Provided `region` cannot be a token", self)
        if region == self.stack.region:
            return self
        if region not in self._replicas:
            raise ValidationError(f"No replica table exists in region {region}", self)
        arn = next(a for a in self.replica_table_arns if region in a)
        stream_arn = next(a for a in self.replica_stream_arns if region in a)
        return TableV2.from_table_attributes(
            self,
            f"ReplicaTable{region}",
            table_arn=arn,
            encryption_key=self._replica_keys.get(region),
            grant_index_permissions=self.has_index,
            table_stream_arn=stream_arn,
        )

    # -- rendering -------------------------------------------------------------------------------------------
    def _render_stream(self) -> Any:
        if self._dynamo_stream is not None:
            return CfnGlobalTable.StreamSpecificationProperty(stream_view_type=self._dynamo_stream.value)
        if self._replicas:
            return CfnGlobalTable.StreamSpecificationProperty(
                stream_view_type=StreamViewType.NEW_AND_OLD_IMAGES.value
            )
        return None

    def _render_replicas(self) -> list[Any]:
        specs = [self._replica_spec(props) for props in self._replicas.values()]
        specs.append(
            self._replica_spec(
                ReplicaTableProps(
                    region=self.stack.region, kinesis_stream=self._options["kinesis_stream"], tags=self._options["tags"]
                )
            )
        )
        return specs

    def _replica_spec(self, props: ReplicaTableProps) -> Any:
        opts = self._options
        insights = self._insights(props.contributor_insights, props.contributor_insights_specification)
        pitr_enabled = (
            props.point_in_time_recovery if props.point_in_time_recovery is not None else opts["point_in_time_recovery"]
        )
        pitr_spec = props.point_in_time_recovery_specification or opts["point_in_time_recovery_specification"]
        pitr = (
            render_optional(pitr_spec)
            if pitr_spec is not None
            else ({"point_in_time_recovery_enabled": pitr_enabled} if pitr_enabled is not None else None)
        )
        resource_policy = props.resource_policy if props.resource_policy is not None else self.resource_policy
        tag_values = dict(self.tags.tag_values())
        for tag in props.tags or ():
            tag_values[tag.key] = tag.value
        tags = [{"key": k, "value": v} for k, v in tag_values.items()]
        deletion = props.deletion_protection if props.deletion_protection is not None else opts["deletion_protection"]
        table_class = props.table_class or opts["table_class"]
        stream_policy = self.stream_resource_policy if props.region == self.region else props.stream_resource_policy
        max_read = props.max_read_request_units or self._max_read_units
        return CfnGlobalTable.ReplicaSpecificationProperty(
            region=props.region,
            global_secondary_indexes=self._replica_gsis(props.global_secondary_index_options or {}),
            deletion_protection_enabled=deletion,
            table_class=table_class.value if table_class is not None else None,
            sse_specification=(
                self.encryption._render_replica_sse_specification(self, props.region)
                if self.encryption is not None
                else None
            ),
            kinesis_stream_specification=(
                {"stream_arn": props.kinesis_stream.stream_arn} if props.kinesis_stream is not None else None
            ),
            contributor_insights_specification=insights,
            point_in_time_recovery_specification=pitr,
            read_provisioned_throughput_settings=(
                props.read_capacity._render_read_capacity() if props.read_capacity else self._read_provisioning
            ),
            tags=tags or None,
            read_on_demand_throughput_settings={"max_read_request_units": max_read} if max_read else None,
            resource_policy={"policy_document": resource_policy} if resource_policy is not None else None,
            replica_stream_specification=(
                {"resource_policy": {"policy_document": stream_policy}} if stream_policy is not None else None
            ),
            global_table_settings_replication_mode=(
                getattr(self._replication_mode, "value", self._replication_mode)
            ),
        )

    def _replica_gsis(self, options: Mapping[str, ReplicaGlobalSecondaryIndexOptions]) -> list[dict[str, Any]] | None:
        for name, option in options.items():
            if name not in self._gsis:
                raise ValidationError(
                    f"Cannot configure replica global secondary index, {name}, because it is not defined on the "
                    "primary table",
                    self,
                )
            if self.billing_mode is BillingMode.PAY_PER_REQUEST and option.read_capacity:
                raise ValidationError(
                    f"Cannot configure 'readCapacity' for replica global secondary index, {name}, because billing "
                    "mode is PAY_PER_REQUEST",
                    self,
                )
        out: list[dict[str, Any]] = []
        for name in self._gsis:
            insights_flag = self._options["contributor_insights"]
            read_capacity = self._gsi_read_capacity.get(name)
            max_read = self._gsi_max_read_units.get(name)
            option = options.get(name)
            if option is not None:
                insights_flag = option.contributor_insights
                read_capacity = option.read_capacity
                max_read = option.max_read_request_units
            spec = self._insights(
                option.contributor_insights if option else None,
                option.contributor_insights_specification if option else None,
            ) or ({"enabled": insights_flag} if insights_flag is not None else None)
            out.append(
                {
                    "index_name": name,
                    "read_provisioned_throughput_settings": (
                        read_capacity._render_read_capacity() if read_capacity else self._read_provisioning
                    ),
                    "read_on_demand_throughput_settings": {"max_read_request_units": max_read} if max_read else None,
                    "contributor_insights_specification": spec,
                }
            )
        return out or None

    def _insights(self, enabled: bool | None, specification: ContributorInsightsSpecification | None) -> Any:
        flag = enabled if enabled is not None else self._options["contributor_insights"]
        spec = specification or self._options["contributor_insights_specification"]
        return contributor_insights(self, flag, spec, "contributorInsights")

    # -- helpers ---------------------------------------------------------------------------------------------
    def _register_attribute(self, attribute: Attribute) -> None:
        type_value = attribute.type.value
        for existing in self._attribute_definitions:
            if existing["attribute_name"] == attribute.name:
                if existing["attribute_type"] != type_value:
                    raise ValidationError(
                        f"Unable to specify {attribute.name} as {type_value} because it was already defined as "
                        f"{existing['attribute_type']}",
                        self,
                    )
                return
        self._attribute_definitions.append({"attribute_name": attribute.name, "attribute_type": type_value})

    def _add_key(self, attribute: Attribute, key_type: str) -> None:
        self._register_attribute(attribute)
        self._key_schema.append({"attribute_name": attribute.name, "key_type": key_type})

    def _index_key_schema(self, schema: KeySchema) -> list[dict[str, Any]]:
        return index_key_schema(self._register_attribute, schema)

    def _index_projection(
        self, projection_type: ProjectionType | None, non_key_attributes: Sequence[str] | None
    ) -> dict[str, Any]:
        if projection_type is ProjectionType.INCLUDE and non_key_attributes is None:
            raise ValidationError("Non-key attributes should be specified when using INCLUDE projection type", self)
        if projection_type is not ProjectionType.INCLUDE and non_key_attributes is not None:
            raise ValidationError(
                "Non-key attributes should not be specified when not using INCLUDE projection type", self
            )
        self._non_key_attributes.update(non_key_attributes or ())
        if len(self._non_key_attributes) > _MAX_NON_KEY_ATTRIBUTES:
            raise ValidationError(
                f"The maximum number of 'nonKeyAttributes' across all secondary indexes is {_MAX_NON_KEY_ATTRIBUTES}",
                self,
            )
        return {
            "projection_type": (projection_type or ProjectionType.ALL).value,
            "non_key_attributes": list(non_key_attributes) if non_key_attributes is not None else None,
        }

    def _validate_index_name(self, index_name: str) -> None:
        if index_name in self._gsis or index_name in self._lsis:
            raise ValidationError(f"Duplicate secondary index name, {index_name}, is not allowed", self)

    def _validate_pitr(self, enabled: bool | None, spec: PointInTimeRecoverySpecification | None) -> None:
        days = spec.recovery_period_in_days if spec is not None else None
        if enabled is not None and spec is not None:
            raise ValidationError(
                "`pointInTimeRecoverySpecification` and `pointInTimeRecovery` are set. "
                "Use `pointInTimeRecoverySpecification` only.",
                self,
            )
        if days and not (spec is not None and spec.point_in_time_recovery_enabled):
            raise ValidationError(
                "Cannot set `recoveryPeriodInDays` while `pointInTimeRecoveryEnabled` is set to false.", self
            )
        if days is not None and not 1 <= days <= 35:
            raise ValidationError("`recoveryPeriodInDays` must be a value between `1` and `35`.", self)

    def _validate_replica(self, props: ReplicaTableProps) -> None:
        if Token.is_unresolved(self.stack.region):
            raise ValidationError("Replica tables are not supported in a region agnostic stack", self)
        if Token.is_unresolved(props.region):
            raise ValidationError("Replica table region must not be a token", self)
        if props.region == self.stack.region:
            raise ValidationError(
                "You cannot add a replica table in the same region as the primary table - the primary table region "
                f"is {self.region}",
                self,
            )
        if props.region in self._replicas:
            raise ValidationError(f"Duplicate replica table region, {props.region}, is not allowed", self)
        if self.billing_mode is BillingMode.PAY_PER_REQUEST and props.read_capacity:
            raise ValidationError(
                "You cannot provide 'readCapacity' on a replica table when the billing mode is PAY_PER_REQUEST", self
            )

    def _validate_mrsc(self, replicas: Sequence[ReplicaTableProps], witness_region: str | None) -> None:
        primary = self.stack.region
        replica_regions = [r.region for r in replicas]
        if Token.is_unresolved(primary):
            raise ValidationError(
                "MRSC global tables with STRONG consistency are not supported in a region agnostic stack", self
            )
        regions = [primary, *replica_regions, *([witness_region] if witness_region else [])]
        if any(Token.is_unresolved(r) for r in regions):
            raise ValidationError("MRSC global tables with STRONG consistency do not support token-based regions", self)
        found = next(((name, rs) for name, rs in _MRSC_REGION_SETS.items() if primary in rs), None)
        if found is None:
            supported = ", ".join(r for rs in _MRSC_REGION_SETS.values() for r in rs)
            raise ValidationError(
                f"Primary region '{primary}' is not supported for MRSC global tables with STRONG consistency. "
                f"Supported regions: {supported}",
                self,
            )
        set_name, region_set = found
        for region in regions:
            if region not in region_set:
                raise ValidationError(
                    f"Region '{region}' is not in the same region set ({set_name}) as the primary region "
                    f"'{primary}'. All regions must be within the same region set for MRSC global tables with "
                    f"STRONG consistency. Supported {set_name} regions: {', '.join(region_set)}",
                    self,
                )
        total = len(replica_regions) + 1
        if witness_region and total != 2:
            raise ValidationError(
                "MRSC global table with witness region must have exactly 2 replicas (including primary), but found "
                f"{total}. Current configuration: primary region '{primary}', replica regions "
                f"[{', '.join(replica_regions)}], witness region '{witness_region}'",
                self,
            )
        if not witness_region and total != 3:
            raise ValidationError(
                "MRSC global table without witness region must have exactly 3 replicas (including primary), but "
                f"found {total}. Current configuration: primary region '{primary}', replica regions "
                f"[{', '.join(replica_regions)}]",
                self,
            )
