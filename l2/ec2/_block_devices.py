"""Block devices of instances: ``BlockDevice``, ``BlockDeviceVolume`` and ``EbsDeviceVolumeType``."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Construct,
    Size,
    SizeRoundingBehavior,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.kms import IKey


class EbsDeviceVolumeType(enum.Enum):
    """EBS volume types (the long names are aliases of the short ones)."""

    STANDARD = "standard"
    IO1 = "io1"
    IO2 = "io2"
    GP2 = "gp2"
    GP3 = "gp3"
    ST1 = "st1"
    SC1 = "sc1"
    GENERAL_PURPOSE_SSD = "gp2"
    GENERAL_PURPOSE_SSD_GP3 = "gp3"
    PROVISIONED_IOPS_SSD = "io1"
    PROVISIONED_IOPS_SSD_IO2 = "io2"
    THROUGHPUT_OPTIMIZED_HDD = "st1"
    COLD_HDD = "sc1"
    MAGNETIC = "standard"


@structs.frozen(kw_only=True)
class EbsDeviceOptionsBase:
    """The options of an EBS block device common to new and snapshot volumes.

    Args:
        delete_on_termination: delete the volume when the instance terminates (default true).
        iops: provisioned IOPS (io1, io2, gp3).
        throughput: MiB/s (gp3 only, 125 to 2000; launch templates only).
        volume_initialization_rate: the snapshot download rate (launch templates only).
        volume_type: the volume type (default gp2).
    """

    delete_on_termination: bool | None = None
    iops: int | float | None = None
    throughput: int | float | None = None
    volume_initialization_rate: Size | None = None
    volume_type: EbsDeviceVolumeType | None = None


@structs.frozen(kw_only=True)
class EbsDeviceOptions(EbsDeviceOptionsBase):
    """The options of a new EBS block device: ``EbsDeviceOptionsBase`` plus encryption.

    Args:
        encrypted: encrypt the volume.
        kms_key: the KMS key (requires ``encrypted``).
    """

    encrypted: bool | None = None
    kms_key: IKey | None = None


@structs.frozen(kw_only=True)
class EbsDeviceSnapshotOptions(EbsDeviceOptionsBase):
    """The options of an EBS block device made from a snapshot.

    Args:
        volume_size: GiB (default: the snapshot's size).
    """

    volume_size: int | float | None = None


@structs.frozen(kw_only=True)
class EbsDeviceProps(EbsDeviceSnapshotOptions):
    """All the properties of an EBS block device.

    Args:
        snapshot_id: the snapshot to create the volume from.
        encrypted: encrypt the volume (default not encrypted, unless the account encrypts by default).
        kms_key: the customer managed KMS key that encrypts the volume (needs ``encrypted``; default the
            AWS managed EBS key).
    """

    snapshot_id: str | None = None
    encrypted: bool | None = None
    kms_key: IKey | None = None


_EbsDevice = EbsDeviceProps


class BlockDeviceVolume:
    """The volume of a block device: ``BlockDeviceVolume.ebs(8)``, ``ebs_from_snapshot(...)``, ``ephemeral(0)``.

    Args:
        ebs_device: the EBS volume settings, for an EBS device (default: not EBS).
        virtual_name: the instance-store name (``ephemeral0``...), for an ephemeral device (default: not ephemeral).
    """

    def __init__(self, ebs_device: EbsDeviceProps | None = None, virtual_name: str | None = None) -> None:
        self.ebs_device = ebs_device
        self.virtual_name = virtual_name

    @staticmethod
    def ebs(
        volume_size: int,
        *,
        delete_on_termination: bool | None = None,
        encrypted: bool | None = None,
        iops: int | float | None = None,
        kms_key: IKey | None = None,
        throughput: int | float | None = None,
        volume_initialization_rate: Size | None = None,
        volume_type: EbsDeviceVolumeType | None = None,
    ) -> BlockDeviceVolume:
        """A new EBS volume of ``volume_size`` GiB."""
        return BlockDeviceVolume(_EbsDevice(
            delete_on_termination=delete_on_termination, encrypted=encrypted, iops=iops, kms_key=kms_key,
            throughput=throughput, volume_type=volume_type, volume_size=volume_size,
            volume_initialization_rate=volume_initialization_rate,
        ))

    @staticmethod
    def ebs_from_snapshot(
        snapshot_id: str,
        *,
        delete_on_termination: bool | None = None,
        iops: int | float | None = None,
        throughput: int | float | None = None,
        volume_initialization_rate: Size | None = None,
        volume_size: int | float | None = None,
        volume_type: EbsDeviceVolumeType | None = None,
    ) -> BlockDeviceVolume:
        """An EBS volume created from a snapshot."""
        return BlockDeviceVolume(_EbsDevice(
            delete_on_termination=delete_on_termination, iops=iops, throughput=throughput, volume_size=volume_size,
            volume_type=volume_type, snapshot_id=snapshot_id, volume_initialization_rate=volume_initialization_rate,
        ))

    @staticmethod
    def ephemeral(volume_index: int) -> BlockDeviceVolume:
        """An instance store volume (``ephemeral<n>``)."""
        if volume_index < 0:
            raise UnscopedValidationError(f'volumeIndex must be a number starting from 0, got "{volume_index}"')
        return BlockDeviceVolume(None, f"ephemeral{volume_index}")


@structs.frozen(kw_only=True)
class BlockDevice:
    """A block device of an instance.

    Args:
        device_name: the device name (``/dev/xvda``).
        volume: the volume.
        mapping_enabled: false suppresses the device (``NoDevice``).
    """

    device_name: str
    volume: BlockDeviceVolume
    mapping_enabled: bool | None = None


def instance_block_device_mappings(construct: Construct, block_devices: Sequence[BlockDevice]) -> list[Any]:
    """The ``BlockDeviceMappings`` of a ``CfnInstance``."""
    from l1.ec2 import CfnInstance

    out: list[Any] = []
    for device in block_devices:
        ebs = device.volume.ebs_device
        if ebs is not None and ebs.throughput is not None:
            Annotations.of(construct).add_warning_v2(
                "@aws-cdk/aws-ec2:throughputNotSupported",
                "The throughput property is not supported on EC2 instances. Use a Launch Template instead. See "
                "https://github.com/aws/aws-cdk/issues/34033 for more information.",
            )
        if ebs is not None and ebs.volume_initialization_rate is not None:
            Annotations.of(construct).add_warning_v2(
                "@aws-cdk/aws-ec2:volumeInitializationRateNotSupported",
                "The volumeInitializationRate is not supported on EC2 instances. Use a Launch Template instead.",
            )
        rendered = None
        if ebs is not None:
            _validate(construct, ebs)
            rendered = CfnInstance.EbsProperty(
                delete_on_termination=ebs.delete_on_termination,
                encrypted=ebs.encrypted,
                iops=ebs.iops,
                kms_key_id=ebs.kms_key.key_arn if ebs.kms_key is not None else None,
                snapshot_id=ebs.snapshot_id,
                volume_size=ebs.volume_size,
                volume_type=ebs.volume_type.value if ebs.volume_type is not None else None,
            )
        out.append(CfnInstance.BlockDeviceMappingProperty(
            device_name=device.device_name,
            ebs=rendered,
            virtual_name=device.volume.virtual_name,
            no_device={} if device.mapping_enabled is False else None,
        ))
    return out


def _validate(construct: Construct, ebs: _EbsDevice) -> None:
    gp3 = EbsDeviceVolumeType.GP3
    if ebs.throughput:
        if ebs.volume_type is not gp3:
            shown = ebs.volume_type.value if ebs.volume_type is not None else "undefined"
            raise ValidationError(f"'throughput' requires 'volumeType': gp3, got: {shown}.", construct)
        if not float(ebs.throughput).is_integer():
            raise ValidationError(f"'throughput' must be an integer, got: {ebs.throughput}.", construct)
        if ebs.throughput < 125 or ebs.throughput > 2000:
            raise ValidationError(f"'throughput' must be between 125 and 2000, got {ebs.throughput}.", construct)
        if ebs.iops:
            ratio = ebs.throughput / ebs.iops
            if ratio > 0.25:
                raise ValidationError(
                    f"Throughput (MiBps) to iops ratio of {_js_num(ratio)} is too high; maximum is 0.25 MiBps per iops",
                    construct,
                )
    rate = ebs.volume_initialization_rate
    if rate is not None and not rate.is_unresolved():
        mibs = rate.to_mebibytes(rounding=SizeRoundingBehavior.NONE)
        if mibs < 100 or mibs > 300:
            raise ValidationError(
                f"volumeInitializationRate must be between 100 and 300 MiB/s, got: {_js_num(mibs)} MiB/s", construct
            )
    if ebs.iops:
        if ebs.volume_type not in (EbsDeviceVolumeType.IO1, EbsDeviceVolumeType.IO2, gp3):
            Annotations.of(construct).add_warning_v2(
                "@aws-cdk/aws-ec2:iopsIgnored", "iops will be ignored without volumeType: IO1, IO2, or GP3"
            )
    elif ebs.volume_type in (EbsDeviceVolumeType.IO1, EbsDeviceVolumeType.IO2):
        raise ValidationError(
            "iops property is required with volumeType: EbsDeviceVolumeType.IO1 and EbsDeviceVolumeType.IO2",
            construct,
        )


def _js_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


def launch_template_block_device_mappings(construct: Construct, block_devices: Sequence[BlockDevice]) -> list[Any]:
    """The ``BlockDeviceMappings`` of a ``CfnLaunchTemplate``'s data."""
    from l1.ec2 import CfnLaunchTemplate

    out: list[Any] = []
    for device in block_devices:
        ebs = device.volume.ebs_device
        rendered = None
        if ebs is not None:
            _validate(construct, ebs)
            rate = ebs.volume_initialization_rate
            rendered = CfnLaunchTemplate.EbsProperty(
                delete_on_termination=ebs.delete_on_termination,
                encrypted=ebs.encrypted,
                iops=ebs.iops,
                kms_key_id=ebs.kms_key.key_arn if ebs.kms_key is not None else None,
                snapshot_id=ebs.snapshot_id,
                throughput=ebs.throughput,
                volume_initialization_rate=rate.to_mebibytes() if rate is not None else None,
                volume_size=ebs.volume_size,
                volume_type=ebs.volume_type.value if ebs.volume_type is not None else None,
            )
        out.append(CfnLaunchTemplate.BlockDeviceMappingProperty(
            device_name=device.device_name,
            ebs=rendered,
            virtual_name=device.volume.virtual_name,
            no_device="" if device.mapping_enabled is False else None,
        ))
    return out
