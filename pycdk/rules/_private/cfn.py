"""Helpers the rules share to read CloudFormation values: references, booleans, policy statements.

Values are the rendered template's JSON (dicts, lists, strings, numbers, booleans), intrinsics included.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any


def as_list(value: Any) -> list[Any]:
    """``value`` as a list (``None`` → ``[]``, a scalar or dict → ``[value]``)."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def is_true(value: Any) -> bool:
    """True for CloudFormation's true (``True`` or the string ``"true"``, any case)."""
    return value is True or (isinstance(value, str) and value.lower() == "true")


def is_on(value: Any) -> bool:
    """True for CloudFormation's true, and for an intrinsic (``Fn::If``, ``Ref`` of a parameter, ...): a rule that
    wants a setting on gives the benefit of the doubt to a value it cannot read."""
    return is_true(value) or is_intrinsic(value)


def is_intrinsic(value: Any) -> bool:
    """True for an intrinsic function or reference (a one-key dict such as ``{"Fn::If": ...}``)."""
    return isinstance(value, dict) and len(value) == 1 and next(iter(value)).startswith(("Fn::", "Ref"))


def is_false(value: Any) -> bool:
    """True for CloudFormation's false (``False`` or ``"false"``)."""
    return value is False or (isinstance(value, str) and value.lower() == "false")


def ref_target(value: Any) -> str | None:
    """The logical id ``value`` names with ``Ref`` or ``Fn::GetAtt`` (None for anything else)."""
    if not isinstance(value, dict) or len(value) != 1:
        return None
    if "Ref" in value:
        target = value["Ref"]
        return target if isinstance(target, str) and not target.startswith("AWS::") else None
    att = value.get("Fn::GetAtt")
    if isinstance(att, list) and att and isinstance(att[0], str):
        return att[0]
    if isinstance(att, str):
        return att.split(".", 1)[0]
    return None


def references(value: Any) -> Iterator[str]:
    """Every logical id ``value`` refers to (``Ref``, ``Fn::GetAtt``, ``${X}`` in ``Fn::Sub``), recursively."""
    todo = [value]
    while todo:
        v = todo.pop()
        if isinstance(v, dict):
            target = ref_target(v)
            if target is not None:
                yield target
                continue
            sub = v.get("Fn::Sub")
            if sub is not None:
                text = sub[0] if isinstance(sub, list) and sub else sub
                if isinstance(text, str):
                    yield from _sub_names(text)
                if isinstance(sub, list):
                    todo.extend(sub[1:])
                continue
            todo.extend(v.values())
        elif isinstance(v, list):
            todo.extend(v)


def _sub_names(text: str) -> Iterator[str]:
    start = text.find("${")
    while start >= 0:
        end = text.find("}", start)
        if end < 0:
            return
        name = text[start + 2 : end]
        if not name.startswith("!") and not name.startswith("AWS::"):
            yield name.split(".", 1)[0]
        start = text.find("${", end)


def refers_to(value: Any, logical_id: str) -> bool:
    """True when ``value`` refers to ``logical_id`` anywhere inside it."""
    return any(t == logical_id for t in references(value))


def statements(document: Any) -> list[Mapping[str, Any]]:
    """The statements of a policy document (a dict statement or a list of them)."""
    if not isinstance(document, dict):
        return []
    return [s for s in as_list(document.get("Statement")) if isinstance(s, dict)]


def principal_is_public(principal: Any) -> bool:
    """True for ``"*"`` or ``{"AWS": "*"}`` (also inside a list)."""
    if principal == "*":
        return True
    if isinstance(principal, dict):
        return any(p == "*" for p in as_list(principal.get("AWS")))
    return False


def denies_insecure_transport(statement: Mapping[str, Any]) -> bool:
    """True for a ``Deny`` statement conditioned on ``aws:SecureTransport`` being false."""
    if statement.get("Effect") != "Deny":
        return False
    condition = statement.get("Condition")
    if not isinstance(condition, dict):
        return False
    for operator in ("Bool", "BoolIfExists"):
        block = condition.get(operator)
        if isinstance(block, dict) and any(is_false(v) for v in as_list(block.get("aws:SecureTransport"))):
            return True
    return False


def inline_policy_documents(props: Mapping[str, Any]) -> list[Any]:
    """The policy documents of a resource: ``PolicyDocument`` and each inline ``Policies[].PolicyDocument``."""
    docs = []
    if "PolicyDocument" in props:
        docs.append(props["PolicyDocument"])
    for policy in as_list(props.get("Policies")):
        if isinstance(policy, dict) and "PolicyDocument" in policy:
            docs.append(policy["PolicyDocument"])
    return docs


def render(value: Any) -> str:
    """A short text for a value in a finding: strings as they are, ``Ref``/``GetAtt`` as ``<Id>``/``<Id.Attr>``,
    ``Fn::Join`` joined, anything else as ``<intrinsic>``."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and len(value) == 1:
        if "Ref" in value:
            return f"<{value['Ref']}>"
        att = value.get("Fn::GetAtt")
        if isinstance(att, list) and len(att) == 2:
            return f"<{att[0]}.{att[1]}>"
        join = value.get("Fn::Join")
        if isinstance(join, list) and len(join) == 2 and isinstance(join[1], list):
            return str(join[0]).join(render(v) for v in join[1])
    return "<intrinsic>"


POLICY_TYPES = ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group")
"""The IAM types that hold identity policies (a ``PolicyDocument`` or inline ``Policies``)."""


def allow_statements(props: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The ``Allow`` statements of a resource's identity policies."""
    return [s for doc in inline_policy_documents(props) for s in statements(doc) if s.get("Effect") == "Allow"]


def managed_policy_arns(props: Mapping[str, Any]) -> list[str]:
    """The managed policy ARNs of a role, user or group, rendered (``arn:<AWS::Partition>:iam::aws:policy/X``)."""
    return [render(a) for a in as_list(props.get("ManagedPolicyArns"))]


def only_a_permissions_boundary(resource: Any, props: Mapping[str, Any]) -> bool:
    """True for a managed policy attached to no role, user or group of the template, but used as a permissions
    boundary: a ceiling on permissions, which grants nothing itself (``resource`` is a ``Resource``)."""
    if resource.type != "AWS::IAM::ManagedPolicy" or props.get("Roles") or props.get("Users") or props.get("Groups"):
        return False
    view = resource.template
    boundary = False
    for kind in ("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"):
        for source in view.referrers(resource.logical_id, kind):
            other = view.properties(source)
            if refers_to(other.get("ManagedPolicyArns"), resource.logical_id):
                return False
            boundary = boundary or refers_to(other.get("PermissionsBoundary"), resource.logical_id)
    return boundary
