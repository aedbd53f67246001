"""Template validation at synth: what aws-cdk-lib's built-in validation finds without the network.

aws-cdk-lib 2.275 lints every synthesized template (its ``CloudFormationValidatePlugin``, on by default). pycdk
runs the checks of that linter that need neither the network nor the resource schemas, on the rendered templates,
between rendering and writing:

* ``F3004`` (``cycles``): dependency cycles between the resources of a template (Ref, GetAtt, Sub, DependsOn);
* ``E1027`` (``dynamic_references``): ``ssm-secure`` dynamic references outside the properties that take them;
* ``E3505`` (``template_rules``): an SQS queue whose visibility timeout is below its Lambda consumer's timeout.

As aws-cdk-lib, findings are warnings (annotations on the construct, acknowledgeable as
``CloudFormation-Validate::<rule>``) unless the context flag ``@aws-cdk/core:validateAgainstDefaultRules`` is true:
then synthesis fails listing them (unless the context says ``@aws-cdk/core:failSynthOnValidationErrors: false``:
aws-cdk-lib then reports them as errors and succeeds; pycdk, whose error annotations fail synthesis, keeps them
as warnings). ``CDK_VALIDATION=false`` in the environment or
``App(builtin_cloud_formation_validation=False)`` turns the checks off. Dependency cycles between stacks are
refused when the dependency is added (``deps.add_stack_dependency``), whatever the switch.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._stack import Stack
    from ..._stage import Stage

NAMESPACE = "CloudFormation-Validate"
ERRORS_FLAG = "@aws-cdk/core:validateAgainstDefaultRules"
FAIL_SYNTH_CONTEXT = "@aws-cdk/core:failSynthOnValidationErrors"


class Finding:
    """One violation: the rule, its description (aws-cdk-lib's text), the stack, and the logical id of the
    resource it is about (None: the stack itself)."""

    __slots__ = ("description", "logical_id", "rule", "stack")

    def __init__(self, rule: str, description: str, stack: Stack, logical_id: str | None = None) -> None:
        self.rule = rule
        self.description = description
        self.stack = stack
        self.logical_id = logical_id


def enabled(stage: Stage) -> bool:
    """False when ``CDK_VALIDATION=false`` or the app was made with ``builtin_cloud_formation_validation=False``."""
    if os.environ.get("CDK_VALIDATION") == "false":
        return False
    return getattr(stage.node.root, "builtin_cloud_formation_validation", None) is not False


def check_template(stack: Stack, template: dict[str, Any]) -> list[Finding]:
    """The findings of the checks on one rendered template."""
    from .cycles import find_cycles, scan_resources
    from .dynamic_references import output_findings, resource_findings
    from .template_rules import sqs_visibility_findings

    out: list[Finding] = []
    resources = template.get("Resources")
    if type(resources) is dict and resources:
        mappings: list[str] = []
        edges, secure_ids = scan_resources(resources, of_type=("AWS::Lambda::EventSourceMapping", mappings))
        for cycle in find_cycles(edges, list(resources)):
            lid = cycle[0]
            out.append(Finding("F3004", f"Resources/{lid}: Circular Dependencies for resource {lid}. Circular "
                                        f"dependency with [{' -> '.join(cycle)}]", stack, lid))
        for lid in secure_ids:
            out.extend(Finding("E1027", d, stack, lid) for d in resource_findings(resources[lid]))
        if mappings:
            out.extend(Finding("E3505", d, stack, lid) for lid, d in sqs_visibility_findings(resources, mappings))
    out.extend(Finding("E1027", d, stack) for d in output_findings(template))
    return out


def check_stage(stage: Stage, stacks: list[Stack], rendered: dict[int, dict[str, Any]]) -> None:
    """Check the rendered template of each of ``stacks``; report the findings (see the module's docstring)."""
    if not enabled(stage):
        return
    findings: list[Finding] = []
    for s in stacks:
        template = rendered.get(id(s))
        if template:
            findings.extend(check_template(s, template))
    if findings:
        from .report import report
        from .report_json import record

        node = stage.node
        errors_flag = node.try_get_context(ERRORS_FLAG) in (True, "true")
        as_errors = errors_flag and node.try_get_context(FAIL_SYNTH_CONTEXT) not in (False, "false")
        report(stage, findings, as_errors=as_errors)
        # for validation-report.json (written after synthesis, policy_report.py)
        record(stage, findings, as_errors=errors_flag)
