"""``Key`` (``AWS::KMS::Key``), ``IKey`` and the key grants."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Arn,
    ArnFormat,
    Construct,
    ContextProvider,
    Duration,
    Lazy,
    RemovalPolicy,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.kms import IKeyRef
from l1._private.interfaces.kms import KeyReference as KeyReference
from l1.kms import CfnKey
from l2.iam import (
    AccountRootPrincipal,
    AddToResourcePolicyResult,
    Grant,
    IGrantable,
    IPrincipal,
    PolicyDocument,
    PolicyStatement,
)

from ._key_grants import KeyGrants

if TYPE_CHECKING:
    from ._alias import Alias


class KeySpec(enum.Enum):
    """The type of key material."""

    SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT"
    RSA_2048 = "RSA_2048"
    RSA_3072 = "RSA_3072"
    RSA_4096 = "RSA_4096"
    ECC_NIST_P256 = "ECC_NIST_P256"
    ECC_NIST_P384 = "ECC_NIST_P384"
    ECC_NIST_P521 = "ECC_NIST_P521"
    ECC_SECG_P256K1 = "ECC_SECG_P256K1"
    HMAC_224 = "HMAC_224"
    HMAC_256 = "HMAC_256"
    HMAC_384 = "HMAC_384"
    HMAC_512 = "HMAC_512"
    SM2 = "SM2"
    ML_DSA_44 = "ML_DSA_44"
    ML_DSA_65 = "ML_DSA_65"
    ML_DSA_87 = "ML_DSA_87"
    ECC_NIST_EDWARDS25519 = "ECC_NIST_EDWARDS25519"


class KeyUsage(enum.Enum):
    """The cryptographic operations the key is for."""

    ENCRYPT_DECRYPT = "ENCRYPT_DECRYPT"
    SIGN_VERIFY = "SIGN_VERIFY"
    GENERATE_VERIFY_MAC = "GENERATE_VERIFY_MAC"
    KEY_AGREEMENT = "KEY_AGREEMENT"


_S = KeySpec
_HMAC = (_S.HMAC_224, _S.HMAC_256, _S.HMAC_384, _S.HMAC_512)
_ML_DSA = (_S.ML_DSA_44, _S.ML_DSA_65, _S.ML_DSA_87)
_RSA = (_S.RSA_2048, _S.RSA_3072, _S.RSA_4096)
_ECC = (_S.ECC_NIST_P256, _S.ECC_NIST_P384, _S.ECC_NIST_P521)
# (usage, spec) combinations aws-cdk-lib rejects.
_DENY: dict[KeyUsage, tuple[KeySpec, ...]] = {
    KeyUsage.ENCRYPT_DECRYPT: (*_ECC, _S.ECC_SECG_P256K1, *_HMAC, *_ML_DSA),
    KeyUsage.SIGN_VERIFY: (_S.SYMMETRIC_DEFAULT, *_HMAC),
    KeyUsage.GENERATE_VERIFY_MAC: (*_RSA, *_ECC, _S.ECC_SECG_P256K1, _S.SYMMETRIC_DEFAULT, _S.SM2, *_ML_DSA),
    KeyUsage.KEY_AGREEMENT: (_S.SYMMETRIC_DEFAULT, *_RSA, _S.ECC_SECG_P256K1, *_HMAC, *_ML_DSA),
}


@runtime_checkable
class IKey(IKeyRef, Protocol):
    """A KMS key."""

    @property
    def key_arn(self) -> str: ...

    @property
    def key_id(self) -> str: ...

    def add_alias(self, alias: str, /) -> Alias: ...

    def add_to_resource_policy(self, statement: PolicyStatement, allow_no_op: bool | None = None) -> AddToResourcePolicyResult: ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant: ...

    def grant_decrypt(self, grantee: IGrantable) -> Grant: ...

    def grant_encrypt(self, grantee: IGrantable) -> Grant: ...

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant: ...

    def grant_generate_mac(self, grantee: IGrantable) -> Grant: ...

    def grant_sign(self, grantee: IGrantable) -> Grant: ...

    def grant_sign_verify(self, grantee: IGrantable) -> Grant: ...

    def grant_verify(self, grantee: IGrantable) -> Grant: ...

    def grant_verify_mac(self, grantee: IGrantable) -> Grant: ...


@structs.frozen(kw_only=True)
class KeyLookupOptions:
    """What ``Key.from_lookup`` looks for.

    Args:
        alias_name: the key's alias, ``alias/<name>``.
        return_dummy_key_on_missing: return a dummy key (id ``Key.DEFAULT_DUMMY_KEY_ID``) when none is found instead
            of failing (default ``False``).
    """

    alias_name: str
    return_dummy_key_on_missing: bool | None = None


@structs.frozen(kw_only=True)
class KeyProps:
    """The properties of a ``Key`` (see ``Key`` for each keyword)."""

    admins: Sequence[IPrincipal] | None = None
    alias: str | None = None
    description: str | None = None
    enable_key_rotation: bool | None = None
    enabled: bool | None = None
    key_spec: KeySpec | None = None
    key_usage: KeyUsage | None = None
    multi_region: bool | None = None
    pending_window: Duration | None = None
    policy: PolicyDocument | None = None
    removal_policy: RemovalPolicy | None = None
    rotation_period: Duration | None = None
    trust_account_identities: bool | None = None


class _KeyBase(Resource):
    """What every key (created or imported) offers: aliases, resource policy, grants."""

    key_arn: str
    key_id: str
    policy: PolicyDocument | None
    trust_account_identities: bool

    def _init_key_base(self) -> None:
        self._aliases: list[Alias] = []
        self.node.add_validation(_KeyValidation(self))

    def add_alias(self, alias_name: str) -> Alias:
        """Add an alias (``Alias`` for the first one, ``Alias<alias_name>`` for later ones)."""
        from ._alias import Alias

        alias_id = f"Alias{alias_name}" if self._aliases else "Alias"
        alias = Alias(self, alias_id, alias_name=alias_name, target_key=self)
        self._aliases.append(alias)
        return alias

    def add_to_resource_policy(self, statement: PolicyStatement, allow_no_op: bool | None = None) -> AddToResourcePolicyResult:
        """Add a statement to the key policy.

        Raises:
            ValidationError: the key has no policy (imported) and ``allow_no_op`` is False.
        """
        if self.policy is None:
            if allow_no_op is not False:
                return AddToResourcePolicyResult(statement_added=False)
            raise ValidationError(
                f"Unable to add statement to IAM resource policy for KMS key: {Stack.of(self).to_json_string(self.key_arn)}",
                self,
            )
        self.policy.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)

    @property
    def grants(self) -> KeyGrants:
        """Permission helpers for this key."""
        return KeyGrants.from_key(self, self.trust_account_identities)

    @property
    def key_ref(self) -> KeyReference:
        """The key's ARN and id."""
        return KeyReference(key_arn=self.key_arn, key_id=self.key_id)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Allow ``grantee`` to use ``actions`` on this key (identity policy, key policy or both)."""
        return self.grants.actions(grantee, *actions)

    def grant_admin(self, grantee: IGrantable) -> Grant:
        """Allow key administration (create, describe, enable, ... schedule deletion)."""
        return self.grants.admin(grantee)

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:Decrypt``."""
        return self.grants.decrypt(grantee)

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:Encrypt``, ``kms:ReEncrypt*``, ``kms:GenerateDataKey*``."""
        return self.grants.encrypt(grantee)

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """Allow decrypt then encrypt actions."""
        return self.grants.encrypt_decrypt(grantee)

    def grant_sign(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:Sign``."""
        return self.grants.sign(grantee)

    def grant_verify(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:Verify``."""
        return self.grants.verify(grantee)

    def grant_sign_verify(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:Sign`` and ``kms:Verify``."""
        return self.grants.sign_verify(grantee)

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:GenerateMac``."""
        return self.grants.generate_mac(grantee)

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        """Allow ``kms:VerifyMac``."""
        return self.grants.verify_mac(grantee)


class _KeyValidation:
    def __init__(self, key: _KeyBase) -> None:
        self._key = key

    def validate(self) -> list[str]:
        policy = self._key.policy
        return policy.validate_for_resource_policy() if policy is not None else []


def _enum_value(x: Any) -> Any:
    return x.value if isinstance(x, enum.Enum) else x


class Key(_KeyBase):
    """A customer managed KMS key (``AWS::KMS::Key``), retained on deletion by default.

    Without ``policy`` the key policy gets one statement allowing ``kms:*`` to the account root, so IAM
    policies in the account can grant access (grants to same-account roles go to their identity policy).

    Args:
        admins: principals granted the key-administration actions.
        alias: an alias to add.
        description: the key description.
        enable_key_rotation: rotate the key material yearly.
        enabled: whether the key is enabled.
        key_spec: the key material type (default ``SYMMETRIC_DEFAULT``).
        key_usage: the operations (default ``ENCRYPT_DECRYPT``).
        multi_region: create a multi-Region primary key.
        pending_window: days before deletion, between 7 and 30.
        policy: a custom key policy (replaces the default statement).
        removal_policy: default ``RemovalPolicy.RETAIN``.
        rotation_period: days between rotations, 90 to 2560 (turns rotation on).
        trust_account_identities: ignored (always trusted, as in aws-cdk-lib v2).

    Raises:
        ValidationError: invalid spec/usage combination, rotation on a non-symmetric key, out-of-range
            ``pending_window`` or ``rotation_period``.
    """

    DEFAULT_DUMMY_KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab"
    """The key id ``from_lookup`` returns when the key is not found and ``return_dummy_key_on_missing`` is set."""
    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-kms.Key"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        admins: Sequence[IPrincipal] | None = None,
        alias: str | None = None,
        description: str | None = None,
        enable_key_rotation: bool | None = None,
        enabled: bool | None = None,
        key_spec: KeySpec | None = None,
        key_usage: KeyUsage | None = None,
        multi_region: bool | None = None,
        pending_window: Duration | None = None,
        policy: PolicyDocument | None = None,
        removal_policy: RemovalPolicy | None = None,
        rotation_period: Duration | None = None,
        trust_account_identities: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._init_key_base()
        spec = KeySpec(_enum_value(key_spec)) if key_spec is not None else KeySpec.SYMMETRIC_DEFAULT
        usage = KeyUsage(_enum_value(key_usage)) if key_usage is not None else KeyUsage.ENCRYPT_DECRYPT
        if spec in _DENY[usage]:
            raise ValidationError(f"key spec '{spec.value}' is not valid with usage '{usage.value}'", self)
        if spec.value.startswith("HMAC") and enable_key_rotation:
            raise ValidationError("key rotation cannot be enabled on HMAC keys", self)
        if spec is not KeySpec.SYMMETRIC_DEFAULT and enable_key_rotation:
            raise ValidationError("key rotation cannot be enabled on asymmetric keys", self)
        self.enable_key_rotation = enable_key_rotation
        rotation_days = None
        if rotation_period is not None:
            if enable_key_rotation is False:
                raise ValidationError("'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled", self)
            rotation_days = rotation_period.to_days()
            if rotation_days < 90 or rotation_days > 2560:
                raise ValidationError(
                    f"'rotationPeriod' value must between 90 and 2650 days. Received: {rotation_days}", self
                )
            if enable_key_rotation is None:
                self.enable_key_rotation = True
        if trust_account_identities is False:
            raise ValidationError(
                "`trustAccountIdentities` cannot be false if the @aws-cdk/aws-kms:defaultKeyPolicies feature flag is set",
                self,
            )
        self.trust_account_identities = True
        self.policy: PolicyDocument = policy or PolicyDocument()
        if policy is None:
            self.add_to_resource_policy(
                PolicyStatement(resources=["*"], actions=["kms:*"], principals=[AccountRootPrincipal()])
            )
        pending_days = None
        if pending_window is not None:
            pending_days = pending_window.to_days()
            if pending_days < 7 or pending_days > 30:
                raise ValidationError(f"'pendingWindow' value must between 7 and 30 days. Received: {pending_days}", self)
        resource = CfnKey(
            self,
            "Resource",
            description=description,
            enable_key_rotation=self.enable_key_rotation,
            rotation_period_in_days=rotation_days,
            enabled=enabled,
            key_spec=_enum_value(key_spec),
            key_usage=_enum_value(key_usage),
            key_policy=self.policy,
            multi_region=multi_region,
            pending_window_in_days=pending_days,
        )
        self.key_arn: str = resource.attr_arn
        self.key_id: str = resource.ref
        resource.apply_removal_policy(removal_policy)
        for admin in admins or ():
            self.grant_admin(admin)
        if alias is not None:
            self.add_alias(alias)

    @staticmethod
    def from_key_arn(scope: Construct, id: str, key_arn: str) -> IKey:
        """Refer to an existing key by ARN (its key policy cannot be changed).

        Raises:
            ValidationError: the ARN has no ``key/<id>`` part.
        """
        name = Arn.split(key_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not name:
            raise ValidationError(
                f"KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', got: '{key_arn}'",
                scope,
            )
        return _ReferencedKey(scope, id, key_arn=key_arn, key_id=name)

    @staticmethod
    def from_cfn_key(cfn_key: CfnKey) -> IKey:
        """A mutable key over an L1 ``CfnKey``: statements added to it land in the ``CfnKey``'s key policy.

        Called again on the same ``CfnKey``, returns the same key (construct id ``@FromCfnKey`` under it).

        Raises:
            ValidationError: the ``CfnKey`` has no key policy to build on.
        """
        existing = cfn_key.node.try_find_child(_FROM_CFN_KEY_ID)
        if existing is not None:
            return existing  # type: ignore[no-any-return]
        current = cfn_key.key_policy
        try:
            if isinstance(current, PolicyDocument):
                document = current
            elif current is None:
                raise TypeError("no key policy")
            else:
                document = PolicyDocument.from_json(current)
        except Exception as error:
            raise ValidationError(
                "Could not parse the PolicyDocument of the passed AWS::KMS::Key resource because it contains "
                "CloudFormation functions. This makes it impossible to create a mutable IKey from that Policy. "
                "You have to use fromKeyArn instead, passing it the ARN attribute property of the low-level CfnKey",
                cfn_key,
            ) from error
        cfn_key.key_policy = Lazy.any(document.to_json)
        return _CfnKeyBackedKey(cfn_key, document)

    @staticmethod
    def from_lookup(
        scope: Construct, id: str, *, alias_name: str, return_dummy_key_on_missing: bool | None = None
    ) -> IKey:
        """An existing key found by the CLI's ``key-provider`` lookup of its alias (cached in the context).

        Raises:
            ValidationError: ``alias_name`` is a token.
        """
        if Token.is_unresolved(alias_name):
            raise ValidationError("All arguments to Key.fromLookup() must be concrete (no Tokens)", scope)
        attributes = ContextProvider.get_value(
            scope,
            provider="key-provider",
            props={"aliasName": alias_name},
            dummy_value={"keyId": Key.DEFAULT_DUMMY_KEY_ID},
            ignore_error_on_missing_context=return_dummy_key_on_missing,
        ).value
        key_id = attributes["keyId"]
        key_arn = Stack.of(scope).format_arn(service="kms", resource="key", resource_name=key_id)
        return _LookedUpKey(scope, id, key_arn=key_arn, key_id=key_id)

    @staticmethod
    def is_lookup_dummy(key: IKey) -> bool:
        """Whether ``key`` is the dummy ``from_lookup`` returned for a key that was not found."""
        return key.key_id == Key.DEFAULT_DUMMY_KEY_ID


class _ReferencedKey(_KeyBase):
    def __init__(self, scope: Construct, id: str, *, key_arn: str, key_id: str) -> None:
        super().__init__(scope, id, environment_from_arn=key_arn)
        self._init_key_base()
        self.key_arn = key_arn
        self.key_id = key_id
        self.policy = None
        self.trust_account_identities = True


class _LookedUpKey(_KeyBase):
    """A key found by ``Key.from_lookup``: in the stack's environment, its key policy cannot be changed."""

    def __init__(self, scope: Construct, id: str, *, key_arn: str, key_id: str) -> None:
        super().__init__(scope, id)
        self._init_key_base()
        self.key_arn = key_arn
        self.key_id = key_id
        self.policy = None
        self.trust_account_identities = True


_FROM_CFN_KEY_ID = "@FromCfnKey"


class _CfnKeyBackedKey(_KeyBase):
    """The key ``Key.from_cfn_key`` returns: its policy is the ``CfnKey``'s, grants go to both policies."""

    def __init__(self, cfn_key: CfnKey, document: PolicyDocument) -> None:
        super().__init__(cfn_key, _FROM_CFN_KEY_ID)
        self._init_key_base()
        self.key_arn = cfn_key.attr_arn
        self.key_id = cfn_key.ref
        self.policy = document
        self.trust_account_identities = False
        self._backed_by_cfn_key = True
