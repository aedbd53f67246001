"""``constructs.internals`` is the only door from pycdk's other packages into the core's helpers.

Every package outside ``constructs/`` (``l1``, ``l2``, ``patterns``, ``assertions``, ``pycdk``, and the
``examples`` apps) must import the core's helpers from ``constructs.internals``, never from
``constructs._private``. ``tests/`` and ``bench/`` are exempt: the core's unit tests (``tests/core``) test
the private modules themselves, and the benchmark's phase timer finds the JSON serializer by its real module
name to wrap it; neither is shipped code that the core's reorganisations must keep working.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

import constructs.internals as internals
from constructs._private import (
    collation,
    gc_tuning,
    json_writer,
    output_dir,
    structs,
    synthesis,
    tree,
    yaml_writer,
)
from constructs._private.lazy_attr import cached_property

ROOT = Path(__file__).resolve().parents[2]
CHECKED_PACKAGES = ("l1", "l2", "patterns", "assertions", "pycdk", "examples")

_PRIVATE_REFERENCE = re.compile(
    rb"constructs\._private\b"  # import constructs._private.x / from constructs._private import x / strings
    rb"|from\s+constructs\s+import[^\n(]*\b_private\b"  # from constructs import _private
    rb"|from\s+constructs\s+import\s*\([^)]*\b_private\b"  # from constructs import (..., _private)
)


def private_references(source: bytes) -> list[str]:
    """The lines of ``source`` that reach into ``constructs._private``."""
    found = []
    for match in _PRIVATE_REFERENCE.finditer(source):
        line = source.count(b"\n", 0, match.start()) + 1
        found.append(f"line {line}: {match.group(0).decode().strip()}")
    return found


@pytest.mark.parametrize(
    "source",
    [
        "from constructs._private import structs\n",
        "from constructs._private.lazy_attr import cached_property\n",
        "import constructs._private.synthesis as synthesis\n",
        "    from constructs._private import tree\n",
        "from constructs import App, _private\n",
        "from constructs import (\n    App,\n    _private,\n)\n",
        'importlib.import_module("constructs._private.tree")\n',
    ],
)
def test_the_check_finds_each_way_of_reaching_into_private(source: str) -> None:
    assert private_references(source.encode())


@pytest.mark.parametrize(
    "source",
    [
        "from constructs.internals import cached_property, structs\n",
        "from constructs import App\nfrom l1._private.attributes import attribute\n",
        "from constructs import (\n    App,\n)\nfrom l2.s3._private.names import x\n",
        "from ._private import helpers\n",
    ],
)
def test_the_check_lets_other_private_packages_be(source: str) -> None:
    assert private_references(source.encode()) == []


def test_no_module_outside_the_core_imports_constructs_private() -> None:
    offenders = []
    for package in CHECKED_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for reference in private_references(path.read_bytes()):
                offenders.append(f"{path.relative_to(ROOT)} {reference}")
    assert offenders == [], "import these from constructs.internals instead:\n" + "\n".join(offenders)


def test_internals_offers_the_core_modules_themselves() -> None:
    # The same module objects, so a monkeypatch through either name is seen by the core.
    assert internals.structs is structs
    assert internals.json_writer is json_writer
    assert internals.collation is collation
    assert internals.gc_tuning is gc_tuning
    assert internals.cached_property is cached_property
    assert internals.tree is tree
    assert internals.synthesis is synthesis
    assert internals.output_dir is output_dir
    assert internals.yaml_writer is yaml_writer
    assert internals.capabilities is importlib.import_module("constructs._private.capabilities")
    deprecations = importlib.import_module("constructs._private.validation.deprecations")
    assert internals.check_deprecated_props is deprecations.check_deprecated_props
    assert internals.deprecated is deprecations.deprecated
    assert sorted(internals.__all__) == [
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


def test_every_exported_name_resolves_through_from_import() -> None:
    namespace: dict[str, object] = {}
    exec("from constructs.internals import *", namespace)
    assert set(internals.__all__) <= set(namespace)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="constructs.internals.*no_such_helper"):
        internals.no_such_helper  # noqa: B018 - the access is the test


def test_importing_internals_does_not_load_synthesis_the_tree_writer_or_the_output_folder_writer() -> None:
    code = (
        "import sys, constructs.internals\n"
        "print(sorted(m for m in ('constructs._private.synthesis', 'constructs._private.tree',"
        " 'constructs._private.output_dir', 'constructs._private.yaml_writer')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
