"""Cases for ``validation-report.json`` (aws-cdk-lib writes it whenever its built-in template validation runs),
shared by ``_report_oracle.py`` and ``test_validation_report.py``: some of ``_validation_cases`` and cases with
annotations under ``@aws-cdk/core:annotationsInValidationReport``. ``m`` holds the library modules."""

from __future__ import annotations

from typing import Any

from _validation_cases import build_stacks

ANNOTATIONS_FLAG = "@aws-cdk/core:annotationsInValidationReport"
LEGACY_REPORT = "@aws-cdk/core:validationReportJson"

CONTEXT: dict[str, dict[str, Any]] = {
    "annotations": {ANNOTATIONS_FLAG: True},
    "annotations_off": {ANNOTATIONS_FLAG: False},
    "annotations_and_cycle": {ANNOTATIONS_FLAG: True},
    "annotations_in_stage": {ANNOTATIONS_FLAG: True},
    "cycle_legacy_report": {LEGACY_REPORT: True},
    "cycle_acknowledged": {},
}


def _annotate(m: Any, st: Any) -> None:
    q = m.sqs.Queue(st, "Queue")
    t = m.sns.Topic(st, "Topic")
    m.cdk.Annotations.of(q).add_warning_v2("my-lib:shared", "the same warning twice")
    m.cdk.Annotations.of(t).add_warning_v2("my-lib:shared", "the same warning twice")
    m.cdk.Annotations.of(t.node.default_child).add_warning_v2("Other::rule", "an id in another namespace")
    m.cdk.Annotations.of(st).add_warning("a warning without an id")
    m.cdk.Annotations.of(q).add_info("an info is not reported")
    m.cdk.Annotations.of(q).acknowledge_warning("my-lib:never-added", "acknowledging is fine")


def build(case: str, m: Any, app: Any) -> None:
    if case in ("annotations", "annotations_off"):
        _annotate(m, m.cdk.Stack(app, "S"))
    elif case == "annotations_and_cycle":
        build_stacks("kms_sns_cycle", m, app)
        m.cdk.Annotations.of(app.node.find_child("S")).add_warning_v2("my-lib:w", "a warning on the stack")
    elif case == "annotations_in_stage":
        stage = m.cdk.Stage(app, "Prod")
        _annotate(m, m.cdk.Stack(stage, "S"))
    elif case == "cycle_legacy_report":
        build_stacks("dependson_cycle", m, app)
    elif case == "cycle_acknowledged":
        build_stacks("kms_sns_cycle", m, app)
        m.cdk.Validations.of(app.node.find_child("S").node.find_child("Key")).acknowledge(
            m.cdk.Acknowledgment(id="CloudFormation-Validate::F3004", reason="the key and topic are made together"))
    else:
        build_stacks(case, m, app)


CASES = (
    "clean", "kms_sns_cycle", "sub_ref_cycle_of_three", "ssm_secure_output", "ssm_secure_unsupported_property",
    "sqs_visibility_below_function_timeout",
    "annotations", "annotations_off", "annotations_and_cycle", "annotations_in_stage", "cycle_legacy_report",
    "cycle_acknowledged",
)
