"""The generated API uses aws-cdk-lib 2.275.0's names: module, class and keyword arguments of every L1.

``data/aws_cdk_lib_2_275_0_l1_names.json`` maps each type to ``[cdk module, class, sorted keyword
arguments]``; it was dumped from aws-cdk-lib 2.275.0 (the oracle venv of the golden tests) by introspecting
every ``Cfn*`` class that has a ``CFN_RESOURCE_TYPE_NAME``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l1._codegen.model import Resource

CDK_NAMES = json.loads((Path(__file__).parent / "data" / "aws_cdk_lib_2_275_0_l1_names.json").read_text())

# Types aws-cdk-lib 2.275.0 has and the schema set lacks (none: l1._codegen.schemas supplements them), and types
# of schemas newer than aws-cdk-lib 2.275.0.
CDK_ONLY_TYPES = 0
SCHEMA_ONLY_TYPES = 18

# Properties the pinned schemas added after aws-cdk-lib 2.275.0 was generated.
NEWER_PROPERTIES = {
    "AWS::CertificateManager::Certificate.id",
    "AWS::DynamoDB::GlobalTable.table_type",
    "AWS::ECS::Service.gateway_connectors",
    "AWS::ImageBuilder::InfrastructureConfiguration.parent_instance",
    "AWS::ImageBuilder::InfrastructureConfiguration.terminate_instance_on_completion",
    "AWS::Route53::RecordSet.geo_proximity_location",
    "AWS::Transfer::HostKey.kms_key",
    "AWS::Transfer::HostKey.storage_type",
}

# Properties of the cfn-lint 1.20.0 schemas in l1/_codegen/supplement/resources that aws-cdk-lib's spec dropped.
SUPPLEMENT_SCHEMA_PROPERTIES = {
    "AWS::NimbleStudio::StreamingImage.encryption_configuration_key_arn",
    "AWS::NimbleStudio::StreamingImage.encryption_configuration_key_type",
    "AWS::NimbleStudio::StudioComponent.runtime_role_arn",
    "AWS::NimbleStudio::StudioComponent.secure_initialization_role_arn",
}

# Properties aws-cdk-lib 2.275.0 still has that the pinned schemas dropped.
DROPPED_PROPERTIES = {"AWS::ApiGateway::BasePathMapping.id", "AWS::ApiGatewayV2::Stage.access_policy_id"}


def _kwargs(resource: Resource) -> set[str]:
    return {p.py_name for p in resource.props} | ({resource.tag.py_name} if resource.tag else set())


def _cdk_module(module: str) -> str:
    if module == "aws_sam":
        return "sam"
    name = module.removeprefix("aws_").removesuffix("_v2") if module.startswith("aws_") else module
    return name + "_" if name == "lambda" else name


@pytest.fixture(scope="module")
def models(resource_models: list[Resource]) -> dict[str, Resource]:
    return {r.type_name: r for r in resource_models}


def test_type_sets_differ_only_by_schema_age(models: dict[str, Resource]) -> None:
    assert len(set(CDK_NAMES) - set(models)) == CDK_ONLY_TYPES
    assert len(set(models) - set(CDK_NAMES)) == SCHEMA_ONLY_TYPES


def test_module_and_class_names_equal_aws_cdk_lib(models: dict[str, Resource]) -> None:
    different = [
        (type_name, module, class_name, models[type_name].module, models[type_name].class_name)
        for type_name, (module, class_name, _) in CDK_NAMES.items()
        if type_name in models and (_cdk_module(module), class_name) != (models[type_name].module, models[type_name].class_name)
    ]
    assert different == []


def test_keyword_arguments_equal_aws_cdk_lib_outside_sam(models: dict[str, Resource]) -> None:
    missing: list[str] = []
    extra: list[str] = []
    for type_name, (_, _, kwargs) in CDK_NAMES.items():
        if type_name not in models or type_name.startswith("AWS::Serverless::"):
            continue
        ours = _kwargs(models[type_name])
        missing += [f"{type_name}.{k}" for k in sorted(set(kwargs) - ours)]
        extra += [f"{type_name}.{k}" for k in sorted(ours - set(kwargs))]
    assert set(missing) == DROPPED_PROPERTIES
    assert set(extra) == NEWER_PROPERTIES | SUPPLEMENT_SCHEMA_PROPERTIES


def test_sam_keyword_arguments_mostly_match(models: dict[str, Resource]) -> None:
    # aws-cdk-lib's aws_sam comes from the older SAM specification, the schema here from the SAM registry
    # schema; the common ground is what golden apps use.
    function = _kwargs(models["AWS::Serverless::Function"])
    assert set(CDK_NAMES["AWS::Serverless::Function"][2]) <= function
