"""``KeyPair``: an EC2 key pair (``AWS::EC2::KeyPair``), created or imported by name."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from constructs import Construct, Lazy, Names, Resource, ValidationError
from constructs.internals import structs
from l2.ec2._interfaces import IKeyPair, KeyPairReference
from l2.ec2._machine_image import OperatingSystemType

if TYPE_CHECKING:
    from l2.ssm import IStringParameter


class KeyPairFormat(enum.Enum):
    """The format of the private key."""

    PPK = "ppk"
    PEM = "pem"


class KeyPairType(enum.Enum):
    """The key type."""

    RSA = "rsa"
    ED25519 = "ed25519"


@structs.frozen(kw_only=True)
class KeyPairAttributes:
    """An existing key pair.

    Args:
        key_pair_name: its name.
        type: its type (default: compatible with every OS).
    """

    key_pair_name: str
    type: KeyPairType | None = None


@structs.frozen(kw_only=True)
class KeyPairProps:
    """The properties of a ``KeyPair`` (see ``KeyPair`` for each keyword)."""

    format: KeyPairFormat | None = None
    key_pair_name: str | None = None
    public_key_material: str | None = None
    type: KeyPairType | None = None
    account: str | None = None
    environment_from_arn: str | None = None
    physical_name: str | None = None
    region: str | None = None


def _is_os_compatible(key_type: KeyPairType | None, os_type: OperatingSystemType) -> bool:
    return not (key_type == KeyPairType.ED25519 and os_type == OperatingSystemType.WINDOWS)


class _ImportedKeyPair(Resource):
    def __init__(self, scope: Construct, id: str, key_pair_name: str, key_type: KeyPairType | None) -> None:
        super().__init__(scope, id)
        self.key_pair_name = key_pair_name
        self.type = key_type

    @property
    def key_pair_ref(self) -> KeyPairReference:
        return KeyPairReference(key_name=self.key_pair_name)

    def _is_os_compatible(self, os_type: OperatingSystemType) -> bool:
        return _is_os_compatible(self.type, os_type)


class KeyPair(Resource):
    """An EC2 key pair. A new key's private key is stored by EC2 in the SSM parameter ``/ec2/keypair/<id>``.

    Args:
        key_pair_name: the name (default: a unique name generated from the construct path).
        type: ``KeyPairType.RSA`` (default) or ``ED25519``; not with ``public_key_material``.
        format: the private key format, ``KeyPairFormat.PEM`` (default) or ``PPK``.
        public_key_material: import this public key instead of creating a key.
        account, region, environment_from_arn, physical_name: the resource's environment and physical name.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.KeyPair"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        format: KeyPairFormat | None = None,
        key_pair_name: str | None = None,
        public_key_material: str | None = None,
        type: KeyPairType | None = None,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        from l1.ec2 import CfnKeyPair

        super().__init__(
            scope, id, account=account, region=region, environment_from_arn=environment_from_arn,
            physical_name=key_pair_name if key_pair_name is not None else Lazy.string(
                lambda: Names.unique_resource_name(self, max_length=255)
            ),
        )
        if public_key_material and type is not None:
            raise ValidationError("Cannot specify 'type' for keys with imported material", self)
        self._is_import = bool(public_key_material)
        key_type = type if type is not None else KeyPairType.RSA
        key_format = format if format is not None else KeyPairFormat.PEM
        resource = CfnKeyPair(self, "Resource", key_name=self.physical_name, key_type=key_type.value,
                              key_format=key_format.value, public_key_material=public_key_material)
        self.key_pair_name: str = resource.ref
        self.key_pair_fingerprint: str = resource.attr_key_fingerprint
        self.key_pair_id: str = resource.attr_key_pair_id
        self.type = key_type
        self.format = key_format
        self._private_key: Any = None

    @staticmethod
    def from_key_pair_name(scope: Construct, id: str, key_pair_name: str) -> IKeyPair:
        """An existing key pair, by name."""
        return KeyPair.from_key_pair_attributes(scope, id, key_pair_name=key_pair_name)

    @staticmethod
    def from_key_pair_attributes(
        scope: Construct, id: str, *, key_pair_name: str, type: KeyPairType | None = None
    ) -> IKeyPair:
        """An existing key pair, by name and (optionally) type."""
        return _ImportedKeyPair(scope, id, key_pair_name, type)

    @property
    def key_pair_ref(self) -> KeyPairReference:
        """A reference to this key pair."""
        return KeyPairReference(key_name=self.key_pair_name)

    @property
    def has_imported_material(self) -> bool:
        """Whether the key was imported (``public_key_material``)."""
        return self._is_import

    @property
    def private_key(self) -> IStringParameter:
        """The SSM parameter (``ssm.IStringParameter``) holding the private key; not for imported keys."""
        if self._is_import:
            raise ValidationError(
                "An SSM parameter with private key material is not created for imported keys", self
            )
        if self._private_key is None:
            from l2 import ssm

            self._private_key = ssm.StringParameter.from_secure_string_parameter_attributes(
                self, "PrivateKeyParameter", parameter_name=f"/ec2/keypair/{self.key_pair_id}", simple_name=False
            )
        return self._private_key

    def _is_os_compatible(self, os_type: OperatingSystemType) -> bool:
        return _is_os_compatible(self.type, os_type)
