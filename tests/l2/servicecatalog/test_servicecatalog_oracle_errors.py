"""Bad Service Catalog input fails in pycdk with aws-cdk-lib's own messages (``fixtures/oracle_errors.json``,
written by ``_oracle_cases.py`` with the oracle venv; the same cases run here on pycdk).

jsii prefixes an error raised from a method call with the error's code (``MultipleLaunchRolesNotAllowed: ...``);
that prefix is not part of aws-cdk-lib's message and is stripped before comparing. pycdk's messages add the
construct path on a second line (``at path [...]``): the first lines are compared.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from _oracle_cases import run_cases

import constructs as cdk
from l2 import iam, s3_assets, servicecatalog, sns

EXPECTED: dict[str, str | None] = json.loads((Path(__file__).parent / "fixtures" / "oracle_errors.json").read_text())
_CODE = re.compile(r"^[A-Z][A-Za-z]+: ")


@pytest.fixture(scope="module")
def pycdk_errors() -> dict[str, str | None]:
    return run_cases(SimpleNamespace(cdk=cdk, iam=iam, sns=sns, sc=servicecatalog, s3a=s3_assets))


def test_every_case_fails_in_the_oracle() -> None:
    assert len(EXPECTED) >= 25 and all(EXPECTED.values())


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_pycdk_fails_with_the_message_of_aws_cdk_lib(case: str, pycdk_errors: dict[str, str | None]) -> None:
    expected = EXPECTED[case]
    assert expected is not None
    assert pycdk_errors[case] == _CODE.sub("", expected)
