"""``SecretRotation``, ``SecretRotationApplication``, hosted rotations in a VPC, ``SecretStringValueBeta1`` and the
interfaces: errors and values as aws-cdk-lib 2.275.0 gives them (checked with the oracle)."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, SecretValue, Stack, UnscopedValidationError, ValidationError
from l2 import ec2
from l2 import secretsmanager as sm


@pytest.fixture
def vpc(stack: Stack) -> ec2.Vpc:
    return ec2.Vpc(stack, "Vpc")


class _Target:
    def __init__(self, group: Any, port: Any) -> None:
        self.connections = ec2.Connections(security_groups=[group], default_port=port)


def test_application_arns_and_versions_per_partition() -> None:
    db2 = sm.SecretRotationApplication.DB2_ROTATION_SINGLE_USER
    assert db2.application_arn_for_partition("aws-us-gov") == (
        "arn:aws-us-gov:serverlessrepo:us-gov-west-1:023102451235:applications/SecretsManagerRDSDb2RotationSingleUser"
    )
    assert db2.semantic_version_for_partition("aws-cn") == "1.1.242"
    mysql = sm.SecretRotationApplication.MYSQL_ROTATION_SINGLE_USER
    for method in (mysql.application_arn_for_partition, mysql.semantic_version_for_partition):
        with pytest.raises(UnscopedValidationError, match="unsupported partition: aws-iso"):
            method("aws-iso")
    assert (mysql.is_multi_user, sm.SecretRotationApplication.MYSQL_ROTATION_MULTI_USER.is_multi_user) == (False, True)
    assert sm.SecretRotationApplication("XMultiUser", "1").is_multi_user is True
    assert sm.SecretRotationApplication("XMultiUser", "1", is_multi_user=False).is_multi_user is False
    custom = sm.SecretRotationApplication("X", "1.0.0")
    with pytest.raises(UnscopedValidationError, match="unsupported partition: aws-cn"):
        custom.semantic_version_for_partition("aws-cn")


def test_secret_rotation_needs_a_default_port_and_a_master_secret(stack: Stack, vpc: ec2.Vpc) -> None:
    group = ec2.SecurityGroup(stack, "G", vpc=vpc)
    secret = sm.Secret(stack, "S")
    app = sm.SecretRotationApplication.MYSQL_ROTATION_SINGLE_USER
    with pytest.raises(ValidationError, match="The `target` connections must have a default port range."):
        sm.SecretRotation(stack, "R1", application=app, secret=secret, target=group, vpc=vpc)
    multi = sm.SecretRotationApplication.MYSQL_ROTATION_MULTI_USER
    target = _Target(group, ec2.Port.tcp(3306))
    with pytest.raises(ValidationError, match="The `masterSecret` must be specified for application using the multi"):
        sm.SecretRotation(stack, "R2", application=multi, secret=secret, target=target, vpc=vpc)


def test_secret_rotation_target_is_checked_structurally(stack: Stack, vpc: ec2.Vpc) -> None:
    secret = sm.Secret(stack, "S")
    app = sm.SecretRotationApplication.MYSQL_ROTATION_SINGLE_USER
    with pytest.raises(TypeError, match="target"):
        sm.SecretRotation(stack, "R", application=app, secret=secret, target=object(), vpc=vpc)  # type: ignore[arg-type]


def test_hosted_rotation_connections_need_a_vpc_and_a_binding(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(UnscopedValidationError, match="not deployed in a VPC"):
        _ = sm.HostedRotation.mysql_single_user().connections
    in_vpc = sm.HostedRotation.mysql_single_user(vpc=vpc)
    with pytest.raises(UnscopedValidationError, match="has not been bound to a secret"):
        _ = in_vpc.connections
    sm.Secret(stack, "S").add_rotation_schedule("R", hosted_rotation=in_vpc)
    assert len(in_vpc.connections.security_groups) == 1


def test_hosted_rotation_security_groups_need_a_vpc(stack: Stack, vpc: ec2.Vpc) -> None:
    group = ec2.SecurityGroup(stack, "G", vpc=vpc)
    secret = sm.Secret(stack, "S")
    with pytest.raises(ValidationError, match="`vpc` must be specified when specifying `securityGroups`."):
        secret.add_rotation_schedule("R", hosted_rotation=sm.HostedRotation.mysql_single_user(security_groups=[group]))


def test_secret_string_value_beta1(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError, match="appears to be plaintext"):
        sm.SecretStringValueBeta1.from_token("plain")
    with pytest.raises(ValidationError, match="Cannot specify more than one of"):
        sm.Secret(
            stack,
            "B",
            secret_string_beta1=sm.SecretStringValueBeta1.from_unsafe_plaintext("x"),
            secret_string_value=SecretValue.unsafe_plain_text("y"),
        )
    assert sm.SecretStringValueBeta1.from_unsafe_plaintext("x").secret_value() == "x"


def test_a_rotation_schedule_needs_one_rotation(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="One of `rotationLambda` or `hostedRotation` must be specified."):
        sm.RotationSchedule(stack, "RS", secret=sm.Secret(stack, "S"))


def test_secrets_satisfy_the_interfaces() -> None:
    stack = Stack(App(), "S")
    secret = sm.Secret(stack, "S")
    imported = sm.Secret.from_secret_name_v2(stack, "I", "name")
    attachment = sm.SecretTargetAttachment.from_secret_target_attachment_secret_arn(
        stack, "A", "arn:aws:secretsmanager:us-east-1:123456789012:secret:a-AbCdEf"
    )
    assert all(isinstance(x, sm.ISecret) for x in (secret, imported, attachment))
    assert isinstance(attachment, sm.ISecretTargetAttachment)
    assert not isinstance(secret, sm.ISecretTargetAttachment)
    assert attachment.secret_name == "a"
    assert attachment.secret_target_attachment_ref.secret_id == attachment.secret_target_attachment_secret_arn
    assert sm.Secret.PROPERTY_INJECTION_ID == "aws-cdk-lib.aws-secretsmanager.Secret"


def test_structs_require_what_aws_cdk_lib_requires(stack: Stack) -> None:
    secret = sm.Secret(stack, "S")
    assert sm.MultiUserHostedRotationOptions(master_secret=secret).master_secret is secret
    assert sm.RotationScheduleProps(secret=secret).automatically_after is None
    with pytest.raises(TypeError):
        sm.MultiUserHostedRotationOptions()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        sm.SecretRotationProps(secret=secret)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        sm.ResourcePolicyProps(secret="arn")  # type: ignore[arg-type]
