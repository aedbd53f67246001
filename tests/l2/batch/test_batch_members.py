"""Members of the AWS Batch classes read as aws-cdk-lib 2.275's (values checked against it)."""

from __future__ import annotations

from constructs import App, Stack
from l2 import batch, secretsmanager


def test_secrets_manager_secret_arns_name_the_field_and_version() -> None:
    stack = Stack(App(), "S")
    secret = secretsmanager.Secret.from_secret_name_v2(stack, "Sec", "mysecret")
    with_field = batch.Secret.from_secrets_manager(secret, "field")
    whole = batch.Secret.from_secrets_manager(secret)
    version = batch.Secret.from_secrets_manager_version(secret, batch.SecretVersionInfo(version_stage="AWSCURRENT"))
    assert (with_field.has_field, whole.has_field, version.has_field) == (True, False, False)
    prefix = ["arn:", {"Ref": "AWS::Partition"}, ":secretsmanager:", {"Ref": "AWS::Region"}, ":",
              {"Ref": "AWS::AccountId"}]
    assert stack.resolve(with_field.arn) == {"Fn::Join": ["", [*prefix, ":secret:mysecret:field::"]]}
    assert stack.resolve(version.arn) == {"Fn::Join": ["", [*prefix, ":secret:mysecret::AWSCURRENT:"]]}


def test_volume_defaults_and_kinds() -> None:
    assert batch.EksVolume.secret(name="n", secret_name="x").optional is True
    host_path = batch.EksVolume.host_path(name="n", host_path="/h", mount_path="/m")
    assert (host_path.path, host_path.container_path) == ("/h", "/m")
    host = batch.EcsVolume.host(name="h", container_path="/c")
    assert (batch.EfsVolume.is_efs_volume(host), batch.HostVolume.is_host_volume(host)) == (False, True)


def test_swappiness_is_kept_only_with_max_swap() -> None:
    assert batch.LinuxParameters(Stack(App(), "S"), "L", swappiness=30).swappiness is None


def test_construct_defaults() -> None:
    stack = Stack(App(), "S")
    queue = batch.JobQueue(stack, "Q")
    assert (queue.priority, queue.enabled, queue.compute_environments) == (1, None, [])
    unmanaged = batch.UnmanagedComputeEnvironment(stack, "U", unmanagedv_cpus=8)
    assert (unmanaged.unmanagedv_cp_us, unmanaged.enabled) == (8, True)


def test_the_optimal_instance_type_is_an_instance_type() -> None:
    from l2 import ec2

    optimal = batch.OptimalInstanceType()
    assert isinstance(optimal, ec2.InstanceType)
    assert optimal.to_string() == "optimal"
    assert isinstance(batch.MultiNodeJobDefinition(Stack(App(), "S"), "M").instance_type, batch.OptimalInstanceType)
