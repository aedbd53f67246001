"""``ISigningProfile``: the interface of new and imported signing profiles."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from constructs import IResource


@runtime_checkable
class ISigningProfile(IResource, Protocol):
    """An AWS Signer signing profile: ``SigningProfile`` or one from ``from_signing_profile_attributes``."""

    @property
    def signing_profile_arn(self) -> str:
        """The ARN of the signing profile."""
        ...

    @property
    def signing_profile_name(self) -> str:
        """The name of the signing profile."""
        ...

    @property
    def signing_profile_version(self) -> str:
        """The version of the signing profile."""
        ...

    @property
    def signing_profile_version_arn(self) -> str:
        """The ARN of the signing profile's version."""
        ...
