"""``Alias`` (``AWS::KMS::Alias``): a display name for a key that can stand in for it."""

from __future__ import annotations

import re
from typing import Any, Protocol, runtime_checkable

from constructs import (
    Construct,
    FeatureFlags,
    RemovalPolicy,
    Resource,
    Stack,
    Token,
    Tokenization,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.kms import AliasReference as AliasReference
from l1._private.interfaces.kms import IAliasRef
from l1.kms import CfnAlias
from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement

from ._key import IKey, KeyReference
from ._private import perms


@runtime_checkable
class IAlias(IKey, IAliasRef, Protocol):
    """A KMS alias: usable wherever a key is (``Alias``, ``Alias.from_alias_name`` / ``from_alias_attributes``)."""

    @property
    def alias_name(self) -> str: ...

    @property
    def alias_target_key(self) -> IKey: ...


@structs.frozen(kw_only=True)
class AliasAttributes:
    """What ``Alias.from_alias_attributes`` needs.

    Args:
        alias_name: the alias name (``alias/...``).
        alias_target_key: the key the alias points to.
    """

    alias_name: str
    alias_target_key: IKey


@structs.frozen(kw_only=True)
class AliasProps:
    """The properties of an ``Alias`` (see ``Alias`` for each keyword)."""

    alias_name: str
    target_key: IKey
    removal_policy: RemovalPolicy | None = None

ALIAS_NAME_REF_FLAG = "@aws-cdk/aws-kms:aliasNameRef"
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

    @property
    def alias_ref(self) -> AliasReference:
        """The alias name."""
        return AliasReference(alias_name=self.alias_name)

    @property
    def key_ref(self) -> KeyReference:
        """The alias ARN and name, as a key reference."""
        return KeyReference(key_arn=self.key_arn, key_id=self.key_id)

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
        """Grant ``kms:Decrypt`` on the target key."""
        return self.alias_target_key.grant_decrypt(grantee)

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        """Grant the encrypt actions on the target key."""
        return self.alias_target_key.grant_encrypt(grantee)

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """Grant the decrypt and encrypt actions on the target key."""
        return self.alias_target_key.grant_encrypt_decrypt(grantee)

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        """Grant ``kms:GenerateMac`` on the target key."""
        return self.alias_target_key.grant_generate_mac(grantee)

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        """Grant ``kms:VerifyMac`` on the target key."""
        return self.alias_target_key.grant_verify_mac(grantee)

    def grant_sign(self, grantee: IGrantable) -> Grant:
        """Grant ``kms:Sign`` on the target key."""
        return self.alias_target_key.grant_sign(grantee)

    def grant_verify(self, grantee: IGrantable) -> Grant:
        """Grant ``kms:Verify`` on the target key."""
        return self.alias_target_key.grant_verify(grantee)

    def grant_sign_verify(self, grantee: IGrantable) -> Grant:
        """Grant ``kms:Sign`` and ``kms:Verify`` on the target key."""
        return self.alias_target_key.grant_sign_verify(grantee)


class Alias(_AliasBase):
    """A KMS alias (``AWS::KMS::Alias``); ``alias/`` is prepended when missing.

    Args:
        alias_name: the name (``alias/...``; must not start with ``alias/aws/``).
        target_key: the key it points to.
        removal_policy: applied to the resource when given.

    Raises:
        ValidationError: an empty, reserved or malformed name.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-kms.Alias"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, alias_name: str, target_key: IKey,
                 removal_policy: RemovalPolicy | None = None) -> None:
        if Token.is_unresolved(alias_name):
            fragments = Tokenization.reverse_string(alias_name)
            first = fragments.first_value
            # aws-cdk-lib checks the literal only when the name starts with one (its ``firstToken`` is the first
            # fragment when that is a token); a token first fragment is not a ``str``.
            if isinstance(first, str) and first:
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
        self._resource = CfnAlias(self, "Resource", alias_name=self.physical_name, target_key_id=target_key.key_arn)
        if self._generate_if_needed:
            # a name generated when another environment uses the alias (aws-cdk-lib's resource name attribute)
            self.alias_name = self.get_resource_name_attribute(self.physical_name)
        if FeatureFlags.of(self).is_enabled(ALIAS_NAME_REF_FLAG):
            # the alias name as a reference, so users of it depend on the alias
            self.alias_name: str = self.get_resource_name_attribute(self._resource.ref)
        if removal_policy is not None:
            self._resource.apply_removal_policy(removal_policy)

    def _generate_physical_name(self) -> str:
        """A generated name, with the ``alias/`` prefix (aws-cdk-lib's ``Alias.generatePhysicalName``)."""
        return REQUIRED_ALIAS_PREFIX + super()._generate_physical_name()

    @staticmethod
    def from_alias_name(scope: Construct, id: str, alias_name: str) -> IAlias:
        """Refer to an existing alias; grants on it are dropped (no ``kms:ResourceAliases`` flag)."""
        return _ImportedAlias(scope, id, alias_name)

    @staticmethod
    def from_alias_attributes(scope: Construct, id: str, *, alias_name: str, alias_target_key: IKey) -> IAlias:
        """Refer to an existing alias whose target key is known: grants and policy changes go to that key."""
        return _AliasFromAttributes(scope, id, alias_name=alias_name, alias_target_key=alias_target_key)


class _AliasFromAttributes(_AliasBase):
    def __init__(self, scope: Construct, id: str, *, alias_name: str, alias_target_key: IKey) -> None:
        super().__init__(scope, id)
        self.alias_name = alias_name
        self.alias_target_key = alias_target_key


APPLY_IMPORTED_ALIAS_PERMISSIONS_FLAG = "@aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal"


class _ImportedAlias(Resource):
    """An alias known by name only: grants are dropped, or with the ``applyImportedAliasPermissionsToPrincipal``
    flag go to the grantee's policy on any key of the account carrying the alias (``kms:ResourceAliases``)."""

    def __init__(self, scope: Construct, id: str, alias_name: str) -> None:
        super().__init__(scope, id)
        self._scope_for_arn = scope
        self.alias_name = alias_name
        self.key_id = alias_name
        self.key_arn = Stack.of(self).format_arn(service="kms", resource=alias_name)

    @property
    def key_ref(self) -> KeyReference:
        """The alias ARN and name, as a key reference."""
        return KeyReference(key_arn=self.key_arn, key_id=self.key_id)

    @property
    def alias_ref(self) -> AliasReference:
        """The alias name."""
        return AliasReference(alias_name=self.alias_name)

    @property
    def alias_target_key(self) -> Any:
        raise ValidationError("Cannot access aliasTargetKey on an Alias imported by Alias.fromAliasName().", self)

    def add_alias(self, alias: str) -> Any:
        raise ValidationError("Cannot call addAlias on an Alias imported by Alias.fromAliasName().", self)

    def add_to_resource_policy(self, statement: PolicyStatement, allow_no_op: bool | None = None) -> AddToResourcePolicyResult:
        return AddToResourcePolicyResult(statement_added=False)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Dropped, or with the flag an identity-policy grant conditioned on the alias."""
        if not FeatureFlags.of(self).is_enabled(APPLY_IMPORTED_ALIAS_PERMISSIONS_FLAG):
            return Grant.drop(grantee, "")
        return Grant.add_to_principal(
            grantee=grantee,
            actions=list(actions),
            resource_arns=[
                Stack.of(self._scope_for_arn).format_arn(service="kms", resource="key", resource_name="*")
            ],
            conditions={"ForAnyValue:StringEquals": {"kms:ResourceAliases": self.alias_name}},
        )

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        """See ``grant``."""
        return self.grant(grantee, *perms.DECRYPT_ACTIONS)

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        """See ``grant``."""
        return self.grant(grantee, *perms.ENCRYPT_ACTIONS)

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """See ``grant``."""
        return self.grant(grantee, *perms.DECRYPT_ACTIONS, *perms.ENCRYPT_ACTIONS)

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        """See ``grant``."""
        return self.grant(grantee, *perms.GENERATE_HMAC_ACTIONS)

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        """See ``grant``."""
        return self.grant(grantee, *perms.VERIFY_HMAC_ACTIONS)

    def grant_sign(self, grantee: IGrantable) -> Grant:
        """See ``grant``."""
        return self.grant(grantee, *perms.SIGN_ACTIONS)

    def grant_verify(self, grantee: IGrantable) -> Grant:
        """See ``grant``."""
        return self.grant(grantee, *perms.VERIFY_ACTIONS)

    def grant_sign_verify(self, grantee: IGrantable) -> Grant:
        """See ``grant``."""
        return self.grant(grantee, *perms.SIGN_ACTIONS, *perms.VERIFY_ACTIONS)
