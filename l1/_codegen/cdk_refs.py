"""Write ``supplement/references.json``: aws-cdk-lib's resource references (``aws_cdk.interfaces.*``).

aws-cdk-lib 2.275 generates, for (nearly) every CloudFormation resource type, an interface ``IBucketRef`` (a
construct with a ``bucket_ref`` property) and a struct ``BucketReference`` (``bucket_name``, ``bucket_arn``) in
``aws_cdk.interfaces.aws_s3``; every L1 class implements its interface (``CfnBucket.bucket_ref``), and the L1
properties that name another resource accept such an object (``CfnBucketPolicy(bucket=cfn_bucket)``). This tool
reads the facts from the jsii bundle of the oracle:

* the type system (``.jsii``): the interfaces, the structs and their fields, with their summaries, and the
  type of every ``Cfn*Props`` property that takes a reference (``string | IBucketRef``, lists of those);
* the compiled L1 classes (``*.generated.js``): what each ``*Ref`` getter returns (``this.ref``, an
  ``attr*`` attribute, a property of the resource, or a part of a ``|``-joined ``Ref``), which field of the
  reference each ref-accepting property reads, in the order aws-cdk-lib tries them, and which field the static
  ``arnForXxx(resource)`` returns.

Python names follow jsii's camelCase-to-snake_case rule (:func:`snake`). Run it by hand when the oracle
changes (the generator reads only the committed JSON)::

    python -m l1._codegen.cdk_refs .venvs/oracle/lib/python3.11/site-packages/aws_cdk/_jsii/aws-cdk-lib@2.275.0.jsii.tgz
    python -m l1._codegen
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tarfile
from pathlib import Path
from typing import Any

from l1._codegen.schemas import SUPPLEMENT

PREFIX = "aws-cdk-lib.interfaces."
_CLASS = re.compile(r'class (Cfn\w+) extends cdk\(\)\.CfnResource\{static\[JSII_RTTI_SYMBOL_1\]=\{fqn:"([^"]+)"')
_TYPE_NAME = re.compile(r'static CFN_RESOURCE_TYPE_NAME="([^"]+)"')
_GETTER = re.compile(r"get (\w+Ref)\(\)\{return\{([^}]*)\}\}")
_SPLIT = re.compile(r'^cdk\(\)\.Fn\.select\((\d+),cdk\(\)\.Fn\.split\("\|",this\.ref\)\)$')
_ASSIGN = re.compile(
    r"this\._(\w+)=(cdk\(\)\.mapArrayInPlace\(props\.\w+,item=>)?"
    r'((?:cdk\(\)\.getRefProperty\((?:props\.\w+|item)\?\.\w+,"\w+"\)\?\?)+)'
    r"cdk\(\)\.ensureStringOrUndefined\("
)
_ARN_FOR = re.compile(r"static (arnFor\w+)\(resource\)\{(?:(?!static ).)*?return (resource\.\w+\.\w+|new\(cfn_parse\(\)\)\.TemplateString\(\"[^\"]*\"\)\.interpolate\(\{[^}]*\}\))\}")
_TEMPLATE = re.compile(r'new\(cfn_parse\(\)\)\.TemplateString\("([^"]*)"\)\.interpolate\(\{([^}]*)\}\)')
_ENVIRONMENT = {
    "cdk().Stack.of(resource).partition": ["partition"],
    "resource.env.region": ["region"],
    "resource.env.account": ["account"],
}
_FACTORY = re.compile(
    r"static (from\w+)\(scope,id,(\w+)\)\{class Import extends cdk\(\)\.Resource\{(\w+);"
    r"constructor\(scope2,id2,(\w+)\)\{(.*?)\}\}return new Import\(scope,id,\w+\)\}"
)
_FROM_ARN = re.compile(
    r'super\(scope2,id2,\{environmentFromArn:\w+\}\);const variables=new\(cfn_parse\(\)\)\.TemplateString\("([^"]*)"\)'
    r"\.parse\(\w+\);this\.\w+=\{([^}]*)\}$"
)
_FROM_TEMPLATE = re.compile(
    r'const arn=new\(cfn_parse\(\)\)\.TemplateString\("([^"]*)"\)\.interpolate\(\{([^}]*)\}\);'
    r"super\(scope2,id2,\{environmentFromArn:arn\}\),this\.\w+=\{([^}]*)\}$"
)
_FROM_VALUE = re.compile(r"super\(scope2,id2\),this\.\w+=\{([^}]*)\}$")
_LOOKUP = re.compile(r'cdk\(\)\.getRefProperty\((?:props\.\w+|item)\?\.(\w+),"(\w+)"\)')


def snake(name: str) -> str:
    """jsii's Python name of a camelCase name (``s3BucketName`` -> ``s3_bucket_name``, ``attrArn`` -> ``attr_arn``)."""
    text = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    text = re.sub(r"([A-Z]+)([A-Z][a-z]+)", r"\1_\2", text)
    return text.lower()


def _summary(entry: dict[str, Any]) -> str:
    return " ".join(str(entry.get("docs", {}).get("summary", "")).split())


def _expression(text: str) -> list[Any]:
    """A getter's field value: ``["ref"]``, ``["attr", py]``, ``["prop", py]`` or ``["split", index]``."""
    if text == "this.ref":
        return ["ref"]
    split = _SPLIT.match(text)
    if split:
        return ["split", int(split.group(1))]
    if text.startswith("this.attr"):
        return ["attr", snake(text[5:])]
    if text.startswith("this."):
        return ["prop", snake(text[5:])]
    raise ValueError(f"unknown reference expression {text!r}")


def _fields(body: str) -> list[list[Any]]:
    """``bucketName:this.ref,bucketArn:this.attrArn`` -> ``[["bucket_name", ["ref"]], ...]``."""
    out: list[list[Any]] = []
    depth = 0
    start = 0
    parts: list[str] = []
    for index, char in enumerate(body):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(body[start:index])
            start = index + 1
    if body[start:]:
        parts.append(body[start:])
    for part in parts:
        key, _, value = part.partition(":")
        out.append([snake(key), _expression(value)])
    return out


def _factory(match: re.Match[str]) -> dict[str, Any] | None:
    """A static ``fromXxxArn``/``fromXxxName``/``fromXxxId`` of an L1 class: how its imported reference is made.

    ``kind``: ``arn`` (the reference's fields parsed from the ARN with ``template``), ``template`` (the ARN built
    from ``template``: ``Partition``/``Region``/``Account`` of the scope's stack, ``variable`` the argument), or
    ``value`` (the argument is the one field). ``fields``: ``[name, ["argument"] | ["arn"] | ["variable", V]]``.
    """
    argument = match.group(4)
    body = match.group(5)
    out: dict[str, Any] = {"method": snake(match.group(1)), "parameter": snake(match.group(2))}
    from_arn, from_template, from_value = _FROM_ARN.match(body), _FROM_TEMPLATE.match(body), _FROM_VALUE.match(body)
    if from_arn is not None:
        out.update(kind="arn", template=from_arn.group(1))
        fields = from_arn.group(2)
    elif from_template is not None:
        variables = [k for k, _, v in (p.partition(":") for p in from_template.group(2).split(",")) if v == argument]
        out.update(kind="template", template=from_template.group(1), variable=variables[0])
        fields = from_template.group(3)
    elif from_value is not None:
        out["kind"] = "value"
        fields = from_value.group(1)
    else:
        return None
    parsed: list[list[Any]] = []
    for part in fields.split(","):
        name, _, expression = part.partition(":")
        if expression == argument:
            parsed.append([snake(name), ["argument"]])
        elif expression == "arn":
            parsed.append([snake(name), ["arn"]])
        elif expression.startswith("variables."):
            parsed.append([snake(name), ["variable", expression[len("variables."):]]])
        else:
            raise ValueError(f"unknown field expression {expression!r} in {match.group(1)}")
    out["fields"] = parsed
    return out


def _namespace(fqn: str) -> str:
    return fqn[len(PREFIX):].rsplit(".", 1)[0]


def read_bundle(tgz: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The jsii type system and the text of every ``*.generated.js`` of the bundle."""
    types: dict[str, Any] = {}
    scripts: dict[str, str] = {}
    with tarfile.open(tgz) as archive:
        for member in archive:
            if member.name == "package/.jsii.gz":
                data = archive.extractfile(member)
                assert data is not None
                types = json.loads(gzip.decompress(data.read()))["types"]
            elif member.name.endswith(".generated.js") and "/lib/" in member.name:
                data = archive.extractfile(member)
                assert data is not None
                text = data.read().decode("utf-8")
                if "CFN_RESOURCE_TYPE_NAME" in text:
                    scripts[member.name] = text
    return types, scripts


def _interfaces(types: dict[str, Any]) -> dict[str, Any]:
    """``{namespace: {"interfaces": {...}, "structs": {...}}}`` of ``aws_cdk.interfaces.*``."""
    out: dict[str, Any] = {}
    for fqn, entry in sorted(types.items()):
        if not fqn.startswith(PREFIX) or fqn.count(".") != 3:
            continue
        space = out.setdefault(_namespace(fqn), {"interfaces": {}, "structs": {}})
        name = entry["name"]
        if entry.get("datatype"):
            fields = [[snake(p["name"]), _summary(p)] for p in entry.get("properties", [])]
            space["structs"][name] = {"doc": _summary(entry), "fields": fields}
        else:
            (prop,) = entry["properties"]
            struct = prop["type"]["fqn"]
            assert _namespace(struct) == _namespace(fqn), fqn
            space["interfaces"][name] = {
                "doc": _summary(entry),
                "property": snake(prop["name"]),
                "property_doc": _summary(prop),
                "struct": struct.rsplit(".", 1)[1],
            }
    return out


def _union(type_ref: dict[str, Any]) -> tuple[bool, list[str]]:
    """Whether a property type is a list, and the interface fqns of its union."""
    is_list = "collection" in type_ref
    if is_list:
        type_ref = type_ref["collection"]["elementtype"]
    members = type_ref.get("union", {}).get("types", [])
    return is_list, [m["fqn"] for m in members if m.get("fqn", "").startswith(PREFIX)]


def _resources(types: dict[str, Any], scripts: dict[str, str], interfaces: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path, text in sorted(scripts.items()):
        heads = list(_CLASS.finditer(text))
        for index, head in enumerate(heads):
            body = text[head.end(): heads[index + 1].start() if index + 1 < len(heads) else len(text)]
            class_fqn = head.group(2)
            type_name = _TYPE_NAME.search(body)
            if type_name is None:
                raise ValueError(f"{path}: {class_fqn} has no CFN_RESOURCE_TYPE_NAME")
            record: dict[str, Any] = {"class": class_fqn.rsplit(".", 1)[1]}
            implemented = [i for i in types[class_fqn].get("interfaces", []) if i.startswith(PREFIX)]
            getter = _GETTER.search(body)
            if implemented and getter is not None:
                (fqn,) = implemented
                record["implements"] = [_namespace(fqn), fqn.rsplit(".", 1)[1]]
                record["fields"] = _fields(getter.group(2))
            arn_for = _ARN_FOR.search(body)
            if arn_for is not None:
                (method,) = [m for m in types[class_fqn].get("methods", []) if m["name"] == arn_for.group(1)]
                param = method["parameters"][0]["type"]["fqn"]
                record["arn_for"] = {"method": snake(arn_for.group(1)), "accepts": [_namespace(param), param.rsplit(".", 1)[1]]}
                returned = arn_for.group(2)
                template = _TEMPLATE.fullmatch(returned)
                if template is None:
                    _, ref_property, field = returned.split(".")
                    record["arn_for"]["lookup"] = [snake(ref_property), snake(field)]
                else:
                    values: dict[str, list[str]] = {}
                    for part in template.group(2).split(","):
                        key, _, expression = part.partition(":")
                        if expression in _ENVIRONMENT:
                            values[key] = _ENVIRONMENT[expression]
                        else:
                            _, ref_property, field = expression.split(".")
                            values[key] = ["ref", snake(ref_property), snake(field)]
                    record["arn_for"]["template"] = template.group(1)
                    record["arn_for"]["values"] = values
            factories = [_factory(m) for m in _FACTORY.finditer(body)]
            if any(f is not None for f in factories):
                record["factories"] = [f for f in factories if f is not None]
            props_type = types.get(class_fqn + "Props", {})
            prop_types = {p["name"]: p["type"] for p in props_type.get("properties", [])}
            refs: dict[str, Any] = {}
            for assign in _ASSIGN.finditer(body):
                js_name = assign.group(1)
                is_list, fqns = _union(prop_types[js_name])
                known = {snake(i["property"]) for f in fqns for i in [interfaces[_namespace(f)]["interfaces"][f.rsplit(".", 1)[1]]]}
                lookups = [[snake(ref_property), snake(field)] for ref_property, field in _LOOKUP.findall(assign.group(3))]
                unknown = [ref_property for ref_property, _ in lookups if ref_property not in known]
                if unknown or not fqns:
                    raise ValueError(f"{class_fqn}.{js_name}: {unknown} not in the property's type {fqns}")
                accepts = [[_namespace(f), f.rsplit(".", 1)[1]] for f in fqns]
                refs[snake(js_name)] = {"accepts": accepts, "list": is_list, "lookups": lookups}
            if refs:
                record["props"] = dict(sorted(refs.items()))
            if len(record) > 1:
                out[type_name.group(1)] = record
    return dict(sorted(out.items()))


def extract(tgz: Path) -> dict[str, Any]:
    """``{"namespaces": {...}, "resources": {type name: {...}}}`` (see the module docstring)."""
    types, scripts = read_bundle(tgz)
    interfaces = _interfaces(types)
    roots = {fqn.rsplit(".", 1)[1]: _summary(types[fqn]) for fqn in types if fqn.startswith(PREFIX) and fqn.count(".") == 2}
    return {
        "source": f"aws-cdk-lib {tgz.name.split('@')[-1].removesuffix('.jsii.tgz')} jsii bundle",
        "root": dict(sorted(roots.items())),
        "namespaces": interfaces,
        "resources": _resources(types, scripts, interfaces),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m l1._codegen.cdk_refs", description=__doc__)
    parser.add_argument("bundle", type=Path, help="aws-cdk-lib@<version>.jsii.tgz of the oracle")
    args = parser.parse_args(argv)
    data = extract(args.bundle)
    path = SUPPLEMENT / "references.json"
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    names = sum(len(s["interfaces"]) + len(s["structs"]) for s in data["namespaces"].values())
    props = sum(len(r.get("props", {})) for r in data["resources"].values())
    print(f"wrote {path}: {names} names in {len(data['namespaces'])} namespaces, {props} ref-accepting properties")
    return 0


if __name__ == "__main__":
    sys.exit(main())
