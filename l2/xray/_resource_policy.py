"""``ResourcePolicy``: an X-Ray resource policy (who may send traces to X-Ray, e.g. SNS active tracing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct, Lazy, Names, Resource, Stack, Token, ValidationError

if TYPE_CHECKING:
    from l2.iam import PolicyDocument, PolicyStatement

_POLICY_NAME_MAX = 128


class ResourcePolicy(Resource):
    """An X-Ray resource policy (``AWS::XRay::ResourcePolicy``).

    The document is rendered as a JSON string, as CloudFormation wants it; add statements with
    ``add_statements`` or to ``document``.

    Args:
        scope: the parent construct.
        id: the construct id.
        policy_document: the policy (default an empty ``iam.PolicyDocument``; add statements before synthesis).
        policy_name: the policy's name, 1 to 128 characters (default a unique name generated from the path).
        bypass_policy_lockout_check: skip X-Ray's check that the policy does not lock the caller out
            (default not set: the check runs).

    Raises:
        ValidationError: a policy name outside 1..128 characters, or a document without statements at synthesis.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        policy_document: PolicyDocument | None = None,
        policy_name: str | None = None,
        bypass_policy_lockout_check: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.xray import CfnResourcePolicy
        from l2 import iam

        if policy_name is None:
            policy_name = Names.unique_resource_name(self, max_length=_POLICY_NAME_MAX)
        elif not Token.is_unresolved(policy_name) and not 1 <= len(policy_name) <= _POLICY_NAME_MAX:
            raise ValidationError(
                f"policy_name must be 1 to {_POLICY_NAME_MAX} characters long, got {len(policy_name)} characters",
                self)
        self.document: PolicyDocument = policy_document if policy_document is not None else iam.PolicyDocument()
        self.policy_name = policy_name
        self.resource = CfnResourcePolicy(
            self, "Resource", policy_name=policy_name,
            policy_document=Lazy.string(lambda: Stack.of(self).to_json_string(self.document.to_json())),
            bypass_policy_lockout_check=bypass_policy_lockout_check)
        self.node.add_validation(self)

    def add_statements(self, *statements: PolicyStatement) -> None:
        """Add ``statements`` to the policy document."""
        self.document.add_statements(*statements)

    def validate(self) -> list[str]:
        """A policy needs at least one statement."""
        if self.document.is_empty:
            return ["the X-Ray resource policy has no statements: pass policy_document or call add_statements()"]
        return []
