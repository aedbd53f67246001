"""EC2.EBSEncryption: EBS volumes are encrypted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list, is_on
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | list[str] | None:
    if resource.type == "AWS::EC2::Volume":
        return None if is_on(props.get("Encrypted")) else "The volume is not encrypted"
    source = props
    if resource.type == "AWS::EC2::LaunchTemplate":
        data = props.get("LaunchTemplateData")
        source = data if isinstance(data, dict) else {}
    found: list[str] = []
    for mapping in as_list(source.get("BlockDeviceMappings")):
        if isinstance(mapping, dict) and isinstance(mapping.get("Ebs"), dict) and not is_on(
            mapping["Ebs"].get("Encrypted")
        ):
            found.append(f"Device::{mapping.get('DeviceName')}")
    return found or None


RULE = Rule(
    id="EC2.EBSEncryption",
    level=Level.ERROR,
    resource_types=("AWS::EC2::Volume", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate",
                    "AWS::AutoScaling::LaunchConfiguration"),
    title="An EBS volume is not encrypted",
    why="Unencrypted volumes and their snapshots expose the data to anyone who gets a copy of a snapshot.",
    fix="Set encrypted=True on the volume or block device (ec2.BlockDeviceVolume.ebs(size, encrypted=True)), or "
    "turn on EBS encryption by default for the account and suppress with that reason.",
    check=check,
    nag_ids=("AwsSolutions-EC26",),
)
