"""Make cfn-lint's schema validation cheaper in this test suite, with the same findings.

cfn-lint (pinned in pyproject.toml) spends a large share of each lint call on bookkeeping rather than on checks:

- every ``Validator.extend(...)`` builds a brand-new ``@dataclass`` class (``cfnlint.jsonschema.validators.create``:
  the class body is compiled with ``exec`` each time), about 2,000 classes for 40 golden templates;
- every ``evolve`` of a validator, a ``Context``, a ``Path`` or a ``FunctionFilter`` (and ``Path.descend``) walks
  ``dataclasses.fields()`` and then runs the dataclass's ``__init__`` (hundreds of thousands of calls);
- rule E1101 (``CfnLint.cfnLint``), called for every schema keyword ``cfnLint``, scans all its child rules and their
  keywords for the ones that handle the keyword;
- ``Rules.run`` reads the config's merged values once per rule and finds each child rule by comparing it with every
  rule id.

Here ``create`` returns the class it made before for the same keyword functions, function filter values and
resolvers (the class holds nothing else: those three are its only inputs); the ``evolve`` methods copy the fields
(names computed once per class) into a new instance as the ``__init__`` would; E1101 looks the keyword up in an
index of its child rules, rebuilt for each template after cfn-lint links the child rules (same rules, same order);
``Rules.run`` does what cfn-lint's does, in the same order, reading the config once and looking child rules up by
key. Nothing a rule sees changes: tests/test_cfn_lint_sharing.py checks that the findings on a corpus are identical
to those of cfn-lint's own command.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
from typing import Any

PINNED = "1.58.0"  # the version these changes were written against (pyproject.toml pins it)


def _init_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)


def _fast_evolve(cls: type) -> Any:
    """An ``evolve`` for a dataclass ``cls``: a copy of ``self`` with ``kwargs`` replacing init fields.

    Built as the dataclass's ``__init__`` would build it, without calling it: every field's value from ``self``
    (a field without ``init`` holds what its default factory gives every instance of the class), then ``kwargs``,
    then ``__post_init__`` if the class has one."""
    init_names = frozenset(_init_names(cls))
    all_names = tuple(f.name for f in dataclasses.fields(cls))
    post_init = "__post_init__" in vars(cls)

    def evolve(self: Any, **kwargs: Any) -> Any:
        if not init_names.issuperset(kwargs):
            raise TypeError(f"{type(self).__name__}.evolve() got unexpected fields {sorted(kwargs.keys() - init_names)}")
        new = object.__new__(self.__class__)
        fields_of_new = new.__dict__
        fields_of_self = self.__dict__
        for name in all_names:
            fields_of_new[name] = fields_of_self[name]
        fields_of_new.update(kwargs)
        if post_init:
            new.__post_init__()
        return new

    return evolve


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple((k, _frozen(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    return value


def install() -> bool:
    """Apply the changes if the installed cfn-lint is the pinned version; say whether they were applied."""
    try:
        if importlib.metadata.version("cfn-lint") != PINNED:
            return False
    except importlib.metadata.PackageNotFoundError:
        return False
    from collections import deque

    import cfnlint.jsonschema.validators as validators_module
    from cfnlint.context.context import FUNCTIONS, Context, Path
    from cfnlint.jsonschema._filter import FunctionFilter

    if getattr(validators_module.create, "_pycdk_memoized", False):
        return True

    # Context.evolve merges ``ref_values`` before copying: keep that, then copy.
    copy_context = _fast_evolve(Context)

    def context_evolve(self: Any, **kwargs: Any) -> Any:
        if "ref_values" in kwargs:
            merged = self.ref_values.copy()
            merged.update(kwargs["ref_values"])
            kwargs["ref_values"] = merged
        return copy_context(self, **kwargs)

    Context.evolve = context_evolve  # type: ignore[method-assign]
    # Path.descend appends each given value to that field's deque (and refuses intrinsic-function names or integers
    # in ``cfn_path``, as cfn-lint does); Path.evolve replaces fields.
    copy_path = _fast_evolve(Path)
    path_names = tuple(f.name for f in dataclasses.fields(Path))
    original_descend = Path.descend

    def path_descend(self: Any, **kwargs: Any) -> Any:
        cfn_path = kwargs.get("cfn_path")
        if cfn_path is not None and (isinstance(cfn_path, int) or cfn_path in FUNCTIONS):
            return original_descend(self, **kwargs)  # raises cfn-lint's error
        for name in path_names:
            value = kwargs.pop(name, None)
            if value is not None:
                kwargs[name] = getattr(self, name) + deque([value])
        return copy_path(self, **kwargs)

    Path.descend = path_descend  # type: ignore[method-assign]
    Path.evolve = copy_path  # type: ignore[method-assign]
    FunctionFilter.evolve = _fast_evolve(FunctionFilter)  # type: ignore[method-assign]
    filter_names = tuple(f.name for f in dataclasses.fields(FunctionFilter))

    original_create = validators_module.create
    made: dict[Any, type] = {}

    def create(validators: Any = None, function_filter: Any = None, fn_resolvers: Any = None) -> type:
        try:
            key = (
                tuple((validators or {}).items()),
                None if function_filter is None else (type(function_filter),
                                                      tuple(_frozen(getattr(function_filter, n)) for n in filter_names)),
                tuple((fn_resolvers or {}).items()),
            )
            hash(key)
        except TypeError:  # an unhashable keyword function: build the class as cfn-lint does
            return _with_fast_evolve(original_create(validators, function_filter, fn_resolvers))
        cls = made.get(key)
        if cls is None:
            cls = made[key] = _with_fast_evolve(original_create(validators, function_filter, fn_resolvers))
        return cls

    _index_cfn_lint_child_rules()
    create._pycdk_memoized = True  # type: ignore[attr-defined]
    validators_module.create = create
    # The module's own standard validators were built with the original ``create``: give them the fast evolve too.
    for name in dir(validators_module):
        value = getattr(validators_module, name)
        if isinstance(value, type) and dataclasses.is_dataclass(value) and hasattr(value, "extend"):
            _with_fast_evolve(value)
    return True


def _with_fast_evolve(cls: type) -> type:
    cls.evolve = _fast_evolve(cls)  # type: ignore[attr-defined]
    return cls


def _index_cfn_lint_child_rules() -> None:
    from cfnlint.jsonschema._utils import Unset
    from cfnlint.rules.jsonschema.CfnLint import CfnLint

    def by_keyword(rule: Any) -> dict[str, list[Any]]:
        cached = rule.__dict__.get("_pycdk_by_keyword")
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        index: dict[str, list[Any]] = {}
        for child in rule.child_rules.values():
            if child is None or not child.id:
                continue
            for keyword in child.keywords:
                index.setdefault(keyword, []).append(child)
        rule.__dict__["_pycdk_by_keyword"] = index
        return index

    def cfnLint(self: Any, validator: Any, keywords: Any, instance: Any, schema: Any) -> Any:
        validator = validator.evolve(function_filter=validator.function_filter.evolve(add_cfn_lint_keyword=False))
        index = by_keyword(self)
        for keyword in keywords:
            for child in index.get(keyword, ()):
                for err in child.validate(validator, keyword, instance, schema):
                    if err.rule is None and isinstance(err.validator, Unset):
                        err.rule = child
                    yield err

    # cfn-lint loads its rules from their files under module names of their own (``CfnLint.CfnLint``, not
    # ``cfnlint.rules.jsonschema.CfnLint.CfnLint``): patch the class of the E1101 rule each collection runs.
    from cfnlint.rules._rules import Rules

    def run(self: Any, filename: Any, cfn: Any, config: Any) -> Any:
        # cfn-lint's Rules.run, step for step, except that the config's values are read once (not once per rule),
        # a child rule is looked up in the collection by key (not compared with every key), and E1101's keyword
        # index is dropped for the linking to rebuild it.
        rule = self.data.get(CfnLint.id)
        if rule is not None and type(rule).__name__ == CfnLint.__name__:
            if type(rule).cfnLint is not cfnLint:
                type(rule).cfnLint = cfnLint
            rule.__dict__.pop("_pycdk_by_keyword", None)
        include_experimental = config.include_experimental
        configure_rules = config.configure_rules
        ignore_rules, include_rules = config.ignore_checks, config.include_checks
        mandatory_rules = config.mandatory_checks
        enabled: set[str] = set()
        for rule_id, rule in self.data.items():
            rule.configure(configure_rules.get(rule_id, None), include_experimental)
            rule.initialize(cfn)
            if rule.is_enabled(include_experimental=include_experimental, ignore_rules=ignore_rules,
                               include_rules=include_rules, mandatory_rules=mandatory_rules):
                enabled.add(rule_id)
        for rule_id, rule in self.data.items():
            children = rule.child_rules
            for key in children.keys():
                if key in self.data:
                    children[key] = self.data[key]
            for parent_rule in rule.parent_rules:
                if parent_rule in self.data:
                    self.data[parent_rule].child_rules[rule_id] = rule
        for rule_id, rule in self.data.items():
            yield from self._filter_matches(
                enabled, self.run_check(rule.matchall, filename, rule_id, config, enabled, filename, cfn))
        for resource_name, resource in cfn.get_resources().items():
            resource_type = resource.get("Type")
            properties = resource.get("Properties")
            if isinstance(resource_type, str) and isinstance(properties, dict):
                path = ["Resources", resource_name, "Properties"]
                for rule_id, rule in self.data.items():
                    yield from self._filter_matches(enabled, self.run_check(
                        rule.matchall_resource_properties, filename, rule_id, config, enabled, filename, cfn,
                        properties, resource_type, path))

    Rules.run = run  # type: ignore[method-assign]
