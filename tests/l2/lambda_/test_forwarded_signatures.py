"""DockerImageFunction and SingletonFunction forward ``Function``'s keyword arguments (``**props``); their
signatures list them, made on first use (``l2._private.signatures``), so importing ``l2.lambda_`` does not load
``inspect``."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import constructs as cdk
from l2 import ecr, lambda_

REPO_ROOT = Path(__file__).resolve().parents[3]


def _params(obj: object) -> dict[str, inspect.Parameter]:
    return dict(inspect.signature(obj).parameters)  # type: ignore[arg-type]


def test_docker_image_function_lists_function_kwargs_but_handler_and_runtime() -> None:
    function = _params(lambda_.Function)
    docker = _params(lambda_.DockerImageFunction)
    assert list(docker)[:3] == ["scope", "id", "code"]
    assert docker["code"].annotation == "DockerImageCode"
    assert docker["code"].kind is inspect.Parameter.KEYWORD_ONLY
    assert set(docker) == set(function) - {"handler", "runtime"}
    for name in ("timeout", "memory_size", "architecture", "environment", "vpc"):
        assert docker[name] == function[name]
    assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in docker.values())


def test_singleton_function_lists_uuid_lambda_purpose_then_function_kwargs() -> None:
    function = _params(lambda_.Function)
    singleton = _params(lambda_.SingletonFunction)
    assert list(singleton)[:4] == ["scope", "id", "uuid", "lambda_purpose"]
    assert singleton["lambda_purpose"].default is None
    assert set(singleton) == set(function) | {"uuid", "lambda_purpose"}


def test_the_signatures_stay_once_the_argument_checks_are_compiled() -> None:
    before = (str(inspect.signature(lambda_.DockerImageFunction.__init__)),
              str(inspect.signature(lambda_.SingletonFunction.__init__)))
    stack = cdk.Stack(cdk.App(), "S")
    lambda_.DockerImageFunction(stack, "Image", code=lambda_.DockerImageCode.from_ecr(ecr.Repository(stack, "R")))
    lambda_.SingletonFunction(stack, "Single", uuid="u-1", code=lambda_.Code.from_inline("x"), handler="index.h",
                              runtime=lambda_.Runtime.PYTHON_3_12)
    after = (str(inspect.signature(lambda_.DockerImageFunction.__init__)),
             str(inspect.signature(lambda_.SingletonFunction.__init__)))
    assert after == before
    assert before[0].startswith("(self, scope: 'Construct', id: 'str', *, code: 'DockerImageCode', ")


def test_importing_lambda_does_not_load_inspect() -> None:
    code = "import sys\nimport constructs\nfrom l2 import lambda_\nprint('inspect' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
                          check=True)
    assert done.stdout.strip() == "False"
