"""``Volume``: an EBS volume (``AWS::EC2::Volume``) with grants to attach and detach it."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Construct,
    FeatureFlags,
    Names,
    RemovalPolicy,
    Resource,
    Size,
    SizeRoundingBehavior,
    Stack,
    Tags,
    Token,
    ValidationError,
)
from constructs.internals import structs
from l2.ec2._block_devices import EbsDeviceVolumeType
from l2.ec2._interfaces import IInstance, IVolume, VolumeReference

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.kms import IKey

_T = EbsDeviceVolumeType


@structs.frozen(kw_only=True)
class VolumeAttributes:
    """An existing EBS volume.

    Args:
        availability_zone: its Availability Zone.
        volume_id: its id (``vol-...``).
        encryption_key: the KMS key encrypting it.
    """

    availability_zone: str
    volume_id: str
    encryption_key: IKey | None = None


@structs.frozen(kw_only=True)
class VolumeProps:
    """The properties of a ``Volume`` (see ``Volume`` for each keyword)."""

    availability_zone: str
    auto_enable_io: bool | None = None
    enable_multi_attach: bool | None = None
    encrypted: bool | None = None
    encryption_key: IKey | None = None
    iops: int | float | None = None
    removal_policy: RemovalPolicy | None = None
    size: Size | None = None
    snapshot_id: str | None = None
    throughput: int | float | None = None
    volume_initialization_rate: Size | None = None
    volume_name: str | None = None
    volume_type: EbsDeviceVolumeType | None = None


class VolumeBase(Resource):
    """Shared by ``Volume`` and imported volumes: the attach/detach grants."""

    volume_id: str
    availability_zone: str
    encryption_key: IKey | None = None

    @property
    def volume_ref(self) -> VolumeReference:
        """A reference to this volume."""
        return VolumeReference(volume_id=self.volume_id)

    def grant_attach_volume(self, grantee: IGrantable, instances: Sequence[IInstance] | None = None) -> Grant:
        """Allow ``grantee`` to attach this volume to ``instances`` (default: any instance)."""
        from l2 import iam

        result = iam.Grant.add_to_principal(grantee=grantee, actions=["ec2:AttachVolume"],
                                            resource_arns=self._grant_resource_arns(instances))
        if self.encryption_key is not None:
            grant = self.encryption_key.grant(grantee, "kms:CreateGrant")
            if grant.principal_statement is not None:
                grant.principal_statement.add_conditions({
                    "Bool": {"kms:GrantIsForAWSResource": True},
                    "StringEquals": {
                        "kms:ViaService": f"ec2.{Stack.of(self).region}.amazonaws.com",
                        "kms:GrantConstraintType": "EncryptionContextSubset",
                    },
                })
        return result

    def grant_attach_volume_by_resource_tag(
        self, grantee: IGrantable, constructs: Sequence[Construct], tag_key_suffix: str | None = None
    ) -> Grant:
        """Allow ``grantee`` to attach this volume to instances that carry the same generated tag as
        ``constructs`` (the tag is added to them and to the volume)."""
        return self._grant_by_tag("VolumeGrantAttach", self.grant_attach_volume, grantee, constructs,
                                  tag_key_suffix)

    def grant_detach_volume(self, grantee: IGrantable, instances: Sequence[IInstance] | None = None) -> Grant:
        """Allow ``grantee`` to detach this volume from ``instances`` (default: any instance)."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=["ec2:DetachVolume"],
                                          resource_arns=self._grant_resource_arns(instances))

    def grant_detach_volume_by_resource_tag(
        self, grantee: IGrantable, constructs: Sequence[Construct], tag_key_suffix: str | None = None
    ) -> Grant:
        """Like ``grant_attach_volume_by_resource_tag``, for detaching."""
        return self._grant_by_tag("VolumeGrantDetach", self.grant_detach_volume, grantee, constructs,
                                  tag_key_suffix)

    def _grant_by_tag(self, prefix: str, grant_fn: Any, grantee: Any, constructs: Sequence[Construct],
                      suffix: str | None) -> Grant:
        value = hashlib.md5("".join(Names.unique_id(c) for c in [self, *constructs]).encode()).hexdigest()
        key = f"{prefix}-{suffix if suffix is not None else value[:10].upper()}"
        result = grant_fn(grantee)
        result.principal_statement.add_condition("ForAnyValue:StringEquals", {f"ec2:ResourceTag/{key}": value})
        Tags.of(self).add(key, value)
        for c in constructs:
            Tags.of(c).add(key, value)
        return result  # type: ignore[no-any-return]

    def _grant_resource_arns(self, instances: Sequence[IInstance] | None) -> list[str]:
        stack = Stack.of(self)
        prefix = f"arn:{stack.partition}:ec2:{stack.region}:{stack.account}"
        arns = [f"{prefix}:volume/{self.volume_id}"]
        if instances is not None:
            arns += [f"{prefix}:instance/{i.instance_id}" for i in instances]
        else:
            arns.append(f"{prefix}:instance/*")
        return arns


class _ImportedVolume(VolumeBase):
    def __init__(self, scope: Construct, id: str, attrs: VolumeAttributes) -> None:
        super().__init__(scope, id)
        self.volume_id = attrs.volume_id
        self.availability_zone = attrs.availability_zone
        self.encryption_key = attrs.encryption_key


def _n(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


class Volume(VolumeBase):
    """An EBS volume.

    Args:
        availability_zone: where the volume is.
        size: the size (whole GiB); required unless ``snapshot_id`` is given.
        snapshot_id: create from this snapshot (``snap-...``).
        volume_type: default gp2 (gp3 with ``@aws-cdk/aws-ec2:ebsDefaultGp3Volume``).
        iops: provisioned IOPS (io1, io2, gp3).
        throughput: MiB/s (gp3, 125 to 2000).
        encrypted / encryption_key: encryption (a key requires ``encrypted``).
        enable_multi_attach: multi-attach (io1/io2 only).
        auto_enable_io: auto-enable I/O after a consistency problem.
        volume_initialization_rate: the snapshot download rate (100 to 300 MiB/s; with ``snapshot_id``).
        volume_name: the ``Name`` tag.
        removal_policy: default retain.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.Volume"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        availability_zone: str,
        auto_enable_io: bool | None = None,
        enable_multi_attach: bool | None = None,
        encrypted: bool | None = None,
        encryption_key: IKey | None = None,
        iops: int | float | None = None,
        removal_policy: RemovalPolicy | None = None,
        size: Size | None = None,
        snapshot_id: str | None = None,
        throughput: int | float | None = None,
        volume_initialization_rate: Size | None = None,
        volume_name: str | None = None,
        volume_type: EbsDeviceVolumeType | None = None,
    ) -> None:
        from l1.ec2 import CfnVolume

        super().__init__(scope, id, physical_name=volume_name)
        self._validate(size, snapshot_id, encryption_key, encrypted, volume_type, iops, throughput,
                       enable_multi_attach, volume_initialization_rate)
        default_type = _T.GP3 if FeatureFlags.of(self).is_enabled("@aws-cdk/aws-ec2:ebsDefaultGp3Volume") else _T.GP2
        resource = CfnVolume(
            self,
            "Resource",
            availability_zone=availability_zone,
            auto_enable_io=auto_enable_io,
            encrypted=encrypted,
            kms_key_id=encryption_key.key_arn if encryption_key is not None else None,
            iops=iops,
            multi_attach_enabled=bool(enable_multi_attach),
            size=size.to_gibibytes(rounding=SizeRoundingBehavior.FAIL) if size is not None else None,
            snapshot_id=snapshot_id,
            throughput=throughput,
            volume_type=(volume_type or default_type).value,
            volume_initialization_rate=volume_initialization_rate.to_mebibytes()
            if volume_initialization_rate is not None else None,
        )
        resource.apply_removal_policy(removal_policy)
        if volume_name:
            Tags.of(resource).add("Name", volume_name)
        self.volume_id = resource.ref
        self.availability_zone = availability_zone
        self.encryption_key = encryption_key
        if encryption_key is not None:
            from l2 import iam, kms

            stack = Stack.of(self)
            principal = kms.ViaServicePrincipal(
                f"ec2.{stack.region}.amazonaws.com", iam.AccountRootPrincipal()
            ).with_conditions({"StringEquals": {"kms:CallerAccount": stack.account}})
            grant = encryption_key.grant(principal, "kms:DescribeKey", "kms:GenerateDataKeyWithoutPlainText")
            if snapshot_id and grant.principal_statement is not None:
                grant.principal_statement.add_actions("kms:ReEncrypt*")

    @staticmethod
    def from_volume_attributes(
        scope: Construct, id: str, *, availability_zone: str, volume_id: str, encryption_key: IKey | None = None
    ) -> IVolume:
        """An existing volume."""
        if not Token.is_unresolved(volume_id) and not re.fullmatch(r"vol-[0-9a-fA-F]+", volume_id):
            raise ValidationError(
                "`volumeId` does not match expected pattern. Expected `vol-<hexadecmial value>` (ex: "
                "`vol-05abe246af`) or a Token",
                scope,
            )
        return _ImportedVolume(scope, id, VolumeAttributes(
            availability_zone=availability_zone, volume_id=volume_id, encryption_key=encryption_key))

    def _validate(self, size: Size | None, snapshot_id: str | None, key: Any, encrypted: bool | None,
                  volume_type: EbsDeviceVolumeType | None, iops: float | None, throughput: float | None,
                  multi_attach: bool | None, init_rate: Size | None) -> None:
        if not (size or snapshot_id):
            raise ValidationError("Must provide at least one of `size` or `snapshotId`", self)
        if snapshot_id and not Token.is_unresolved(snapshot_id) and not re.fullmatch(r"snap-[0-9a-fA-F]+",
                                                                                     snapshot_id):
            raise ValidationError(
                "`snapshotId` does not match expected pattern. Expected `snap-<hexadecmial value>` (ex: "
                "`snap-05abe246af`) or Token",
                self,
            )
        if key is not None and not encrypted:
            raise ValidationError("`encrypted` must be true when providing an `encryptionKey`.", self)
        if volume_type in (_T.IO1, _T.IO2) and not iops:
            raise ValidationError(
                "`iops` must be specified if the `volumeType` is `PROVISIONED_IOPS_SSD` or "
                "`PROVISIONED_IOPS_SSD_IO2`.",
                self,
            )
        if iops:
            vt = volume_type or _T.GP2
            if vt not in (_T.IO1, _T.IO2, _T.GP3):
                raise ValidationError(
                    "`iops` may only be specified if the `volumeType` is `PROVISIONED_IOPS_SSD`, "
                    "`PROVISIONED_IOPS_SSD_IO2` or `GENERAL_PURPOSE_SSD_GP3`.",
                    self,
                )
            low, high = {_T.GP3: (3000, 80000), _T.IO1: (100, 64000), _T.IO2: (100, 256000)}[vt]
            if iops < low or iops > high:
                raise ValidationError(f"`{vt.value}` volumes iops must be between {low} and {high}.", self)
            ratio = {_T.GP3: 500, _T.IO1: 50, _T.IO2: 500}[vt]
            if size is not None and iops > ratio * size.to_gibibytes(rounding=SizeRoundingBehavior.FAIL):
                raise ValidationError(f"`{vt.value}` volumes iops has a maximum ratio of {ratio} IOPS/GiB.", self)
            if throughput and vt == _T.GP3:
                r = throughput / iops
                if r > 0.25:
                    raise ValidationError(
                        f"Throughput (MiBps) to iops ratio of {_n(r)} is too high; maximum is 0.25 MiBps per iops",
                        self,
                    )
        if multi_attach and (volume_type or _T.GP2) not in (_T.IO1, _T.IO2):
            raise ValidationError(
                "multi-attach is supported exclusively on `PROVISIONED_IOPS_SSD` and `PROVISIONED_IOPS_SSD_IO2` "
                "volumes.",
                self,
            )
        if size is not None:
            gib = size.to_gibibytes(rounding=SizeRoundingBehavior.FAIL)
            vt = volume_type or _T.GP2
            low, high = {
                _T.GP2: (1, 16384), _T.GP3: (1, 65536), _T.IO1: (4, 16384), _T.IO2: (4, 65536),
                _T.ST1: (125, 16384), _T.SC1: (125, 16384), _T.STANDARD: (1, 1024),
            }[vt]
            if gib < low or gib > high:
                raise ValidationError(f"`{vt.value}` volumes must be between {low} GiB and {high} GiB in size.", self)
        if throughput:
            if volume_type != _T.GP3:
                raise ValidationError("throughput property requires volumeType: EbsDeviceVolumeType.GP3", self)
            if throughput < 125 or throughput > 2000:
                raise ValidationError("throughput property takes a minimum of 125 and a maximum of 2000", self)
        if init_rate is not None:
            if not snapshot_id:
                raise ValidationError(
                    "volumeInitializationRate can only be specified when creating a volume from a snapshot.", self
                )
            if not init_rate.is_unresolved():
                mibs = init_rate.to_mebibytes(rounding=SizeRoundingBehavior.NONE)
                if mibs < 100 or mibs > 300:
                    raise ValidationError(
                        f"volumeInitializationRate must be between 100 and 300 MiB/s, got: {_n(mibs)} MiB/s", self
                    )
