"""The ec2 golden templates pass cfn-lint; ``from l2 import ec2`` is cheap and loads no other service module.

The golden templates are byte-identical to pycdk's output (tests/golden), so linting them lints pycdk's output.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

FIXTURES = Path(__file__).resolve().parents[2] / "golden" / "l2_ec2" / "fixtures"
TEMPLATES = sorted(FIXTURES.rglob("*.template.json"))

# aws-cdk-lib writes AWS::EC2::FlowLog DestinationOptions with camelCase keys (CloudFormation accepts them; its
# FlowLog acknowledges the schema's PascalCase names as "CloudFormation-Validate::F3002/F3003"). Being
# byte-identical means keeping them, so cfn-lint's "required property" errors on exactly that object are expected.
# Two ported integ tests (share-vpcs.lit's Stack2, vpc-lookup) define stacks without resources; aws-cdk-lib writes
# their templates without a Resources section, which cfn-lint reports as E1001.
# cfn-init accepts a command as a string or as an argv array (InitCommand.argv_command); cfn-lint's schema of the
# AWS::CloudFormation::Init metadata only knows the string form (E3009 on exactly those array commands).
# An AMI lookup without context (NatInstanceImage, MachineImage.lookup) renders aws-cdk-lib's dummy "ami-1234" on
# the first synthesis, an SSM lookup (cached_in_context) "dummy-value-for-<parameter>"; cfn-lint's AMI id pattern
# (E1152) rejects exactly those values.
def _expected(template: dict, rule_id: str, path: list) -> bool:
    if rule_id == "E1001" and not path and "Resources" not in template:
        return True
    if rule_id == "E1152" and path[-1:] == ["ImageId"]:
        node = template
        for part in path:
            node = node[part]
        return node == "ami-1234" or (isinstance(node, str) and node.startswith("dummy-value-for-"))
    if (rule_id == "E3009" and len(path) >= 8 and path[2:4] == ["Metadata", "AWS::CloudFormation::Init"]
            and path[5] == "commands" and path[7] == "command"):
        return isinstance(template["Resources"][path[1]]["Metadata"][path[3]][path[4]]["commands"][path[6]]["command"],
                          list)
    if rule_id not in ("E3002", "E3003") or len(path) < 4 or path[0] != "Resources":
        return False
    resource = template["Resources"].get(path[1], {})
    return resource.get("Type") == "AWS::EC2::FlowLog" and path[2:4] == ["Properties", "DestinationOptions"]


def test_there_are_golden_templates() -> None:
    assert len(TEMPLATES) >= 30


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_template_has_no_cfn_lint_errors(template: Path) -> None:
    text = template.read_text()
    parsed = json.loads(text)
    matches = lint(text, config=ManualArgs(regions=["us-east-1"]))
    errors = [
        f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})"
        for m in matches
        if m.rule.id.startswith("E") and not _expected(parsed, m.rule.id, list(m.path))
    ]
    assert errors == []


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_importing_ec2_loads_no_other_service_module() -> None:
    out = _run(
        "import sys\n"
        "from l2 import ec2\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('l1', 'l2') and m.count('.') >= 1\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    assert set(out.split(",")) == {"l2.ec2"}


def test_using_a_vpc_loads_only_ec2_modules() -> None:
    out = _run(
        "import sys\n"
        "from constructs import App, Stack\n"
        "from l2 import ec2\n"
        "s = Stack(App(), 'S')\n"
        "ec2.SecurityGroup(s, 'G', vpc=ec2.Vpc(s, 'V'))\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    assert set(out.split(",")) == {"l1.ec2", "l2.ec2"}
