"""pycdk's L1 names equal aws-cdk-lib 2.275.0's: every ``Cfn*`` class, nested ``*Property`` class and ``Cfn*Props``.

``aws_cdk_lib_l1_names.json`` was written from the oracle venv by ``dump_aws_cdk_lib_l1_names.py`` (see there). An
aws-cdk-lib module ``aws_<svc>`` is pycdk's ``l1.<svc>`` (``aws_lambda`` -> ``l1.lambda_``, ``aws_sam`` -> ``l1.sam``,
``alexa_ask`` -> ``l1.alexa_ask``). ``aws_eks_v2`` repeats ``aws_eks``'s L1 classes (checked below): pycdk has them
once, in ``l1.eks``.
"""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path
from types import ModuleType

import pytest

from l1._private.property_type import CfnResourceProps

CDK = json.loads((Path(__file__).parent / "aws_cdk_lib_l1_names.json").read_text())
MODULES: dict[str, dict[str, dict[str, object]]] = CDK["modules"]
SAME_AS = {"aws_eks_v2": "aws_eks"}

# Nested classes pycdk has and aws-cdk-lib does not: pycdk names an inline object after its property
# (``TagsProperty``) where aws-cdk-lib's spec names it otherwise (``TagsItemsProperty``, which pycdk has too, from
# the supplement), and types of schemas newer than aws-cdk-lib 2.275.0's. The count may only go down.
MAX_EXTRA_NESTED = 206


def l1_module(cdk_module: str) -> ModuleType:
    cdk_module = SAME_AS.get(cdk_module, cdk_module)
    if cdk_module == "aws_sam":
        name = "sam"
    else:
        name = cdk_module.removeprefix("aws_")
        name = name + "_" if name == "lambda" else name
    return importlib.import_module("l1." + name)


def nested(cls: type) -> set[str]:
    """The nested ``*Property`` classes of an L1 class (an alias subclass inherits them)."""
    return {k for klass in cls.__mro__ for k, v in vars(klass).items() if isinstance(v, type) and k.endswith("Property")}


def test_the_list_is_aws_cdk_lib_2_275_0s() -> None:
    assert CDK["version"] == "2.275.0"
    assert sum(len(classes) for classes in MODULES.values()) == 1891
    assert sum(len(c["properties"]) for classes in MODULES.values() for c in classes.values()) == 10141
    assert MODULES["aws_eks_v2"] == {name: MODULES["aws_eks"][name] for name in MODULES["aws_eks_v2"]}


@pytest.fixture(scope="module")
def differences() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"module": [], "class": [], "type": [], "property": [], "props": []}
    for module, classes in sorted(MODULES.items()):
        try:
            ours = l1_module(module)
        except ModuleNotFoundError:
            found["module"].append(module)
            continue
        for name, entry in sorted(classes.items()):
            cls = getattr(ours, name, None)
            if cls is None:
                found["class"].append(f"{module}.{name}")
                continue
            if cls.CFN_RESOURCE_TYPE_NAME != entry["type"]:
                found["type"].append(f"{module}.{name}")
            found["property"] += [f"{module}.{name}.{p}" for p in sorted(set(entry["properties"]) - nested(cls))]
            props = getattr(ours, name + "Props", None)
            if entry["props"] is not None and not (isinstance(props, type) and issubclass(props, CfnResourceProps)):
                found["props"].append(f"{module}.{name}Props")
    return found


def test_every_aws_cdk_lib_module_has_an_l1_module(differences: dict[str, list[str]]) -> None:
    assert differences["module"] == []


def test_every_cfn_class_exists_with_its_resource_type(differences: dict[str, list[str]]) -> None:
    assert differences["class"] == []
    assert differences["type"] == []


def test_every_nested_property_class_exists(differences: dict[str, list[str]]) -> None:
    assert differences["property"] == []


def test_every_props_struct_exists(differences: dict[str, list[str]]) -> None:
    assert differences["props"] == []


def test_the_added_classes_are_usable() -> None:
    from l1 import kinesisanalytics, kinesisanalyticsv2, networkmanager, s3, sam

    assert issubclass(kinesisanalytics.CfnApplicationV2, kinesisanalyticsv2.CfnApplication)
    assert kinesisanalytics.CfnApplicationV2.__module__ == "l1.kinesisanalytics"
    assert kinesisanalytics.CfnApplicationV2Props._RESOURCE is kinesisanalytics.CfnApplicationV2
    assert kinesisanalytics.CfnApplicationV2.CodeContentProperty is kinesisanalyticsv2.CfnApplication.CodeContentProperty
    assert networkmanager.CfnConnection.CFN_RESOURCE_TYPE_NAME == "AWS::NetworkManager::Connection"
    fmt = s3.CfnBucket.TargetObjectKeyFormatProperty(simple_prefix={})
    assert fmt.simple_prefix == {}
    assert "partitioned_prefix" in inspect.signature(s3.CfnBucket.TargetObjectKeyFormatProperty).parameters
    assert "FunctionEnvironmentProperty" in nested(sam.CfnFunction)


def test_pycdk_adds_few_names_of_its_own() -> None:
    extra = 0
    for module, classes in MODULES.items():
        if module in SAME_AS:
            continue
        ours = l1_module(module)
        for name, entry in classes.items():
            extra += len(nested(getattr(ours, name)) - set(entry["properties"]))
    assert extra <= MAX_EXTRA_NESTED, extra
