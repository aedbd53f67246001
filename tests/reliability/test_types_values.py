"""Wrong types are errors for the public classes of ``l2`` that are neither constructs nor structs (issue 13,
group 3): ``Code``, ``Runtime``, principals, ``PolicyStatement``, ``PolicyDocument``, ``Schedule``,
``RuleTargetInput``, ``Port``, ``Peer``, ``Metric``, ``FilterPattern``, ``BlockPublicAccess``, event targets,
subscriptions, event sources and integrations. Each call of ``_types_values_cases.CASES`` raises ``TypeError``
at the call, naming the class and method, the argument, the expected type and the value given, where aws-cdk-lib
2.275 refuses the same call (``types_values_expected.json``, written by ``_types_values_oracle.py``: its
typeguard ``TypeError``, or jsii's ``RuntimeError`` "Unable to deserialize value"). The calls of ``ACCEPTED``
(tokens, dicts where aws-cdk-lib takes them, numbers for numbers) keep working, as they do in aws-cdk-lib.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest
from _types_cases import namespace
from _types_values_cases import ACCEPTED, CASES, MODULE_NAMES

import constructs as cdk

MODULES = {name: importlib.import_module(f"l2.{name}") for name in MODULE_NAMES}
ORACLE: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "types_values_expected.json").read_text())
MESSAGE = re.compile(
    r"^(?P<owner>[\w.]+)\(\): argument '(?P<arg>\w+)' expects (?P<expected>.+), got (?P<given>\w+) \((?P<value>.*?)\)(?: \(construct path: [^)]*\))?$"
)


@pytest.mark.parametrize(("case_id", "source", "argument", "owner"), CASES, ids=[c[0] for c in CASES])
def test_wrong_type_raises_type_error_naming_class_argument_expected_and_given(
    case_id: str, source: str, argument: str, owner: str
) -> None:
    # aws-cdk-lib refuses the very call: TypeError (typeguard) or RuntimeError (jsii deserialization)
    assert ORACLE[case_id]["error"] in ("TypeError", "RuntimeError"), ORACLE[case_id]
    ns = namespace(cdk, MODULES)
    with pytest.raises(TypeError) as err:
        exec(source, ns)
    found = MESSAGE.match(str(err.value))
    assert found is not None, str(err.value)
    assert (found["owner"], found["arg"]) == (owner, argument)
    assert found["expected"]  # the hint as written, e.g. "str" or "Sequence[str] | None"
    # the value given is the one written in the call (its repr, quotes aside) and its class is named
    assert found["value"].replace("'", '"') in source, (found["value"], source)
    assert found["given"] in ("int", "str", "list", "dict")


@pytest.mark.parametrize(("case_id", "source"), ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_values_aws_cdk_lib_accepts_are_accepted(case_id: str, source: str) -> None:
    assert ORACLE[case_id]["error"] is None, ORACLE[case_id]
    exec(source, namespace(cdk, MODULES))


def test_every_case_was_run_against_aws_cdk_lib() -> None:
    assert set(ORACLE) == {c[0] for c in CASES} | {c[0] for c in ACCEPTED}


def test_the_error_names_the_expected_type_as_written_in_the_hint() -> None:
    from l2 import iam

    with pytest.raises(TypeError, match=r"argument 'actions' expects Sequence\[str\] \| None, got str \('s3:\*'\)"):
        iam.PolicyStatement(actions="s3:*")  # type: ignore[arg-type]


def test_enums_protocols_and_private_classes_are_left_unwrapped() -> None:
    from l2 import iam, lambda_

    assert not hasattr(lambda_.RuntimeFamily.__init__, "__typecheck__")  # an enum
    assert not hasattr(iam.IPrincipal.__dict__.get("add_to_policy"), "__typecheck__")  # a protocol
    adapter = importlib.import_module("l2.iam._principals")._MutatingDocumentAdapter  # a private class
    assert not hasattr(adapter.__dict__["__init__"], "__typecheck__")


def test_checked_methods_keep_their_signature() -> None:
    from l2 import iam

    assert str(inspect.signature(iam.ServicePrincipal)).startswith("(service: 'str'")
