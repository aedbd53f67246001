"""What pycdk's built-in checks and the construct annotations put in ``validation-report.json``.

aws-cdk-lib writes ``validation-report.json`` whenever its built-in template validation runs (every synthesis,
unless ``CDK_VALIDATION=false`` or ``App(builtin_cloud_formation_validation=False)``), as a policy-validation
report: the built-in plugin's report ("CloudFormation Validate") after those of the user's plugins, and with the
flag ``@aws-cdk/core:annotationsInValidationReport`` a "Construct Annotations" report of every warning and error
annotation in the app. ``constructs/_private/policy_report.py`` writes the file; this module makes those two
reports in its format (``violatingResources`` with construct paths, template paths relative to the assembly,
logical ids and locations).

The findings of a stage are recorded by ``check_stage`` (``record``) while it is synthesized; the app's report is
made after synthesis (``builtin_report``), so the findings of nested stages are in it too.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

from . import NAMESPACE, Finding

if TYPE_CHECKING:
    from ..._stage import Stage

PLUGIN_NAME = "CloudFormation Validate"
ANNOTATIONS_FLAG = "@aws-cdk/core:annotationsInValidationReport"
# the validation engine's category of each rule pycdk checks (aws-cdk-lib's report, ruleMetadata)
_CATEGORIES = {"F3004": "Reference", "E1027": "Intrinsic Function", "E3505": "Resource"}
# the fix the engine suggests, for the rules that have one
_FIXES = {"E3505": "Set the SQS VisibilityTimeout to at least the Lambda function Timeout"}
_FINDINGS = "_builtin_validation_findings"


def record(stage: Stage, findings: list[Finding], *, as_errors: bool) -> None:
    """Keep ``findings`` of ``stage`` for the app's report (``as_errors``: reported as errors that do not fail
    synthesis, aws-cdk-lib's ``failSynthOnValidationErrors: false``)."""
    root = stage.node.root
    root.__dict__.setdefault(_FINDINGS, []).extend((f, as_errors) for f in findings)


def builtin_report(root: Any, outdir: str) -> dict[str, Any]:
    """The built-in checks' report (policy_report's internal format), the recorded findings taken."""
    from .report import _elements_by_logical_id

    recorded: list[tuple[Finding, bool]] = root.__dict__.pop(_FINDINGS, [])
    violations = []
    elements_of: dict[int, dict[str, Any]] = {}
    for f, as_errors in recorded:
        stack = f.stack
        prefix = f.description.split(": ", 1)[0]
        resource: dict[str, Any] = {"constructPath": stack.node.path, "logicalId": None, "templatePath": None,
                                    "locations": []}
        if f.logical_id is not None:
            elements = elements_of.get(id(stack))
            if elements is None:
                elements = elements_of[id(stack)] = _elements_by_logical_id(stack)
            target = elements.get(f.logical_id)
            resource["constructPath"] = target.node.path if target is not None else None
            resource["logicalId"] = f.logical_id
            resource["templatePath"] = _template_path(stack, outdir)
            resource["locations"] = [prefix if f.rule == "F3004" else f"Properties.{prefix}"]
        violations.append({
            "ruleName": f.rule,
            "description": f.description,
            "fix": _FIXES.get(f.rule),
            "ruleMetadata": {"category": _CATEGORIES[f.rule]},
            "severity": "error" if as_errors else "warning",
            "violatingResources": [resource],
        })
    return {
        "success": not any(v["severity"] == "error" for v in violations),
        "pluginName": PLUGIN_NAME,
        "pluginVersion": None,
        "violations": violations,
        # aws-cdk-lib's engine reports errors, turned into warnings unless validateAgainstDefaultRules
        "downgraded": bool(violations) and not any(v["severity"] == "error" for v in violations),
    }


def _template_path(stack: Any, outdir: str) -> str:
    stage = _stage_of(stack)
    return os.path.relpath(os.path.abspath(os.path.join(stage.outdir or ".", stack.template_file)), outdir)


def _stage_of(construct: Any) -> Any:
    from ..._stage import Stage

    return Stage.of(construct)


_ACK = re.compile(r"\[ack: ([^\]]+)\]")
_ID = re.compile(r"\(([^()]+::[^()]+)\)$")


def annotations_report(root: Any, outdir: str) -> dict[str, Any] | None:
    """The "Construct Annotations" report: each warning and error annotation of the app, in tree order, one
    violation per (rule, level, message) with every construct that has it; None when there is none. The warnings
    of pycdk's own template checks are left out (they are in the built-in report)."""
    from ..._cfn_resource import CfnResource
    from ..._stack import Stack
    from ..._validation import ANNOTATION_PLUGIN_NAME, ANNOTATION_PLUGIN_NAMESPACE

    violations: dict[tuple[str | None, str, str], dict[str, Any]] = {}
    todo = [root]
    while todo:
        c = todo.pop()
        todo.extend(reversed(c.node.children))
        for entry in c.node.metadata:
            if entry.type not in ("aws:cdk:warning", "aws:cdk:error"):
                continue
            severity = "error" if entry.type == "aws:cdk:error" else "warning"
            message, rule = _split(str(entry.data))
            if rule is not None and rule.startswith(f"{NAMESPACE}::"):
                continue
            if rule is not None and "::" not in rule:
                rule = f"{ANNOTATION_PLUGIN_NAMESPACE}::{rule}"
            resource: dict[str, Any] = {"constructPath": c.node.path, "logicalId": None, "templatePath": None,
                                        "locations": []}
            try:
                stack = Stack.of(c)
            except Exception:
                stack = None
            if stack is not None:
                resource["templatePath"] = _template_path(stack, outdir)
                if isinstance(c, CfnResource):
                    resource["logicalId"] = stack.resolve(c.logical_id)
            key = (rule, severity, message)
            found = violations.get(key)
            if found is not None:
                found["violatingResources"].append(resource)
                continue
            violations[key] = {
                "ruleName": rule if rule is not None else f"{ANNOTATION_PLUGIN_NAMESPACE}::{severity}-annotation",
                "description": message,
                "fix": None,
                "ruleMetadata": {"cdk:annotation": "true"},
                "severity": severity,
                "violatingResources": [resource],
            }
    if not violations:
        return None
    items = list(violations.values())
    return {
        "success": not any(v["severity"] == "error" for v in items),
        "pluginName": ANNOTATION_PLUGIN_NAME,
        "pluginVersion": None,
        "metadata": {"cdk:annotations": "true"},
        "violations": items,
    }


def _split(message: str) -> tuple[str, str | None]:
    ack = _ACK.search(message)
    if ack:
        return message.replace(ack.group(0), "", 1).strip(), ack.group(1)
    found = _ID.search(message)
    if found:
        return message.replace(found.group(0), "", 1).strip(), found.group(1)
    return message, None
