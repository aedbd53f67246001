"""Record aws-cdk-lib's own results for the behaviour cases into fixtures/cdk_oracle.json.

Run with the oracle interpreter (aws-cdk-lib 2.275.0 under jsii; see tests/golden/oracle.py)::

    .venvs/oracle/bin/python tests/assertions/record_cdk_oracle.py

test_match_behaviour.py then checks that pycdk's results equal these, byte for byte.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "cdk_oracle.json"
JSII_PREFIXES = ("AssertionError: ", "Error: ")


def _message(error: BaseException) -> str:
    text = str(error)
    for prefix in JSII_PREFIXES:
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def main() -> None:
    sys.path.insert(0, str(HERE))
    from importlib.metadata import version

    import aws_cdk
    import behaviour_cases as cases
    from aws_cdk.assertions import Annotations, Capture, Match, Tags, Template

    record: dict[str, Any] = {"aws-cdk-lib": version("aws-cdk-lib")}
    matchers: dict[str, Any] = {}
    for case_id, matcher, actual, _ in cases.matcher_cases(Match, Capture):
        result = matcher.test(actual)
        matchers[case_id] = {
            "success": result.is_success,
            "human": list(result.to_human_strings()),
            "render": result.render_mismatch(),
        }
    record["matchers"] = matchers

    properties: dict[str, Any] = {}
    for case_id, props, actual, _ in cases.properties_cases(Match, Capture):
        resource: dict[str, Any] = {"Type": "Foo::Bar"}
        if actual != cases.NO_PROPERTIES:
            resource["Properties"] = actual
        template = Template.from_json({"Resources": {"MyBar": resource}})
        try:
            template.has_resource_properties("Foo::Bar", props)
            properties[case_id] = None
        except RuntimeError as error:
            properties[case_id] = _message(error)
    record["properties"] = properties

    messages: dict[str, Any] = {}
    for case_id, action in cases.message_cases(Template, Match, Capture):
        try:
            action()
            messages[case_id] = None
        except RuntimeError as error:
            messages[case_id] = _message(error)
    record["messages"] = messages

    stacks: dict[str, Any] = {}
    for case_id, action in cases.stack_cases(aws_cdk, Annotations, Tags, Match):
        try:
            action()
            stacks[case_id] = None
        except RuntimeError as error:
            stacks[case_id] = _message(error)
    record["stacks"] = stacks

    FIXTURE.parent.mkdir(exist_ok=True)
    FIXTURE.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = ", ".join(f"{len(record[k])} {k}" for k in ("matchers", "properties", "messages", "stacks"))
    print(f"wrote {FIXTURE}: {counts}")


if __name__ == "__main__":
    main()
