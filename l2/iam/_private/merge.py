"""Statement merging, as aws-cdk-lib's ``mergeStatements``.

Two modes:

- *combinable* (``minimize=True``): statements that agree on effect, conditions and the ``Not*`` fields
  and differ in at most one of actions / resources / principals are fused (the merged lists are sorted);
- *equal* (default): only statements whose actions, resources and principals are equal as sets are
  fused (the first one is kept). Roles use this before splitting an oversized default policy.

Passes repeat until nothing changes. ``limit_size`` stops merges that would make a statement bigger than
``MAX_MERGE_SIZE`` (estimated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs._construct import CONTEXT_KEYS

from .util import LITERAL_STRING_KEY, json_key

if TYPE_CHECKING:
    from .._policy_statement import PolicyStatement
    from .._principals import IPrincipal

MAX_MERGE_SIZE = 2000
DEFAULT_ARN_SIZE_ESTIMATE = 150
ARN_SIZE_ESTIMATE_CONTEXT_KEY = "@aws-cdk/aws-iam.arnSizeEstimate"
ACTION_SIZE_ESTIMATE = 20


class _Comparable:
    __slots__ = ("originals", "statement", "condition_string")

    def __init__(self, originals: list[PolicyStatement], statement: PolicyStatement, condition_string: str) -> None:
        self.originals = originals
        self.statement = statement
        self.condition_string = condition_string


def size_options(scope: Any) -> tuple[int, int]:
    """(action estimate, ARN estimate) used to estimate statement sizes."""
    # a key no node was ever given (Node.set_context records each) is unset everywhere: no lookup up the scopes
    arn = scope.node.try_get_context(ARN_SIZE_ESTIMATE_CONTEXT_KEY) if ARN_SIZE_ESTIMATE_CONTEXT_KEY in CONTEXT_KEYS else None
    if arn is None:
        arn = DEFAULT_ARN_SIZE_ESTIMATE
    if isinstance(arn, bool) or not isinstance(arn, (int, float)):
        from constructs import UnscopedValidationError

        raise UnscopedValidationError(
            f"Context value {ARN_SIZE_ESTIMATE_CONTEXT_KEY} should be a number, got {json_key(arn)}"
        )
    return ACTION_SIZE_ESTIMATE, arn


def merge_statements(
    statements: list[PolicyStatement],
    *,
    scope: Any,
    limit_size: bool = False,
    merge_if_combinable: bool = True,
    options: tuple[int, int] | None = None,
) -> tuple[list[PolicyStatement], dict[int, list[PolicyStatement]]]:
    """Merge ``statements``; returns the merged list and, per merged statement id, its originals.

    ``options`` are the size estimates (``size_options(scope)``) when the caller has them already.
    """
    if options is None:
        options = size_options(scope)  # first: it validates the context value
    if len(statements) < 2 or (not merge_if_combinable and _no_two_alike(statements)):
        return list(statements), {id(s): [s] for s in statements}
    comps = [_Comparable([s], s, json_key(s._condition)) for s in statements]
    if not _some_may_merge(comps, merge_if_combinable):
        return list(statements), {id(s): [s] for s in statements}
    merge = _merge_if_combinable if merge_if_combinable else _merge_if_equal
    changed = True
    while changed:
        changed = False
        for i in range(len(comps)):
            j = i + 1
            while j < len(comps):
                merged = merge(comps[i], comps[j], limit_size, options)
                if merged is not None:
                    comps[i] = merged
                    del comps[j]
                    changed = True
                else:
                    j += 1
    return [c.statement for c in comps], {id(c.statement): c.originals for c in comps}


def _no_two_alike(statements: list[PolicyStatement]) -> bool:
    """True when no two statements share effect, sid and the sizes of their action and resource sets: then
    ``_merge_if_equal`` merges none of them, and nothing else (merge keys, condition JSON) needs computing."""
    seen: set[tuple[Any, ...]] = set()
    for s in statements:
        effect = s._effect  # an Effect's value: enum members hash in Python code
        shape = (getattr(effect, "_value_", effect), s.sid, len(s._action), len(s._resource), len(s._not_action),
                 len(s._not_resource))
        try:
            if shape in seen:
                return False
            seen.add(shape)
        except TypeError:  # an unhashable sid (not a valid policy): let the full comparison decide
            return False
    return True


def _some_may_merge(comps: list[_Comparable], combinable: bool) -> bool:
    """False when no two statements can be merged: their ``_merge_key``s are all different."""
    if len(comps) < 2:
        return False
    try:
        keys = {_merge_key(c, combinable) for c in comps}
    except TypeError:  # an unhashable field (not a valid policy, but merging must not fail on it)
        return True
    return len(keys) < len(comps)


def _merge_key(c: _Comparable, combinable: bool) -> tuple[Any, ...]:
    """What two statements must share for ``_merge_if_combinable`` (or ``_merge_if_equal``) to merge them.

    Built from the fields those functions require to be equal; sets of strings as frozensets, other sets only
    by their size (two sets that ``_set_equal`` calls equal have the same size) and principals only by their
    presence. Statements with a Sid are never combined, so their key is unique.
    """
    s = c.statement
    if combinable and s.sid:
        return (id(s),)
    # the statement's ordered sets (key -> value) are read directly: the public properties copy them
    key = (s.effect, c.condition_string, _set_key(s._not_action), _set_key(s._not_resource), bool(s._not_principals))
    if combinable:
        return key
    return (*key, s.sid, _set_key(s._action), _set_key(s._resource), bool(s._principals))


def _set_key(values: dict[Any, Any]) -> Any:
    if not values:
        return 0
    if all(isinstance(v, str) for v in values.values()):
        return frozenset(values.values())
    return len(values)


def _merge_if_combinable(a: _Comparable, b: _Comparable, limit_size: bool, options: tuple[int, int]) -> _Comparable | None:
    sa, sb = a.statement, b.statement
    if sa.effect != sb.effect or sa.sid or sb.sid or a.condition_string != b.condition_string:
        return None
    if not _set_equal(sa.not_actions, sb.not_actions) or not _set_equal(sa.not_resources, sb.not_resources):
        return None
    if not _set_equal_principals(sa.not_principals, sb.not_principals):
        return None
    same = (
        int(_set_equal(sa.actions, sb.actions))
        + int(_set_equal(sa.resources, sb.resources))
        + int(_set_equal_principals(sa.principals, sb.principals))
    )
    if same < 2 or _unmergeable_principals(sa, sb):
        return None
    combined = sa.copy(
        actions=_set_merge(sa.actions, sb.actions),
        resources=_set_merge(sa.resources, sb.resources),
        principals=_set_merge_principals(sa.principals, sb.principals),
    )
    if limit_size and combined._estimate_size(options) > MAX_MERGE_SIZE:
        return None
    return _Comparable([*a.originals, *b.originals], combined, a.condition_string)


def _merge_if_equal(a: _Comparable, b: _Comparable, limit_size: bool, options: tuple[int, int]) -> _Comparable | None:
    sa, sb = a.statement, b.statement
    if sa.effect != sb.effect or sa.sid != sb.sid or a.condition_string != b.condition_string:
        return None
    if not _set_equal(sa.not_actions, sb.not_actions) or not _set_equal(sa.not_resources, sb.not_resources):
        return None
    if not _set_equal_principals(sa.not_principals, sb.not_principals):
        return None
    if not _set_equal(sa.actions, sb.actions) or not _set_equal(sa.resources, sb.resources):
        return None
    if not _set_equal_principals(sa.principals, sb.principals):
        return None
    return _Comparable([*a.originals, *b.originals], sa, a.condition_string)


def _unmergeable_principals(a: PolicyStatement, b: PolicyStatement) -> bool:
    a_lit = any(LITERAL_STRING_KEY in p.policy_fragment.principal_json for p in a.principals)
    b_lit = any(LITERAL_STRING_KEY in p.policy_fragment.principal_json for p in b.principals)
    return a_lit != b_lit


def _set_equal(a: list[Any], b: list[Any]) -> bool:
    if len(a) != len(b):
        return False
    bset = set(b)
    return all(k in bset for k in a)


def _set_merge(x: list[Any], y: list[Any]) -> list[Any]:
    # JS sorts by each element's string form; a resolvable (a Lazy index ARN) sorts as its token text
    return sorted(dict.fromkeys([*x, *y]), key=_js_sort_key)


def _js_sort_key(value: Any) -> str:
    if isinstance(value, str):
        return value
    from constructs import Token

    return Token.as_string(value)


def _partition(xs: list[IPrincipal]) -> tuple[dict[str, IPrincipal], list[IPrincipal]]:
    comparable: dict[str, IPrincipal] = {}
    non_comparable: list[IPrincipal] = []
    for x in xs:
        dedupe = getattr(x, "dedupe_string", None)
        key = dedupe() if dedupe is not None else None
        if key:
            comparable[key] = x
        else:
            non_comparable.append(x)
    return comparable, non_comparable


def _set_equal_principals(xs: list[IPrincipal], ys: list[IPrincipal]) -> bool:
    xc, xn = _partition(xs)
    yc, yn = _partition(ys)
    return _set_equal_identity(xn, yn) and _set_equal(list(xc), list(yc))


def _set_equal_identity(a: list[Any], b: list[Any]) -> bool:
    if len(a) != len(b):
        return False
    ids = {id(x) for x in b}
    return all(id(x) in ids for x in a)


def _set_merge_principals(xs: list[IPrincipal], ys: list[IPrincipal]) -> list[IPrincipal]:
    xc, xn = _partition(xs)
    yc, yn = _partition(ys)
    return [*{**xc, **yc}.values(), *xn, *yn]
