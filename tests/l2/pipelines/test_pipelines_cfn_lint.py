"""cfn-lint finds no errors in the golden pipeline templates of ``l2_pipelines``.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``), so linting the fixtures
lints pycdk's output. One finding of aws-cdk-lib's output is accepted: E3703 (cfn-lint prefers ``Fn::Sub`` to
``Fn::Join``) on the CloudFormation actions' role ARNs, which aws-cdk-lib joins from the bootstrap roles' placeholder
ARNs. The templates of the deployed stages (``assembly-*/``) are left out: they hold the apps'
queues, buckets and functions, linted in their own modules' suites; the stacks holding a pipeline are what this module
makes (the apps' other stacks, e.g. replication buckets and cross-region support stacks, are left out too).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
TEMPLATES = sorted(p for p in (GOLDEN / "l2_pipelines" / "fixtures").glob("*/*.template.json")
                   if '"AWS::CodePipeline::Pipeline"' in p.read_text())


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 15


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    template = json.loads(path.read_text())
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    errors = [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches
              if m.rule.id.startswith("E") and not _joined_action_role_arn(m.rule.id, m.path)]
    assert errors == []


def _joined_action_role_arn(rule: str, path: list[object]) -> bool:
    return rule == "E3703" and "Stages" in path and str(path[-1]) == "RoleArn"
