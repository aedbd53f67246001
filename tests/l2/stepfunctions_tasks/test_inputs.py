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
