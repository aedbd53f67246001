"""Import cost and completeness: ``import l1`` is free, a service module loads alone, every module imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import l1
from l1._codegen.model import Resource
from l1._index import MODULES, RESOURCE_TYPES

REPO_ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=600, check=True
    )
    return result.stdout


def _loaded_l1_modules(statement: str) -> list[str]:
    code = f"{statement}\nimport sys, json\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('l1'))))"
    return json.loads(_run(code))


def test_import_l1_loads_no_service_module() -> None:
    assert _loaded_l1_modules("import l1") == ["l1"]


@pytest.mark.parametrize("statement", ["from l1 import s3", "import l1.s3", "import l1; l1.s3.CfnBucket"])
def test_a_service_module_loads_alone(statement: str) -> None:
    loaded = _loaded_l1_modules(statement)
    services = [m for m in loaded if m.count(".") == 1 and not m.split(".")[1].startswith("_")]
    assert services == ["l1.s3"]
    assert "l1._index" not in loaded


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'l1' has no attribute 'nope'"):
        _ = l1.nope
    assert {"s3", "lambda_", "sam", "alexa_ask"} <= set(dir(l1))


def test_every_module_imports_and_defines_every_type(resource_models: list[Resource]) -> None:
    code = """
import importlib, json
from l1._index import MODULES, RESOURCE_TYPES
from l1._private.property_type import CfnPropertyType, CfnResourceProps
classes = property_classes = props = 0
wrong = []
for module_name in MODULES:
    module = importlib.import_module("l1." + module_name)
    for name in module.__all__:
        cls = getattr(module, name)
        if name.removesuffix("Props") in getattr(module, "_ALIASES", {}):
            continue  # aws-cdk-lib's second name of another module's class
        if issubclass(cls, CfnResourceProps):
            props += cls._RESOURCE.__name__ + "Props" == name
            continue
        classes += 1
        property_classes += sum(
            1 for value in vars(cls).values() if isinstance(value, type) and issubclass(value, CfnPropertyType)
        )
for type_name, (module_name, class_name) in RESOURCE_TYPES.items():
    cls = getattr(importlib.import_module("l1." + module_name), class_name, None)
    if cls is None or cls.CFN_RESOURCE_TYPE_NAME != type_name:
        wrong.append(type_name)
print(json.dumps({"classes": classes, "props": props, "property_classes": property_classes, "wrong": wrong}))
"""
    found = json.loads(_run(code))
    assert found["wrong"] == []
    assert found["classes"] == len(RESOURCE_TYPES) == 1896
    assert found["props"] == found["classes"]
    assert found["property_classes"] == sum(len(r.property_types) for r in resource_models)
    assert len(MODULES) == 317
