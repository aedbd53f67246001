"""region_info: the facts of aws-cdk-lib 2.275.0 and the regional lookups of the Lambda layer catalogues.

Expected values were read from aws-cdk-lib 2.275.0 (``aws_cdk.region_info`` and ``aws_cdk.aws_lambda``) for the
same calls; the templates with mappings are compared whole by the golden apps ``l2_lambda/integ_lambda_adot``,
``integ_lambda_insights_mapping``, ``integ_params_and_secrets`` and ``region_facts``.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from typing import Any

import pytest

from constructs import App, Environment, Stack, UnscopedValidationError, ValidationError
from constructs.internals import region_facts
from l2 import lambda_
from l2.region_info import Default, Fact, FactName, RegionInfo


@pytest.mark.parametrize(("call", "expected"), [
    (lambda: RegionInfo.get("eu-west-1").elbv2_account, "156460612806"),
    (lambda: RegionInfo.get("us-gov-west-1").partition, "aws-us-gov"),
    (lambda: len(RegionInfo.regions), 46),
    (lambda: RegionInfo.regions[0].name, "af-south-1"),
    (lambda: Fact.find("eu-west-1", FactName.LATEST_NODE_RUNTIME), "nodejs24.x"),
    (lambda: Default.service_principal("logs.amazonaws.com", "cn-north-1", "amazonaws.com.cn"),
     "logs.cn-north-1.amazonaws.com.cn"),
    (lambda: Default.service_principal("states", "us-iso-east-1", "c2s.ic.gov"), "states.amazonaws.com"),
    (lambda: RegionInfo.limited_region_map(FactName.PARTITION, ["aws-cn"]),
     {"cn-north-1": "aws-cn", "cn-northwest-1": "aws-cn"}),
    (lambda: RegionInfo.get("ap-southeast-1").s3_static_website_endpoint, "s3-website-ap-southeast-1.amazonaws.com"),
    (lambda: RegionInfo.get("eu-west-1").cloudwatch_lambda_insights_arn("1.0.119.0", "arm64"),
     "arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension-Arm64:1"),
    (lambda: RegionInfo.get("eu-west-1").is_opt_in_region, False),
    (lambda: RegionInfo.get("af-south-1").is_opt_in_region, True),
    (lambda: FactName.adot_lambda_layer("GENERIC", "0.90.1", "arm64"), "adot-lambda-layer:GENERIC_0_90_1_arm64"),
])
def test_facts_are_aws_cdk_libs(call: Any, expected: Any) -> None:
    assert call() == expected


def test_fails_on_a_missing_required_fact() -> None:
    with pytest.raises(UnscopedValidationError, match="^No fact partition could be found for region: xx-none-1 "
                                                      "and name: partition."):
        Fact.require_fact("xx-none-1", "partition")


class _Fact:
    def __init__(self, region: str, name: str, value: str | None) -> None:
        self.region, self.name, self.value = region, name, value


def test_register_refuses_to_replace_a_fact_unless_asked() -> None:
    with pytest.raises(UnscopedValidationError, match="^Region eu-west-1 already has a fact partition, with value aws"):
        Fact.register(_Fact("eu-west-1", "partition", "other"))
    Fact.register(_Fact("xx-test-1", "custom", "v1"))
    try:
        assert Fact.find("xx-test-1", "custom") == "v1"
        assert "xx-test-1" in Fact.regions
        Fact.register(_Fact("xx-test-1", "custom", "v2"), True)
        assert Fact.find("xx-test-1", "custom") == "v2"
    finally:
        Fact.unregister("xx-test-1", "custom")
    assert Fact.find("xx-test-1", "custom") is None


def test_the_data_file_holds_every_region_of_aws_cdk_lib() -> None:
    with gzip.open(region_facts.DATA_FILE, "rt") as f:
        data = json.load(f)
    assert len(data["database"]) == 46
    assert sum(len(v) for v in data["database"].values()) == 3761


def _fn(region: str | None, **kwargs: Any) -> lambda_.Function:
    env = Environment(region=region) if region else None
    stack = Stack(App(), "S", env=env)
    options: dict[str, Any] = {"runtime": lambda_.Runtime.PYTHON_3_12, "handler": "i.h",
                               "code": lambda_.Code.from_inline("x")}
    options.update(kwargs)
    return lambda_.Function(stack, "F", **options)


def test_fails_on_an_insights_version_missing_in_the_region() -> None:
    with pytest.raises(ValidationError, match="^Insights version 1.0.54.0 is not supported in region mx-central-1"):
        _fn("mx-central-1", insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_54_0)


def test_fails_on_params_and_secrets_missing_in_the_region() -> None:
    with pytest.raises(ValidationError, match="^Parameters and Secrets Extension is not supported in region "
                                              "eusc-de-east-1 for x86_64 architecture"):
        _fn("eusc-de-east-1", params_and_secrets=lambda_.ParamsAndSecretsLayerVersion.from_version(
            lambda_.ParamsAndSecretsVersions.V1_0_103))


def test_fails_on_an_adot_layer_missing_in_the_region() -> None:
    adot = lambda_.AdotInstrumentationConfig(
        layer_version=lambda_.AdotLayerVersion.from_generic_layer_version(lambda_.AdotLambdaLayerGenericVersion.LATEST),
        exec_wrapper=lambda_.AdotLambdaExecWrapper.REGULAR_HANDLER)
    with pytest.raises(ValidationError, match="^Could not find the ARN information for the ADOT Lambda Layer of type "
                                              "GENERIC and version 0.115.0 in cn-north-1"):
        _fn("cn-north-1", runtime=lambda_.Runtime.NODEJS_20_X, adot_instrumentation=adot)


def test_latest_adot_versions_are_aws_cdk_libs() -> None:
    assert lambda_.AdotLambdaLayerPythonSdkVersion.LATEST.layer_version == "1.29.0"
    assert lambda_.AdotLambdaLayerJavaSdkVersion.LATEST.layer_version == "1.32.0-1"
    assert lambda_.AdotLambdaLayerGenericVersion.LATEST is lambda_.AdotLambdaLayerGenericVersion.V0_115_0


def test_fails_on_a_wrong_adot_version_type() -> None:
    with pytest.raises(TypeError, match="version"):
        lambda_.AdotLayerVersion.from_python_sdk_layer_version(
            lambda_.AdotLambdaLayerJavaSdkVersion.LATEST)  # type: ignore[arg-type]


def test_importing_lambda_does_not_load_the_facts() -> None:
    code = "import sys, l2.lambda_; print('l2.region_info' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
