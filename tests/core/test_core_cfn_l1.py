"""The core exports aws-cdk-lib's root-module L1 classes (``aws_cdk.CfnStack``, ``CfnWaitCondition``, ...).

They are generated into ``constructs._cfn_cloudformation`` and loaded on first access; ``l1.cloudformation`` and
``l2.cloudformation`` re-export the very same classes. The list of names comes from aws-cdk-lib 2.275.0's parity
snapshot; the rendered templates are pinned by the golden app ``tests/golden/core/core_cfn_l1.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import constructs
import l1.cloudformation
import l2.cloudformation
from constructs import App, Stack, ValidationError

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "tests" / "parity" / "aws_cdk_lib_2.275.0.json"
AWS_CDK_L1 = json.loads(SNAPSHOT.read_text(encoding="utf-8"))["modules"]["aws_cdk"]["l1"]


def test_aws_cdk_lib_root_module_has_twenty_cloudformation_l1_classes() -> None:
    assert len(AWS_CDK_L1) == 20
    assert {type_name.split("::")[1] for type_name in AWS_CDK_L1.values()} == {"CloudFormation"}


@pytest.mark.parametrize(("name", "type_name"), sorted(AWS_CDK_L1.items()))
def test_the_core_exports_the_class_and_its_props_the_same_objects_as_l1_and_l2(name: str, type_name: str) -> None:
    cls = getattr(constructs, name)
    assert cls.CFN_RESOURCE_TYPE_NAME == type_name
    assert issubclass(cls, constructs.CfnResource)
    assert cls is getattr(l1.cloudformation, name) is getattr(l2.cloudformation, name)
    props = getattr(constructs, f"{name}Props")
    assert props is getattr(l1.cloudformation, f"{name}Props") is getattr(l2.cloudformation, f"{name}Props")
    assert props._RESOURCE is cls
    assert name in constructs.__all__ and f"{name}Props" in constructs.__all__
    assert name in dir(constructs)


def test_from_imports_and_star_import_work() -> None:
    from constructs import CfnStack, CfnWaitCondition, CfnWaitConditionHandle

    namespace: dict[str, object] = {}
    exec("from constructs import *", namespace)
    assert namespace["CfnStack"] is CfnStack is l1.cloudformation.CfnStack
    assert namespace["CfnWaitConditionProps"] is l1.cloudformation.CfnWaitConditionProps
    assert CfnWaitCondition.CFN_RESOURCE_TYPE_NAME == "AWS::CloudFormation::WaitCondition"
    assert CfnWaitConditionHandle.CFN_RESOURCE_TYPE_NAME == "AWS::CloudFormation::WaitConditionHandle"
    assert CfnStack.OutputProperty is l1.cloudformation.CfnStack.OutputProperty


def test_an_unknown_name_is_still_an_error() -> None:
    with pytest.raises(AttributeError, match="'constructs' has no attribute 'CfnNoSuchThing'"):
        constructs.CfnNoSuchThing  # noqa: B018 - the access is the test
    with pytest.raises(ImportError):
        exec("from constructs import CfnNoSuchThingProps", {})
    with pytest.raises(AttributeError):
        l1.cloudformation.CfnNoSuchThing  # noqa: B018 - the access is the test


def test_the_lazy_list_is_the_generated_modules_names() -> None:
    import constructs._cfn_cloudformation as generated

    assert constructs._CFN_CLOUDFORMATION == frozenset(generated.__all__)
    assert l1.cloudformation.__all__ == generated.__all__


def test_reference_classes_are_the_cores_under_every_name() -> None:
    import constructs._cfn_references as core_refs
    import l1._private.interfaces as private_interfaces
    import l1._private.interfaces.cloudformation as private_refs
    import l1.interfaces.cloudformation as l1_refs
    import l2.interfaces.cloudformation as l2_refs

    for name in ("StackReference", "IStackRef", "WaitConditionReference", "IWaitConditionHandleRef"):
        assert getattr(core_refs, name) is getattr(private_refs, name) is getattr(l1_refs, name)
        assert getattr(core_refs, name) is getattr(l2_refs, name)
    assert private_interfaces.IEnvironmentAware is core_refs.IEnvironmentAware
    stack = Stack(App(), "S")
    nested = constructs.CfnStack(stack, "Nested", template_url="https://example.com/t.json")
    assert type(nested.stack_ref) is core_refs.StackReference
    assert isinstance(nested, l2_refs.IStackRef)


def test_l1_private_runtime_modules_are_the_cores() -> None:
    import l1._private.attributes
    import l1._private.property_type
    import l1._private.refs
    import l1._private.render
    from constructs.internals import l1runtime

    assert l1._private.render is l1runtime.render
    assert l1._private.refs is l1runtime.refs
    assert l1._private.attributes is l1runtime.attributes
    assert l1._private.property_type is l1runtime.property_type


def test_import_constructs_loads_no_l1_class_and_the_classes_need_no_l1() -> None:
    code = (
        "import sys, json\n"
        "import constructs\n"
        "watched = ('constructs._cfn_cloudformation', 'constructs._cfn_references', 'constructs._private.l1runtime')\n"
        "before = sorted(m for m in watched if m in sys.modules)\n"
        "from constructs import App, Stack, CfnStack, CfnWaitCondition, CfnWaitConditionHandle\n"
        "app = App(); stack = Stack(app, 'S')\n"
        "handle = CfnWaitConditionHandle(stack, 'Handle')\n"
        "CfnWaitCondition(stack, 'Wait', handle=handle.ref, timeout='60')\n"
        "nested = CfnStack(stack, 'Nested', template_url='https://example.com/t.json')\n"
        "ref = nested.stack_ref\n"
        "template = app.synth().get_stack_artifact('S').template\n"
        "print(json.dumps({'before': before, 'l1': sorted(m for m in sys.modules if m.split('.')[0] in ('l1', 'l2')),\n"
        "  'ref': type(ref).__module__, 'types': sorted(r['Type'] for r in template['Resources'].values())}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    seen = json.loads(out.stdout)
    assert seen == {
        "before": [],
        "l1": [],
        "ref": "constructs._cfn_references",
        "types": [
            "AWS::CloudFormation::Stack",
            "AWS::CloudFormation::WaitCondition",
            "AWS::CloudFormation::WaitConditionHandle",
        ],
    }


def test_a_wrong_object_for_a_reference_is_a_type_error_naming_the_path_and_argument() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(TypeError, match=r"S/Set: CfnStackSet argument 'administration_role_arn' must be str \| IRoleRef"):
        constructs.CfnStackSet(
            stack, "Set", permission_model="SELF_MANAGED", stack_set_name="s", administration_role_arn=object()
        )


def test_an_l1_object_given_for_a_reference_resolves_to_its_field() -> None:
    stack = Stack(App(), "S")
    version = constructs.CfnResourceVersion(
        stack, "Version", schema_handler_package="s3://b/h.zip", type_name="Acme::Demo::Thing"
    )
    default = constructs.CfnResourceDefaultVersion(stack, "Default", type_version_arn=version)
    assert stack.resolve(default.type_version_arn) == {"Ref": "Version"}


def test_schema_constraints_are_checked_on_synthesis() -> None:
    app = App()
    stack = Stack(app, "S")
    constructs.CfnStackSet(stack, "Set", permission_model="SOMETIMES", stack_set_name="s", template_url="https://x")
    with pytest.raises(ValidationError, match="PermissionModel must be one of .*SERVICE_MANAGED.*SELF_MANAGED"):
        app.synth()


def test_props_struct_builds_the_resource() -> None:
    props = constructs.CfnStackProps(template_url="https://example.com/t.json", timeout_in_minutes=5)
    assert props._values == {"template_url": "https://example.com/t.json", "timeout_in_minutes": 5}
    stack = Stack(App(), "S")
    nested = constructs.CfnStack(stack, "Nested", **props._values)
    assert stack.resolve(nested._cfn_render_properties()) == {
        "TemplateURL": "https://example.com/t.json",
        "TimeoutInMinutes": 5,
    }
    with pytest.raises(TypeError, match="missing required keyword argument.*'function_name'"):
        constructs.CfnMacroProps(name="m")


def test_the_parity_gauge_counts_the_cores_own_exports() -> None:
    from tools.parity import gauge

    rec = {"l1": AWS_CDK_L1, "classes": {}}
    types = gauge.l1_resource_types()
    assert gauge.measure_module("aws_cdk", rec, constructs, l1_types=types, l1_exported=True).l1_present == 20
    # a module that exports none of them has none, although l1 has every type
    assert gauge.measure_module("aws_cdk", rec, l1, l1_types=types, l1_exported=True).l1_present == 0
    assert gauge.measure_module("aws_cdk", rec, l1, l1_types=types).l1_present == 20


def test_the_golden_apps_template_passes_cfn_lint() -> None:
    from cfnlint.api import ManualArgs, lint

    # pycdk's template equals this fixture byte for byte (tests/golden/test_golden.py): lint it once
    fixture = ROOT / "tests" / "golden" / "core" / "fixtures" / "core_cfn_l1" / "CoreCfnL1.template.json"
    matches = lint(fixture.read_text(encoding="utf-8"), config=ManualArgs(regions=["us-east-1"]))
    assert [f"{m.rule.id} {m.message}" for m in matches] == []
    resources = json.loads(fixture.read_text(encoding="utf-8"))["Resources"]
    assert {r["Type"] for r in resources.values()} >= set(AWS_CDK_L1.values())  # the app uses all twenty
