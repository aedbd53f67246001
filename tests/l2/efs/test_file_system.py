"""``l2.efs``: validation (aws-cdk-lib's messages), the anonymous-access default, imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Size, Stack, ValidationError
from l2 import ec2, efs, iam


@pytest.fixture
def vpc(stack: Stack) -> ec2.Vpc:
    return ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)


def _file_systems(template: dict[str, Any]) -> list[dict[str, Any]]:
    return [r["Properties"] for r in template["Resources"].values() if r["Type"] == "AWS::EFS::FileSystem"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"performance_mode": efs.PerformanceMode.MAX_IO, "one_zone": True},
         "performanceMode MAX_IO is not supported for One Zone file systems."),
        ({"throughput_mode": efs.ThroughputMode.PROVISIONED},
         "Property provisionedThroughputPerSecond is required when throughputMode is PROVISIONED"),
        ({"throughput_mode": efs.ThroughputMode.ELASTIC, "performance_mode": efs.PerformanceMode.MAX_IO},
         "ThroughputMode ELASTIC is not supported for file systems with performanceMode MAX_IO"),
        ({"replication_configuration": efs.ReplicationConfiguration.regional_file_system(),
          "replication_overwrite_protection": efs.ReplicationOverwriteProtection.DISABLED},
         "Cannot configure 'replicationConfiguration' when 'replicationOverwriteProtection' is set to 'DISABLED'"),
        ({"one_zone": True, "vpc_subnets": ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)},
         "When oneZone is enabled and vpcSubnets defined, vpcSubnets.availabilityZones can not be undefined."),
    ],
)
def test_bad_props_raise(stack: Stack, vpc: ec2.Vpc, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        efs.FileSystem(stack, "Fs", vpc=vpc, **kwargs)
    assert message in str(info.value)
    assert "S/Fs" in str(info.value)


def test_anonymous_access_is_denied_once_a_client_grant_is_made(
    stack: Stack, vpc: ec2.Vpc, synth: Callable[..., Any]
) -> None:
    open_fs = efs.FileSystem(stack, "Open", vpc=vpc)
    granted = efs.FileSystem(stack, "Granted", vpc=vpc, provisioned_throughput_per_second=Size.mebibytes(1))
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
    granted.grant_read(role)
    assert open_fs.connections.default_port is not None
    policies = [p.get("FileSystemPolicy") for p in _file_systems(synth(stack))]
    assert policies[0] is None
    assert policies[1]["Statement"] == [
        {
            "Action": ["elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"],
            "Condition": {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}},
            "Effect": "Allow",
            "Principal": {"AWS": "*"},
        }
    ]


def test_explicit_anonymous_access_keeps_the_policy_empty(
    stack: Stack, vpc: ec2.Vpc, synth: Callable[..., Any]
) -> None:
    fs = efs.FileSystem(stack, "Fs", vpc=vpc, allow_anonymous_access=True)
    fs.grant_root_access(iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com")))
    assert "FileSystemPolicy" not in _file_systems(synth(stack))[0]


def test_imports(stack: Stack, vpc: ec2.Vpc) -> None:
    sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
    with pytest.raises(ValidationError, match="One of fileSystemId or fileSystemArn, but not both"):
        efs.FileSystem.from_file_system_attributes(stack, "Both", security_group=sg)
    imported = efs.FileSystem.from_file_system_attributes(
        stack, "I", security_group=sg, file_system_arn="arn:aws:elasticfilesystem:us-east-1:111111111111:file-system/fs-1"
    )
    assert imported.file_system_id == "fs-1"
    assert isinstance(imported, efs.IFileSystem)
    assert imported.add_to_resource_policy(iam.PolicyStatement(actions=["x:y"])).statement_added is False  # type: ignore[attr-defined]
    ap = efs.AccessPoint.from_access_point_id(stack, "Ap", "fsap-1")
    with pytest.raises(ValidationError, match="fileSystem is only available"):
        _ = ap.file_system
    with pytest.raises(ValidationError, match="Only one of accessPointId or AccessPointArn"):
        efs.AccessPoint.from_access_point_attributes(stack, "Ap2", access_point_id="a", access_point_arn="b")

