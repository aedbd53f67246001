"""Constructors that run jsii's deprecation check only when a prop it looks at is given (``locals()`` of a long
signature is a large part of a plain construct's cost): the guard's fields must be the check's fields, and a
deprecated prop must still be reported."""

from __future__ import annotations

import pytest

import constructs as cdk
from constructs._private.validation.deprecated_props import CHECKS
from constructs._private.validation.deprecations import DeprecationError
from l2 import lambda_, logs, s3
from l2.lambda_ import _function
from l2.s3 import _bucket


@pytest.mark.parametrize(("struct", "fields"), [
    ("aws_lambda.FunctionProps", _function._DEPRECATION_FIELDS),
    ("aws_s3.BucketProps", _bucket._DEPRECATION_FIELDS),
])
def test_the_guard_names_every_field_the_check_looks_at(struct: str, fields: tuple[str, ...]) -> None:
    assert sorted(fields) == sorted(field for _, field, _ in CHECKS[struct])


def test_a_deprecated_function_prop_is_still_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JSII_DEPRECATED", "fail")
    stack = cdk.Stack(cdk.App(), "S")
    code = lambda_.Code.from_inline("def handler(event, context):\n    return event\n")
    lambda_.Function(stack, "Plain", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
    with pytest.raises(DeprecationError, match=r"aws_lambda\.FunctionOptions#logRetention is deprecated"):
        lambda_.Function(stack, "Old", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code,
                         log_retention=logs.RetentionDays.ONE_WEEK)


def test_a_deprecated_bucket_encryption_is_still_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JSII_DEPRECATED", "fail")
    stack = cdk.Stack(cdk.App(), "S")
    s3.Bucket(stack, "Plain", versioned=True)
    s3.Bucket(stack, "Managed", encryption=s3.BucketEncryption.S3_MANAGED)
    with pytest.raises(DeprecationError, match=r"aws_s3\.BucketEncryption#UNENCRYPTED is deprecated"):
        s3.Bucket(stack, "Old", encryption=s3.BucketEncryption.UNENCRYPTED)
