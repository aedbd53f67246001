"""Class-level behaviour of the generated L1s: constructor signature, SAM transform, raw CfnResource parity."""

from __future__ import annotations

import inspect

import pytest
from _l1_apps import new_stack, template

from constructs import CfnResource
from l1 import glue, lambda_, s3, sam


def test_required_properties_are_required_keyword_arguments() -> None:
    parameters = inspect.signature(lambda_.CfnFunction.__init__).parameters
    assert parameters["code"].default is inspect.Parameter.empty
    assert parameters["code"].kind is inspect.Parameter.KEYWORD_ONLY
    assert parameters["memory_size"].default is None
    _, stack = new_stack()
    with pytest.raises(TypeError):
        lambda_.CfnFunction(stack, "Fn", role="arn:aws:iam::123456789012:role/r")  # type: ignore[call-arg]


def test_a_property_named_id_renames_the_construct_id_parameter() -> None:
    parameters = list(inspect.signature(glue.CfnSession.__init__).parameters)
    assert parameters[:3] == ["self", "scope", "id_"]
    assert "id" in parameters


def test_l1_classes_are_cfn_resources() -> None:
    _, stack = new_stack()
    bucket = s3.CfnBucket(stack, "Bucket")
    assert isinstance(bucket, CfnResource)
    assert bucket.cfn_resource_type == "AWS::S3::Bucket"


def test_sam_resources_add_the_serverless_transform() -> None:
    app, stack = new_stack()
    sam.CfnFunction(stack, "Fn", code_uri="s3://b/k.zip", handler="app.handler", runtime="python3.12")
    assert sam.CfnFunction.REQUIRED_TRANSFORM == "AWS::Serverless-2016-10-31"
    assert template(app, stack)["Transform"] == "AWS::Serverless-2016-10-31"
