"""The core's helpers for pycdk's own packages: public-but-internal, with stable names.

``constructs._private`` is the core's private implementation and may be reorganised at any time. The few
helpers that the other packages (``l1``, ``l2``, ``patterns``, ``assertions``, ``pycdk``) need are offered
here instead, under names that stay put:

- ``apply_property_injection`` — property injection (``PropertyInjectors``) for a construct class that is not a
  ``Resource`` (``l2.stepfunctions_tasks``' tasks with a ``PROPERTY_INJECTION_ID``).
- ``attach_custom_synthesis`` — a construct's own files or artifacts in the cloud assembly (aws-cdk-lib's
  ``attachCustomSynthesis``), called after the templates are written.
- ``structs`` — ``frozen``/``define``/``field``/``fields``/``evolve``/``asdict`` for props and struct classes
  (attrs classes, built lazily on first use; see the module's own docstring).
- ``cached_property`` — an unlocked ``functools.cached_property`` for attributes made on first use.
- ``tree`` — the ``tree.json`` writer; ``tree.L1_PROPS_RENDERER`` is the hook ``l1`` registers to show L1
  properties (the core cannot import ``l1``).
- ``json_writer`` — ``template_json``/``manifest_json``, the byte-exact JSON serializers of the assembly.
- ``collation`` — ``locale_key``, the ICU-like sort key used where aws-cdk-lib sorts with ``localeCompare``.
- ``gc_tuning`` — ``collector_paused()``, the context manager that pauses the cyclic GC while a tree is built.
- ``synthesis`` — the synthesis phases (``synthesize``), for tools that drive synthesis themselves.
- ``output_dir`` — writing the assembly folder; ``recover_output_dir`` finishes or undoes a killed write (CLI).
- ``capabilities`` — ``required_capabilities(template)``: the CAPABILITY_* a template needs acknowledged.
- ``protocols`` — ``OptionalMembersMeta``, the metaclass of a ``runtime_checkable`` protocol whose
  ``__optional_members__`` an implementation may leave out (``isinstance`` and the argument checks skip them).
- ``region_facts`` — aws-cdk-lib's region fact database (``database``, ``find``, ``region_map``,
  ``limited_region_map``, ``partition_information``), which ``l2.region_info`` exposes as its public API.
- ``yaml_writer`` — ``to_yaml``: templates as YAML in the snapshot style or the CDK CLI's (``cli=True``).
- ``l1runtime`` — the runtime of the generated L1 classes (``attributes``, ``property_type``, ``render``, ``refs``,
  ``tree``): the core's own L1 classes (``CfnStack``, ...) use it, and ``l1._private`` re-exports it.
- ``resolve`` and ``token_map`` — the resolver's ``FreshIntrinsic`` and the ``TOKEN_MAP`` registry, for
  ``l2.cloudformation_include``, which turns a parsed template's intrinsics back into tokens.
- ``check_deprecated_props`` — ``check_deprecated_props("aws_<svc>.<Struct>", locals())`` at the top of an
  ``__init__``: jsii's warning (or, with ``JSII_DEPRECATED=fail``, error) for each deprecated property given.
  ``deprecated(api, message)`` does it for one deprecated API (a class, method or enum member).
- ``js_for_each`` — ``js_for_each(self.add_x, items)`` where aws-cdk-lib writes
  ``items.forEach(this.addX.bind(this))``: the method's analytics metadata records the index and the array too;
  ``analytics_call(self, "addX", [arg])`` records such a call where pycdk does the work without calling the method
  (``with analytics_quiet():`` around pycdk's own calls that stand for it); ``analytics_literal(scope, id, props)``
  gives the props object aws-cdk-lib's code passes to the construct built next as ``(scope, id)``.

Contract:

- This module is not part of the aws-cdk-lib mirror: ``aws_cdk`` does not re-export it and user code should
  not import it. Within pycdk it is the only door into the core's helpers: modules outside ``constructs/``
  never import ``constructs._private`` (``tests/core/test_internals.py`` fails if one does).
- A name listed in ``__all__`` keeps its name and meaning; changing either means updating every importer in
  the same commit. Something new goes here only when a package outside the core needs it.
- Importing this module stays cheap: the helpers every L2 module uses (``structs``, ``cached_property``) and
  those the core has already loaded are bound at import; ``tree``, ``synthesis``, ``output_dir`` and
  ``yaml_writer`` load on first access.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from constructs._private import collation, gc_tuning, json_writer, protocols, structs
from constructs._private.lazy_attr import cached_property
from constructs._private.validation.deprecations import check_deprecated_props, deprecated

if TYPE_CHECKING:
    from constructs._private import (
        capabilities,
        l1runtime,
        output_dir,
        region_facts,
        resolve,
        synthesis,
        token_map,
        tree,
        yaml_writer,
    )

__all__ = [
    "analytics_call",
    "analytics_literal",
    "analytics_quiet",
    "apply_property_injection",
    "attach_custom_synthesis",
    "cached_property",
    "capabilities",
    "check_deprecated_props",
    "check_public_classes",
    "collation",
    "deprecated",
    "gc_tuning",
    "js_for_each",
    "json_writer",
    "l1runtime",
    "output_dir",
    "protocols",
    "region_facts",
    "resolve",
    "structs",
    "synthesis",
    "token_map",
    "tree",
    "yaml_writer",
]

_LAZY = {
    "capabilities": "constructs._private.capabilities",
    "l1runtime": "constructs._private.l1runtime",
    "output_dir": "constructs._private.output_dir",
    "region_facts": "constructs._private.region_facts",
    "resolve": "constructs._private.resolve",
    "synthesis": "constructs._private.synthesis",
    "token_map": "constructs._private.token_map",
    "tree": "constructs._private.tree",
    "yaml_writer": "constructs._private.yaml_writer",
}


def attach_custom_synthesis(construct: Any, on_synthesize: Any) -> None:
    """Have synthesis call ``on_synthesize(session)`` once the templates of ``construct``'s stage are written.

    aws-cdk-lib's ``attachCustomSynthesis``: the session has ``outdir`` (the assembly folder being written) and
    ``assembly.add_artifact(id, entry)``. It runs even when validation is skipped.
    """
    from constructs._private.custom_synthesis import attach_custom_synthesis as attach

    attach(construct, on_synthesize)


def js_for_each(method: Any, items: Any) -> None:
    """``method(item)`` for each of ``items``, as aws-cdk-lib's ``items.forEach(this.method.bind(this))`` calls it:
    with ``@aws-cdk/core:enableAdditionalMetadataCollection`` on, the method's ``aws:cdk:analytics:method`` entry
    records the two extra arguments JavaScript passes (the index and the array)."""
    if type(items) in (list, tuple) and not items:
        return  # nothing to call, nothing to record
    from constructs._private.analytics_metadata import for_each

    for_each(method, list(items))


def analytics_call(construct: Any, js_name: str, args: Any) -> None:
    """Record, under ``@aws-cdk/core:enableAdditionalMetadataCollection``, aws-cdk-lib's call
    ``construct.<js_name>(*args)`` of a method it decorates ``@MethodMetadata()`` where pycdk's code does the same
    work without calling the method (``args`` as aws-cdk-lib's JavaScript passes them)."""
    from constructs._private.analytics_metadata import record_call

    record_call(construct, js_name, list(args))


def analytics_literal(scope: Any, id: str, props: Any) -> None:
    """Under ``@aws-cdk/core:enableAdditionalMetadataCollection``, the construct pycdk's code builds next as
    ``(scope, id)`` records ``props`` in its ``aws:cdk:analytics:construct`` entry: the object literal aws-cdk-lib's
    code passes (keys in its order, ``None`` for a key it writes as ``undefined``), where pycdk's keyword arguments
    differ from it."""
    from constructs._private.analytics_metadata import use_literal

    use_literal(scope, id, props)


def apply_property_injection(cls: type) -> None:
    """Give a construct class that is not a ``Resource`` the property injection ``Resource`` subclasses get.

    Its ``__init__`` then passes its keyword arguments through the injector registered (``PropertyInjectors``) for
    ``cls.PROPERTY_INJECTION_ID`` in its scopes, as aws-cdk-lib's ``@propertyInjectable`` does (the Step
    Functions tasks that declare an id).
    """
    from constructs._resource import _injectable

    _injectable(cls)


def analytics_quiet(cls: type | None = None) -> Any:
    """A context manager: the calls of ``@MethodMetadata()`` methods inside it are not recorded (pycdk's calls that
    stand for one of aws-cdk-lib's, which ``analytics_call`` records); given ``cls``, only those of its instances."""
    from constructs._private.analytics_metadata import quiet

    return quiet(cls)


def analytics_enabled(scope: Any) -> bool:
    """Whether ``@aws-cdk/core:enableAdditionalMetadataCollection`` is on for the children of ``scope``: pycdk builds
    some constructs aws-cdk-lib always builds only when they are used (an asset's ``AssetBucket``, a table's
    ``ScalingRole``); with the flag on it builds them as aws-cdk-lib does, for their analytics entries."""
    from constructs._private.analytics_metadata import _scope_enabled

    return _scope_enabled(scope)


def check_public_classes(namespace: dict[str, Any]) -> None:
    """Check the arguments of the public classes an ``l2``/``patterns`` package exports, from their type hints.

    Called at the end of a package's ``__init__`` with its ``globals()``: constructs and structs have their checks
    already; this gives them to the other classes (``Code``, ``PolicyStatement``, principals, ``Schedule``, ...).
    The checks compile on each method's first call, so importing costs one closure per method.
    """
    from constructs._private.typecheck import install_public

    install_public(namespace)


def __getattr__(name: str) -> Any:
    """Load the helpers that not every program needs (``tree``, ``synthesis``, ...) on first access."""
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(target)
    globals()[name] = module
    return module
