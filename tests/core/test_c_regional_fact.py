"""Stack.regional_fact: the errors aws-cdk-lib 2.275.0 raises (the templates are pinned by the golden app
``core/c_core_members``), and the region facts living in the core (``constructs.internals.region_facts``)."""

from __future__ import annotations

import pytest

from constructs import App, Environment, Stack, UnscopedValidationError, ValidationError
from constructs.internals import region_facts


def test_a_known_region_without_the_fact_and_no_default_is_an_error_naming_the_region() -> None:
    stack = Stack(App(), "T", env=Environment(region="eu-west-1"))
    assert stack.regional_fact("partition") == "aws"
    assert stack.regional_fact("nope", "d") == "d"
    with pytest.raises(ValidationError, match=r"^region-info: don't know nope for region eu-west-1\. Use "
                                              r"'Fact.register' to provide this value\."):
        stack.regional_fact("nope")


def test_an_agnostic_stack_without_any_value_and_no_default_is_an_error() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(UnscopedValidationError, match=r"^region-info: don't have any information for nope\. "):
        stack.regional_fact("nope")


def test_the_target_partitions_context_limits_the_mapping() -> None:
    app = App(context={"@aws-cdk/core:target-partitions": ["aws-cn"]})
    stack = Stack(app, "S")
    token = stack.regional_fact("elbv2Account")
    assert stack.resolve(token) == {"Fn::FindInMap": ["Elbv2AccountMap", {"Ref": "AWS::Region"}, "value"]}
    mapping = stack.resolve(stack.node.find_child("Elbv2AccountMap")._mapping)
    assert mapping == {"cn-north-1": {"value": "638102146993"}, "cn-northwest-1": {"value": "037604701340"}}


def test_l2_region_info_reads_the_cores_database() -> None:
    from l2.region_info import Fact

    assert Fact.find("cn-north-1", "partition") == region_facts.find("cn-north-1", "partition") == "aws-cn"
    assert region_facts.partition_information("us-isob-east-1") == ("aws-iso-b", "sc2s.sgov.gov")
