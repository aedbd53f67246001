"""``constructs`` loads its less used modules on first access (PEP 562): every exported name still resolves.

The names are compared with the objects their defining modules hold (not with a recorded list of our own), and
a fresh interpreter shows that importing the core and an L2 service leaves the rarely used modules unloaded.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import constructs

ROOT = Path(__file__).resolve().parents[2]


def test_every_exported_name_is_the_object_of_its_defining_module() -> None:
    for name in constructs.__all__:
        value = getattr(constructs, name)
        module = importlib.import_module(value.__module__)
        assert getattr(module, name) is value, name


def test_dir_and_star_import_list_every_exported_name() -> None:
    assert set(constructs.__all__) <= set(dir(constructs))
    namespace: dict[str, object] = {}
    exec("from constructs import *", namespace)
    assert set(constructs.__all__) <= set(namespace)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'constructs' has no attribute 'NoSuchClass'"):
        constructs.NoSuchClass  # noqa: B018 - the access is the test
    with pytest.raises(ImportError):
        exec("from constructs import NoSuchClass", {})


def test_importing_the_core_and_a_service_leaves_the_rarely_used_modules_unloaded() -> None:
    watched = ("_custom_resource", "_policy_validation", "_synthesizers", "_secret_value", "_tags", "_app")
    code = (
        "import sys, constructs\n"
        "from l2 import s3\n"
        f"watched = {watched!r}\n"
        "print(sorted(m for m in watched if 'constructs.' + m in sys.modules))\n"
        "constructs.CustomResource, constructs.App\n"
        "print(sorted(m for m in watched if 'constructs.' + m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    before, after = out.stdout.splitlines()
    assert before == "[]"
    assert "'_custom_resource'" in after and "'_app'" in after


def test_a_hint_naming_a_lazily_loaded_name_is_checked_before_its_module_loads() -> None:
    # l2.lambda_'s Code imports the asset names only for type checkers; the first check loads them from constructs
    code = (
        "import sys\n"
        "from l2 import lambda_\n"
        "assert 'constructs._assets' not in sys.modules\n"
        "try:\n"
        "    lambda_.Code.from_asset('.', asset_hash_type='bad')\n"
        "except TypeError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert "argument 'asset_hash_type' expects AssetHashType | None, got str ('bad')" in out.stdout
