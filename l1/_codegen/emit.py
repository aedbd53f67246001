"""Render the model into Python modules with the jinja2 templates in ``templates/``."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from l1._codegen import patches
from l1._codegen.model import Resource, TagInfo, build_all
from l1._codegen.schemas import REGION, SchemaSet

_DESCRIPTORS = {"string": "AttrString", "list": "AttrList", "number": "AttrNumber", "raw": "AttrReference"}
_TEMPLATES = Path(__file__).parent / "templates"
# Every AWS::Serverless resource adds the SAM transform to its stack, as aws-cdk-lib's aws_sam classes do.
SAM_TRANSFORM = "AWS::Serverless-2016-10-31"


@dataclass
class _Kwarg:
    py_name: str
    cfn_name: str
    hint: str
    required: bool
    doc: str


@dataclass
class _AttributeView:
    name: str
    py_name: str
    descriptor: str


_CORE_TAG = re.compile(r"\bCfnTag\b(?!\.)")


def _aliased(hint: str, tag_alias: bool) -> str:
    """Refer to the core's ``CfnTag`` as ``_CfnTag`` in a module that defines its own ``CfnTag``."""
    return _CORE_TAG.sub("_CfnTag", hint) if tag_alias else hint


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        keep_trailing_newline=True,
        autoescape=False,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["aliased"] = _aliased
    return env


def _resource_view(resource: Resource, tag_alias: bool) -> dict[str, Any]:
    tag: TagInfo | None = resource.tag
    kwargs = [
        _Kwarg(p.py_name, p.cfn_name, _aliased(p.type.hint(resource.class_name), tag_alias), p.required, p.doc)
        for p in resource.props
    ]
    rows: list[tuple[str, str]] = [(p.cfn_name, p.spec()) for p in resource.props]
    if tag is not None:
        kwargs.append(_Kwarg(tag.py_name, tag.cfn_name, _aliased(tag.hint, tag_alias), False, "tags of the resource."))
        rows.append((tag.cfn_name, f'("{tag.cfn_name}", "{tag.py_name}", "j", False, None)'))
    kwargs.sort(key=lambda k: k.cfn_name)
    rows.sort()
    names = {k.py_name for k in kwargs}
    return {
        "type_name": resource.type_name,
        "class_name": resource.class_name,
        "doc": resource.doc,
        "rows": [row for _, row in rows],
        "attributes": [_AttributeView(a.name, a.py_name, _DESCRIPTORS[a.kind]) for a in resource.attributes],
        "property_types": resource.property_types,
        "kwargs": kwargs,
        "tag": tag,
        # aws-cdk-lib's Python binding renames a positional parameter that a property keyword shadows.
        "scope_name": "scope_" if "scope" in names else "scope",
        "id_name": "id_" if "id" in names else "id",
    }


def _cdk_module(module: str) -> str:
    if module == "sam":
        return "aws_sam"
    return module.rstrip("_") if "_" in module.rstrip("_") else "aws_" + module.rstrip("_")


def generate(schema_set: SchemaSet, out_dir: Path) -> list[Path]:
    """Write every ``<module>.py`` and ``_index.py`` of the L1 layer into ``out_dir``; return the paths."""
    env = _environment()
    module_template = env.get_template("module.py.j2")
    resources = list(build_all(schema_set.schemas))
    written: list[Path] = []
    by_module = itertools.groupby(sorted(resources, key=lambda r: (r.module, r.type_name)), key=lambda r: r.module)
    modules: list[str] = []
    for module, group in by_module:
        members = list(group)
        modules.append(module)
        namespace = "::".join(members[0].type_name.split("::")[:2])
        tag_alias = any(r.class_name == "CfnTag" for r in members)
        text = module_template.render(
            version=schema_set.version,
            region=REGION,
            namespace=namespace,
            cdk_module=_cdk_module(module),
            tag_alias=tag_alias,
            required_transform=SAM_TRANSFORM if module == "sam" else "",
            aliases=sorted(patches.CLASS_ALIASES.get(module, {}).items()),
            resources=[_resource_view(r, tag_alias) for r in members],
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


__all__ = ["SAM_TRANSFORM", "generate"]
