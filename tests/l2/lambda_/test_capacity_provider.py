"""lambda_: CapacityProvider and the functions added to it.

Every error message below is aws-cdk-lib 2.275.0's, word for word without its error code (read from its output
for the same call); templates are compared whole by the golden apps ``capacity_provider_options`` and the
``integ_*capacity_provider*`` ports.
"""

from __future__ import annotations

from typing import Any

import pytest

from assertions import Annotations, Match, Template
from constructs import App, Stack, ValidationError
from l2 import ec2, lambda_


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


@pytest.fixture
def network(stack: Stack) -> tuple[Any, Any]:
    vpc = ec2.Vpc(stack, "V", max_azs=1)
    return vpc, ec2.SecurityGroup(stack, "SG", vpc=vpc)


_count = [0]


def _cp(stack: Stack, network: tuple[Any, Any], **kwargs: Any) -> lambda_.CapacityProvider:
    _count[0] += 1
    vpc, sg = network
    options: dict[str, Any] = {"subnets": vpc.private_subnets, "security_groups": [sg]}
    options.update(kwargs)
    return lambda_.CapacityProvider(stack, f"C{_count[0]}", **options)


ERRORS = [
    ({"max_v_cpu_count": 8}, "maxVCpuCount must be between 12 and 15000, but your capacity provider has 8."),
    ({"capacity_provider_name": "bad name", "max_v_cpu_count": 20000},
     "maxVCpuCount must be between 12 and 15000, but bad name has 20000."),
    ({"subnets": []}, "subnets must contain between 1 and 16 items but your capacity provider has 0 items."),
    ({"capacity_provider_name": "bad name"},
     "capacityProviderName must be an arn or have only alphanumeric characters, but did not: bad name"),
    ({"capacity_provider_name": "a" * 141},
     f"Capacity provider name can not be longer than 140 characters but {'a' * 141} has 141 characters."),
    ({"instance_type_filter": lambda_.InstanceTypeFilter.allow([])},
     "instanceTypeFilter must have at least one instanceType when configured, but your capacity provider has 0 "
     "items."),
    ({"scaling_options": lambda_.ScalingOptions.manual([])},
     "scalingOptions must have at least one policy when scalingMode is 'Manual', but your capacity provider has 0 "
     "items."),
    ({"scaling_options": lambda_.ScalingOptions.manual([lambda_.TargetTrackingScalingPolicy.cpu_utilization(50)] * 11)},
     "scalingOptions can have at most ten policies when scalingMode is 'Manual', but your capacity provider has 11 "
     "items."),
    ({"propagate_tags": lambda_.PropagateTags.explicit({f"k{i}": "v" for i in range(41)})},
     "propagateTags explicit tags can have at most 40 tags, but your capacity provider has 41."),
]


@pytest.mark.parametrize(("kwargs", "message"), ERRORS)
def test_fails_on_invalid_props(stack: Stack, network: tuple[Any, Any], kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=f"^{_escape(message)}"):
        _cp(stack, network, **kwargs)


def test_fails_on_too_many_security_groups(stack: Stack, network: tuple[Any, Any]) -> None:
    sg = network[1]
    with pytest.raises(ValidationError, match="^securityGroups must contain between 1 and 5 items but your capacity "
                                              "provider has 6 items."):
        _cp(stack, network, security_groups=[sg] * 6)


@pytest.mark.parametrize(("scaling", "message"), [
    ({"min_execution_environments": -1}, "minExecutionEnvironments must be between 0 and 15000, but was -1."),
    ({"max_execution_environments": 15001}, "maxExecutionEnvironments must be between 0 and 15000, but was 15001."),
    ({"min_execution_environments": 4, "max_execution_environments": 2},
     "minExecutionEnvironments must be less than or equal to maxExecutionEnvironments."),
])
def test_fails_on_invalid_function_scaling(stack: Stack, network: tuple[Any, Any], scaling: dict[str, Any],
                                           message: str) -> None:
    fn = lambda_.Function(stack, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                          code=lambda_.Code.from_inline("x"))
    with pytest.raises(ValidationError, match=f"^{message}"):
        _cp(stack, network).add_function(fn, latest_published_scaling_config=scaling)


def test_add_function_notes_that_the_configuration_cannot_be_removed(stack: Stack, network: tuple[Any, Any]) -> None:
    fn = lambda_.Function(stack, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                          code=lambda_.Code.from_inline("x"))
    _cp(stack, network).add_function(fn, per_execution_environment_max_concurrency=4)
    Annotations.from_stack(stack).has_info("/S/F", Match.string_like_regexp(
        "^Capacity provider configuration cannot be removed from a function, only modified."))
    Template.from_stack(stack).has_resource_properties("AWS::Lambda::Function", {"CapacityProviderConfig": {
        "LambdaManagedInstancesCapacityProviderConfig": Match.object_like({
            "PerExecutionEnvironmentMaxConcurrency": 4})}})


def test_an_imported_capacity_provider_names_itself_from_its_arn(stack: Stack) -> None:
    imported = lambda_.CapacityProvider.from_capacity_provider_arn(
        stack, "I", "arn:aws:lambda:us-east-1:123456789012:capacity-provider:third")
    assert imported.capacity_provider_name == "third"
    assert isinstance(imported, lambda_.ICapacityProvider)


def test_fails_on_a_wrong_instance_type_filter_type(stack: Stack, network: tuple[Any, Any]) -> None:
    with pytest.raises(TypeError, match="instance_type_filter"):
        _cp(stack, network, instance_type_filter=["m5.large"])


def _escape(text: str) -> str:
    import re

    return re.escape(text)
