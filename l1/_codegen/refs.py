"""The resource references (``aws_cdk.interfaces.*``) the templates render, from ``supplement/references.json``.

* :class:`Namespace`: one ``l1/interfaces/<module>.py`` (and its ``l2/interfaces/<module>.py`` re-export): the
  ``XxxReference`` structs and the ``IXxxRef`` protocols of one aws-cdk-lib namespace;
* :class:`ResourceRefs`: what one L1 class gains: its ``xxx_ref`` property (the Python expression of each field)
  and its ref-accepting properties (the interfaces each accepts and the ``(ref property, field)`` lookups tried).

The JSON is written by :mod:`l1._codegen.cdk_refs` from the oracle's jsii bundle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from l1._codegen.model import Resource, short_doc
from l1._codegen.schemas import SUPPLEMENT

REFERENCES = SUPPLEMENT / "references.json"


def module_name(namespace: str) -> str:
    """The pycdk module of an aws-cdk-lib namespace (``aws_s3`` -> ``s3``, ``aws_lambda`` -> ``lambda_``)."""
    name = namespace.removeprefix("aws_")
    return name + "_" if name == "lambda" else name


@dataclass
class StructField:
    name: str
    doc: str


@dataclass
class Struct:
    name: str
    doc: str
    fields: list[StructField]


@dataclass
class Interface:
    name: str
    doc: str
    property: str
    property_doc: str
    struct: str


@dataclass
class Namespace:
    """One ``aws_cdk.interfaces.<namespace>`` module."""

    namespace: str
    module: str
    structs: list[Struct]
    interfaces: list[Interface]

    @property
    def names(self) -> list[str]:
        return sorted([s.name for s in self.structs] + [i.name for i in self.interfaces], key=str.lower)


@dataclass
class RefProp:
    """A property that takes a reference: ``accepts`` are ``(module, interface)``; ``lookups`` ``(ref, field)``."""

    py_name: str
    is_list: bool
    accepts: list[tuple[str, str]]
    lookups: list[tuple[str, str]]
    expected: str = ""


@dataclass
class ResourceRefs:
    """The reference side of one L1 class."""

    module: str
    interface: str
    struct: str
    property: str
    fields: list[tuple[str, str]]  # (field, Python expression)
    props: dict[str, RefProp] = field(default_factory=dict)
    arn_for: ArnFor | None = None
    factories: list[Factory] = field(default_factory=list)


@dataclass
class Factory:
    """A static ``from_xxx_arn(scope, id, arn)`` (or ``_name``/``_id``) returning an imported ``IXxxRef``."""

    method: str
    parameter: str
    call: str


@dataclass
class ArnFor:
    """The static ``arn_for_xxx(resource)``: ``accepts`` is ``(module, interface)``; ``body`` its return expression."""

    method: str
    accepts: tuple[str, str]
    body: str


@cache
def load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(REFERENCES.read_text(encoding="utf-8"))
    return data


def namespaces() -> list[Namespace]:
    """Every namespace of ``aws_cdk.interfaces``, by module name."""
    out: list[Namespace] = []
    for namespace, entries in load()["namespaces"].items():
        structs = [
            Struct(name, short_doc(info["doc"], 300), [StructField(f, short_doc(doc, 300)) for f, doc in info["fields"]])
            for name, info in sorted(entries["structs"].items())
        ]
        interfaces = [
            Interface(name, short_doc(info["doc"], 300), info["property"], short_doc(info["property_doc"], 300), info["struct"])
            for name, info in sorted(entries["interfaces"].items())
        ]
        out.append(Namespace(namespace, module_name(namespace), structs, interfaces))
    return sorted(out, key=lambda n: n.module)


def root_docs() -> dict[str, str]:
    """Summaries of ``aws_cdk.interfaces.IEnvironmentAware`` and ``ResourceEnvironment``."""
    return {name: short_doc(doc, 300) for name, doc in load()["root"].items()}


def _expression(resource: Resource, kind: list[Any]) -> str:
    if kind[0] == "ref":
        return "self.ref"
    if kind[0] == "split":
        return f"_refs.part(self, {kind[1]})"
    names = {a.py_name for a in resource.attributes} if kind[0] == "attr" else {p.py_name for p in resource.props}
    if kind[1] not in names:
        raise ValueError(f"{resource.type_name}: no {kind[0]} {kind[1]!r} for its reference")
    return f"self.{kind[1]}"


def resource_refs(resource: Resource) -> ResourceRefs | None:
    """The ``xxx_ref`` property and ref-accepting properties of one L1 class (``None``: aws-cdk-lib has none)."""
    record = load()["resources"].get(resource.type_name)
    if record is None or "implements" not in record:
        return None
    namespace, interface = record["implements"]
    info = load()["namespaces"][namespace]["interfaces"][interface]
    refs = ResourceRefs(
        module=module_name(namespace),
        interface=interface,
        struct=info["struct"],
        property=info["property"],
        fields=[(name, _expression(resource, kind)) for name, kind in record["fields"]],
    )
    arn_for = record.get("arn_for")
    if arn_for is not None:
        if "lookup" in arn_for:
            ref_property, field_name = arn_for["lookup"]
            body = f"resource.{ref_property}.{field_name}"
        else:
            values = {
                key: tuple(value[1:]) if value[0] == "ref" else value[0]
                for key, value in sorted(arn_for["values"].items())
                if "${" + key + "}" in arn_for["template"]
            }
            body = f'_refs.interpolate("{arn_for["template"]}", resource, {values!r})'
        refs.arn_for = ArnFor(arn_for["method"], (module_name(arn_for["accepts"][0]), arn_for["accepts"][1]), body)
    for factory in record.get("factories", []):
        fields = tuple((name, tuple(source)) for name, source in factory["fields"])
        call = (
            f'_refs.imported(scope, id, {factory["parameter"]}, "{refs.module}", "{refs.struct}", "{refs.property}", '
            f'"{factory["kind"]}", {factory.get("template")!r}, {factory.get("variable")!r}, {fields!r})'
        )
        refs.factories.append(Factory(factory["method"], factory["parameter"], call))
    py_names = {p.py_name for p in resource.props}
    for name, prop in record.get("props", {}).items():
        py_name = name if name in py_names else name + "_"
        if py_name not in py_names:
            raise ValueError(f"{resource.type_name}: no property {name!r} to take a reference")
        accepts = [(module_name(ns), iface) for ns, iface in prop["accepts"]]
        expected = " | ".join(["str", *(iface for _, iface in accepts)])
        refs.props[py_name] = RefProp(
            py_name, prop["list"], accepts, [(r, f) for r, f in prop["lookups"]], expected
        )
    return refs


__all__ = ["ArnFor", "Factory", "Namespace", "RefProp", "ResourceRefs", "load", "module_name", "namespaces", "resource_refs", "root_docs"]
