"""Table auto scaling and TableV2 multi-account replicas: the errors and warnings aws-cdk-lib 2.275 raises.

Expected messages are aws-cdk-lib's (``aws-dynamodb/lib/table.ts``, ``scalable-table-attribute.ts``,
``table-v2.ts``, ``table-grants.ts``); templates are covered by the golden apps (``table_autoscaling``,
``integ_autoscaling_lit``, ``integ_dynamodb_v2_cross_account_replica*``).
"""

from __future__ import annotations

import re

import pytest

from assertions import Annotations, Match
from constructs import App, Environment, Stack, ValidationError
from l2 import dynamodb

PK = dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)


def _table(stack: Stack, **props: object) -> dynamodb.Table:
    return dynamodb.Table(stack, "Table", partition_key=PK, **props)  # type: ignore[arg-type]


def test_auto_scaling_is_refused_on_demand(stack: Stack) -> None:
    table = _table(stack, billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST)
    with pytest.raises(ValidationError, match="AutoScaling is not available for tables with PAY_PER_REQUEST billing mode"):
        table.auto_scale_read_capacity(min_capacity=1, max_capacity=2)


@pytest.mark.parametrize(("kind", "method"), [("Read", "auto_scale_read_capacity"), ("Write", "auto_scale_write_capacity")])
def test_auto_scaling_a_table_twice_fails(stack: Stack, kind: str, method: str) -> None:
    table = _table(stack)
    getattr(table, method)(min_capacity=1, max_capacity=2)
    with pytest.raises(ValidationError, match=f"{kind} AutoScaling already enabled for this table"):
        getattr(table, method)(min_capacity=1, max_capacity=2)


def test_auto_scaling_an_unknown_index_fails(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="No global secondary index with name missing"):
        _table(stack).auto_scale_global_secondary_index_read_capacity("missing", min_capacity=1, max_capacity=2)


def test_auto_scaling_an_index_twice_fails(stack: Stack) -> None:
    table = _table(stack)
    table.add_global_secondary_index(index_name="gsi", partition_key=dynamodb.Attribute(name="g", type=dynamodb.AttributeType.STRING))
    table.auto_scale_global_secondary_index_write_capacity("gsi", min_capacity=1, max_capacity=2)
    with pytest.raises(ValidationError, match="Write AutoScaling already enabled for this index"):
        table.auto_scale_global_secondary_index_write_capacity("gsi", min_capacity=1, max_capacity=2)


@pytest.mark.parametrize("target", [5, 95])
def test_utilization_target_must_be_10_to_90(stack: Stack, target: int) -> None:
    scaling = _table(stack).auto_scale_write_capacity(min_capacity=1, max_capacity=2)
    with pytest.raises(ValueError, match=re.escape(f"between 10 and 90 percent, got: {target}")):
        scaling.scale_on_utilization(target_utilization_percent=target)


def test_scalable_attribute_satisfies_the_interface(stack: Stack) -> None:
    scaling = _table(stack).auto_scale_read_capacity(min_capacity=1, max_capacity=2)
    assert isinstance(scaling, dynamodb.IScalableTableAttribute)


def _source(app: App, account: str = "111111111111", region: str = "eu-west-1") -> dynamodb.TableV2:
    stack = Stack(app, "Source", env=Environment(account=account, region=region))
    return dynamodb.TableV2(stack, "Source", partition_key=PK, table_name="shared")


@pytest.mark.parametrize(
    ("account", "region", "message"),
    [
        ("111111111111", "ca-central-1", "Multi-account replica must be in a different account than the source table"),
        ("222222222222", "eu-west-1", "Multi-account replica must be in a different region than the source table."),
    ],
)
def test_multi_account_replica_needs_another_account_and_region(account: str, region: str, message: str) -> None:
    app = App()
    source = _source(app)
    replica_stack = Stack(app, "Replica", env=Environment(account=account, region=region))
    with pytest.raises(ValidationError, match=re.escape(message)):
        dynamodb.TableV2MultiAccountReplica(replica_stack, "Replica", replica_source_table=source)


def test_replica_of_an_imported_source_without_policy_warns() -> None:
    app = App()
    stack = Stack(app, "Replica", env=Environment(account="222222222222", region="ca-central-1"))
    source = dynamodb.TableV2.from_table_arn(stack, "Source", "arn:aws:dynamodb:eu-west-1:111111111111:table/shared")
    dynamodb.TableV2MultiAccountReplica(stack, "Replica", replica_source_table=source, table_name="shared")
    Annotations.from_stack(stack).has_warning(
        "/Replica/Replica", Match.string_like_regexp("The source table is imported without a resource policy")
    )


def test_multi_account_grant_needs_an_account_in_the_arn() -> None:
    source = _source(App())
    with pytest.raises(ValidationError, match=re.escape("Invalid table ARN: arn:aws:dynamodb:eu-west-1::table/x.")):
        source.grants.multi_account_replication_to("arn:aws:dynamodb:eu-west-1::table/x")


def test_table_grants_accept_the_props_struct(stack: Stack) -> None:
    table = _table(stack)
    props = dynamodb.TableGrantsProps(table=table, has_index=True)
    grants = dynamodb.TableGrants(table=props.table, has_index=props.has_index)
    assert isinstance(table, dynamodb.ITable)
    assert grants.table is table


def test_import_loads_no_other_service() -> None:
    # auto scaling loads l2.applicationautoscaling on first use only
    import subprocess
    import sys

    code = "import sys, l2.dynamodb; print(sorted(m for m in sys.modules if m.startswith('l2.') and m.count('.') == 1 and m != 'l2._private'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['l2.dynamodb']"
