"""The capabilities a template needs CloudFormation to acknowledge (``CAPABILITY_IAM`` / ``_NAMED_IAM`` /
``_AUTO_EXPAND``), computed from the synthesized template as CloudFormation's CreateStack documentation states:

- a resource of one of the IAM types below needs ``CAPABILITY_IAM``; one of them with a custom name (``RoleName``,
  ``UserName``, ``GroupName``, ``ManagedPolicyName``, ``InstanceProfileName``) needs ``CAPABILITY_NAMED_IAM``
  instead (which covers the unnamed ones too);
- a template with a ``Transform`` (a macro, ``AWS::Serverless``, ``AWS::Include``, ...) or an ``Fn::Transform``
  anywhere needs ``CAPABILITY_AUTO_EXPAND``;
- nested stacks count: their templates are read through ``load_nested`` (the ``AWS::CloudFormation::Stack``
  resource → its template, or ``None`` when unknown), and a nested template's needs are its parent's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

IAM = "CAPABILITY_IAM"
NAMED_IAM = "CAPABILITY_NAMED_IAM"
AUTO_EXPAND = "CAPABILITY_AUTO_EXPAND"

#: IAM resource types whose creation needs an acknowledgement, and the property that names each (if any).
IAM_TYPES: Mapping[str, str | None] = {
    "AWS::IAM::AccessKey": None,
    "AWS::IAM::Group": "GroupName",
    "AWS::IAM::GroupPolicy": None,
    "AWS::IAM::InstanceProfile": "InstanceProfileName",
    "AWS::IAM::ManagedPolicy": "ManagedPolicyName",
    "AWS::IAM::Policy": None,
    "AWS::IAM::Role": "RoleName",
    "AWS::IAM::RolePolicy": None,
    "AWS::IAM::User": "UserName",
    "AWS::IAM::UserPolicy": None,
    "AWS::IAM::UserToGroupAddition": None,
}

NestedLoader = Callable[[Mapping[str, Any]], "Mapping[str, Any] | None"]


def required_capabilities(template: Mapping[str, Any], load_nested: NestedLoader | None = None) -> list[str]:
    """The capabilities the template (and its nested stacks) needs, in the order IAM/NAMED_IAM, AUTO_EXPAND."""
    found: set[str] = set()
    _scan(template, load_nested, found, depth=0)
    iam = [NAMED_IAM] if NAMED_IAM in found else ([IAM] if IAM in found else [])
    return iam + ([AUTO_EXPAND] if AUTO_EXPAND in found else [])


def _scan(template: Mapping[str, Any], load_nested: NestedLoader | None, found: set[str], depth: int) -> None:
    if template.get("Transform") or _has_fn_transform(template):
        found.add(AUTO_EXPAND)
    resources = template.get("Resources")
    if not isinstance(resources, Mapping):
        return
    for resource in resources.values():
        if not isinstance(resource, Mapping):
            continue
        rtype = resource.get("Type")
        if isinstance(rtype, str) and rtype in IAM_TYPES:
            name_prop = IAM_TYPES[rtype]
            props = resource.get("Properties")
            named = name_prop is not None and isinstance(props, Mapping) and props.get(name_prop) is not None
            found.add(NAMED_IAM if named else IAM)
        elif rtype == "AWS::CloudFormation::Stack" and load_nested is not None and depth < 32:
            nested = load_nested(resource)
            if nested is not None:
                _scan(nested, load_nested, found, depth + 1)


def _has_fn_transform(value: Any) -> bool:
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, Mapping):
            if "Fn::Transform" in v:
                return True
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return False
