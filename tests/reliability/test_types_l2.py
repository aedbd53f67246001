"""Wrong types are errors, not coercions (issue 13, group 3): each call of ``_types_cases.CASES`` raises
``TypeError`` at the call, naming the method, the argument, the expected type and what was given, as
aws-cdk-lib raises at the same call (``types_expected.json``, written by ``_types_oracle.py``). Where aws-cdk-lib's
error is jsii's ``RuntimeError`` ("Unable to deserialize value"), pycdk's is a ``TypeError`` — stricter in class,
same in place. The calls of ``ACCEPTED`` (tokens, ints for floats, dicts for structs) keep working, as they do
in aws-cdk-lib.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from _types_cases import ACCEPTED, CASES, namespace

import constructs as cdk
from l2 import cloudwatch, dynamodb, iam, kinesis, kms, lambda_, logs, s3, secretsmanager, sns, sqs, ssm

MODULES = {
    "s3": s3, "sqs": sqs, "lambda_": lambda_, "dynamodb": dynamodb, "iam": iam, "kms": kms, "sns": sns,
    "logs": logs, "ssm": ssm, "secretsmanager": secretsmanager, "kinesis": kinesis, "cloudwatch": cloudwatch,
}
ORACLE: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "types_expected.json").read_text())
MESSAGE = re.compile(r"^(?P<owner>[\w.]+)\(\): argument '(?P<arg>\w+)' expects (?P<expected>.+), got (?P<given>\w+) \(")


@pytest.mark.parametrize(("source", "argument", "owner"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_wrong_type_raises_type_error_naming_the_argument(source: str, argument: str, owner: str) -> None:
    ns = namespace(cdk, MODULES)
    with pytest.raises(TypeError) as err:
        exec(source, ns)
    found = MESSAGE.match(str(err.value))
    assert found is not None, str(err.value)
    assert (found["owner"], found["arg"]) == (owner, argument)


@pytest.mark.parametrize("case_id", [c[0] for c in CASES])
def test_aws_cdk_lib_also_refuses_the_call(case_id: str) -> None:
    # the oracle raised at the very call: TypeError (typeguard) or RuntimeError (jsii deserialization)
    assert ORACLE[case_id]["error"] in ("TypeError", "RuntimeError")


@pytest.mark.parametrize("source", [c[1] for c in ACCEPTED], ids=[c[0] for c in ACCEPTED])
def test_values_aws_cdk_lib_accepts_are_accepted(source: str) -> None:
    case_id = next(c[0] for c in ACCEPTED if c[1] == source)
    assert ORACLE[case_id]["error"] is None
    exec(source, namespace(cdk, MODULES))
