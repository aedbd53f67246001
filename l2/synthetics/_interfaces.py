"""``ICanary`` and ``IGroup``: the interfaces of new and imported canaries and groups."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class ICanary(Protocol):
    """A Synthetics canary: ``Canary`` or one returned by ``Canary.from_canary_name`` / ``from_canary_arn``."""

    @property
    def canary_arn(self) -> str:
        """The ARN of the canary."""
        ...

    @property
    def canary_id(self) -> str:
        """The ID of the canary (its name for an imported canary)."""
        ...

    @property
    def canary_name(self) -> str:
        """The name of the canary."""
        ...


@runtime_checkable
class IGroup(Protocol):
    """A Synthetics group: ``Group`` or one returned by ``Group.from_group_name`` / ``from_group_arn``."""

    @property
    def group_arn(self) -> str:
        """The ARN of the group."""
        ...

    @property
    def group_id(self) -> str:
        """The ID of the group (its name for an imported group)."""
        ...

    @property
    def group_name(self) -> str:
        """The name of the group."""
        ...
