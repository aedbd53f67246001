"""``l2.codeguruprofiler``: interfaces, generated names and type errors (expected values from aws-cdk-lib 2.275)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Construct, Stack
from l2 import codeguruprofiler


def test_new_and_imported_groups_are_profiling_groups(stack: Stack) -> None:
    new = codeguruprofiler.ProfilingGroup(stack, "New")
    imported = codeguruprofiler.ProfilingGroup.from_profiling_group_arn(
        stack, "Imported", "arn:aws:codeguru-profiler:us-east-2:222222222222:profilingGroup/Other")
    assert isinstance(new, codeguruprofiler.IProfilingGroup)
    assert isinstance(imported, codeguruprofiler.IProfilingGroup)
    assert imported.profiling_group_name == "Other"
    assert (imported.env.account, imported.env.region) == ("222222222222", "us-east-2")


def test_generated_name_keeps_both_ends_of_a_long_path(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    scope: Construct = stack
    for i in range(12):
        scope = Construct(scope, f"VeryLongConstructIdNumber{i:02d}PaddingPadding")
    codeguruprofiler.ProfilingGroup(scope, "Group")
    [resource] = synth(stack)["Resources"].values()
    # aws-cdk-lib 2.275 names it so (the first and the last 120 characters of the 240+ unique id)
    assert resource["Properties"] == {"ProfilingGroupName": (
        "SVeryLongConstructIdNumber00PaddingPaddingVeryLongConstructIdNumber01PaddingPaddingVeryLongConstructId"
        "Number02PaddingPadLongConstructIdNumber03PaddingPaddingVeryLongConstructIdNumber04PaddingPaddingVeryLong"
        "ConstructIdNumber05PaddingE0DEA9FE")}


def test_compute_platform_must_be_the_enum(stack: Stack) -> None:
    with pytest.raises(TypeError, match="compute_platform"):
        codeguruprofiler.ProfilingGroup(stack, "Bad", compute_platform="AWSLambda")  # type: ignore[arg-type]


def test_profiling_group_props_struct() -> None:
    props = codeguruprofiler.ProfilingGroupProps(compute_platform=codeguruprofiler.ComputePlatform.AWS_LAMBDA)
    assert props.compute_platform.value == "AWSLambda"
    assert props.profiling_group_name is None
