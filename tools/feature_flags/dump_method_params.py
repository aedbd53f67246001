"""Print, as JSON, the Python parameters of aws-cdk-lib's ``@MethodMetadata()`` methods: reads
``{"<jsii fqn>": ["<jsName>", ...]}`` on stdin and writes ``{"<jsii fqn>": {"<jsName>": [param, ...]}}`` where a
param is a positional parameter's Python name, ``"*name"`` for a variadic one, or ``[field, ...]`` for the
keyword-only group jsii gathers into one struct argument. Run by ``dump_analytics`` with the oracle's interpreter, from outside /work/main."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import sys
from typing import Any


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])|(?<=[A-Z])([A-Z])(?=[a-z])", r"_\1\2", name).lower()


def _python_class(fqn: str) -> Any:
    _, *middle, name = fqn.split(".")
    module = "aws_cdk" + "".join(f".{m}" for m in middle)
    obj: Any = importlib.import_module(module)
    return getattr(obj, name, None)


def main() -> None:
    wanted: dict[str, list[str]] = json.load(sys.stdin)
    out: dict[str, dict[str, list[Any]]] = {}
    for fqn, names in wanted.items():
        try:
            cls = _python_class(fqn)
        except Exception:  # a module that does not load offline
            cls = None
        if cls is None:
            continue
        found: dict[str, list[Any]] = {}
        for js in names:
            method = getattr(cls, _snake(js), None)
            if method is None:
                continue
            params: list[Any] = []
            group: list[str] = []
            for p in list(inspect.signature(method).parameters.values())[1:]:
                if p.kind is p.KEYWORD_ONLY:
                    group.append(p.name)
                elif p.kind is p.VAR_POSITIONAL:
                    params.append(f"*{p.name}")
                elif p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
                    params.append(p.name)
            if group:
                params.append(group)
            found[js] = params
        out[fqn] = found
    json.dump(out, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main()
