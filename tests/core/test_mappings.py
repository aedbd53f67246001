"""CfnMapping (cdk-facts §10): eager and lazy mappings, lookups, defaults and cross-stack copies."""

from __future__ import annotations

import pytest
from _core_support import template_of, user_sections

from constructs import App, CfnMapping, CfnParameter, CfnResource, Stack

MAPPING = {"k1": {"k2": "val", "other": "x"}, "top": {"k2": "second"}}


def _use(stack: Stack, value: object) -> None:
    CfnResource(stack, "User", type="Custom::User", properties={"V": value})


def test_eager_mapping_is_always_rendered_in_insertion_order(stack: Stack) -> None:
    CfnMapping(stack, "Map", mapping={"b": {"y": 1, "x": 2}, "a": {"z": 3}})
    mappings = user_sections(stack)["Mappings"]
    assert mappings == {"Map": {"b": {"y": 1, "x": 2}, "a": {"z": 3}}}
    assert list(mappings["Map"]) == ["b", "a"]


def test_eager_find_in_map_with_literal_keys_is_still_a_find_in_map(stack: Stack) -> None:
    m = CfnMapping(stack, "Map", mapping=MAPPING)
    _use(stack, m.find_in_map("k1", "k2"))
    template = user_sections(stack)
    assert template["Resources"]["User"]["Properties"] == {"V": {"Fn::FindInMap": ["Map", "k1", "k2"]}}
    assert template["Mappings"] == {"Map": MAPPING}
    infos = [m.data for m in m.node.metadata if m.type == "aws:cdk:info"]
    assert len(infos) == 1
    assert "lazy" in infos[0]


def test_lazy_mapping_with_literal_keys_is_inlined_and_not_rendered(stack: Stack) -> None:
    m = CfnMapping(stack, "Map", mapping=MAPPING, lazy=True)
    value = m.find_in_map("k1", "k2")
    assert value == "val"
    _use(stack, value)
    assert "Mappings" not in template_of(stack)


def test_lazy_mapping_with_a_token_key_is_rendered(stack: Stack) -> None:
    m = CfnMapping(stack, "Map", mapping=MAPPING, lazy=True)
    p = CfnParameter(stack, "Key")
    _use(stack, m.find_in_map("k1", p.value_as_string))
    template = user_sections(stack)
    assert template["Mappings"] == {"Map": MAPPING}
    assert template["Resources"]["User"]["Properties"] == {"V": {"Fn::FindInMap": ["Map", "k1", {"Ref": "Key"}]}}


def test_unused_lazy_mapping_is_not_rendered(stack: Stack) -> None:
    CfnMapping(stack, "Map", mapping=MAPPING, lazy=True)
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    assert "Mappings" not in template_of(stack)


@pytest.mark.parametrize("lazy", [False, True])
def test_fails_missing_top_level_key(stack: Stack, lazy: bool) -> None:
    m = CfnMapping(stack, "Map", mapping=MAPPING, lazy=lazy)
    with pytest.raises(RuntimeError, match="Mapping doesn't contain top-level key 'x'"):
        m.find_in_map("x", "k2")


@pytest.mark.parametrize("lazy", [False, True])
def test_fails_missing_second_level_key(stack: Stack, lazy: bool) -> None:
    m = CfnMapping(stack, "Map", mapping=MAPPING, lazy=lazy)
    with pytest.raises(RuntimeError, match="Mapping doesn't contain second-level key 'y'"):
        m.find_in_map("k1", "y")


def test_missing_key_with_a_default_gives_a_default_value_and_the_transform(stack: Stack) -> None:
    m = CfnMapping(stack, "Map", mapping=MAPPING)
    _use(stack, m.find_in_map("k1", "missing", "fallback"))
    template = template_of(stack)
    assert template["Resources"]["User"]["Properties"] == {
        "V": {"Fn::FindInMap": ["Map", "k1", "missing", {"DefaultValue": "fallback"}]}
    }
    transform = template["Transform"]
    assert (transform if isinstance(transform, list) else [transform]) == ["AWS::LanguageExtensions"]


def test_set_value_adds_entries(stack: Stack) -> None:
    m = CfnMapping(stack, "Map")
    m.set_value("a", "b", "c")
    assert user_sections(stack)["Mappings"] == {"Map": {"a": {"b": "c"}}}


def test_mapping_used_from_another_stack_is_copied(app: App) -> None:
    a = Stack(app, "A")
    b = Stack(app, "B")
    m = CfnMapping(a, "Map", mapping=MAPPING)
    p = CfnParameter(b, "Key")
    _use(b, m.find_in_map("k1", p.value_as_string))
    assembly = app.synth()
    copy_id = "MappingCopyMap" + m.node.addr
    template = assembly.get_stack_artifact("B").template
    assert template["Mappings"] == {copy_id: MAPPING}
    assert template["Resources"]["User"]["Properties"] == {"V": {"Fn::FindInMap": [copy_id, "k1", {"Ref": "Key"}]}}
