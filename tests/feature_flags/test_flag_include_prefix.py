"""@aws-cdk/core:includePrefixInUniqueNameGeneration false: the stage prefix goes in front of a unique name already
cut to 128 characters, so a long nested stack name fails as in aws-cdk-lib (golden apps
``core/flag_include_prefix_in_unique_name_on/off`` pin the names that fit)."""

from __future__ import annotations

import pytest

from constructs import App, Construct, Stack, Stage, ValidationError

FLAG = "@aws-cdk/core:includePrefixInUniqueNameGeneration"
# aws-cdk-lib 2.275.0's error for the same app (oracle venv, flag false)
ORACLE_MESSAGE = (
    "Stack name must be <= 128 characters. Stack name: 'ProductionStageWithAQuiteLongName-AGroupOfStacksWhoseIdIsLong"
    "EnoughToMatterAGroupOfStacksWhoseoMatterTheStackItselfWithAnotherLongIdentifierToPassTheLimitB422571C'"
)
# aws-cdk-lib 2.275.0's stack name with the flag true (oracle venv, same app)
ORACLE_NAME_ON = ("ProductionStageWithAQuiteLongName-AGroupOfStacksWhoseIdIsLonoMatterTheStackItselfWithAnotherLong"
                  "IdentifierToPassTheLimitB422571C")


def _deep(flag: bool) -> Stack:
    stage = Stage(App(context={FLAG: flag}), "ProductionStageWithAQuiteLongName")
    group = Construct(stage, "AGroupOfStacksWhoseIdIsLongEnoughToMatter" * 2)
    return Stack(group, "TheStackItselfWithAnotherLongIdentifierToPassTheLimit")


def test_flag_off_fails_as_aws_cdk_lib() -> None:
    with pytest.raises(ValidationError) as err:
        _deep(False)
    assert err.value.bare_message == ORACLE_MESSAGE


def test_flag_on_keeps_the_prefix_inside_the_limit() -> None:
    assert _deep(True).stack_name == ORACLE_NAME_ON
