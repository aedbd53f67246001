"""``l2.bedrock``: foundation-model identifiers and ARNs, imported provisioned models, the ``IModel`` interface.

Expected values are aws-cdk-lib 2.275.0's (its ``FoundationModelIdentifier`` constants and the ARNs
``FoundationModel.from_foundation_model_id`` formats); whole templates are pinned by ``tests/golden/l2_bedrock``.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from constructs import App, Environment, Stack
from l2 import bedrock

# A sample of aws-cdk-lib 2.275.0's constants: attribute -> model id.
KNOWN_IDS = {
    "AMAZON_TITAN_TEXT_G1_EXPRESS_V1": "amazon.titan-text-express-v1",
    "AMAZON_NOVA_MICRO_V1_0": "amazon.nova-micro-v1:0",
    "AI21_J2_JAMBA_INSTRUCT_V1_0": "ai21.jamba-instruct-v1:0",
    "ANTHROPIC_CLAUDE_V2_1_200_K": "anthropic.claude-v2:1:200k",
    "META_LLAMA_2_13_B_V1": "meta.llama2-13b-v1",
    "MISTRAL_LARGE_2_V0_1": "mistral.mistral-large-2407-v1:0",
    "STABILITY_STABLE_DIFFUSION_XL_V1_0": "stability.stable-diffusion-xl-v1:0",
    "TWELVELABS_MARENGO_EMBED_3_0_V1_0": "twelvelabs.marengo-embed-3-0-v1:0",
    "ZAI_GLM_4_7_FLASH": "zai.glm-4.7-flash",
}


@pytest.mark.parametrize(("attr", "model_id"), sorted(KNOWN_IDS.items()))
def test_identifier_constants_hold_aws_cdk_libs_model_ids(attr: str, model_id: str) -> None:
    identifier = getattr(bedrock.FoundationModelIdentifier, attr)
    assert isinstance(identifier, bedrock.FoundationModelIdentifier)
    assert identifier.model_id == model_id


def test_there_are_as_many_identifiers_as_in_aws_cdk_lib() -> None:
    constants = [n for n, v in vars(bedrock.FoundationModelIdentifier).items()
                 if isinstance(v, bedrock.FoundationModelIdentifier)]
    assert len(constants) == 170
    annotated = set(bedrock.FoundationModelIdentifier.__annotations__)
    assert set(constants) == annotated


def test_foundation_model_arn_in_a_region_agnostic_stack() -> None:
    stack = Stack(App(), "S")
    model = bedrock.FoundationModel.from_foundation_model_id(stack, "M", bedrock.FoundationModelIdentifier("x.y"))
    assert model.model_id == "x.y"
    assert stack.resolve(model.model_arn) == {"Fn::Join": ["", [
        "arn:", {"Ref": "AWS::Partition"}, ":bedrock:", {"Ref": "AWS::Region"}, "::foundation-model/x.y"]]}
    assert stack.node.children == []


def test_foundation_model_arn_in_a_stack_with_a_region_has_no_account() -> None:
    stack = Stack(App(), "S", env=Environment(account="123", region="eu-west-1"))
    model = bedrock.FoundationModel.from_foundation_model_id(
        stack, "M", bedrock.FoundationModelIdentifier.AMAZON_NOVA_PRO_V1_0)
    assert stack.resolve(model.model_arn) == {"Fn::Join": ["", [
        "arn:", {"Ref": "AWS::Partition"}, ":bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0"]]}


def test_provisioned_model_keeps_its_arn_and_adds_nothing() -> None:
    stack = Stack(App(), "S")
    arn = "arn:aws:bedrock:us-east-2:123456789012:provisioned-model/abc-123"
    model = bedrock.ProvisionedModel.from_provisioned_model_arn(stack, "P", arn)
    assert isinstance(model, bedrock.ProvisionedModel)
    assert model.model_arn == arn
    assert stack.node.children == []


def test_both_models_satisfy_imodel_and_the_stepfunctions_tasks_protocol() -> None:
    stack = Stack(App(), "S")
    models = [
        bedrock.FoundationModel.from_foundation_model_id(stack, "M", bedrock.FoundationModelIdentifier.ZAI_GLM_5),
        bedrock.ProvisionedModel.from_provisioned_model_arn(stack, "P", "arn:aws:bedrock:::provisioned-model/x"),
    ]
    for model in models:
        assert isinstance(model, bedrock.IModel)
    assert not isinstance(bedrock.FoundationModelIdentifier.ZAI_GLM_5, bedrock.IModel)


def test_wrong_argument_types_are_type_errors() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(TypeError, match="model_id"):
        bedrock.FoundationModelIdentifier(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"foundation_model_id.*FoundationModelIdentifier.*\(construct path: S\)"):
        bedrock.FoundationModel.from_foundation_model_id(stack, "M", "amazon.titan-text-express-v1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="provisioned_model_arn"):
        bedrock.ProvisionedModel.from_provisioned_model_arn(stack, "P", None)  # type: ignore[arg-type]


def test_models_have_no_public_constructor() -> None:
    with pytest.raises(TypeError, match="from_foundation_model_id"):
        bedrock.FoundationModel()
    with pytest.raises(TypeError, match="from_provisioned_model_arn"):
        bedrock.ProvisionedModel()


def test_the_l1_classes_are_still_exported() -> None:
    from l1 import bedrock as l1_bedrock

    for name in l1_bedrock.__all__:
        assert getattr(bedrock, name) is getattr(l1_bedrock, name)
        assert name in bedrock.__all__


def test_importing_bedrock_loads_no_other_service() -> None:
    code = (
        "import sys\n"
        "from l2 import bedrock\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                       and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out.split(",") == ["l1.bedrock", "l2.bedrock"]
