"""The ``Cfn*Props`` structs: one per L1 resource class, with its keyword arguments, as aws-cdk-lib has them."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

from assertions import Template
from constructs import App, Stack
from l1._private.property_type import CfnResourceProps

CDK_L1 = json.loads((Path(__file__).parent / "aws_cdk_lib_l1_names.json").read_text())["modules"]


def test_props_take_the_keyword_arguments_of_their_resource_class() -> None:
    from l1 import sqs

    props = sqs.CfnQueueProps(queue_name="jobs", visibility_timeout=30, tags=[{"key": "team", "value": "a"}])
    assert (props.queue_name, props.visibility_timeout, props.delay_seconds) == ("jobs", 30, None)
    assert props._values == {"queue_name": "jobs", "tags": [{"key": "team", "value": "a"}], "visibility_timeout": 30}
    assert props == sqs.CfnQueueProps(queue_name="jobs", visibility_timeout=30, tags=[{"key": "team", "value": "a"}])
    assert props != sqs.CfnQueueProps(queue_name="jobs")
    assert repr(sqs.CfnQueueProps(queue_name="jobs")) == "CfnQueueProps(queue_name='jobs')"
    assert isinstance(props, CfnResourceProps)
    cdk_params = inspect.signature(sqs.CfnQueue).parameters
    assert list(inspect.signature(sqs.CfnQueueProps).parameters.values()) == list(cdk_params.values())[2:]


def test_props_are_frozen_and_check_their_arguments() -> None:
    from l1 import sqs

    props = sqs.CfnQueuePolicyProps(policy_document={}, queues=["url"])
    with pytest.raises(AttributeError, match="frozen"):
        props.queues = []  # type: ignore[misc]
    with pytest.raises(TypeError, match="unexpected keyword argument 'queue'"):
        sqs.CfnQueuePolicyProps(policy_document={}, queue=["url"])
    with pytest.raises(TypeError, match="missing required keyword argument\\(s\\): 'queues'"):
        sqs.CfnQueuePolicyProps(policy_document={})


def test_a_resource_made_from_its_props_renders_as_one_made_from_keywords() -> None:
    from l1 import s3

    stack = Stack(App(), "Stack")
    props = s3.CfnBucketProps(bucket_name="logs-bucket", versioning_configuration={"status": "Enabled"})
    from_props = s3.CfnBucket(stack, "FromProps", **props._values)
    direct = s3.CfnBucket(stack, "Direct", bucket_name="logs-bucket", versioning_configuration={"status": "Enabled"})
    resources = Template.from_stack(stack).to_json()["Resources"]
    assert resources["FromProps"] == resources["Direct"]
    assert resources["Direct"]["Properties"] == {
        "BucketName": "logs-bucket",
        "VersioningConfiguration": {"Status": "Enabled"},
    }
    assert from_props.bucket_name == direct.bucket_name == "logs-bucket"


def test_a_module_named_after_the_base_class_still_gets_its_own_props() -> None:
    from l1 import apigateway

    assert apigateway.CfnResourceProps is not CfnResourceProps
    assert apigateway.CfnResourceProps._RESOURCE is apigateway.CfnResource


def test_l2_modules_re_export_the_props() -> None:
    from l1 import ec2 as l1_ec2
    from l1 import s3 as l1_s3
    from l2 import ec2, s3, sqs

    assert s3.CfnBucketProps is l1_s3.CfnBucketProps
    assert ec2.CfnVPCProps is l1_ec2.CfnVPCProps
    assert sqs.CfnQueueProps._RESOURCE is sqs.CfnQueue


def _cdk_module_to_l1(module: str) -> str:
    if module == "aws_sam":
        return "sam"
    name = module.removeprefix("aws_")
    return name + "_" if name == "lambda" else name


def test_every_aws_cdk_lib_props_struct_has_the_keyword_arguments_of_our_resource_class() -> None:
    """aws-cdk-lib's ``CfnXProps`` keyword arguments are ``CfnX``'s; ours too, for every module pycdk has."""
    checked = 0
    for module, classes in CDK_L1.items():
        try:
            l1_module = importlib.import_module("l1." + _cdk_module_to_l1(module))
        except ModuleNotFoundError:
            continue
        for name, entry in classes.items():
            resource = getattr(l1_module, name, None)
            if resource is None or entry["props"] is None:
                continue
            props = getattr(l1_module, name + "Props")
            ours = [p for p in inspect.signature(props).parameters]
            theirs = [p for p in inspect.signature(resource).parameters][2:]
            assert ours == theirs, name
            checked += 1
    assert checked > 1800


def test_props_add_nothing_to_the_import_of_a_module() -> None:
    code = "import sys, l1.ec2; print(sum(1 for v in vars(sys.modules['l1.ec2']).values() if getattr(v, '_RESOURCE', 0)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"
