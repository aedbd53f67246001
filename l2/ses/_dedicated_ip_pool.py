"""``DedicatedIpPool`` and ``VdmAttributes``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from constructs import Construct, Resource, ValidationError
from constructs.internals import structs
from l1._private.interfaces.ses import DedicatedIpPoolReference as DedicatedIpPoolReference
from l1._private.interfaces.ses import VdmAttributesReference as VdmAttributesReference
from l1.ses import CfnDedicatedIpPool, CfnVdmAttributes
from l2.ses._types import ScalingMode

if TYPE_CHECKING:
    from l2.ses._interfaces import IDedicatedIpPool, IVdmAttributes


@structs.frozen(kw_only=True)
class DedicatedIpPoolProps:
    """The properties of a ``DedicatedIpPool`` (see ``DedicatedIpPool``)."""

    dedicated_ip_pool_name: str | None = None
    scaling_mode: ScalingMode | None = None


class _ImportedDedicatedIpPool(Resource):
    def __init__(self, scope: Construct, id: str, name: str) -> None:
        super().__init__(scope, id)
        self.dedicated_ip_pool_name = name

    @property
    def dedicated_ip_pool_ref(self) -> DedicatedIpPoolReference:
        """The pool's name, as a reference."""
        return DedicatedIpPoolReference(pool_name=self.dedicated_ip_pool_name)


class DedicatedIpPool(Resource):
    """A dedicated IP pool (``AWS::SES::DedicatedIpPool``).

    Args:
        dedicated_ip_pool_name: a name (lowercase letters, digits, ``_`` and ``-``, at most 64; default generated).
        scaling_mode: ``STANDARD`` or ``MANAGED`` (default SES's: standard).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ses.DedicatedIpPool"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        dedicated_ip_pool_name: str | None = None,
        scaling_mode: ScalingMode | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=dedicated_ip_pool_name)
        if dedicated_ip_pool_name and not re.fullmatch(r"[a-z0-9_-]{0,64}", dedicated_ip_pool_name):
            raise ValidationError(
                f'Invalid dedicatedIpPoolName "{dedicated_ip_pool_name}". The name must only include lowercase '
                "letters, numbers, underscores, hyphens, and must not exceed 64 characters.",
                self,
            )
        pool = CfnDedicatedIpPool(
            self,
            "Resource",
            pool_name=self.physical_name if dedicated_ip_pool_name is not None else None,
            scaling_mode=scaling_mode.value if scaling_mode is not None else None,
        )
        self.dedicated_ip_pool_name: str = pool.ref
        """The name of the pool."""

    @property
    def dedicated_ip_pool_ref(self) -> DedicatedIpPoolReference:
        """The pool's name, as a reference."""
        return DedicatedIpPoolReference(pool_name=self.dedicated_ip_pool_name)

    @staticmethod
    def from_dedicated_ip_pool_name(scope: Construct, id: str, dedicated_ip_pool_name: str) -> IDedicatedIpPool:
        """Import a dedicated IP pool by name."""
        return _ImportedDedicatedIpPool(scope, id, dedicated_ip_pool_name)


@structs.frozen(kw_only=True)
class VdmAttributesProps:
    """The properties of ``VdmAttributes`` (see ``VdmAttributes``)."""

    engagement_metrics: bool | None = None
    optimized_shared_delivery: bool | None = None


class _ImportedVdmAttributes(Resource):
    def __init__(self, scope: Construct, id: str, name: str) -> None:
        super().__init__(scope, id)
        self.vdm_attributes_name = name

    @property
    def vdm_attributes_ref(self) -> VdmAttributesReference:
        """The VDM attributes' resource ID."""
        return VdmAttributesReference(vdm_attributes_resource_id=self.vdm_attributes_name)


def _enabled_disabled(value: bool) -> str:
    return "ENABLED" if value is True else "DISABLED"


class VdmAttributes(Resource):
    """The account's Virtual Deliverability Manager attributes (``AWS::SES::VdmAttributes``).

    Args:
        engagement_metrics: engagement tracking (default ``True``).
        optimized_shared_delivery: optimized shared delivery (default ``True``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ses.VdmAttributes"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        engagement_metrics: bool | None = None,
        optimized_shared_delivery: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        resource = CfnVdmAttributes(
            self,
            "Resource",
            dashboard_attributes={
                "engagement_metrics": _enabled_disabled(True if engagement_metrics is None else engagement_metrics)
            },
            guardian_attributes={
                "optimized_shared_delivery": _enabled_disabled(
                    True if optimized_shared_delivery is None else optimized_shared_delivery
                )
            },
        )
        self.vdm_attributes_name: str = resource.ref
        """The name of the VDM attributes resource."""
        self.vdm_attributes_resource_id: str = resource.attr_vdm_attributes_resource_id
        """The resource ID of the VDM attributes."""

    @property
    def vdm_attributes_ref(self) -> VdmAttributesReference:
        """The VDM attributes' resource ID."""
        return VdmAttributesReference(vdm_attributes_resource_id=self.vdm_attributes_resource_id)

    @staticmethod
    def from_vdm_attributes_name(scope: Construct, id: str, vdm_attributes_name: str) -> IVdmAttributes:
        """Import the VDM attributes by name."""
        return _ImportedVdmAttributes(scope, id, vdm_attributes_name)
