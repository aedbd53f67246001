"""``AssessmentTemplate.from_cfn_assessment_template``: what aws-cdk-lib 2.275 gives for an L1 template (an
``IAssessmentTemplate`` whose ARN is the template's ``Fn::GetAtt [.., Arn]``; the import adds no resource).
The template a schedule target writes with it is pinned by the golden app
``l2_scheduler_targets/integ_inspector_start_assessment_run``."""

from __future__ import annotations

import pytest

from constructs import App, Stack
from l2 import inspector


def _template(stack: Stack) -> inspector.CfnAssessmentTemplate:
    target = inspector.CfnAssessmentTarget(stack, "Target")
    return inspector.CfnAssessmentTemplate(
        stack, "Template", assessment_target_arn=target.attr_arn, duration_in_seconds=3600, rules_package_arns=[],
    )


def test_from_cfn_assessment_template() -> None:
    app = App()
    stack = Stack(app, "S")
    imported = inspector.AssessmentTemplate.from_cfn_assessment_template(stack, "Imported", _template(stack))
    assert isinstance(imported, inspector.IAssessmentTemplate)
    assert stack.resolve(imported.assessment_template_arn) == {"Fn::GetAtt": ["Template", "Arn"]}
    assert stack.resolve(imported.assessment_template_ref.assessment_template_arn) == {
        "Fn::GetAtt": ["Template", "Arn"]}
    resources = app.synth().get_stack_by_name("S").template["Resources"]
    assert sorted(resources) == ["Target", "Template"]


def test_wrong_template_type_is_a_type_error() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(TypeError, match="template"):
        inspector.AssessmentTemplate.from_cfn_assessment_template(stack, "I", "arn:aws:inspector:x")  # type: ignore[arg-type]
