"""The small input classes of the tasks behave as aws-cdk-lib 2.275's (values checked against it for the same
calls): cluster and virtual-cluster inputs, guardrails, Elastic Inference accelerator types."""

from __future__ import annotations

from l2 import ec2
from l2 import stepfunctions as sfn
from l2 import stepfunctions_tasks as tasks


def test_virtual_cluster_and_eks_cluster_inputs() -> None:
    assert tasks.VirtualClusterInput.from_virtual_cluster_id("vc-1").id == "vc-1"
    assert tasks.VirtualClusterInput.from_task_input(sfn.TaskInput.from_text("vc-2")).id == "vc-2"
    assert tasks.EksClusterInput.from_task_input(sfn.TaskInput.from_text("c-1")).cluster_name == "c-1"


def test_guardrail_versions() -> None:
    guardrail = tasks.Guardrail.enable("abc123", 5)
    assert (guardrail.guardrail_identifier, guardrail.guardrail_version) == ("abc123", "5")
    assert tasks.Guardrail.enable_draft("abc").guardrail_version == "DRAFT"


def test_accelerator_type_of_a_class_interpolates_the_class_object_as_aws_cdk_lib_does() -> None:
    accelerator = tasks.AcceleratorType.of(tasks.AcceleratorClass.of("eia9"), ec2.InstanceSize.MEDIUM)
    assert accelerator.to_string() == "ml.[object Object].medium"
    assert tasks.AcceleratorClass.EIA1.version == "eia1"


def test_bedrock_input_path_without_the_new_s3_uri_flag_warns_on_the_scope() -> None:
    from assertions import Annotations, Match
    from constructs import App, Stack

    stack = Stack(App(), "S")
    stack.node.set_context("@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask", False)

    class Model:
        model_arn = "arn:aws:bedrock:us-east-1::foundation-model/a.b"

    tasks.BedrockInvokeModel(stack, "T", model=Model(), input_path="$.in")
    found = [(w.id, w.entry["data"]) for w in Annotations.from_stack(stack).find_warning("*", Match.any_value())]
    assert found == [(
        "/S",
        "These props will set the value of inputPath/outputPath as s3 URI under input/output field in state machine "
        "JSON definition. To modify the behaviour set feature flag "
        '`@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask": true` and use props '
        "input.s3InputUri/output.s3OutputUri [ack: aws-cdk-lib/aws-stepfunctions-taks]",
    )]
