"""``ReplicationConfiguration``: where a file system replicates to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs.internals import structs

if TYPE_CHECKING:
    from l2.efs._interfaces import IFileSystem
    from l2.kms import IKey


@structs.frozen(kw_only=True)
class ReplicationConfigurationProps:
    """The properties of a ``ReplicationConfiguration``.

    Args:
        availability_zone: a One Zone destination's zone (with ``region``).
        destination_file_system: an existing destination (nothing else then).
        kms_key: the key encrypting a new destination.
        region: a new destination's region (default the stack's).
    """

    availability_zone: str | None = None
    destination_file_system: IFileSystem | None = None
    kms_key: IKey | None = None
    region: str | None = None


@structs.frozen(kw_only=True)
class ExistingFileSystemProps:
    """Replicate to an existing file system.

    Args:
        destination_file_system: the destination (its replication overwrite protection must be disabled).
    """

    destination_file_system: IFileSystem


@structs.frozen(kw_only=True)
class OneZoneFileSystemProps:
    """Replicate to a new One Zone file system.

    Args:
        availability_zone: the destination's zone.
        region: the destination's region.
        kms_key: the key encrypting it (default the service key).
    """

    availability_zone: str
    region: str
    kms_key: IKey | None = None


@structs.frozen(kw_only=True)
class RegionalFileSystemProps:
    """Replicate to a new Regional file system.

    Args:
        kms_key: the key encrypting it (default the service key).
        region: the destination's region (default the stack's).
    """

    kms_key: IKey | None = None
    region: str | None = None


class ReplicationConfiguration:
    """A replication destination of a file system.

    Args:
        availability_zone: a One Zone destination's zone (needs ``region``).
        destination_file_system: an existing destination (exclusive with the other arguments).
        kms_key: the key encrypting a new destination.
        region: a new destination's region (default the stack's).
    """

    def __init__(
        self,
        *,
        availability_zone: str | None = None,
        destination_file_system: IFileSystem | None = None,
        kms_key: IKey | None = None,
        region: str | None = None,
    ) -> None:
        self.availability_zone = availability_zone
        self.destination_file_system = destination_file_system
        self.kms_key = kms_key
        self.region = region

    @staticmethod
    def existing_file_system(destination_file_system: IFileSystem) -> ReplicationConfiguration:
        """Replicate to ``destination_file_system``."""
        return ReplicationConfiguration(destination_file_system=destination_file_system)

    @staticmethod
    def one_zone_file_system(region: str, availability_zone: str, kms_key: IKey | None = None) -> ReplicationConfiguration:
        """Replicate to a new One Zone file system in ``region``/``availability_zone``."""
        return ReplicationConfiguration(region=region, availability_zone=availability_zone, kms_key=kms_key)

    @staticmethod
    def regional_file_system(region: str | None = None, kms_key: IKey | None = None) -> ReplicationConfiguration:
        """Replicate to a new Regional file system (in the stack's region unless given)."""
        return ReplicationConfiguration(region=region, kms_key=kms_key)
