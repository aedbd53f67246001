"""``KeyGrants``: the permission helpers behind ``key.grant_*`` (aws-cdk-lib's ``key.grants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import CfnResource, FeatureFlags, Resource, Stack
from l2.iam import AccountPrincipal, Grant, IGrantable

from ._private import perms

if TYPE_CHECKING:
    from l2.kms._key import IKey

REDUCE_CROSS_ENV_SCOPE_FLAG = "@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope"


def _owned_stack(principal: Any) -> Stack | None:
    """The stack of a principal that is an owned resource (a Role or User created here, not imported), else None."""
    if isinstance(principal, Resource) and isinstance(principal.node.default_child, CfnResource):
        return Stack.of(principal)
    return None


class KeyGrants:
    """Grants on one key: IAM statements for the grantee and, when the key has a policy, key-policy statements.

    With ``trust_account_identities`` (aws-cdk-lib v2's default) a same-environment grantee gets an identity policy
    statement only; across accounts or regions both the identity and the key policy get one.

    Args:
        resource: the key the grants are on (an ``IKey``).
        trust_account_identities: let the account's IAM policies alone give same-account access (default true).
    """

    def __init__(self, resource: Any, trust_account_identities: bool | None = None) -> None:
        self._resource = resource
        self._trust_account_identities = True if trust_account_identities is None else trust_account_identities

    @staticmethod
    def from_key(resource: IKey, trust_account_identities: bool | None = None) -> KeyGrants:
        """The grants of the key ``resource`` (default: trust account identities, as aws-cdk-lib v2)."""
        return KeyGrants(resource, trust_account_identities)

    def actions(self, grantee: IGrantable, *actions: str) -> Grant:
        """Allow ``grantee`` to use ``actions`` on this key (identity policy, key policy or both)."""
        key = self._resource
        principal = grantee.grant_principal
        key_stack = Stack.of(key)
        grantee_stack = _owned_stack(principal)
        resource_principal: Any = principal
        cross_account = cross_region = False
        if grantee_stack is not None:
            if grantee_stack is not key_stack and key_stack in grantee_stack.dependencies:
                resource_principal = AccountPrincipal(grantee_stack.account)
            cross_account = key_stack.account != grantee_stack.account
            cross_region = key_stack.region != grantee_stack.region
            if FeatureFlags.of(key).is_enabled(REDUCE_CROSS_ENV_SCOPE_FLAG):
                # the key's own environment (an imported key's ARN) counts as the grantee's too
                cross_account = cross_account and key.env.account != grantee_stack.account
                cross_region = cross_region and key.env.region != grantee_stack.region
        cross_env = cross_account or cross_region
        if self._trust_account_identities and not getattr(key, "_backed_by_cfn_key", False) and not cross_env:
            return Grant.add_to_principal_or_resource(
                grantee=grantee, actions=actions, resource=key, resource_arns=[key.key_arn], resource_self_arns=["*"]
            )
        return Grant.add_to_principal_and_resource(
            grantee=grantee,
            actions=actions,
            resource=key,
            resource_arns=["*"] if cross_env else [key.key_arn],
            resource_self_arns=None if cross_env else ["*"],
            resource_policy_principal=resource_principal,
        )

    def admin(self, grantee: IGrantable) -> Grant:
        """Allow key administration (create, describe, enable, ... schedule deletion)."""
        return self.actions(grantee, *perms.ADMIN_ACTIONS)

    def decrypt(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:Decrypt``."""
        return self.actions(grantee, *perms.DECRYPT_ACTIONS)

    def encrypt(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:Encrypt``, ``kms:ReEncrypt*``, ``kms:GenerateDataKey*``."""
        return self.actions(grantee, *perms.ENCRYPT_ACTIONS)

    def encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """Allow decrypt then encrypt actions."""
        return self.actions(grantee, *perms.DECRYPT_ACTIONS, *perms.ENCRYPT_ACTIONS)

    def sign(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:Sign``."""
        return self.actions(grantee, *perms.SIGN_ACTIONS)

    def verify(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:Verify``."""
        return self.actions(grantee, *perms.VERIFY_ACTIONS)

    def sign_verify(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:Sign`` and ``kms:Verify``."""
        return self.actions(grantee, *perms.SIGN_ACTIONS, *perms.VERIFY_ACTIONS)

    def generate_mac(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:GenerateMac``."""
        return self.actions(grantee, *perms.GENERATE_HMAC_ACTIONS)

    def verify_mac(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:VerifyMac``."""
        return self.actions(grantee, *perms.VERIFY_HMAC_ACTIONS)
