"""Edges between L1 resources, read from the templates: references, IAM grants and event flows.

Keys are ``(stack path, logical id)``. References are resolved across stacks (``Fn::ImportValue`` of an export)
and across nested stacks (a nested stack's parameter, a parent's ``Outputs.<name>`` attribute).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .sources import NESTED_STACK_TYPE, StackSource

Key = tuple[str, str]

_SUB_REFERENCE = re.compile(r"\$\{([^}!][^}]*)\}")
_MAX_HOPS = 16


@dataclass(frozen=True)
class RawEdge:
    """An edge between two L1 resources (see ``model.Edge`` for the fields)."""

    source: Key
    target: Key
    kind: str
    label: str
    via: str = ""


def references(value: Any) -> list[tuple[str, str, str]]:
    """Every reference in ``value``: ``(name, form, attribute)``, form ``Ref``, ``GetAtt``, ``Sub`` or
    ``ImportValue`` (name: the literal export name)."""
    found: list[tuple[str, str, str]] = []
    todo = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(reversed(item))
            continue
        if not isinstance(item, dict):
            continue
        if len(item) == 1:
            (key, inner), = item.items()
            if key == "Ref" and isinstance(inner, str):
                found.append((inner, "Ref", ""))
                continue
            if key == "Fn::GetAtt":
                if isinstance(inner, list) and inner:
                    found.append((str(inner[0]), "GetAtt", ".".join(str(p) for p in inner[1:])))
                elif isinstance(inner, str):
                    name, _, attr = inner.partition(".")
                    found.append((name, "GetAtt", attr))
                continue
            if key == "Fn::ImportValue":
                if isinstance(inner, str):
                    found.append((inner, "ImportValue", ""))
                else:
                    todo.append(inner)
                continue
            if key == "Fn::Sub":
                body = inner[0] if isinstance(inner, list) and inner else inner
                local = inner[1] if isinstance(inner, list) and len(inner) > 1 and isinstance(inner[1], dict) else {}
                for name in _SUB_REFERENCE.findall(str(body)):
                    target, _, attr = name.partition(".")
                    if target not in local:
                        found.append((target, "Sub", attr))
                todo.extend(reversed(list(local.values())))
                continue
        todo.extend(reversed(list(item.values())))
    return found


class Resolver:
    """Resolves references made in one stack to the L1 resources they name, in any stack."""

    def __init__(self, sources: list[StackSource]) -> None:
        self.sources = {s.path: s for s in sources}
        self.nested: dict[Key, str] = {s.parent: s.path for s in sources if s.parent is not None}
        self.exports: dict[str, tuple[str, Any]] = {}
        for source in sources:
            for output in (source.template.get("Outputs") or {}).values():
                if not isinstance(output, dict):
                    continue
                name = (output.get("Export") or {}).get("Name") if isinstance(output.get("Export"), dict) else None
                if isinstance(name, str):
                    self.exports.setdefault(name, (source.path, output.get("Value")))

    def resolve(self, stack: str, value: Any, hops: int = 0) -> list[tuple[Key, str]]:
        """The resources ``value`` (made in ``stack``) refers to, each with how it got there ("" when direct)."""
        found: list[tuple[Key, str]] = []
        if hops > _MAX_HOPS:
            return found
        for name, form, attr in references(value):
            for hit in self._one(stack, name, form, attr, hops):
                if hit not in found:
                    found.append(hit)
        return found

    def _one(self, stack: str, name: str, form: str, attr: str, hops: int) -> list[tuple[Key, str]]:
        source = self.sources.get(stack)
        if source is None:
            return []
        if form == "ImportValue":
            export = self.exports.get(name)
            if export is None:
                return []
            return [(k, via or "export") for k, via in self.resolve(export[0], export[1], hops + 1)]
        resources = source.template.get("Resources") or {}
        resource = resources.get(name)
        if isinstance(resource, dict):
            nested = self.nested.get((stack, name))
            if nested is not None and attr.startswith("Outputs."):
                output = ((self.sources[nested].template.get("Outputs") or {}).get(attr[len("Outputs."):]) or {})
                value = output.get("Value") if isinstance(output, dict) else None
                return [(k, via or "nested-stack") for k, via in self.resolve(nested, value, hops + 1)]
            return [((stack, name), "")]
        if form == "Ref" and source.parent is not None and name in (source.template.get("Parameters") or {}):
            parent, logical_id = source.parent
            stack_resource = (self.sources[parent].template.get("Resources") or {}).get(logical_id) or {}
            value = ((stack_resource.get("Properties") or {}).get("Parameters") or {}).get(name)
            return [(k, via or "nested-stack") for k, via in self.resolve(parent, value, hops + 1)]
        return []


def _statements(document: Any) -> list[dict[str, Any]]:
    if not isinstance(document, dict):
        return []
    statements = document.get("Statement")
    statements = statements if isinstance(statements, list) else [statements]
    return [s for s in statements if isinstance(s, dict) and s.get("Effect", "Allow") == "Allow"]


def _actions(statement: dict[str, Any]) -> list[str]:
    actions = statement.get("Action")
    actions = actions if isinstance(actions, list) else [actions]
    return [a for a in actions if isinstance(a, str)] or ["*"]


_RESOURCE_POLICIES = {
    "AWS::S3::BucketPolicy": ("Bucket", "PolicyDocument"),
    "AWS::SQS::QueuePolicy": ("Queues", "PolicyDocument"),
    "AWS::SNS::TopicPolicy": ("Topics", "PolicyDocument"),
    "AWS::KMS::Key": ("", "KeyPolicy"),
    "AWS::SecretsManager::ResourcePolicy": ("SecretId", "ResourcePolicy"),
}

_NOTIFICATION_LISTS = ("LambdaConfigurations", "QueueConfigurations", "TopicConfigurations",
                       "LambdaFunctionConfigurations")


def template_edges(sources: list[StackSource], resolver: Resolver) -> list[RawEdge]:
    """The edges of every resource of ``sources`` (AWS::CDK::Metadata left out)."""
    edges: list[RawEdge] = []
    for source in sources:
        for logical_id, resource in (source.template.get("Resources") or {}).items():
            if isinstance(resource, dict) and resource.get("Type") != "AWS::CDK::Metadata":
                edges += _resource_edges(source.path, logical_id, resource, resolver)
    return edges


def _resource_edges(stack: str, logical_id: str, resource: dict[str, Any], resolver: Resolver) -> list[RawEdge]:
    me: Key = (stack, logical_id)
    kind = str(resource.get("Type", ""))
    props = resource.get("Properties")
    props = props if isinstance(props, dict) else {}
    edges: list[RawEdge] = []
    consumed: set[str] = set()

    def resolve(value: Any) -> list[tuple[Key, str]]:
        return resolver.resolve(stack, value)

    def grant(principals: list[tuple[Key, str]], statement: dict[str, Any], default: list[tuple[Key, str]]) -> None:
        targets = resolve(statement.get("Resource")) or default
        for principal, via_p in principals:
            for target, via_t in targets:
                for action in _actions(statement):
                    edges.append(RawEdge(principal, target, "grant", action, via_p or via_t))

    def event(sources_: list[tuple[Key, str]], targets: list[tuple[Key, str]], label: str) -> None:
        for src, via_s in sources_:
            for dst, via_d in targets:
                edges.append(RawEdge(src, dst, "event", label, via_s or via_d))

    myself = [(me, "")]
    if kind in ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"):
        consumed.add("PolicyDocument")
        principals = resolve([props.get("Roles"), props.get("Users"), props.get("Groups")])
        for statement in _statements(props.get("PolicyDocument")):
            grant(principals, statement, [])
    elif kind in ("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"):
        consumed.add("Policies")
        for policy in props.get("Policies") or []:
            if isinstance(policy, dict):
                for statement in _statements(policy.get("PolicyDocument")):
                    grant(myself, statement, [])
    elif kind in _RESOURCE_POLICIES:
        owner_key, document_key = _RESOURCE_POLICIES[kind]
        consumed.add(document_key)
        owned = resolve(props.get(owner_key)) if owner_key else myself
        for statement in _statements(props.get(document_key)):
            principals = resolve([statement.get("Principal"), statement.get("Condition")])
            grant(principals, statement, owned)
    elif kind == "AWS::Lambda::Permission":
        consumed.update(("FunctionName", "SourceArn", "Principal"))
        functions = resolve(props.get("FunctionName"))
        callers = resolve(props.get("SourceArn"))
        if callers:
            principal = props.get("Principal")
            event(callers, functions, f"invoke ({principal})" if isinstance(principal, str) else "invoke")
        for caller, via in resolve(props.get("Principal")):
            for function, via_f in functions:
                edges.append(RawEdge(caller, function, "grant", str(props.get("Action", "lambda:InvokeFunction")),
                                     via or via_f))
    elif kind == "AWS::Lambda::EventSourceMapping":
        consumed.update(("EventSourceArn", "FunctionName"))
        event(resolve(props.get("EventSourceArn")), resolve(props.get("FunctionName")), "event source")
    elif kind == "AWS::SNS::Subscription":
        consumed.update(("TopicArn", "Endpoint"))
        protocol = props.get("Protocol")
        label = f"subscription ({protocol})" if isinstance(protocol, str) else "subscription"
        event(resolve(props.get("TopicArn")), resolve(props.get("Endpoint")), label)
    elif kind == "AWS::SNS::Topic":
        consumed.add("Subscription")
        for subscription in props.get("Subscription") or []:
            if isinstance(subscription, dict):
                event(myself, resolve(subscription.get("Endpoint")), f"subscription ({subscription.get('Protocol')})")
    elif kind == "AWS::Events::Rule":
        consumed.update(("Targets", "EventBusName"))
        event(resolve(props.get("EventBusName")), myself, "rule")
        for target in props.get("Targets") or []:
            if isinstance(target, dict):
                event(myself, resolve(target.get("Arn")), "target")
                rest = {k: v for k, v in target.items() if k != "Arn"}
                edges += [RawEdge(me, dst, "reference", "target", via) for dst, via in resolve(rest)]
    elif kind == "AWS::Lambda::EventInvokeConfig":
        consumed.update(("FunctionName", "DestinationConfig"))
        config = props.get("DestinationConfig") or {}
        if isinstance(config, dict):
            for outcome in ("OnSuccess", "OnFailure"):
                event(resolve(props.get("FunctionName")), resolve(config.get(outcome)), outcome)
    if kind == "AWS::S3::Bucket" or (kind.startswith("Custom::") and "NotificationConfiguration" in props):
        consumed.add("NotificationConfiguration")
        buckets = myself if kind == "AWS::S3::Bucket" else resolve(props.get("BucketName"))
        if kind != "AWS::S3::Bucket":
            consumed.add("BucketName")
        config = props.get("NotificationConfiguration") or {}
        if isinstance(config, dict):
            event(buckets, resolve([config.get(k) for k in _NOTIFICATION_LISTS]), "notification")
    if kind == "AWS::SQS::Queue" and "RedrivePolicy" in props:
        consumed.add("RedrivePolicy")
        event(myself, resolve(props.get("RedrivePolicy")), "dead letters")
    if kind == "AWS::Lambda::Function" and "DeadLetterConfig" in props:
        consumed.add("DeadLetterConfig")
        event(myself, resolve(props.get("DeadLetterConfig")), "dead letters")
    if kind == NESTED_STACK_TYPE:
        consumed.add("Parameters")  # drawn as the references made inside the nested stack
    for name, value in props.items():
        if name in consumed:
            continue
        for target, via in resolve(value):
            edges.append(RawEdge(me, target, "reference", name, via))
    depends_on = resource.get("DependsOn") or []
    for target in [depends_on] if isinstance(depends_on, str) else depends_on:
        if isinstance(target, str):
            edges.append(RawEdge(me, (stack, target), "dependency", "DependsOn"))
    return edges
