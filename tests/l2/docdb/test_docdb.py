"""aws_docdb validation errors and imports: messages as aws-cdk-lib words them, with the construct path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import RemovalPolicy, SecretValue, Stack, UnscopedValidationError, ValidationError
from l2 import docdb, ec2, kms

_PASSWORD = SecretValue.unsafe_plain_text("x")
_SCALING = docdb.ServerlessV2ScalingConfiguration(min_capacity=1, max_capacity=2)


def _cluster(stack: Stack, **kwargs: Any) -> docdb.DatabaseCluster:
    vpc = stack.node.try_find_child("Vpc") or ec2.Vpc(stack, "Vpc")
    options: dict[str, Any] = {"master_user": docdb.Login(username="a"), "vpc": vpc,
                               "instance_type": ec2.InstanceType("r5.large")}
    options.update(kwargs)
    return docdb.DatabaseCluster(stack, "Cluster", **{k: v for k, v in options.items() if v is not None})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"instance_type": None}, "Either instanceType (for provisioned clusters) or serverlessV2ScalingConfiguration "
                                  "(for serverless clusters) must be specified"),
        ({"serverless_v2_scaling_configuration": _SCALING},
         "Cannot specify both instanceType and serverlessV2ScalingConfiguration"),
        ({"preferred_maintenance_window": "sat:9-sat:10"},
         "preferredMaintenanceWindow must be in the format ddd:hh24:mi-ddd:hh24:mi, e.g. sat:09:00-sat:09:30"),
        ({"instance_maintenance_window": "x"},
         "instanceMaintenanceWindow must be in the format ddd:hh24:mi-ddd:hh24:mi, e.g. sat:09:00-sat:09:30"),
        ({"master_user": docdb.Login(username="a", password=_PASSWORD), "manage_master_user_password": True},
         "You can't manage the master user password with AWS Secrets Manager if masterUser.password is specified"),
        ({"master_user_secret_kms_key": "KEY"}, "masterUserSecretKmsKey is valid only if manageMasterUserPassword is true"),
        ({"kms_key": "KEY", "storage_encrypted": False}, "KMS key supplied but storageEncrypted is false"),
        ({"engine_version": "5.0"}, "Invalid engine version: '5.0'. Engine version must be in the format x.y.z"),
        ({"engine_version": "4.0.0", "storage_type": docdb.StorageType.IOPT1},
         "I/O-optimized storage is supported starting with engine version 5.0.0, got '4.0.0'"),
        ({"engine_version": "4.0.0", "instance_type": None, "serverless_v2_scaling_configuration": _SCALING},
         "DocumentDB serverless requires engine version 5.0.0 or higher, got '4.0.0'"),
        ({"instances": 0}, "At least one instance is required for provisioned clusters"),
        ({"instance_removal_policy": RemovalPolicy.SNAPSHOT},
         "AWS::DocDB::DBInstance does not support the SNAPSHOT removal policy"),
        ({"security_group_removal_policy": RemovalPolicy.SNAPSHOT},
         "AWS::EC2::SecurityGroup does not support the SNAPSHOT removal policy"),
        ({"vpc_subnets": "ONE"}, "Cluster requires at least 2 subnets, got 1"),
    ],
)
def test_cluster_validation(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    vpc = ec2.Vpc(stack, "Vpc")
    for name, value in list(kwargs.items()):
        if value == "KEY":
            kwargs[name] = kms.Key(stack, f"Key{name}")
        elif value == "ONE":
            kwargs[name] = ec2.SubnetSelection(subnets=[vpc.private_subnets[0]])
    with pytest.raises(ValidationError) as info:
        _cluster(stack, **kwargs)
    assert message in str(info.value)
    assert "S/Cluster" in str(info.value)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda s: _cluster(s, manage_master_user_password=True).add_rotation_single_user(),
         "Cannot add rotation when `manageMasterUserPassword` is enabled. Amazon DocumentDB automatically rotates "
         "the master password when it manages the secret."),
        (lambda s: _cluster(s, master_user=docdb.Login(username="a", password=_PASSWORD)).add_rotation_single_user(),
         "Cannot add single user rotation for a cluster without secret."),
        (lambda s: [c.add_rotation_single_user() for c in [_cluster(s)] * 2],
         "A single user rotation was already added to this cluster."),
        (lambda s: _cluster(s, master_user=docdb.Login(username="a", password=_PASSWORD)).add_rotation_multi_user(
            "R", secret=docdb.DatabaseSecret(s, "U", username="u")),
         "Cannot add multi user rotation for a cluster without secret."),
    ],
)
def test_rotation_validation(stack: Stack, make: Callable[[Stack], object], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        make(stack)
    assert message in str(info.value)


def test_endpoint_port() -> None:
    with pytest.raises(UnscopedValidationError, match=r"Port must be an integer between \[1, 65535\] but got: 70000"):
        docdb.Endpoint("h", 70000)
    assert docdb.Endpoint("h", 27017).socket_address == "h:27017"


def test_imported_cluster_without_endpoint(stack: Stack) -> None:
    cluster = docdb.DatabaseCluster.from_database_cluster_attributes(stack, "I", cluster_identifier="c")
    assert cluster.cluster_identifier == "c"
    with pytest.raises(UnscopedValidationError, match="Cannot access `clusterEndpoint` of an imported cluster "
                       "without an endpoint address and port"):
        _ = cluster.cluster_endpoint
    with pytest.raises(UnscopedValidationError, match="Cannot access `securityGroupId` of an imported cluster"):
        _ = cluster.security_group_id


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError, match="storage_type"):
        _cluster(stack, storage_type="iopt1")
