"""Bad cloudwatch input fails as in aws-cdk-lib: the same snippets, the same messages
(``fixtures/oracle_errors.json``, written by ``_oracle_errors.py`` with the oracle venv)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import constructs as cdk
from l2 import cloudwatch as cw

EXPECTED = json.loads((Path(__file__).parent / "fixtures" / "oracle_errors.json").read_text())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fails_like_aws_cdk_lib(name: str) -> None:
    expected = EXPECTED[name]
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    with pytest.raises(Exception) as info:
        exec(expected["code"], {"cdk": cdk, "cw": cw, "app": app, "stack": stack})
    if expected["type"] == "TypeError":
        assert isinstance(info.value, TypeError)
        # jsii names the class with its module; pycdk with its own
        assert expected["message"].replace("aws_cdk.aws_cloudwatch.", "") in str(info.value)
    else:
        assert isinstance(info.value, ValueError), type(info.value)
        # an error raised while resolving tokens: aws-cdk-lib wraps it in "Resolution error: " (once per level of
        # resolution) and appends "...."; pycdk raises it as it is
        message = expected["message"].replace("Resolution error: ", "")
        if message.endswith("...."):
            message = message[:-3]
        assert message in str(info.value)
