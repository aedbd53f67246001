"""``Addon``: an EKS add-on (``AWS::EKS::Addon``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from constructs import ArnFormat, Construct, Fn, Resource, Stack
from l1.eks import CfnAddon

if TYPE_CHECKING:
    from constructs import RemovalPolicy
    from l2.eks_v2._interfaces import IAddon, ICluster


class Addon(Resource):
    """An EKS add-on installed on a cluster.

    Args:
        scope: the scope.
        id: the construct id.
        addon_name: the name of the add-on, e.g. ``"coredns"``.
        cluster: the cluster.
        addon_version: the version of the add-on (default: EKS's default).
        configuration_values: the add-on's configuration.
        preserve_on_delete: whether the add-on's software stays on the cluster when it is deleted.
        removal_policy: the removal policy of the add-on.
    """

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-eks-v2.Addon"
    """The id property injectors use for this class."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        addon_name: str,
        cluster: ICluster,
        addon_version: str | None = None,
        configuration_values: Mapping[str, object] | None = None,
        preserve_on_delete: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=addon_name)
        self._cluster_name = cluster.cluster_name
        self.resource = CfnAddon(
            self, "Resource", addon_name=addon_name, cluster_name=self._cluster_name, addon_version=addon_version,
            preserve_on_delete=preserve_on_delete,
            configuration_values=self.stack.to_json_string(configuration_values)
            if configuration_values is not None else None,
        )
        if removal_policy is not None:
            self.resource.apply_removal_policy(removal_policy)

    @staticmethod
    def from_addon_attributes(scope: Construct, id: str, *, addon_name: str, cluster_name: str) -> IAddon:
        """Import an add-on by its name and cluster."""
        arn = Stack.of(scope).format_arn(service="eks", resource="addon", resource_name=f"{cluster_name}/{addon_name}")
        return _ImportedAddon(scope, id, addon_name, arn)

    @staticmethod
    def from_addon_arn(scope: Construct, id: str, addon_arn: str) -> IAddon:
        """Import an add-on by its ARN."""
        parsed = Stack.of(scope).split_arn(addon_arn, ArnFormat.COLON_RESOURCE_NAME)
        return _ImportedAddon(scope, id, Fn.select(1, Fn.split("/", parsed.resource_name or "")), addon_arn)

    @property
    def addon_name(self) -> str:
        """The name of the add-on."""
        return self.get_resource_name_attribute(self.resource.ref)

    @property
    def addon_arn(self) -> str:
        """The ARN of the add-on."""
        return self.get_resource_arn_attribute(self.resource.attr_arn, {
            "service": "eks", "resource": "addon", "resource_name": f"{self._cluster_name}/{self.addon_name}/"})

    @property
    def addon_ref(self) -> AddonReference:
        """A reference to the add-on."""
        return AddonReference(self.addon_arn, self.addon_name, self._cluster_name)


class AddonReference:
    """A reference to an add-on: its ARN, name and cluster name."""

    def __init__(self, addon_arn: str, addon_name: str, cluster_name: str) -> None:
        self.addon_arn = addon_arn
        self.addon_name = addon_name
        self.cluster_name = cluster_name


class _ImportedAddon(Resource):
    def __init__(self, scope: Construct, id: str, addon_name: str, addon_arn: str) -> None:
        super().__init__(scope, id)
        self.addon_name = addon_name
        self.addon_arn = addon_arn
