"""Feature flags at synthesis: the ``feature-flag-report`` artifact, and a warning for each flag set in context
that a module used in the stage reads but pycdk does not honour yet (see docs/feature-flags.md)."""

from __future__ import annotations

import json
from typing import Any

REPORT_ARTIFACT_ID = "aws-cdk-lib/feature-flag-report"
WARNING_ID_PREFIX = "pycdk:featureFlagNotHonoured:"


def feature_flag_report(stage: Any) -> dict[str, Any]:
    """The manifest entry aws-cdk-lib 2.275 writes for ``stage``: every live flag with the user's value (context as
    seen from the stage, when set), its recommended value, its summary and its unset v2 value (when true)."""
    from .feature_flag_table import REPORT

    node = stage.node
    flags: dict[str, Any] = {}
    for name, recommended, explanation, unconfigured in REPORT:
        entry: dict[str, Any] = {}
        user = node.try_get_context(name)
        if user is not None:
            entry["userValue"] = user
        entry["recommendedValue"] = recommended
        entry["explanation"] = explanation
        if unconfigured:
            entry["unconfiguredBehavesLike"] = {"v2": unconfigured}
        flags[name] = entry
    return {"type": "cdk:feature-flag-report", "properties": {"module": "aws-cdk-lib", "flags": flags}}


def _differs(value: Any, default: bool) -> bool:
    if isinstance(value, (str, bool, int, float)):
        from .._feature_flags import _truthy

        return _truthy(value) != default  # read as aws-cdk-lib reads it: "false" is a non-empty string, so true
    return True  # a list or object in place of a switch: not the unset behaviour


def _module_of(construct: Any) -> str | None:
    mod = type(construct).__module__
    if mod.startswith("l2."):
        return mod.split(".", 2)[1]
    return None


# Flags core reads whose effect is only on what L2 constructs write: an app without L2 constructs synthesizes
# the same with them, so no warning is due there. enableAdditionalMetadataCollection: aws-cdk-lib's L2 constructors
# and methods record their (redacted) props as aws:cdk:analytics:* metadata; L1 constructs record none.
L2_ONLY_CORE_FLAGS = frozenset({"@aws-cdk/core:enableAdditionalMetadataCollection"})


def warn_unhonoured_flags(stage: Any, order: list[Any]) -> None:
    """Warn, once per flag, on the first construct (in ``order``, the stage's pre-order) of each used module that
    reads a flag set in the stage's context to a value other than its unset value, and does not honour it.
    For ``core`` the first stack carries the warning."""
    from .feature_flag_table import DEFAULTS, READERS

    node = stage.node
    wanted: dict[str, list[str]] = {}  # module -> flags it does not honour, set to a non-default value
    for flag, readers in READERS.items():
        unhonoured = [m for m, honoured in readers if not honoured]
        if not unhonoured:
            continue
        value = node.try_get_context(flag)
        if value is None or not _differs(value, DEFAULTS[flag]):
            continue
        for m in unhonoured:
            wanted.setdefault(m, []).append(flag)
    if not wanted:
        return
    from .._annotations import Annotations
    from .._stack import Stack

    first: dict[str, Any] = {}
    first_l2 = None
    for c in order:
        l2 = _module_of(c)
        mod = "core" if isinstance(c, Stack) else l2
        if mod is not None and mod in wanted and mod not in first:
            first[mod] = c
        if first_l2 is None and l2 is not None:
            first_l2 = c
    warned: set[str] = set()
    for m, flags in wanted.items():
        for flag in flags:
            # a core flag that changes only what L2 constructs write: warned about on the first one, if any
            target = first_l2 if flag in L2_ONLY_CORE_FLAGS else first.get(m)
            if target is None or flag in warned:
                continue
            warned.add(flag)
            Annotations.of(target).add_warning_v2(
                WARNING_ID_PREFIX + flag,
                f"Feature flag {flag} is set to {json.dumps(node.try_get_context(flag))} in the context, but pycdk's "
                f"'{m}' module does not honour it yet: this app synthesizes as if the flag were unset, unlike "
                "aws-cdk-lib (see docs/feature-flags.md)",
            )
