"""Comparing two templates: resources added, removed and changed (with replacement), other sections,
and the IAM statements and security-group rules that changed.

``diff_templates(old, new)`` returns a ``TemplateDiff``; ``render`` in ``diff_format`` prints it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .replacement import replacement

_IGNORED_RESOURCE_TYPES = {"AWS::CDK::Metadata"}
_RESOURCE_ATTRIBUTES = ("Condition", "DependsOn", "DeletionPolicy", "UpdateReplacePolicy", "UpdatePolicy",
                        "CreationPolicy")
_OTHER_SECTIONS = ("Parameters", "Conditions", "Mappings", "Rules", "Outputs")


@dataclass
class Change:
    """A value that was added (``old`` None), removed (``new`` None) or changed."""

    name: str
    old: Any
    new: Any
    replaces: bool = False
    may_replace: bool = False  # a conditionally create-only property: the change may replace the resource

    @property
    def kind(self) -> str:
        return "+" if self.old is None else "-" if self.new is None else "~"


@dataclass
class ResourceChange:
    """A resource added, removed or updated; ``changes`` lists its changed properties and attributes."""

    logical_id: str
    old_type: str | None
    new_type: str | None
    changes: list[Change] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return "+" if self.old_type is None else "-" if self.new_type is None else "~"

    @property
    def resource_type(self) -> str:
        return self.new_type or self.old_type or ""

    @property
    def replaces(self) -> bool:
        """True when the update replaces the resource (type change or a create-only property change)."""
        return self.kind == "~" and (self.old_type != self.new_type or any(c.replaces for c in self.changes))

    @property
    def may_replace(self) -> bool:
        """True when the update may replace the resource (a conditionally create-only property change)."""
        return self.kind == "~" and not self.replaces and any(c.may_replace for c in self.changes)


@dataclass
class SecurityChange:
    """An IAM statement or security-group rule that appears (``+``) or disappears (``-``)."""

    kind: str
    resource: str
    fields: dict[str, str]


@dataclass
class TemplateDiff:
    """Every difference between two templates."""

    sections: dict[str, list[Change]] = field(default_factory=dict)
    resources: list[ResourceChange] = field(default_factory=list)
    iam: list[SecurityChange] = field(default_factory=list)
    security_groups: list[SecurityChange] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.resources and not any(self.sections.values())


def diff_templates(old: dict[str, Any], new: dict[str, Any]) -> TemplateDiff:
    """Compare ``old`` with ``new``."""
    result = TemplateDiff()
    if old.get("Description") != new.get("Description"):
        result.sections["Description"] = [Change("Description", old.get("Description"), new.get("Description"))]
    for section in ("Transform", *_OTHER_SECTIONS):
        result.sections[section] = _diff_mapping(old.get(section) or {}, new.get(section) or {})
    old_resources = _resources(old)
    new_resources = _resources(new)
    for logical_id in _ordered_keys(old_resources, new_resources):
        change = _diff_resource(logical_id, old_resources.get(logical_id), new_resources.get(logical_id))
        if change is not None:
            result.resources.append(change)
    result.iam = _security_changes(_iam_statements(old_resources), _iam_statements(new_resources))
    result.security_groups = _security_changes(_sg_rules(old_resources), _sg_rules(new_resources))
    return result


def _resources(template: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v for k, v in (template.get("Resources") or {}).items()
        if isinstance(v, dict) and v.get("Type") not in _IGNORED_RESOURCE_TYPES
    }


def _ordered_keys(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return list(old) + [k for k in new if k not in old]


def _diff_mapping(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return [
        Change(key, old.get(key), new.get(key))
        for key in _ordered_keys(old, new)
        if old.get(key) != new.get(key)
    ]


def _diff_resource(logical_id: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> ResourceChange | None:
    if old == new:
        return None
    change = ResourceChange(logical_id, old and old.get("Type"), new and new.get("Type"))
    if old is None or new is None:
        return change
    old_props, new_props = old.get("Properties") or {}, new.get("Properties") or {}
    for name in _ordered_keys(old_props, new_props):
        if old_props.get(name) != new_props.get(name):
            impact = replacement(change.resource_type, name, old_props.get(name), new_props.get(name))
            change.changes.append(
                Change(name, old_props.get(name), new_props.get(name), impact == "yes", impact == "maybe")
            )
    for name in _RESOURCE_ATTRIBUTES:
        if old.get(name) != new.get(name):
            change.changes.append(Change(name, old.get(name), new.get(name)))
    if not change.changes and old.get("Type") == new.get("Type"):
        return None  # only Metadata changed (for example aws:cdk:path), which deploys nothing
    return change


# -- IAM and security groups ---------------------------------------------------------------------------
_POLICY_PROPERTIES = ("AssumeRolePolicyDocument", "PolicyDocument", "KeyPolicy", "RepositoryPolicyText")


def _iam_statements(resources: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    found: list[tuple[str, dict[str, str]]] = []
    for logical_id, resource in resources.items():
        props = resource.get("Properties") or {}
        documents = [(name, props.get(name)) for name in _POLICY_PROPERTIES]
        documents += [(f"Policies[{p.get('PolicyName', i)}]", p.get("PolicyDocument"))
                      for i, p in enumerate(_as_list(props.get("Policies"))) if isinstance(p, dict)]
        for source, document in documents:
            for statement in _statements(document):
                found.append((logical_id, _describe_statement(source, statement)))
        for arn in _as_list(props.get("ManagedPolicyArns")):
            found.append((logical_id, {"Source": "ManagedPolicyArns", "Managed policy": format_value(arn)}))
        if resource.get("Type") == "AWS::Lambda::Permission":
            found.append((logical_id, {
                "Source": "Lambda permission", "Effect": "Allow", "Action": format_value(props.get("Action")),
                "Resource": format_value(props.get("FunctionName")), "Principal": format_value(props.get("Principal")),
            }))
    return found


def _statements(document: Any) -> list[Any]:
    if isinstance(document, str):
        try:
            document = json.loads(document)
        except json.JSONDecodeError:
            return []
    if not isinstance(document, dict):
        return []
    return _as_list(document.get("Statement"))


def _describe_statement(source: str, statement: Any) -> dict[str, str]:
    if not isinstance(statement, dict) or "Effect" not in statement:
        return {"Source": source, "Statement": format_value(statement)}
    described = {
        "Source": source,
        "Effect": str(statement.get("Effect")),
        "Action": format_value(statement.get("Action", statement.get("NotAction"))),
        "Resource": format_value(statement.get("Resource", statement.get("NotResource", "*"
                                 if source == "AssumeRolePolicyDocument" else None))),
        "Principal": _format_principal(statement.get("Principal")),
    }
    if "Condition" in statement:
        described["Condition"] = format_value(statement["Condition"])
    return described


def _sg_rules(resources: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    found: list[tuple[str, dict[str, str]]] = []
    for logical_id, resource in resources.items():
        kind, props = resource.get("Type"), resource.get("Properties") or {}
        if kind == "AWS::EC2::SecurityGroup":
            for direction, key in (("Ingress", "SecurityGroupIngress"), ("Egress", "SecurityGroupEgress")):
                for rule in _as_list(props.get(key)):
                    if isinstance(rule, dict):
                        found.append((logical_id, _describe_rule(direction, "${" + logical_id + ".GroupId}", rule)))
        elif kind in ("AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"):
            direction = kind.rsplit("Group", 1)[1]
            found.append((logical_id, _describe_rule(direction, format_value(props.get("GroupId")), props)))
    return found


def _describe_rule(direction: str, group: str, rule: dict[str, Any]) -> dict[str, str]:
    peer_keys = ("CidrIp", "CidrIpv6", "SourceSecurityGroupId", "DestinationSecurityGroupId", "SourcePrefixListId",
                 "DestinationPrefixListId")
    peer = next((format_value(rule[k]) for k in peer_keys if k in rule), "?")
    protocol = format_value(rule.get("IpProtocol"))
    from_port, to_port = rule.get("FromPort"), rule.get("ToPort")
    if from_port is None or protocol == "-1":
        ports = "all"
    else:
        ports = format_value(from_port)
        if to_port is not None and to_port != from_port:
            ports += "-" + format_value(to_port)
    return {"Direction": direction, "Group": group, "Protocol": "all" if protocol == "-1" else protocol,
            "Ports": ports, "Peer": peer}


def _security_changes(
    old: list[tuple[str, dict[str, str]]], new: list[tuple[str, dict[str, str]]]
) -> list[SecurityChange]:
    def key(item: tuple[str, dict[str, str]]) -> str:
        return json.dumps(item, sort_keys=True)

    old_keys, new_keys = {key(i) for i in old}, {key(i) for i in new}
    changes = [SecurityChange("-", r, f) for r, f in old if key((r, f)) not in new_keys]
    changes += [SecurityChange("+", r, f) for r, f in new if key((r, f)) not in old_keys]
    return changes


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def format_value(value: Any) -> str:
    """A compact, readable rendering: ``${X}`` for Ref, ``${X.Attr}`` for GetAtt, Sub bodies as is."""
    if isinstance(value, dict) and len(value) == 1:
        (key, inner), = value.items()
        if key == "Ref" and isinstance(inner, str):
            return "${" + inner + "}"
        if key == "Fn::GetAtt":
            parts = inner if isinstance(inner, list) else str(inner).split(".", 1)
            return "${" + ".".join(str(p) for p in parts) + "}"
        if key == "Fn::Sub" and isinstance(inner, str):
            return inner
    if isinstance(value, list) and all(not isinstance(v, (list, dict)) or len(v) == 1 for v in value):
        return ", ".join(format_value(v) for v in value) if value else "[]"
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, separators=(",", ":"))


def _format_principal(principal: Any) -> str:
    """``Service:lambda.amazonaws.com, AWS:${AWS::AccountId}`` rather than JSON."""
    if isinstance(principal, dict) and not any(k.startswith("Fn::") or k == "Ref" for k in principal):
        return ", ".join(
            f"{kind}:{format_value(v)}" for kind, values in principal.items() for v in _as_list(values)
        )
    return format_value(principal)
