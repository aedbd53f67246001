"""Every rule of both packs on aws-cdk-lib's output: ``_golden_rules_app.py`` builds, for each rule, constructs
that break it (``<Rule>Fail``) and constructs that do not (``<Rule>Pass``); aws-cdk-lib 2.275 synthesized the
template (``_golden_rules_fixture.py``). The rule must flag a resource under the first and none under the second.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pycdk.rules import Rules, SecurityPack, ServerlessPack

FIXTURE = Path(__file__).with_name("fixtures") / "Rules.template.json"
_PACKS = {r.id: pack for pack in (ServerlessPack, SecurityPack) for r in pack.all_rules()}


@cache
def _template() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text())


def _paths(prefix: str) -> list[str]:
    return [r["Metadata"]["aws:cdk:path"] for r in _template()["Resources"].values()
            if r.get("Metadata", {}).get("aws:cdk:path", "").startswith(prefix)]


@pytest.mark.parametrize("rule_id", sorted(_PACKS))
def test_rule_on_aws_cdk_lib_constructs(rule_id: str) -> None:
    key = "Rules/" + rule_id.replace(".", "")
    assert _paths(key + "Fail/") and _paths(key + "Pass/"), f"the app has no {key}Fail/{key}Pass constructs"
    result = Rules.check_template(_template(), [_PACKS[rule_id](include=[rule_id])], stack_path="Rules")
    flagged = [f.construct_path or "" for f in result.findings]
    assert any(p.startswith(key + "Fail/") for p in flagged), f"{rule_id} flags nothing under {key}Fail"
    assert not [p for p in flagged if p.startswith(key + "Pass/")], f"{rule_id} flags {key}Pass"
