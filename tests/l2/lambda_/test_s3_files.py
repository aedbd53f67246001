"""lambda_: FileSystem.from_s3_files_access_point and DirectS3Read.

Error messages are aws-cdk-lib 2.275.0's, word for word without their error codes (read from its output for the
same calls); the template is compared whole by the golden app ``integ_lambda_s3files_filesystem``.
"""

from __future__ import annotations

import pytest

from assertions import Match, Template
from constructs import App, Stack, UnscopedValidationError
from l1 import s3files
from l2 import ec2, lambda_, s3


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def _fs(stack: Stack) -> s3files.CfnFileSystem:
    return s3files.CfnFileSystem(stack, "FS", bucket="arn:aws:s3:::b", role_arn="arn:aws:iam::123456789012:role/r")


def test_fails_without_mount_targets(stack: Stack) -> None:
    ap = s3files.CfnAccessPoint(stack, "AP", file_system_id=_fs(stack).attr_file_system_id)
    with pytest.raises(UnscopedValidationError, match="^No mount targets found for file system at S/FS. Create at "
                                                      "least one CfnMountTarget for the file system."):
        lambda_.FileSystem.from_s3_files_access_point(ap, "/mnt/x")


def test_fails_without_the_file_system_in_the_app(stack: Stack) -> None:
    ap = s3files.CfnAccessPoint(stack, "AP2", file_system_id="fs-123")
    with pytest.raises(UnscopedValidationError, match="^Unable to find the CfnFileSystem for access point at S/AP2."):
        lambda_.FileSystem.from_s3_files_access_point(ap, "/mnt/x")


def test_fails_on_a_mount_target_without_security_groups(stack: Stack) -> None:
    fs = _fs(stack)
    ap = s3files.CfnAccessPoint(stack, "AP", file_system_id=fs.attr_file_system_id)
    s3files.CfnMountTarget(stack, "MT", file_system_id=fs.attr_file_system_id, subnet_id="subnet-1")
    with pytest.raises(UnscopedValidationError, match="^Mount target S/MT does not have security groups. Add security "
                                                      "groups to the mount target."):
        lambda_.FileSystem.from_s3_files_access_point(ap, "/mnt/x")


@pytest.mark.parametrize(("direct", "mode", "grants"), [
    (lambda b: lambda_.DirectS3Read.enabled(b), "ENABLED", True),
    (lambda b: lambda_.DirectS3Read.enabled_without_grant(), "ENABLED", False),
    (lambda b: lambda_.DirectS3Read.auto(), "AUTO", False),
    (lambda b: lambda_.DirectS3Read.disabled(), "DISABLED", False),
])
def test_direct_s3_read_modes(stack: Stack, direct: object, mode: str, grants: bool) -> None:
    vpc = ec2.Vpc(stack, "V", max_azs=1)
    sg = ec2.SecurityGroup(stack, "SG", vpc=vpc)
    fs = _fs(stack)
    s3files.CfnMountTarget(stack, "MT", file_system_id=fs.attr_file_system_id, subnet_id="subnet-0123456789abcdef0",
                           security_groups=[sg.security_group_id])
    ap = s3files.CfnAccessPoint(stack, "AP", file_system_id=fs.attr_file_system_id)
    bucket = s3.Bucket(stack, "B")
    lambda_.Function(stack, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                     code=lambda_.Code.from_inline("x"), vpc=vpc,
                     filesystem=lambda_.FileSystem.from_s3_files_access_point(
                         ap, "/mnt/data", direct_s3_read=direct(bucket)))  # type: ignore[operator]
    template = Template.from_stack(stack)
    template.has_resource_properties("AWS::Lambda::Function", {"FileSystemConfigs": [
        Match.object_like({"LocalMountPath": "/mnt/data", "S3FilesConfig": {"DirectS3Read": mode}})]})
    statements = next(iter(template.find_resources("AWS::IAM::Policy").values()))[
        "Properties"]["PolicyDocument"]["Statement"]
    assert any(s["Action"] == ["s3:GetObject", "s3:GetObjectVersion"] for s in statements) is grants


def test_s3_files_options_is_a_struct() -> None:
    options = lambda_.S3FilesOptions(direct_s3_read=lambda_.DirectS3Read.auto())
    assert options.direct_s3_read is not None
