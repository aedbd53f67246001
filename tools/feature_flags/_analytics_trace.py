"""Imported first by the apps ``analytics_compare.py --trace`` runs: logs, for each construction pycdk's own code makes
with the flag on, the calling function and the construct entry the call gives with its unset (``None``) keyword
arguments kept in the call's order and left out, to the JSON-lines file ``$PYCDK_ANALYTICS_TRACE``. The comparison
then tells, per calling function, which of the two aws-cdk-lib writes (its object literal names unset props, or
spreads the ones given)."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from constructs._private import analytics_metadata as _am

_TARGET = os.environ.get("PYCDK_ANALYTICS_TRACE")
_original = _am.props_metadata


def _traced(cls: type, kwargs: Any, *, internal: bool = False, caller: str | None = None) -> Any:
    result = _original(cls, kwargs, internal=internal, caller=caller)
    if internal and _TARGET:
        try:
            construct = sys._getframe(1).f_locals.get("self")
            path = "/" + construct.node.path if construct is not None else "?"
            module, _, name = (_am.jsii_fqn(cls) or "").rpartition(".")
            table = _am._load()["classes"].get(module, {}).get(name)
            keep = _am.redact(table, _am._JsObject(kwargs)) if kwargs else "*"
            given = {k: v for k, v in kwargs.items() if v is not None}
            drop = _original(cls, given, internal=True, caller=None) if given else "*"
            with open(_TARGET, "a", encoding="utf-8") as f:
                f.write(json.dumps({"path": path, "caller": caller, "cls": _am.jsii_fqn(cls), "keep": keep,
                                    "drop": drop, "used": result}, default=str) + "\n")
        except Exception as error:
            print(f"analytics trace: {error!r}", file=sys.stderr)
    return result


_am.props_metadata = _traced
_original_method = _am._record_method


def _traced_method(self: Any, js: str, params: Any, func: Any, args: Any, kwargs: Any, internal: bool,
                   spread: bool = False) -> None:
    if internal and _TARGET:
        try:
            entries = self.node._metadata
            before = len(entries)
            variants = []
            for flag in (False, True):
                _original_method(self, js, params, func, args, kwargs, internal, flag)
                variants.append(entries.pop().data if len(entries) > before else None)
            caller = _am._caller(sys._getframe(2))
            with open(_TARGET, "a", encoding="utf-8") as f:
                f.write(json.dumps({"path": "/" + self.node.path, "caller": caller, "cls": f"method {js}",
                                    "keep": variants[0], "drop": variants[1], "used": variants[int(spread)],
                                    "method": True}, default=str) + "\n")
        except Exception as error:
            print(f"analytics trace: {error!r}", file=sys.stderr)
    _original_method(self, js, params, func, args, kwargs, internal, spread)


_am._record_method = _traced_method
