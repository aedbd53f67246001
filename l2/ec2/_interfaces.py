"""The ec2 interfaces of instances, key pairs, placement groups, volumes and launch templates (aws-cdk-lib's
``IInstance``, ``IKeyPair``, ...), as runtime-checkable protocols that the concrete classes satisfy, and the
reference structs their ``*_ref`` properties return."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from constructs.internals import structs


@structs.frozen(kw_only=True)
class InstanceReference:
    """A reference to an instance."""

    instance_id: str


@structs.frozen(kw_only=True)
class KeyPairReference:
    """A reference to a key pair."""

    key_name: str


@structs.frozen(kw_only=True)
class PlacementGroupReference:
    """A reference to a placement group."""

    group_name: str


@structs.frozen(kw_only=True)
class VolumeReference:
    """A reference to an EBS volume."""

    volume_id: str


@structs.frozen(kw_only=True)
class LaunchTemplateReference:
    """A reference to a launch template."""

    launch_template_id: str | None = None
    launch_template_name: str | None = None
    version: str | None = None


@runtime_checkable
class IInstance(Protocol):
    """An EC2 instance: its id and addresses, its connections and its grant principal."""

    @property
    def instance_id(self) -> str: ...

    @property
    def instance_availability_zone(self) -> str: ...

    @property
    def instance_private_dns_name(self) -> str: ...

    @property
    def instance_private_ip(self) -> str: ...

    @property
    def instance_public_dns_name(self) -> str: ...

    @property
    def instance_public_ip(self) -> str: ...


@runtime_checkable
class IKeyPair(Protocol):
    """An EC2 key pair: its name and (when known) its type."""

    @property
    def key_pair_name(self) -> str: ...

    @property
    def type(self) -> Any: ...

    def _is_os_compatible(self, os_type: Any) -> bool: ...


@runtime_checkable
class IPlacementGroup(Protocol):
    """A placement group."""

    @property
    def placement_group_name(self) -> str: ...


@runtime_checkable
class IVolume(Protocol):
    """An EBS volume."""

    @property
    def volume_id(self) -> str: ...

    @property
    def availability_zone(self) -> str: ...


@runtime_checkable
class ILaunchTemplate(Protocol):
    """A launch template (by id or name, and a version)."""

    @property
    def version_number(self) -> str: ...
