"""``PermissionsBoundary``: the IAM permissions boundary of every role and user in a stage or stack."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs._private import structs

if TYPE_CHECKING:
    from ._construct import Construct

PERMISSIONS_BOUNDARY_CONTEXT_KEY = "@aws-cdk/core:permissionsBoundary"


@structs.frozen(kw_only=True)
class PermissionsBoundaryBindOptions:
    """Options of binding a permissions boundary to a scope (none yet)."""


class PermissionsBoundary:
    """A managed policy, by name or ARN, set as ``PermissionsBoundary`` of every ``AWS::IAM::Role`` and
    ``AWS::IAM::User`` of a stage or stack (``Stack(..., permissions_boundary=PermissionsBoundary.from_name(n))``).

    The name and ARN may use ``${Qualifier}``, ``${AWS::AccountId}``, ``${AWS::Region}`` and
    ``${AWS::Partition}``, replaced by the stack's values (the stack needs a concrete environment for them).

    Args:
        policy_name: the managed policy's name (``from_name``).
        policy_arn: the managed policy's ARN (``from_arn``).
    """

    def __init__(self, policy_name: str | None = None, policy_arn: str | None = None) -> None:
        self.policy_name = policy_name
        self.policy_arn = policy_arn

    @staticmethod
    def from_name(name: str) -> PermissionsBoundary:
        """The managed policy ``name`` of the stack's account."""
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, got {type(name).__name__}")
        return PermissionsBoundary(policy_name=name)

    @staticmethod
    def from_arn(arn: str) -> PermissionsBoundary:
        """The managed policy with this ARN."""
        if not isinstance(arn, str):
            raise TypeError(f"arn must be a str, got {type(arn).__name__}")
        return PermissionsBoundary(policy_arn=arn)

    def _bind(self, scope: Construct, options: PermissionsBoundaryBindOptions | None = None) -> None:
        """Record the boundary in ``scope``'s context, where the stacks below read it."""
        value: dict[str, Any] = {}
        if self.policy_name is not None:
            value["name"] = self.policy_name
        if self.policy_arn is not None:
            value["arn"] = self.policy_arn
        scope.node.set_context(PERMISSIONS_BOUNDARY_CONTEXT_KEY, value)


def bind_permissions_boundary(boundary: PermissionsBoundary, scope: Construct) -> None:
    """Record ``boundary`` in the context of ``scope`` (a stage or stack)."""
    if not isinstance(boundary, PermissionsBoundary):
        raise TypeError(
            f"{scope.node.path}: permissions_boundary must be a PermissionsBoundary, got {type(boundary).__name__}"
        )
    boundary._bind(scope)


class _PermissionsBoundaryAspect:
    """Sets ``PermissionsBoundary`` on every IAM role and user it visits."""

    def __init__(self, arn: str) -> None:
        self.arn = arn

    def visit(self, node: Any) -> None:
        from ._cfn_resource import CfnResource

        if isinstance(node, CfnResource) and node.cfn_resource_type in ("AWS::IAM::Role", "AWS::IAM::User"):
            node.add_property_override("PermissionsBoundary", self.arn)


def permissions_boundary_arn(stack: Any) -> str | None:
    """The boundary ARN in the stack's context, placeholders substituted; None without a boundary."""
    context = stack.node.try_get_context(PERMISSIONS_BOUNDARY_CONTEXT_KEY)
    if not context:
        return None
    from ._errors import ValidationError
    from ._synthesizers import DEFAULT_QUALIFIER

    qualifier = (
        stack.synthesizer.bootstrap_qualifier
        or stack.node.try_get_context("@aws-cdk/core:bootstrapQualifier")
        or DEFAULT_QUALIFIER
    )
    arn: str | None = None
    if context.get("arn"):
        arn = context["arn"]
    elif context.get("name"):
        arn = stack.format_arn(service="iam", resource="policy", region="", resource_name=context["name"])
    if arn is None:
        return None
    from ._token import Token

    arn = arn.replace("${Qualifier}", qualifier)
    if not Token.is_unresolved(stack.account):
        arn = arn.replace("${AWS::AccountId}", stack.account)
    if not Token.is_unresolved(stack.region):
        arn = arn.replace("${AWS::Region}", stack.region)
    # the partition placeholder is never substituted (a token from format_arn is fine)
    if any(p in arn for p in ("${Qualifier}", "${AWS::AccountId}", "${AWS::Region}", "${AWS::Partition}")):
        raise ValidationError(
            f"The permissions boundary {arn} includes a pseudo parameter, which is not supported for environment "
            "agnostic stacks",
            stack,
        )
    return arn


def add_permissions_boundary_aspect(stack: Any) -> None:
    """Add the aspect that sets the boundary of the stack's roles and users (if a boundary is in context)."""
    arn = permissions_boundary_arn(stack)
    if arn is None:
        return
    from ._aspects import Aspects, mutating_aspect_priority

    Aspects.of(stack).add(_PermissionsBoundaryAspect(arn), priority=mutating_aspect_priority(stack))
