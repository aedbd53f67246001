"""``Alias`` (``AWS::KMS::Alias``): a display name for a key that can stand in for it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from constructs import Construct, RemovalPolicy, Resource, Stack, Token, Tokenization, ValidationError
from l1.kms import CfnAlias
from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement

from ._private import perms

if TYPE_CHECKING:
    from ._key import IKey

REQUIRED_ALIAS_PREFIX = "alias/"
DISALLOWED_PREFIX = REQUIRED_ALIAS_PREFIX + "aws/"
_NAME_RE = re.compile(r"^[a-zA-Z0-9:/_-]{1,256}$")


def _check_literal(scope: Construct, value: str, alias_name: str) -> None:
    if value.lower().startswith(DISALLOWED_PREFIX):
        raise ValidationError(f"Alias cannot start with {DISALLOWED_PREFIX}: {alias_name}", scope)
    if not _NAME_RE.match(value):
        raise ValidationError("Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-", scope)


class _AliasBase(Resource):
    alias_name: str
    alias_target_key: IKey

    @property
    def alias_arn(self) -> str:
        """``arn:<partition>:kms:<region>:<account>:<alias name>``."""
        return Stack.of(self).format_arn(service="kms", resource=self.alias_name)

    @property
    def key_arn(self) -> str:
        """The alias ARN (usable wherever a key ARN is)."""
        return self.alias_arn

    @property
    def key_id(self) -> str:
        """The alias name."""
        return self.alias_name

    def add_alias(self, alias: str) -> Any:
        """Add another alias to the target key."""
        return self.alias_target_key.add_alias(alias)

    def add_to_resource_policy(self, statement: PolicyStatement, allow_no_op: bool | None = None) -> AddToResourcePolicyResult:
        """Add to the target key's policy."""
        return self.alias_target_key.add_to_resource_policy(statement, allow_no_op)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant on the target key."""
        return self.alias_target_key.grant(grantee, *actions)

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        return self.alias_target_key.grant_decrypt(grantee)

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        return self.alias_target_key.grant_encrypt(grantee)

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        return self.alias_target_key.grant_encrypt_decrypt(grantee)

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        return self.alias_target_key.grant(grantee, *perms.GENERATE_HMAC_ACTIONS)

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        return self.alias_target_key.grant(grantee, *perms.VERIFY_HMAC_ACTIONS)

    def grant_sign(self, grantee: IGrantable) -> Grant:
        return self.alias_target_key.grant(grantee, *perms.SIGN_ACTIONS)

    def grant_verify(self, grantee: IGrantable) -> Grant:
        return self.alias_target_key.grant(grantee, *perms.VERIFY_ACTIONS)


class Alias(_AliasBase):
    """A KMS alias (``AWS::KMS::Alias``); ``alias/`` is prepended when missing.

    Args:
        alias_name: the name (``alias/...``; must not start with ``alias/aws/``).
        target_key: the key it points to.
        removal_policy: applied to the resource when given.

    Raises:
        ValidationError: an empty, reserved or malformed name.
    """

    def __init__(self, scope: Construct, id: str, *, alias_name: str, target_key: IKey,
                 removal_policy: RemovalPolicy | None = None) -> None:
        if Token.is_unresolved(alias_name):
            fragments = Tokenization.reverse_string(alias_name)
            first = fragments.first_value
            if isinstance(first, str) and first and fragments.first_token is None:
                if not first.startswith(REQUIRED_ALIAS_PREFIX):
                    alias_name = REQUIRED_ALIAS_PREFIX + alias_name
                _check_literal(scope, first, alias_name)
        else:
            if not alias_name.startswith(REQUIRED_ALIAS_PREFIX):
                alias_name = REQUIRED_ALIAS_PREFIX + alias_name
            if alias_name == REQUIRED_ALIAS_PREFIX:
                raise ValidationError(f'Alias must include a value after "{REQUIRED_ALIAS_PREFIX}": {alias_name}', scope)
            _check_literal(scope, alias_name, alias_name)
        super().__init__(scope, id, physical_name=alias_name)
        self.alias_target_key = target_key
        self.alias_name = alias_name
        self._resource = CfnAlias(self, "Resource", alias_name=alias_name, target_key_id=target_key.key_arn)
        if removal_policy is not None:
            self._resource.apply_removal_policy(removal_policy)

    @staticmethod
    def from_alias_name(scope: Construct, id: str, alias_name: str) -> Any:
        """Refer to an existing alias; grants on it are dropped (no ``kms:ResourceAliases`` flag)."""
        return _ImportedAlias(scope, id, alias_name)


class _ImportedAlias(Resource):
    def __init__(self, scope: Construct, id: str, alias_name: str) -> None:
        super().__init__(scope, id)
        self.alias_name = alias_name
        self.key_id = alias_name
        self.key_arn = Stack.of(self).format_arn(service="kms", resource=alias_name)

    @property
    def alias_target_key(self) -> Any:
        raise ValidationError("Cannot access aliasTargetKey on an Alias imported by Alias.fromAliasName().", self)

    def add_alias(self, alias: str) -> Any:
        raise ValidationError("Cannot call addAlias on an Alias imported by Alias.fromAliasName().", self)

    def add_to_resource_policy(self, statement: PolicyStatement, allow_no_op: bool | None = None) -> AddToResourcePolicyResult:
        return AddToResourcePolicyResult(statement_added=False)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        return Grant.drop(grantee, "")

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        return Grant.drop(grantee, "")

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        return Grant.drop(grantee, "")

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        return Grant.drop(grantee, "")
