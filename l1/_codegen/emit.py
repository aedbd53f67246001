"""Render the model into Python modules with the jinja2 templates in ``templates/``."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from l1._codegen import patches, refs
from l1._codegen.model import Resource, TagInfo, build_all
from l1._codegen.schemas import REGION, SchemaSet

_DESCRIPTORS = {"string": "AttrString", "list": "AttrList", "number": "AttrNumber", "raw": "AttrReference"}
_ALL_DESCRIPTORS = sorted([*_DESCRIPTORS.values(), "LazyTags"])
_TEMPLATES = Path(__file__).parent / "templates"
# Every AWS::Serverless resource adds the SAM transform to its stack, as aws-cdk-lib's aws_sam classes do.
SAM_TRANSFORM = "AWS::Serverless-2016-10-31"
# The namespaces whose L1 classes are the core's (aws-cdk-lib's root module exports them: ``aws_cdk.CfnStack``):
# l1 module -> the core module they are generated into (``l1.<module>`` re-exports it). Their reference classes
# go into the core too (CORE_REFERENCES, with ``IEnvironmentAware``; ``l1._private.interfaces`` re-exports them).
CORE_MODULES = {"cloudformation": "_cfn_cloudformation"}
CORE_REFERENCES = "_cfn_references"
_CORE_RUNTIME = "._private.l1runtime"  # a core module imports the core's L1 runtime relatively, as core modules do


@dataclass
class _Kwarg:
    py_name: str
    cfn_name: str
    hint: str
    required: bool
    doc: str
    value: str = ""  # the expression stored (the argument itself, or its reference resolved)
    attr_hint: str = ""  # the hint of the stored value


@dataclass
class _RefView:
    property: str
    struct: str
    interface: str
    call: str
    arn_for: str = ""
    arn_for_param: str = ""
    arn_for_body: str = ""
    interface_local: str = ""
    factories: list[Any] = field(default_factory=list)


@dataclass
class _ForeignRef:
    """A reference interface of a namespace outside the core, in a hint of a core module: a structural protocol."""

    local: str
    namespace: str
    interface: str
    property: str
    struct: str
    fields: list[str]


@dataclass
class _AttributeView:
    name: str
    py_name: str
    descriptor: str


_CORE_TAG = re.compile(r"\bCfnTag\b(?!\.)")


def _aliased(hint: str, tag_alias: bool) -> str:
    """Refer to the core's ``CfnTag`` as ``_CfnTag`` in a module that defines its own ``CfnTag``."""
    return _CORE_TAG.sub("_CfnTag", hint) if tag_alias else hint


_ANY = re.compile(r"(?<![\w.])Any(?!\w)")


def _typed(hint: str, core: bool) -> str:
    """A hint of a core module: ``object`` where an ``l1`` module says ``Any`` (a JSON value, the values of a property
    type given as a mapping). Callers may pass the same; the core's public API keeps its share of ``Any`` down."""
    return _ANY.sub("object", hint) if core else hint


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        keep_trailing_newline=True,
        autoescape=False,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["aliased"] = _aliased
    env.filters["typed"] = _typed
    return env


def _local_names(resources: list[Resource]) -> dict[tuple[str, str], str]:
    """The names the reference types a module's hints use go by (qualified when two modules share one)."""
    wanted: set[tuple[str, str]] = set()
    for resource in resources:
        info = refs.resource_refs(resource)
        if info is None:
            continue
        wanted.add((info.module, info.struct))
        if info.arn_for is not None:
            wanted.add(info.arn_for.accepts)
        if info.factories:
            wanted.add((info.module, info.interface))
        for prop in info.props.values():
            wanted.update(prop.accepts)
    counts: dict[str, int] = {}
    for _, name in wanted:
        counts[name] = counts.get(name, 0) + 1
    return {key: key[1] if counts[key[1]] == 1 else f"{key[0]}_{key[1]}" for key in sorted(wanted)}


def _import_statements(names: dict[tuple[str, str], str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """``(module, [(name, local name)])`` statements in ruff's order: one per module, one per aliased name."""
    plain: dict[str, list[tuple[str, str]]] = {}
    statements: list[tuple[str, list[tuple[str, str]]]] = []
    for (ref_module, name), local in names.items():
        if name == local:
            plain.setdefault(ref_module, []).append((name, local))
        else:
            statements.append((ref_module, [(name, local)]))
    statements += [(ref_module, sorted(group, key=lambda item: item[0].lower())) for ref_module, group in plain.items()]
    return sorted(statements, key=lambda s: (s[0], s[1][0][0].lower()))


def _ref_hint(hint: str, prop: refs.RefProp, names: dict[tuple[str, str], str]) -> str:
    alternatives = " | ".join(["str", *(names[key] for key in prop.accepts)])
    if prop.is_list:
        if hint != "Sequence[str] | IResolvable":
            raise ValueError(f"a list of references typed {hint!r}")
        return f"Sequence[{alternatives}] | IResolvable"
    if hint != "str":
        raise ValueError(f"a reference typed {hint!r}")
    return alternatives


def _resource_view(resource: Resource, tag_alias: bool, names: dict[tuple[str, str], str]) -> dict[str, Any]:
    tag: TagInfo | None = resource.tag
    info = refs.resource_refs(resource)
    ref_props = info.props if info is not None else {}
    kwargs: list[_Kwarg] = []
    for p in resource.props:
        hint = _aliased(p.type.hint(resource.class_name), tag_alias)
        kwarg = _Kwarg(p.py_name, p.cfn_name, hint, p.required, p.doc, p.py_name, hint)
        prop = ref_props.get(p.py_name)
        if prop is not None:
            kwarg.hint = _ref_hint(hint, prop, names)
            lookups = "(" + ", ".join(f'("{r}", "{f}")' for r, f in prop.lookups) + ",)"
            function = "resolve_list" if prop.is_list else "resolve"
            kwarg.value = f'_refs.{function}(self, "{p.py_name}", {p.py_name}, {lookups}, "{prop.expected}")'
        kwargs.append(kwarg)
    rows: list[tuple[str, str]] = [(p.cfn_name, p.spec()) for p in resource.props]
    if tag is not None:
        hint = _aliased(tag.hint, tag_alias)
        kwargs.append(_Kwarg(tag.py_name, tag.cfn_name, hint, False, "tags of the resource.", tag.py_name, hint))
        rows.append((tag.cfn_name, f'("{tag.cfn_name}", "{tag.py_name}", "j", False, None)'))
    kwargs.sort(key=lambda k: k.cfn_name)
    rows.sort()
    names_used = {k.py_name for k in kwargs}
    ref_view = None
    if info is not None:
        taken = names_used | {a.py_name for a in resource.attributes}
        if info.property in taken:
            raise ValueError(f"{resource.type_name}: {info.property} is also a property or attribute")
        fields = "".join(f"{name}={expression}, " for name, expression in info.fields).removesuffix(", ")
        call = f'_refs.struct("{info.module}", "{info.struct}")({fields})'
        ref_view = _RefView(info.property, names[(info.module, info.struct)], info.interface, call)
        if info.arn_for is not None:
            if info.arn_for.method in taken:
                raise ValueError(f"{resource.type_name}: {info.arn_for.method} is also a property or attribute")
            ref_view.arn_for = info.arn_for.method
            ref_view.arn_for_param = names[info.arn_for.accepts]
            ref_view.arn_for_body = info.arn_for.body
        if info.factories:
            clashes = [f.method for f in info.factories if f.method in taken]
            if clashes:
                raise ValueError(f"{resource.type_name}: {clashes} are also properties or attributes")
            ref_view.interface_local = names[(info.module, info.interface)]
            ref_view.factories = info.factories
    return {
        "type_name": resource.type_name,
        "class_name": resource.class_name,
        "doc": resource.doc,
        "rows": [row for _, row in rows],
        "attributes": [_AttributeView(a.name, a.py_name, _DESCRIPTORS[a.kind]) for a in resource.attributes],
        "property_types": resource.property_types,
        "kwargs": kwargs,
        "tag": tag,
        "ref": ref_view,
        # aws-cdk-lib's Python binding renames a positional parameter that a property keyword shadows.
        "scope_name": "scope_" if "scope" in names_used else "scope",
        "id_name": "id_" if "id" in names_used else "id",
    }


def _references(names: dict[tuple[str, str], str], core: bool) -> dict[str, str]:
    """The module each namespace's reference classes are imported from, in a core module or an ``l1`` one."""
    out = {module: f"l1._private.interfaces.{module}" for module, _ in names}
    if core:
        out.update({module: f"constructs.{CORE_REFERENCES}" for module in out if module in CORE_MODULES})
    return out


def _foreign_refs(names: dict[tuple[str, str], str]) -> list[_ForeignRef]:
    """The protocols a core module declares for the reference interfaces of the other namespaces it names."""
    by_module = {ns.module: ns for ns in refs.namespaces()}
    out: list[_ForeignRef] = []
    for (module, name), local in names.items():
        if module in CORE_MODULES:
            continue
        ns = by_module[module]
        interface = next(i for i in ns.interfaces if i.name == name)
        struct = next(s for s in ns.structs if s.name == interface.struct)
        fields = [f.name for f in struct.fields]
        out.append(_ForeignRef(local, ns.namespace, name, interface.property, interface.struct, fields))
    return out


def _cdk_module(module: str) -> str:
    if module == "sam":
        return "aws_sam"
    return module.rstrip("_") if "_" in module.rstrip("_") else "aws_" + module.rstrip("_")


def generate(schema_set: SchemaSet, out_dir: Path, core_dir: Path | None = None) -> list[Path]:
    """Write every ``<module>.py`` and ``_index.py`` of the L1 layer into ``out_dir``, and the core's L1 modules
    (:data:`CORE_MODULES`) into ``core_dir`` (default: ``constructs`` beside ``out_dir``); return the paths."""
    core_dir = core_dir if core_dir is not None else out_dir.parent / "constructs"
    out_dir.mkdir(parents=True, exist_ok=True)
    env = _environment()
    module_template = env.get_template("module.py.j2")
    reexport_template = env.get_template("core_reexport.py.j2")
    resources = list(build_all(schema_set.schemas))
    written: list[Path] = []
    by_module = itertools.groupby(sorted(resources, key=lambda r: (r.module, r.type_name)), key=lambda r: r.module)
    modules: list[str] = []
    for module, group in by_module:
        members = list(group)
        modules.append(module)
        namespace = "::".join(members[0].type_name.split("::")[:2])
        tag_alias = any(r.class_name == "CfnTag" for r in members)
        names = _local_names(members)
        core = module in CORE_MODULES
        if core and patches.CLASS_ALIASES.get(module):
            raise ValueError(f"{module}: a core module cannot hold aliases of l1 classes")
        foreign = _foreign_refs(names) if core else []
        shown = {key: local for key, local in names.items() if not core or key[0] in CORE_MODULES}
        uses_refs = any(refs.resource_refs(r) is not None for r in members)
        views = [_resource_view(r, tag_alias, names) for r in members]
        for view in views if core else ():
            for kwarg in view["kwargs"]:
                kwarg.hint, kwarg.attr_hint = _typed(kwarg.hint, core), _typed(kwarg.attr_hint, core)
        text = module_template.render(
            version=schema_set.version,
            region=REGION,
            namespace=namespace,
            module=module,
            cdk_module=_cdk_module(module),
            core=core,
            runtime=_CORE_RUNTIME if core else "l1._private",
            # the attribute descriptors imported: those used (a core module is linted as hand-written code is)
            descriptors=sorted({a.descriptor for v in views for a in v["attributes"]}
                               | ({"LazyTags"} if any(v["tag"] for v in views) else set()))
            if core else _ALL_DESCRIPTORS,
            tag_alias=tag_alias,
            required_transform=SAM_TRANSFORM if module == "sam" else "",
            aliases=sorted(patches.CLASS_ALIASES.get(module, {}).items()),
            resources=views,
            type_imports=_import_statements(shown),
            references=_references(names, core),
            foreign_refs=foreign,
            register=core and uses_refs,
            uses_refs=uses_refs,
        )
        if core:
            core_dir.mkdir(parents=True, exist_ok=True)
            core_path = core_dir / f"{CORE_MODULES[module]}.py"
            core_path.write_text(text, encoding="utf-8")
            written.append(core_path)
            text = reexport_template.render(
                version=schema_set.version,
                region=REGION,
                namespace=namespace,
                cdk_module=_cdk_module(module),
                core_module=f"constructs.{CORE_MODULES[module]}",
                resources=views,
            )
        path = out_dir / f"{module}.py"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    index = env.get_template("index.py.j2").render(
        version=schema_set.version, region=REGION, modules=modules, resources=resources
    )
    index_path = out_dir / "_index.py"
    index_path.write_text(index, encoding="utf-8")
    written.append(index_path)
    return written


def generate_interfaces(l1_dir: Path, l2_dir: Path, core_dir: Path | None = None) -> list[Path]:
    """Write ``l1_dir/_private/interfaces/`` (the reference structs and protocols) and their re-exports as
    aws-cdk-lib's ``aws_cdk.interfaces.*``, ``l1_dir/interfaces/`` and ``l2_dir/interfaces/``; the namespaces of
    :data:`CORE_MODULES` and ``IEnvironmentAware`` are defined in ``core_dir`` (default: ``constructs`` beside
    ``l1_dir``), and re-exported by ``l1_dir/_private/interfaces/``. Return the paths."""
    core_dir = core_dir if core_dir is not None else l1_dir.parent / "constructs"
    env = _environment()
    namespaces = refs.namespaces()
    docs = refs.root_docs()
    written: list[Path] = []
    core_references = f"constructs.{CORE_REFERENCES}"
    core_namespaces = [ns for ns in namespaces if ns.module in CORE_MODULES]
    if len(core_namespaces) != 1:
        raise ValueError(f"one core namespace of references expected, got {[ns.module for ns in core_namespaces]}")
    (ns,) = core_namespaces
    core_dir.mkdir(parents=True, exist_ok=True)
    core_path = core_dir / f"{CORE_REFERENCES}.py"
    all_names = sorted([*ns.names, "IEnvironmentAware"], key=str.lower)
    text = env.get_template("interfaces_module.py.j2").render(ns=ns, core=True, docs=docs, all_names=all_names)
    core_path.write_text(text, encoding="utf-8")
    written.append(core_path)
    outputs = (
        (l1_dir / "_private" / "interfaces", "", "l1._private.interfaces"),
        (l1_dir / "interfaces", "l2_", "l1.interfaces"),
        (l2_dir / "interfaces", "l2_", "l2.interfaces"),
    )
    for folder, prefix, package in outputs:
        folder.mkdir(parents=True, exist_ok=True)
        init = folder / "__init__.py"
        text = env.get_template(f"{prefix}interfaces_init.py.j2").render(
            namespaces=namespaces, docs=docs, package=package, core_references=core_references
        )
        init.write_text(text, encoding="utf-8")
        written.append(init)
        template = env.get_template(f"{prefix}interfaces_module.py.j2")
        for ns in namespaces:
            path = folder / f"{ns.module}.py"
            if not prefix and ns.module in CORE_MODULES:
                text = env.get_template("core_interfaces_module.py.j2").render(ns=ns, core_references=core_references)
            else:
                text = template.render(ns=ns, core=False, all_names=ns.names)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


__all__ = ["CORE_MODULES", "CORE_REFERENCES", "SAM_TRANSFORM", "generate", "generate_interfaces"]
