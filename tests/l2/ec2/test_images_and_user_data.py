"""MachineImage and UserData: lookups without context, and bad input with aws-cdk-lib 2.275.0's messages.

The expected values were produced by running the same calls against aws-cdk-lib 2.275.0.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Environment, Stack, ValidationError
from l2 import ec2


@pytest.fixture
def pinned() -> Stack:
    return Stack(App(), "P", env=Environment(account="123456789012", region="eu-west-1"))


def test_a_cached_image_shows_the_dummy_value_until_looked_up(pinned: Stack) -> None:
    image = ec2.MachineImage.from_ssm_parameter("/my/cached", cached_in_context=True).get_image(pinned)
    assert image.image_id == "dummy-value-for-/my/cached"
    assert image.os_type is ec2.OperatingSystemType.LINUX


def test_missing_region_in_an_ami_map(pinned: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        ec2.MachineImage.generic_linux({"us-east-1": "ami-0123456789abcdef0"}).get_image(pinned)
    assert err.value.bare_message == "Unable to find AMI in AMI map: no AMI specified for region 'eu-west-1'"


CASES: list[tuple[str, Callable[[], Any], str]] = [
    (
        "storage for Amazon Linux 2023",
        lambda: ec2.AmazonLinuxImage(
            generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2023, storage=ec2.AmazonLinuxStorage.EBS
        ),
        "Storage parameter does not exist in SSM parameter name for Amazon Linux 2023.",
    ),
    (
        "virtualization for Amazon Linux 2022",
        lambda: ec2.AmazonLinuxImage(
            generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2022, virtualization=ec2.AmazonLinuxVirt.PV
        ),
        "Virtualization parameter does not exist in SSM parameter name for Amazon Linux 2022.",
    ),
    (
        "exit commands on custom user data",
        lambda: ec2.UserData.custom("x").add_on_exit_commands("y"),
        "CustomUserData does not support addOnExitCommands, use UserData.forLinux() or UserData.forWindows() "
        "instead.",
    ),
    (
        "commands on multipart user data without a default part",
        lambda: ec2.MultipartUserData().add_commands("y"),
        "MultipartUserData only supports this operation if it has a default UserData. Call addUserDataPart with "
        "makeDefault=true.",
    ),
    (
        "a separator with a space",
        lambda: ec2.MultipartUserData(parts_separator="a b"),
        "Invalid characters in separator. Separator has to match pattern [^a-zA-Z0-9()+,-./:=?]",
    ),
]


@pytest.mark.parametrize(("case", "make", "message"), CASES, ids=[c[0] for c in CASES])
def test_fails_with_aws_cdk_lib_message(case: str, make: Callable[[], Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        make()
    assert err.value.bare_message == message
