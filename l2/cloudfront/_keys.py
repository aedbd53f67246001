"""``PublicKey`` and ``KeyGroup``: the keys CloudFront checks signed URLs and cookies with."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from constructs import Construct, Names, Resource, Token, ValidationError
from l1.cloudfront import CfnKeyGroup, CfnPublicKey
from l2.cloudfront._references import KeyGroupReference, PublicKeyReference


@runtime_checkable
class IPublicKey(Protocol):
    """A CloudFront public key."""

    @property
    def public_key_id(self) -> str:
        """The key's id."""
        ...


@runtime_checkable
class IKeyGroup(Protocol):
    """A CloudFront key group."""

    @property
    def key_group_id(self) -> str:
        """The group's id."""
        ...


class _PublicKeyRef:
    public_key_id: str

    @property
    def public_key_ref(self) -> PublicKeyReference:
        """A reference to this public key."""
        return PublicKeyReference(public_key_id=self.public_key_id)


class _KeyGroupRef:
    key_group_id: str

    @property
    def key_group_ref(self) -> KeyGroupReference:
        """A reference to this key group."""
        return KeyGroupReference(key_group_id=self.key_group_id)


def _generated_name(construct: Construct) -> str:
    name = Names.unique_id(construct)
    return name[:40] + name[-40:] if len(name) > 80 else name


class _ImportedPublicKey(_PublicKeyRef, Resource):
    def __init__(self, scope: Construct, id: str, public_key_id: str) -> None:
        super().__init__(scope, id)
        self.public_key_id = public_key_id


class _ImportedKeyGroup(_KeyGroupRef, Resource):
    def __init__(self, scope: Construct, id: str, key_group_id: str) -> None:
        super().__init__(scope, id)
        self.key_group_id = key_group_id


class PublicKey(_PublicKeyRef, Resource):
    """A public key for signed URLs and cookies (``AWS::CloudFront::PublicKey``).

    Args:
        encoded_key: the PEM-encoded public key (with the BEGIN/END PUBLIC KEY lines).
        public_key_name: default a name from the construct path (80 characters at most).
        comment: a comment.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.PublicKey"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        encoded_key: str,
        comment: str | None = None,
        public_key_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not Token.is_unresolved(encoded_key) and not encoded_key.startswith("-----BEGIN PUBLIC KEY-----"):
            raise ValidationError(
                f"Public key must be in PEM format (with the BEGIN/END PUBLIC KEY lines); got {encoded_key}", scope
            )
        config = {
            "name": public_key_name if public_key_name is not None else _generated_name(self),
            "caller_reference": self.node.addr,
            "encoded_key": encoded_key,
            "comment": comment,
        }
        resource = CfnPublicKey(
            self, "Resource", public_key_config={k: v for k, v in config.items() if v is not None}
        )
        self.public_key_id: str = resource.ref

    @staticmethod
    def from_public_key_id(scope: Construct, id: str, public_key_id: str) -> IPublicKey:
        """Import a public key by id."""
        return _ImportedPublicKey(scope, id, public_key_id)


class KeyGroup(_KeyGroupRef, Resource):
    """A key group (``AWS::CloudFront::KeyGroup``).

    Args:
        items: the public keys.
        key_group_name: default a name from the construct path (80 characters at most).
        comment: a comment.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.KeyGroup"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        items: Sequence[IPublicKey],
        comment: str | None = None,
        key_group_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        config = {
            "name": key_group_name if key_group_name is not None else _generated_name(self),
            "comment": comment,
            "items": [k.public_key_id for k in items],
        }
        resource = CfnKeyGroup(self, "Resource", key_group_config={k: v for k, v in config.items() if v is not None})
        self.key_group_id: str = resource.ref

    @staticmethod
    def from_key_group_id(scope: Construct, id: str, key_group_id: str) -> IKeyGroup:
        """Import a key group by id."""
        return _ImportedKeyGroup(scope, id, key_group_id)
