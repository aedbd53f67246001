"""The replicas of a ``Table(replication_regions=...)``: ``Custom::DynamoDBReplica`` resources served by the stack's
``ReplicaProvider``, with the managed policies that let its handlers manage the table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from constructs import (
    Aws,
    CfnCondition,
    CfnDeletionPolicy,
    CfnResource,
    Construct,
    CustomResource,
    Duration,
    FeatureFlags,
    Fn,
    ICfnConditionExpression,
    Lazy,
    Names,
    RemovalPolicy,
    Stack,
    Token,
    ValidationError,
)

if TYPE_CHECKING:
    from l2.dynamodb._table import Table
    from l2.iam import IRole, ManagedPolicy

RETAIN_TABLE_REPLICA_FLAG = "@aws-cdk/aws-dynamodb:retainTableReplica"


class SourceTableAttachedPolicy(Construct):
    """A managed policy in the table's stack, attached to a role of the replica provider's nested stack."""

    def __init__(self, source_table: Table, role: IRole) -> None:
        from l2 import iam

        super().__init__(source_table, f"SourceTableAttachedManagedPolicy-{Names.node_unique_id(cast(Construct, role).node)}")
        self.policy: ManagedPolicy = iam.ManagedPolicy(
            self, "Resource",
            description=f"DynamoDB replication managed policy for table {source_table.table_name}",
            roles=[role],
        )


def _index_arn(table: Table, arn: str) -> str:
    """``<arn>/index/*`` when the table has an index at synthesis, else ``AWS::NoValue``."""
    return Lazy.string(lambda: f"{arn}/index/*" if table.has_index else Aws.NO_VALUE)


def create_replica_tables(
    table: Table,
    regions: Sequence[str],
    timeout: Duration | None,
    wait_for_replication_to_finish: bool | None,
    replica_removal_policy: RemovalPolicy | None,
) -> None:
    """Create one replica per region (chained by dependencies) and the policies of the provider's handlers.

    Raises:
        ValidationError: a replica region is the stack's own region.
    """
    from l2 import iam
    from l2.dynamodb._replica_provider import ReplicaProvider

    stack = Stack.of(table)
    if not Token.is_unresolved(stack.region) and stack.region in regions:
        raise ValidationError("`replicationRegions` cannot include the region where this stack is deployed.", table)
    provider = ReplicaProvider.get_or_create(table, table_name=table.table_name, regions=regions, timeout=timeout)
    on_event_policy = SourceTableAttachedPolicy(table, provider.on_event_handler.role)  # type: ignore[arg-type]
    is_complete_policy = SourceTableAttachedPolicy(table, provider.is_complete_handler.role)  # type: ignore[arg-type]

    def table_resources() -> list[str]:
        return [table.table_arn, _index_arn(table, table.table_arn), *table.regional_arns,
                *(_index_arn(table, arn) for arn in table.regional_arns)]

    on_event_policy.policy.add_statements(iam.PolicyStatement(actions=["dynamodb:*"], resources=table_resources()))
    is_complete_policy.policy.add_statements(
        iam.PolicyStatement(actions=["dynamodb:DescribeTable"], resources=table_resources())
    )

    skip_deletion: object = False
    if FeatureFlags.of(table).is_enabled(RETAIN_TABLE_REPLICA_FLAG):
        def produce_skip() -> bool:
            if replica_removal_policy:
                return replica_removal_policy is RemovalPolicy.RETAIN
            default_child = table.node.default_child
            assert isinstance(default_child, CfnResource)
            return default_child.cfn_options.deletion_policy is CfnDeletionPolicy.RETAIN

        skip_deletion = Lazy.any(produce_skip)

    previous: CustomResource | None = None
    previous_condition: CfnCondition | None = None
    for region in dict.fromkeys(regions):
        properties: dict[str, object] = {"TableName": table.table_name, "Region": region}
        if skip_deletion is not False:
            properties["SkipReplicaDeletion"] = skip_deletion
        if wait_for_replication_to_finish is not None:
            properties["SkipReplicationCompletedWait"] = "false" if wait_for_replication_to_finish else "true"
        current = CustomResource(
            table, f"Replica{region}",
            service_token=provider.provider.service_token,
            resource_type="Custom::DynamoDBReplica",
            properties=properties,
        )
        current.node.add_dependency(on_event_policy.policy, is_complete_policy.policy)
        table._global_replica_custom_resources.append(current)
        condition: CfnCondition | None = None
        cfn_current = current.node.default_child
        assert isinstance(cfn_current, CfnResource)
        if Token.is_unresolved(stack.region):
            expression: ICfnConditionExpression = Fn.condition_not(Fn.condition_equals(region, Aws.REGION))
            condition = CfnCondition(table, f"StackRegionNotEquals{region}", expression=expression)
            cfn_current.cfn_options.condition = condition
        table.regions.append(region)
        table.regional_arns.append(
            stack.format_arn(region=region, service="dynamodb", resource="table", resource_name=table.table_name)
        )
        if previous is not None:
            if previous_condition is not None:
                cfn_previous = previous.node.default_child
                assert isinstance(cfn_previous, CfnResource)
                cfn_current.add_metadata(
                    "DynamoDbReplicationDependency",
                    Fn.condition_if(previous_condition.logical_id, cfn_previous.ref, Aws.NO_VALUE),
                )
            else:
                current.node.add_dependency(previous)
        previous, previous_condition = current, condition
    on_event_policy.policy.add_statements(
        iam.PolicyStatement(actions=["dynamodb:*"], resources=list(table.regional_arns))
    )
