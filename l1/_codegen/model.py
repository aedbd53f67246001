"""Turn registry schemas into the model the templates render: resources, property types and attributes.

Type mapping (JSON schema -> runtime spec code -> type hint):

* ``string``/``integer``/``number``/``boolean`` -> ``"s"``/``"i"``/``"n"``/``"b"`` -> ``str``/``int | float``/
  ``bool``; a ``$ref`` to a definition that is not an object with properties is inlined;
* a list of primitive types (``["string", "number"]``) -> ``("u", (...))``;
* ``array`` -> ``("l", item)`` -> ``Sequence[item]``;
* ``object`` with ``properties`` -> ``("p", "<Name>Property")``, a nested property class; an inline object
  is named after the property holding it;
* ``object`` with one ``patternProperties`` schema or a schema ``additionalProperties`` -> ``("m", value)``;
* a ``{Key, Value}`` definition named ``Tag`` -> ``"t"`` (aws-cdk-lib's ``CfnTag``);
* anything else (``object`` without properties, unions with objects, ``oneOf``/``anyOf`` of different
  kinds) -> ``"j"``, JSON emitted verbatim.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from l1._codegen import naming, patches
from l1._codegen.schemas import load_definition_supplement

PRIMITIVES = {"string": "s", "integer": "i", "number": "n", "boolean": "b"}
_HINTS = {"s": "str", "i": "int | float", "n": "int | float", "b": "bool | IResolvable", "j": "Any"}
_CONSTRAINT_KEYS = ("enum", "pattern", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems")


@dataclass(frozen=True)
class TypeRef:
    """A property's type: ``kind`` is a spec code; ``item`` the element type; ``name`` the class name."""

    kind: str
    item: TypeRef | None = None
    name: str = ""
    union: tuple[str, ...] = ()

    def spec(self) -> str:
        """The Python literal of the runtime spec."""
        if self.kind in ("l", "m"):
            assert self.item is not None
            return f'("{self.kind}", {self.item.spec()})'
        if self.kind == "p":
            return f'("p", "{self.name}")'
        if self.kind == "u":
            return '("u", (' + "".join(f'"{code}", ' for code in self.union) + "))"
        return f'"{self.kind}"'

    def hint(self, owner: str) -> str:
        """The type annotation, with ``| IResolvable`` wherever a token may stand."""
        if self.kind == "l":
            assert self.item is not None
            return f"Sequence[{self.item.hint(owner)}] | IResolvable"
        if self.kind == "m":
            assert self.item is not None
            return f"Mapping[str, {self.item.hint(owner)}] | IResolvable"
        if self.kind == "p":
            return f"{owner}.{self.name} | Mapping[str, Any] | IResolvable"
        if self.kind == "t":
            return "CfnTag | Mapping[str, Any] | IResolvable"
        if self.kind == "u":
            return " | ".join(dict.fromkeys(_HINTS[code] for code in self.union))
        return _HINTS[self.kind]


@dataclass
class Prop:
    """One property of a resource or property type."""

    cfn_name: str
    py_name: str
    type: TypeRef
    required: bool
    constraints: dict[str, Any]
    doc: str

    def spec(self) -> str:
        """The runtime table row ``(cfn, py, type, required, constraints)``."""
        cons = repr(self.constraints) if self.constraints else "None"
        return f'("{self.cfn_name}", "{self.py_name}", {self.type.spec()}, {self.required}, {cons})'


@dataclass
class PropertyType:
    """A nested property class (``CfnBucket.VersioningConfigurationProperty``)."""

    definition: str
    class_name: str
    props: list[Prop]
    doc: str


@dataclass
class Attribute:
    """A GetAtt attribute: ``kind`` is ``string``, ``list``, ``number`` or ``raw`` (an IResolvable)."""

    name: str
    py_name: str
    kind: str


@dataclass
class TagInfo:
    """How a taggable resource renders its tags."""

    cfn_name: str
    py_name: str
    tag_type: str
    hint: str


@dataclass
class Resource:
    """One L1 class."""

    type_name: str
    class_name: str
    module: str
    doc: str
    props: list[Prop]
    property_types: list[PropertyType]
    attributes: list[Attribute]
    tag: TagInfo | None
    renamed: dict[str, str] = field(default_factory=dict)


def short_doc(text: Any, limit: int = 160) -> str:
    """The first sentence of a schema description, on one line, at most ``limit`` characters."""
    if not isinstance(text, str):
        return ""
    flat = " ".join(text.split())
    end = flat.find(". ")
    sentence = flat if end < 0 else flat[: end + 1]
    if len(sentence) > limit:
        sentence = sentence[: limit - 3].rstrip() + "..."
    return sentence.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


# Names a generated property may not take because the base classes use them.
RESERVED = frozenset(
    {
        "node", "stack", "ref", "logical_id", "get_att", "cfn_options", "cfn_resource_type",
        "add_override", "add_property_override", "add_deletion_override", "add_dependency",
        "apply_removal_policy", "to_string", "creation_stack", "cfn_properties", "update_resource_properties",
        "CFN_RESOURCE_TYPE_NAME",
    }
)


class _Builder:
    """Builds one resource's model from its schema."""

    def __init__(self, type_name: str, schema: dict[str, Any], extra: dict[str, Any] | None = None) -> None:
        self.type_name = type_name
        self.extra = extra or {"add": [], "definitions": {}}
        if self.extra["definitions"]:
            # The schema's own definitions win: supplement fragments refer to them by name.
            schema = {**schema, "definitions": {**self.extra["definitions"], **schema.get("definitions", {})}}
        self.schema = schema
        self.definitions: dict[str, Any] = schema.get("definitions", {})
        self.class_name = naming.class_name(type_name)
        self.property_types: dict[str, PropertyType] = {}
        self.pending: dict[str, dict[str, Any]] = {}
        self.used_names: dict[str, int] = {}

    # -- schema helpers ---------------------------------------------------------------------------------
    def deref(self, node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        """Follow ``$ref`` chains; return the last definition name and the merged node."""
        name: str | None = None
        seen = 0
        while seen < 20:
            all_of = node.get("allOf")
            if "$ref" not in node and isinstance(all_of, list) and len(all_of) == 1 and isinstance(all_of[0], dict):
                node = {**{k: v for k, v in node.items() if k != "allOf"}, **all_of[0]}
                continue
            if "$ref" not in node:
                break
            ref = node["$ref"]
            target = self.pointer(ref)
            if target is None:
                return name, {}
            if ref.startswith("#/definitions/") and ref.count("/") == 2:
                name = ref.split("/")[2]
            merged = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **{k: v for k, v in merged.items() if k not in ("description",)}}
            seen += 1
        return name, node

    def pointer(self, ref: str) -> dict[str, Any] | None:
        if not ref.startswith("#/"):
            return None
        node: Any = self.schema
        for part in ref[2:].split("/"):
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return node if isinstance(node, dict) else None

    # -- types ------------------------------------------------------------------------------------------
    def type_of(self, node: dict[str, Any], context: str) -> TypeRef:
        defname, node = self.deref(node)
        kind = node.get("type")
        if kind is None:
            if "items" in node:
                kind = "array"
            elif "properties" in node:
                kind = "object"
            else:
                branches = node.get("oneOf") or node.get("anyOf")
                if branches and self.type_name.startswith("AWS::Serverless::"):
                    event_source = self.event_source(branches)
                    if event_source is not None:
                        return event_source
                if branches:
                    # A "or any JSON" branch (cfn-lint's escape hatch for intrinsics) does not change the type.
                    typed = [b for b in branches if isinstance(b, dict) and not self.is_any_json(b)]
                    if len(typed) == 1 and len(branches) > 1:
                        return self.type_of({**{k: v for k, v in node.items() if k not in ("oneOf", "anyOf")}, **typed[0]}, context)
                    merged = self.merged_objects(typed, node)
                    if merged is not None:
                        return TypeRef("p", name=self.property_type(defname, context, merged))
                    kinds = {self.type_of(branch, context) for branch in branches}
                    if len(kinds) == 1:
                        only = kinds.pop()
                        if only.kind in PRIMITIVES.values():
                            return only
                return TypeRef("j")
        if isinstance(kind, list):
            codes = tuple(dict.fromkeys(PRIMITIVES[k] for k in kind if k in PRIMITIVES))
            if len(codes) == len(kind) and codes:
                return TypeRef(codes[0]) if len(codes) == 1 else TypeRef("u", union=codes)
            return TypeRef("j")
        if kind in PRIMITIVES:
            return TypeRef(PRIMITIVES[kind])
        if kind == "array":
            items = node.get("items")
            if not isinstance(items, dict):
                return TypeRef("l", item=TypeRef("j"))
            return TypeRef("l", item=self.type_of(items, context))
        if kind == "object":
            props = node.get("properties")
            if isinstance(props, dict) and props:
                if defname == "Tag" and set(props) == {"Key", "Value"}:
                    return TypeRef("t")
                return TypeRef("p", name=self.property_type(defname, context, node))
            value = self.map_value(node)
            if value is not None:
                return TypeRef("m", item=self.type_of(value, context))
            return TypeRef("j")
        return TypeRef("j")

    def event_source(self, branches: list[Any]) -> TypeRef | None:
        """SAM's event wrappers ``{Type, Properties}`` as aws-cdk-lib's ``EventSourceProperty``."""
        wrappers: list[tuple[str, dict[str, Any]]] = []
        for branch in branches:
            name, node = self.deref(branch) if isinstance(branch, dict) else (None, {})
            if name is None or set(node.get("properties", {})) != {"Type", "Properties"}:
                return None
            wrappers.append((name, node))
        for name, node in wrappers:
            _, inner = self.deref(node["properties"]["Properties"])
            if inner.get("properties"):
                self.property_type(name, name, inner)
        source = {
            "description": "An event that triggers the resource: its type and the properties of that type.",
            "properties": {"Properties": {}, "Type": {"type": "string"}},
            "required": ["Properties", "Type"],
        }
        return TypeRef("p", name=self.property_type(patches.SAM_EVENT_SOURCE, "", source))

    def merged_objects(self, branches: list[dict[str, Any]], node: dict[str, Any]) -> dict[str, Any] | None:
        """One object with the properties of every branch, when every branch is an object with properties.

        aws-cdk-lib models such a union as one struct holding the properties of all the alternatives.
        """
        merged: dict[str, Any] = {}
        for branch in branches:
            _, resolved = self.deref(branch)
            props = resolved.get("properties")
            if resolved.get("type", "object") != "object" or not isinstance(props, dict) or not props:
                return None
            for name, value in props.items():
                merged.setdefault(name, value)
        if not merged:
            return None
        return {"description": node.get("description"), "properties": merged, "required": []}

    def is_any_json(self, node: dict[str, Any]) -> bool:
        """Whether a schema accepts any object (no properties, no value schema)."""
        _, node = self.deref(node)
        kinds = node.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "object" not in kinds or node.get("properties") or "items" in node:
            return False
        return self.map_value(node) is None

    @staticmethod
    def map_value(node: dict[str, Any]) -> dict[str, Any] | None:
        patterns = node.get("patternProperties")
        if isinstance(patterns, dict) and len(patterns) == 1:
            value = next(iter(patterns.values()))
            return value if isinstance(value, dict) else None
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra and not patterns:
            return extra
        return None

    def property_type(self, definition: str | None, context: str, node: dict[str, Any]) -> str:
        """Register the property type of a definition (or of an inline object) and return its class name."""
        if definition is not None:
            key = patches.definition_name(self.type_name, definition)
        else:
            # An inline object is named after the property holding it, made unique if that name is taken.
            key = context[:1].upper() + context[1:]
            index = 2
            while key in self.pending and self.pending[key] != node:
                key = f"{context}{index}"
                index += 1
        if key not in self.pending:
            self.pending[key] = node
            class_name = naming.property_class_name(key)
            property_type = PropertyType(key, class_name, [], short_doc(node.get("description")))
            self.property_types[key] = property_type
            property_type.props = self.props_of(node, set(node.get("required", [])), None)
        return self.property_types[key].class_name

    def add_supplement(self) -> None:
        """Classes for the property types aws-cdk-lib keeps beyond the schema (``supplement/definitions.json``)."""
        have = {p.class_name for p in self.property_types.values()}
        for name in self.extra["add"]:
            class_name = naming.property_class_name(name)
            if class_name in have or name in self.pending:
                continue
            node = self.extra["definitions"][name]
            self.pending[name] = node
            property_type = PropertyType(name, class_name, [], short_doc(node.get("description")))
            self.property_types[name] = property_type
            property_type.props = self.props_of(node, set(node.get("required", [])), None)
            have.add(class_name)

    @staticmethod
    def constraints(node: dict[str, Any]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key in _CONSTRAINT_KEYS:
            value = node.get(key)
            if value is None:
                continue
            if key == "enum":
                if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
                    continue
                value = tuple(value)
            found[key] = value
        if "const" in node and "enum" not in found and isinstance(node["const"], str | int | float):
            found["enum"] = (node["const"],)
        return found

    def props_of(self, node: dict[str, Any], required: set[str], skip: set[str] | None) -> list[Prop]:
        result: list[Prop] = []
        seen_py: set[str] = set()
        for cfn_name in sorted(node.get("properties", {})):
            if skip and cfn_name in skip:
                continue
            raw = node["properties"][cfn_name]
            if not isinstance(raw, dict):
                continue
            type_ref = self.type_of(raw, cfn_name)
            _, resolved = self.deref(raw)
            constraint_node = resolved
            if type_ref.kind == "l" and isinstance(resolved.get("items"), dict):
                # Length and value limits of the items are checked on each item.
                constraint_node = {k: v for k, v in resolved.items() if k in ("minItems", "maxItems")}
                item_cons = self.constraints(self.deref(resolved["items"])[1])
                if item_cons and type_ref.item is not None and type_ref.item.kind in "sinb":
                    constraint_node = {**constraint_node, "items": item_cons}
            cons = self.constraints(constraint_node) if type_ref.kind not in ("p", "t", "j") else {}
            if "items" in constraint_node and isinstance(constraint_node["items"], dict):
                cons["items"] = constraint_node["items"]
            py_name = naming.kwarg_name(cfn_name)
            while py_name in seen_py:
                py_name += "_"
            seen_py.add(py_name)
            doc = short_doc(raw.get("description") or resolved.get("description"))
            result.append(Prop(cfn_name, py_name, type_ref, cfn_name in required, cons, doc))
        return result

    # -- resource ---------------------------------------------------------------------------------------
    def nested_attributes(self, paths: list[str]) -> list[str]:
        """``Outer.Inner`` attributes for the scalar members of a read-only object attribute."""
        found: list[str] = []
        for path in paths:
            node: dict[str, Any] = {"properties": self.schema.get("properties", {})}
            for part in path.split("."):
                _, node = self.deref(node)
                node = node.get("properties", {}).get(part, {})
            _, node = self.deref(node) if isinstance(node, dict) else (None, {})
            for name in node.get("properties", {}) if node.get("type", "object") == "object" else ():
                if self.attribute_kind(f"{path}.{name}") != "raw":
                    found.append(f"{path}.{name}")
        return found

    def legacy_attributes(self) -> list[str]:
        """Writable properties that Fn::GetAtt also reads (see :mod:`l1._codegen.patches`)."""
        properties = self.schema.get("properties", {})
        if self.type_name in patches.GETATT_ALL_PROPERTY_TYPES:
            return [name for name in properties if self.attribute_kind(name) != "raw"]
        return [name for name in patches.GETATT_EXTRA_PROPERTIES.get(self.type_name, []) if name in properties]

    def read_only(self) -> tuple[set[str], list[str]]:
        top: set[str] = set()
        attributes: list[str] = []
        for pointer in self.schema.get("readOnlyProperties", []):
            parts = pointer.split("/")[2:]
            if not parts or "*" in parts:
                continue
            if len(parts) == 1:
                top.add(parts[0])
            attributes.append(".".join(parts))
        return top, attributes

    def attribute_kind(self, path: str) -> str:
        node: dict[str, Any] = {"properties": self.schema.get("properties", {})}
        for part in path.split("."):
            _, node = self.deref(node)
            node = node.get("properties", {}).get(part, {})
            if not isinstance(node, dict):
                return "raw"
        _, node = self.deref(node)
        kind = node.get("type")
        if kind in ("string", None) and "properties" not in node and "items" not in node:
            return "string"
        if kind in ("integer", "number"):
            return "number"
        if kind == "array":
            _, items = self.deref(node.get("items", {}) if isinstance(node.get("items"), dict) else {})
            return "list" if items.get("type") == "string" else "raw"
        return "raw"

    def tag_info(self, writable: dict[str, Any]) -> TagInfo | None:
        """The tagging style, decided from the shape of the schema's tag property.

        * a list of ``{Key, Value}`` objects -> ``STANDARD`` (whatever the item definition is called);
        * a map of strings, or a JSON-typed tag property (``object``, ``["object", "string"]``; Glue, DAX,
          SAM) -> ``MAP``;
        * ``AWS::AutoScaling::AutoScalingGroup`` -> ``AUTOSCALING_GROUP`` (its items add PropagateAtLaunch);
        * ``KEY_VALUE`` is never used: aws-cdk-lib's generated L1s do not use it either (only hand-written L2s,
          e.g. the EC2 launch template and CodeArtifact domain);
        * not taggable: ``tagging.taggable`` is false, there is no tag property (``AWS::IAM::InstanceProfile``),
          or it has another shape (``AWS::CloudFront::AnycastIpList``'s ``{Items: [...]}``); the property
          then stays an ordinary keyword argument.

        The tag property is ``tagging.tagProperty`` (default ``/properties/Tags``), so a type may keep its own
        name for it (``HostedZoneTags`` -> ``hosted_zone_tags`` and ``hosted_zone_tags_raw``).
        """
        tagging = self.schema.get("tagging", {})
        if self.type_name.startswith("AWS::Serverless::"):
            tag_property = "Tags"
        elif tagging.get("taggable", True) is False:
            return None
        else:
            tag_property = tagging.get("tagProperty", "/properties/Tags").split("/")[-1]
        node = writable.get(tag_property)
        if not isinstance(node, dict):
            return None
        _, node = self.deref(node)
        py_name = naming.kwarg_name(tag_property)
        kind = node.get("type")
        if kind == "array":
            _, item = self.deref(node.get("items", {}))
            keys = set(item.get("properties", {}))
            if self.type_name == "AWS::AutoScaling::AutoScalingGroup":
                hint = self.type_of(writable[tag_property], tag_property).hint(self.class_name)
                return TagInfo(tag_property, py_name, "AUTOSCALING_GROUP", hint.removesuffix(" | IResolvable"))
            if keys == {"Key", "Value"} or not keys:
                hint = "Sequence[CfnTag | Mapping[str, Any]]"
                item_type = self.type_of(writable[tag_property], tag_property).item
                if item_type is not None and item_type.kind == "p":
                    # A differently named {Key, Value} definition keeps its own class, as in aws-cdk-lib.
                    hint = f"Sequence[{self.class_name}.{item_type.name} | Mapping[str, Any]]"
                return TagInfo(tag_property, py_name, "STANDARD", hint)
            return None
        if kind in ("object", ["object", "string"], None) and "properties" not in node:
            return TagInfo(tag_property, py_name, "MAP", "Mapping[str, str]")
        return None

    def build(self) -> Resource:
        schema = self.schema
        top_read_only, attribute_paths = self.read_only()
        properties = schema.get("properties", {})
        legacy = set(patches.LEGACY_WRITABLE.get(self.type_name, ()))
        writable = {name: node for name, node in properties.items() if name not in top_read_only or name in legacy}
        tag = self.tag_info(writable)
        skip = {tag.cfn_name} if tag else set()
        props = self.props_of({"properties": writable}, set(schema.get("required", [])), skip)
        # aws-cdk-lib also has classes for the types of read-only properties.
        self.props_of({"properties": {k: v for k, v in properties.items() if k in top_read_only}}, set(), None)
        self.add_supplement()
        renamed: dict[str, str] = {}
        reserved = RESERVED | {"tags"} if tag else RESERVED
        for prop in props:
            if prop.py_name in reserved:
                renamed[prop.cfn_name] = prop.py_name + "_"
                prop.py_name += "_"
        attributes: list[Attribute] = []
        seen: set[str] = set()
        for path in attribute_paths + self.nested_attributes(attribute_paths) + self.legacy_attributes():
            py_name = naming.attribute_name(path)
            if py_name in seen:
                continue
            seen.add(py_name)
            attributes.append(Attribute(path, py_name, self.attribute_kind(path)))
        attributes.sort(key=lambda a: a.py_name)
        return Resource(
            type_name=self.type_name,
            class_name=self.class_name,
            module=naming.module_name(self.type_name),
            doc=short_doc(schema.get("description")) or f"Definition of {self.type_name}.",
            props=props,
            property_types=sorted(self.property_types.values(), key=lambda p: p.class_name),
            attributes=attributes,
            tag=tag,
            renamed=renamed,
        )


def build_resource(type_name: str, schema: dict[str, Any], extra: dict[str, Any] | None = None) -> Resource:
    """The model of one resource type; ``extra`` adds property types (``{"add": [...], "definitions": {...}}``)."""
    return _Builder(type_name, schema, extra).build()


def default_supplement() -> dict[str, dict[str, Any]]:
    """The committed ``supplement/definitions.json`` with :data:`patches.MANUAL_DEFINITIONS` merged in."""
    merged = {name: dict(entry) for name, entry in load_definition_supplement().items()}
    for type_name, definitions in patches.MANUAL_DEFINITIONS.items():
        entry = merged.setdefault(type_name, {"add": [], "definitions": {}})
        entry["add"] = sorted({*entry["add"], *definitions})
        entry["definitions"] = {**entry["definitions"], **definitions}
    return merged


def build_all(
    schemas: dict[str, dict[str, Any]], supplement: dict[str, dict[str, Any]] | None = None
) -> Iterator[Resource]:
    """Models of every resource type, in type-name order (``supplement``: :func:`default_supplement`)."""
    extra = default_supplement() if supplement is None else supplement
    for type_name, schema in sorted(schemas.items()):
        yield build_resource(type_name, schema, extra.get(type_name))
