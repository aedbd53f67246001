"""``StackPolicy``: which updates CloudFormation allows on a stack's resources (a pycdk addition to aws-cdk-lib).

A stack policy is a JSON document of statements (``Effect`` Allow/Deny, ``Action`` or ``NotAction`` among
``Update:Modify``, ``Update:Replace``, ``Update:Delete`` and ``Update:*``, ``Principal`` ``*``, ``Resource`` or
``NotResource`` as ``LogicalResourceId/<id>``, and an optional ``Condition`` on ``ResourceType``). Once a policy is
set, every update not allowed by a statement is denied. pycdk writes the policy of a ``Stack(stack_policy=...)``
next to its template as ``<artifact id>.stack-policy.json`` and names the file in the stack's metadata (entry type
``pycdk:stack-policy``); ``pycdk deploy`` gives it to CloudFormation when it creates or updates the stack
(``StackPolicyBody``, then ``SetStackPolicy``).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._construct import Construct
from ._errors import UnscopedValidationError

if TYPE_CHECKING:
    from ._stack import Stack


class StackPolicyEffect(enum.Enum):
    """Whether a statement allows or denies the updates it matches."""

    ALLOW = "Allow"
    DENY = "Deny"


class StackPolicyAction(enum.Enum):
    """The update actions a statement matches."""

    MODIFY = "Update:Modify"
    """Updates that modify a resource in place (no or some interruption)."""
    REPLACE = "Update:Replace"
    """Updates that replace a resource (a new physical id)."""
    DELETE = "Update:Delete"
    """Updates that delete a resource (removed from the template)."""
    ALL = "Update:*"
    """All update actions."""


ResourceRef = str | Construct


class StackPolicyStatement:
    """One statement of a stack policy.

    Args:
        effect: ``ALLOW`` or ``DENY``.
        actions: the update actions matched (give ``actions`` or ``not_actions``; default ``[ALL]``).
        not_actions: the update actions not matched.
        resources: the resources matched: logical ids (``"MyTable"`` or ``"LogicalResourceId/MyTable"``), ``"*"``,
            or constructs (an L1 element, or an L2 construct whose default child is one); default ``["*"]``.
        not_resources: the resources not matched (same forms); not with ``resources``.
        resource_types: match only resources of these types (``Condition`` ``StringEquals``/``StringLike`` on
            ``ResourceType``; a ``*`` wildcard makes it ``StringLike``, e.g. ``"AWS::RDS::*"``).
    """

    def __init__(
        self,
        *,
        effect: StackPolicyEffect,
        actions: Sequence[StackPolicyAction] | None = None,
        not_actions: Sequence[StackPolicyAction] | None = None,
        not_resources: Sequence[ResourceRef] | None = None,
        resource_types: Sequence[str] | None = None,
        resources: Sequence[ResourceRef] | None = None,
    ) -> None:
        if actions is not None and not_actions is not None:
            raise UnscopedValidationError("StackPolicyStatement: give actions or not_actions, not both")
        if resources is not None and not_resources is not None:
            raise UnscopedValidationError("StackPolicyStatement: give resources or not_resources, not both")
        for name, value in (("actions", actions), ("not_actions", not_actions), ("resources", resources),
                            ("not_resources", not_resources), ("resource_types", resource_types)):
            if value is not None and len(value) == 0:
                raise UnscopedValidationError(f"StackPolicyStatement: {name} is empty; leave it unset instead")
        for t in resource_types or []:
            if not t.startswith("AWS::") and not t.startswith("Custom::") and "::" not in t:
                raise UnscopedValidationError(
                    f"StackPolicyStatement: resource_types holds '{t}', not a resource type like 'AWS::RDS::DBInstance'")
        self.effect = effect
        self.actions: list[StackPolicyAction] | None = list(actions) if actions is not None else None
        self.not_actions: list[StackPolicyAction] | None = list(not_actions) if not_actions is not None else None
        self.resources: list[ResourceRef] | None = list(resources) if resources is not None else None
        self.not_resources: list[ResourceRef] | None = list(not_resources) if not_resources is not None else None
        self.resource_types: list[str] | None = list(resource_types) if resource_types is not None else None

    def _render(self, stack: Stack) -> dict[str, Any]:
        out: dict[str, Any] = {"Effect": self.effect.value}
        if self.not_actions is not None:
            out["NotAction"] = _one_or_list([a.value for a in self.not_actions])
        else:
            out["Action"] = _one_or_list([a.value for a in (self.actions or [StackPolicyAction.ALL])])
        out["Principal"] = "*"
        if self.not_resources is not None:
            out["NotResource"] = _one_or_list([_resource(stack, r) for r in self.not_resources])
        else:
            out["Resource"] = _one_or_list([_resource(stack, r) for r in (self.resources or ["*"])])
        if self.resource_types:
            op = "StringLike" if any("*" in t for t in self.resource_types) else "StringEquals"
            out["Condition"] = {op: {"ResourceType": list(self.resource_types)}}
        return out


class StackPolicy:
    """A stack policy: the statements CloudFormation checks each update of the stack's resources against.

    Args:
        statements: the statements (more with ``add_statements``).
    """

    def __init__(self, *, statements: Sequence[StackPolicyStatement] | None = None) -> None:
        self.statements: list[StackPolicyStatement] = list(statements or [])

    @staticmethod
    def allow_all_updates_except(*protected: ResourceRef) -> StackPolicy:
        """Allow every update, except replacing or deleting the ``protected`` resources."""
        statements = [StackPolicyStatement(effect=StackPolicyEffect.ALLOW, actions=[StackPolicyAction.ALL])]
        if protected:
            statements.append(StackPolicyStatement(
                effect=StackPolicyEffect.DENY, actions=[StackPolicyAction.REPLACE, StackPolicyAction.DELETE],
                resources=list(protected)))
        return StackPolicy(statements=statements)

    def add_statements(self, *statements: StackPolicyStatement) -> None:
        """Add statements to the policy."""
        self.statements.extend(statements)

    def to_json(self, stack: Stack) -> dict[str, Any]:
        """The policy document, with the constructs named by their logical ids in ``stack``."""
        return {"Statement": [s._render(stack) for s in self.statements]}


def _one_or_list(values: list[str]) -> str | list[str]:
    return values[0] if len(values) == 1 else values


def _resource(stack: Stack, ref: ResourceRef) -> str:
    if isinstance(ref, str):
        if ref == "*" or ref.startswith("LogicalResourceId/"):
            return ref
        return f"LogicalResourceId/{ref}"
    from ._cfn_element import CfnElement
    from ._stack import Stack as _Stack

    element = ref if isinstance(ref, CfnElement) else ref.node.default_child
    if not isinstance(element, CfnElement):
        raise UnscopedValidationError(
            f"StackPolicy: '{ref.node.path}' is not a CloudFormation element and has no default child that is one; "
            "name the resource by its logical id")
    if _Stack.of(element) is not stack:
        raise UnscopedValidationError(
            f"StackPolicy: '{element.node.path}' is not in stack '{stack.node.path}'; a stack policy protects the "
            "stack's own resources")
    return f"LogicalResourceId/{stack.resolve(element.logical_id)}"
