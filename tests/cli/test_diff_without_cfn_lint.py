"""``pycdk diff`` marks replacements from data generated into the L1 layer, so it needs no cfn-lint at run time.

``l1/_private/replacement.json`` is written by ``python -m tools.replacement_data`` from the registry schemas the L1
classes come from; the expectations below are those schemas' ``createOnlyProperties`` (``AWS::SQS::Queue``'s
``QueueName``) and ``conditionalCreateOnlyProperties`` (``AWS::Events::Rule``'s ``EventBusName``), printed as the
CDK CLI prints them (``replace`` / ``(requires replacement)``, ``may be replaced`` / ``(may cause replacement)``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from _cli_support import clean_environment, write_app

from pycdk.cli._private.replacement import replacement
from tools import replacement_data

ROOT = Path(__file__).resolve().parents[2]

APP = """
from constructs import App, Stack
from l1 import events, sqs

app = App()
stack = Stack(app, "Svc")
sqs.CfnQueue(stack, "Queue", queue_name="orders-v2")
events.CfnRule(stack, "Rule", event_bus_name="bus-b", schedule_expression="rate(1 day)")
app.synth()
"""

PREVIOUS = {"Resources": {
    "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "orders"}},
    "Rule": {"Type": "AWS::Events::Rule", "Properties": {"EventBusName": "bus-a", "ScheduleExpression": "rate(1 day)"}},
}}

# cfn-lint made unimportable (``import cfnlint`` raises ImportError), then the CLI run in this process
BLOCKED_RUN = """
import sys
sys.modules["cfnlint"] = None
from pycdk.cli import main
code = main(sys.argv[1:])
print("cfnlint-imported" if any(m.startswith("cfnlint.") for m in sys.modules) else "cfnlint-not-imported")
sys.exit(code)
"""


def test_diff_marks_replacements_with_cfn_lint_unimportable(tmp_path):
    app = write_app(tmp_path / "app", APP)
    (app / "previous.json").write_text(json.dumps(PREVIOUS))
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED_RUN, "diff", "--template", "previous.json"],
        cwd=app, env=clean_environment(), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "[~] AWS::SQS::Queue Queue replace" in lines
    assert " └─ [~] QueueName (requires replacement)" in lines
    assert "[~] AWS::Events::Rule Rule may be replaced" in lines
    assert " └─ [~] EventBusName (may cause replacement)" in lines
    assert lines[-1] == "cfnlint-not-imported"


def test_replacement_kinds_follow_the_schema_lists():
    assert replacement("AWS::SQS::Queue", "QueueName", "a", "b") == "yes"
    assert replacement("AWS::SQS::Queue", "VisibilityTimeout", 30, 60) is None
    assert replacement("AWS::Events::Rule", "EventBusName", "a", "b") == "maybe"
    assert replacement("AWS::Events::Rule", "Name", "a", "b") == "yes"
    # a nested conditional path: only a change below it counts
    old = {"AddressAllocationIds": ["a"], "VpcId": "v"}
    assert replacement("AWS::Transfer::Server", "EndpointDetails", old, {**old, "VpcId": "w"}) == "maybe"
    assert replacement("Custom::Anything", "ServiceToken", "a", "b") == "yes"  # the CustomResource schema
    assert replacement("Acme::Widget::Thing", "Name", "a", "b") is None


def test_the_replacement_data_matches_the_registry_schemas():
    # the committed file is what the generator writes from the pinned schemas (regenerate: python -m tools.replacement_data)
    from l1._codegen import load_schema_set

    schema_set = load_schema_set()
    expected = replacement_data.render(schema_set.version, replacement_data.build(schema_set.schemas))
    assert replacement_data.OUTPUT.read_text(encoding="utf-8") == expected
    bucket = schema_set.schemas["AWS::S3::Bucket"]
    data = json.loads(expected)["types"]
    assert data["AWS::S3::Bucket"]["replace"] == [p.removeprefix("/properties/") for p in bucket["createOnlyProperties"]]
