"""lambda_: Code.from_bucket_v2 / S3CodeV2, Code.from_custom_command, Version execution environments and
Alias.add_auto_scaling.

Every error message below is aws-cdk-lib 2.275.0's, word for word without its error code (read from its output
for the same call); the templates are compared whole by the golden apps ``code_v2_and_scaling`` and
``integ_autoscaling_lit``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from assertions import Annotations, Match, Template
from constructs import App, Stack, UnscopedValidationError, ValidationError
from l2 import lambda_, s3


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def _fn(stack: Stack, id: str = "Fn", **kwargs: Any) -> lambda_.Function:
    options: dict[str, Any] = {"runtime": lambda_.Runtime.PYTHON_3_12, "handler": "i.h",
                               "code": lambda_.Code.from_inline("x")}
    options.update(kwargs)
    return lambda_.Function(stack, id, **options)


def test_fails_on_reference_storage_without_an_object_version(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="^set objectVersion when using s3ObjectStorageMode REFERENCE because "
                                              "Lambda requires a versioned S3 object"):
        lambda_.Code.from_bucket_v2(s3.Bucket(stack, "B"), "k",
                                    s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE)


def test_from_bucket_v2_warns_without_an_object_version(stack: Stack) -> None:
    bucket = s3.Bucket(stack, "B")
    _fn(stack, code=lambda_.Code.from_bucket_v2(bucket, "k"))
    Annotations.from_stack(stack).has_warning("/S/B", Match.string_like_regexp(
        "^options.objectVersion is not defined for S3Code.fromBucketV2()"))


def test_reference_storage_on_an_unnamed_function_warns_about_the_wildcard(stack: Stack) -> None:
    bucket = s3.Bucket(stack, "B")
    _fn(stack, code=lambda_.Code.from_bucket_v2(bucket, "k", object_version="1",
                                                s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE))
    Annotations.from_stack(stack).has_warning("/S/Fn/Resource", Match.string_like_regexp(
        "a wildcard is used in the aws:SourceArn condition to match all Lambda functions"))
    Template.from_stack(stack).has_resource("AWS::Lambda::Function", {
        "Properties": {"Code": Match.object_like({"S3ObjectStorageMode": "REFERENCE", "S3ObjectVersion": "1"})},
        "DependsOn": Match.array_with([Match.string_like_regexp("^BPolicy")]),
    })


def test_reference_storage_on_an_imported_bucket_warns_that_the_policy_cannot_change(stack: Stack) -> None:
    bucket = s3.Bucket.from_bucket_name(stack, "B", "code-bucket")
    _fn(stack, function_name="fn", code=lambda_.Code.from_bucket_v2(
        bucket, "k", object_version="1", s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE))
    Annotations.from_stack(stack).has_warning("/S/Fn/Resource", Match.string_like_regexp(
        "^Cannot update the policy of an imported bucket for S3ObjectStorageMode.REFERENCE"))


def test_copy_storage_adds_no_bucket_policy(stack: Stack) -> None:
    _fn(stack, code=lambda_.S3CodeV2(s3.Bucket(stack, "B"), "k",
                                      s3_object_storage_mode=lambda_.S3ObjectStorageMode.COPY))
    Template.from_stack(stack).resource_count_is("AWS::S3::BucketPolicy", 0)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"min_execution_environments": -1}, "minExecutionEnvironments must be a non-negative integer."),
    ({"max_execution_environments": -1}, "maxExecutionEnvironments must be a non-negative integer."),
    ({"min_execution_environments": 5, "max_execution_environments": 2},
     "minExecutionEnvironments must be less than or equal to maxExecutionEnvironments"),
])
def test_fails_on_bad_execution_environments(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=f"^{message}"):
        lambda_.Version(stack, "V", lambda_=_fn(stack), **kwargs)


def test_fails_on_auto_scaling_an_alias_twice(stack: Stack) -> None:
    alias = lambda_.Alias(stack, "A", alias_name="a", version=_fn(stack).current_version)
    alias.add_auto_scaling(max_capacity=3)
    with pytest.raises(ValidationError, match="^AutoScaling already enabled for this alias"):
        alias.add_auto_scaling(max_capacity=3)


def test_fails_on_a_utilization_target_out_of_range(stack: Stack) -> None:
    alias = lambda_.Alias(stack, "A", alias_name="a", version=_fn(stack).current_version)
    target = alias.add_auto_scaling(max_capacity=3)
    with pytest.raises(ValidationError, match=r"^Utilization Target should be between 0.1 and 0.9. Found 0.95."):
        target.scale_on_utilization(utilization_target=0.95)


def test_fails_on_a_wrong_max_capacity_type(stack: Stack) -> None:
    alias = lambda_.Alias(stack, "A", alias_name="a", version=_fn(stack).current_version)
    with pytest.raises(TypeError, match="max_capacity"):
        alias.add_auto_scaling(max_capacity="3")  # type: ignore[arg-type]


def test_fails_on_an_empty_custom_command() -> None:
    with pytest.raises(UnscopedValidationError, match=r'^command must contain at least one argument. For example, '
                                                      r'\["node", "buildFile.js"\].'):
        lambda_.Code.from_custom_command("out", [])


def test_fails_on_a_custom_command_that_exits_with_an_error() -> None:
    with pytest.raises(UnscopedValidationError, match="^false exited with status: 1"):
        lambda_.Code.from_custom_command("out", ["false"])


def test_fails_on_a_custom_command_that_does_not_exist() -> None:
    with pytest.raises(UnscopedValidationError, match="^Failed to execute custom command: Error: spawnSync "
                                                      "/nonexistent-cmd ENOENT"):
        lambda_.Code.from_custom_command("out", ["/nonexistent-cmd"])


def test_custom_command_output_becomes_an_asset(stack: Stack, tmp_path: Path) -> None:
    out = tmp_path / "build"
    code = lambda_.Code.from_custom_command(
        str(out), [sys.executable, "-c", f"import os; os.makedirs({str(out)!r}); open({str(out / 'index.py')!r}, 'w')"
                   ".write('def handler(e, c): pass')"])
    assert (out / "index.py").exists()
    _fn(stack, code=code)
    Template.from_stack(stack).has_resource_properties("AWS::Lambda::Function", {
        "Code": {"S3Bucket": Match.any_value(), "S3Key": Match.string_like_regexp(r"\.zip$")}})


def test_a_runtime_bundles_in_its_sam_build_image() -> None:
    # aws-cdk-lib 2.275.0: Runtime.PYTHON_3_12.bundling_image.image == "public.ecr.aws/sam/build-python3.12"
    assert lambda_.Runtime.PYTHON_3_12.bundling_image.image == "public.ecr.aws/sam/build-python3.12"
    assert lambda_.Runtime.NODEJS_20_X.bundling_image.image == "public.ecr.aws/sam/build-nodejs20.x"
