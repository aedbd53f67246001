"""cfn-lint finds no errors in the golden templates of ``l2_eks`` (parent stacks and the providers' nested stacks).

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``; the own handlers' code fields
masked), so linting the fixtures lints pycdk's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
_ALL = sorted((GOLDEN / "l2_eks" / "fixtures").rglob("*.template.json"))
# The providers' nested templates differ between apps only in names: one app's (both providers, and the imported
# cluster's provider) and one Fargate/API-mode app's stand for them (cfn-lint takes seconds a template).
_NESTED_FROM = ("cluster_defaults", "cluster_features")
TEMPLATES = [p for p in _ALL if not p.name.endswith(".nested.template.json") or p.parent.name in _NESTED_FROM]


# aws-cdk-lib's own findings, kept byte for byte: the port adds the Pod Identity agent add-on that the Pod Identity
# service account adds to the cluster as well (two AWS::EKS::Addon with the same primary identifier).
KNOWN = {"integ_eks_pod_identities_by_addon/eks-pod-identities-by-addon.template.json": {"E3019"}}


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 12


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    template = json.loads(path.read_text())
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    known = KNOWN.get(f"{path.parent.name}/{path.name}", set())
    errors = [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches
              if m.rule.id.startswith("E") and m.rule.id not in known]
    assert errors == []
