"""pycdk's own Node.js handlers of ``EvaluateExpression`` and ``CallAwsServiceCrossRegion``, run with ``node``.

The golden apps mask these handlers' code (it is pycdk's, not aws-cdk-lib's), so their behaviour is checked here:
the event shapes are the ones the tasks' state definitions send (``expression`` + ``expressionAttributeValues``;
``service``, ``action``, ``region``, ``endpoint``, ``parameters``), and the AWS SDK v3 package is a fake module on
``NODE_PATH`` that records what it was asked.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.cdk_cli  # needs Node.js (CI fails loudly without it)

HANDLERS = Path(__file__).resolve().parents[3] / "l2" / "stepfunctions_tasks" / "_handlers"


def run_handler(handler: Path, event: dict[str, Any], node_path: Path | None = None) -> Any:
    script = (
        f"const h = require({json.dumps(str(handler))});"
        f"h.handler({json.dumps(event)}).then("
        "(r) => { process.stdout.write('\\n@@' + JSON.stringify(r === undefined ? null : r)); },"
        "(e) => { process.stdout.write('\\n@@ERR' + e.message); process.exitCode = 3; });"
    )
    env = dict(os.environ)
    if node_path is not None:
        env["NODE_PATH"] = str(node_path)
    proc = subprocess.run(["node", "-e", script], capture_output=True, text=True, env=env, timeout=60)
    out = proc.stdout.rsplit("\n@@", 1)[-1]
    if out.startswith("ERR"):
        raise RuntimeError(out[3:])
    assert proc.returncode == 0, proc.stderr
    return json.loads(out)


EVAL = HANDLERS / "eval_nodejs" / "index.js"


@pytest.mark.parametrize(
    ("expression", "values", "expected"),
    [
        # aws-cdk-lib's README example: the wait time in seconds from milliseconds
        ("$.waitMilliseconds / 1000", {"$.waitMilliseconds": 5000}, 5),
        ("$.a + $.b", {"$.a": 2, "$.b": 3}, 5),
        # the longer path wins: `$.a.bc` is its own value, not `$.a.b` followed by `c`
        ("$.a.bc + $.a.b", {"$.a.b": 1, "$.a.bc": 10}, 11),
        ("[1, 2, 3].map(x => x * 2)", {}, [2, 4, 6]),
        ("$.list.length", {"$.list": [1, 2, 3, 4]}, 4),
        ("`${$.name}!`", {"$.name": "hi"}, "hi!"),
    ],
)
def test_evaluate_expression_handler_returns_the_javascript_value(
    expression: str, values: dict[str, Any], expected: Any
) -> None:
    assert run_handler(EVAL, {"expression": expression, "expressionAttributeValues": values}) == expected


def test_evaluate_expression_handler_without_values_evaluates_the_expression_as_is() -> None:
    assert run_handler(EVAL, {"expression": "1 + 1"}) == 2


def test_evaluate_expression_handler_fails_on_a_bad_expression() -> None:
    with pytest.raises(RuntimeError, match="not_defined"):
        run_handler(EVAL, {"expression": "not_defined + 1", "expressionAttributeValues": {}})


FAKE_SDK = """
'use strict';
const calls = [];
class LambdaClient {
  constructor(config) { this.config = config; }
  async send(command) {
    calls.push({ config: this.config, command: command.constructor.name, input: command.input });
    if (command.constructor.name === 'InvokeCommand') {
      return { StatusCode: 200, Payload: new TextEncoder().encode(JSON.stringify({ calls })) };
    }
    return { StatusCode: 200, Payload: new TextEncoder().encode('not json'), calls };
  }
}
class InvokeCommand { constructor(input) { this.input = input; } }
class ListFunctionsCommand { constructor(input) { this.input = input; } }
module.exports = { LambdaClient, InvokeCommand, ListFunctionsCommand, __Client: class {} };
"""


@pytest.fixture(scope="module")
def fake_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("node_modules")
    package = root / "@aws-sdk" / "client-lambda"
    package.mkdir(parents=True)
    (package / "index.js").write_text(FAKE_SDK)
    return root


CROSS = HANDLERS / "cross_region_aws_sdk" / "index.js"


def test_cross_region_handler_calls_the_action_in_the_given_region_and_decodes_the_payload(
    fake_sdk: Path,
) -> None:
    event = {
        "service": "lambda",
        "action": "invoke",
        "region": "eu-west-1",
        "endpoint": "https://lambda.eu-west-1.amazonaws.com",
        "parameters": {"FunctionName": "fn", "Payload": "{}"},
    }
    result = run_handler(CROSS, event, fake_sdk)
    assert result["StatusCode"] == 200
    # the JSON payload comes back as an object, not as bytes
    assert result["Payload"] == {
        "calls": [
            {
                "config": {"region": "eu-west-1", "endpoint": "https://lambda.eu-west-1.amazonaws.com"},
                "command": "InvokeCommand",
                "input": {"FunctionName": "fn", "Payload": "{}"},
            }
        ]
    }


def test_cross_region_handler_keeps_a_non_json_payload_as_text_and_defaults_parameters(
    fake_sdk: Path,
) -> None:
    event = {"service": "lambda", "action": "listFunctions", "region": "us-west-2"}
    result = run_handler(CROSS, event, fake_sdk)
    assert result["Payload"] == "not json"
    assert result["calls"][-1]["command"] == "ListFunctionsCommand"
    assert result["calls"][-1]["input"] == {}
    assert result["calls"][-1]["config"] == {"region": "us-west-2"}


def test_cross_region_handler_names_an_unknown_action(fake_sdk: Path) -> None:
    with pytest.raises(RuntimeError, match="No command for action frobnicate"):
        run_handler(CROSS, {"service": "lambda", "action": "frobnicate", "region": "us-east-1"}, fake_sdk)
