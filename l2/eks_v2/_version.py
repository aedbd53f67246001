"""EKS value classes: ``KubernetesVersion``, ``EndpointAccess``, ``AccessPolicyArn`` and ``AlbControllerVersion``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from constructs import Aws, UnscopedValidationError


class KubernetesVersion:
    """A Kubernetes version of an EKS cluster (``KubernetesVersion.V1_33`` or ``KubernetesVersion.of("1.33")``).

    Args:
        version: the version string, e.g. ``"1.33"``.
    """

    V1_25: ClassVar[KubernetesVersion]
    """Kubernetes version 1.25."""
    V1_26: ClassVar[KubernetesVersion]
    """Kubernetes version 1.26."""
    V1_27: ClassVar[KubernetesVersion]
    """Kubernetes version 1.27."""
    V1_28: ClassVar[KubernetesVersion]
    """Kubernetes version 1.28."""
    V1_29: ClassVar[KubernetesVersion]
    """Kubernetes version 1.29."""
    V1_30: ClassVar[KubernetesVersion]
    """Kubernetes version 1.30."""
    V1_31: ClassVar[KubernetesVersion]
    """Kubernetes version 1.31."""
    V1_32: ClassVar[KubernetesVersion]
    """Kubernetes version 1.32."""
    V1_33: ClassVar[KubernetesVersion]
    """Kubernetes version 1.33."""
    V1_34: ClassVar[KubernetesVersion]
    """Kubernetes version 1.34."""
    V1_35: ClassVar[KubernetesVersion]
    """Kubernetes version 1.35."""
    V1_36: ClassVar[KubernetesVersion]
    """Kubernetes version 1.36."""

    def __init__(self, version: str) -> None:
        self._version = version

    @staticmethod
    def of(version: str) -> KubernetesVersion:
        """A custom Kubernetes version string, e.g. ``"1.33"``."""
        return KubernetesVersion(version)

    @property
    def version(self) -> str:
        """The version string."""
        return self._version


KubernetesVersion.V1_25 = KubernetesVersion("1.25")
KubernetesVersion.V1_26 = KubernetesVersion("1.26")
KubernetesVersion.V1_27 = KubernetesVersion("1.27")
KubernetesVersion.V1_28 = KubernetesVersion("1.28")
KubernetesVersion.V1_29 = KubernetesVersion("1.29")
KubernetesVersion.V1_30 = KubernetesVersion("1.30")
KubernetesVersion.V1_31 = KubernetesVersion("1.31")
KubernetesVersion.V1_32 = KubernetesVersion("1.32")
KubernetesVersion.V1_33 = KubernetesVersion("1.33")
KubernetesVersion.V1_34 = KubernetesVersion("1.34")
KubernetesVersion.V1_35 = KubernetesVersion("1.35")
KubernetesVersion.V1_36 = KubernetesVersion("1.36")


class EndpointAccess:
    """Which networks may reach the cluster's Kubernetes API server endpoint.

    Use ``EndpointAccess.PUBLIC``, ``PRIVATE`` or ``PUBLIC_AND_PRIVATE`` (optionally narrowed with ``only_from``).

    Args:
        private_access: whether the endpoint is reachable from inside the VPC.
        public_access: whether the endpoint is reachable from the internet.
        public_cidrs: the CIDR blocks public access is limited to; only with ``public_access`` (default: any address).
    """

    PUBLIC: ClassVar[EndpointAccess]
    """Reachable from the internet only (worker nodes leave the VPC to reach it)."""
    PRIVATE: ClassVar[EndpointAccess]
    """Reachable from inside the VPC only."""
    PUBLIC_AND_PRIVATE: ClassVar[EndpointAccess]
    """Reachable from the internet and from inside the VPC (the default)."""

    def __init__(self, *, private_access: bool, public_access: bool,
                 public_cidrs: Sequence[str] | None = None) -> None:
        if not public_access and public_cidrs:
            raise UnscopedValidationError("CIDR blocks can only be configured when public access is enabled")
        self._private_access = private_access
        self._public_access = public_access
        self._public_cidrs = list(public_cidrs) if public_cidrs is not None else None

    def only_from(self, *cidr: str) -> EndpointAccess:
        """Restrict public access to the given CIDR blocks (private access stays on)."""
        if not self._private_access:
            raise UnscopedValidationError(
                "Cannot restric public access to endpoint when private access is disabled. "
                "Use PUBLIC_AND_PRIVATE.onlyFrom() instead.")
        return EndpointAccess(private_access=self._private_access, public_access=self._public_access,
                              public_cidrs=list(cidr))


EndpointAccess.PUBLIC = EndpointAccess(private_access=False, public_access=True)
EndpointAccess.PRIVATE = EndpointAccess(private_access=True, public_access=False)
EndpointAccess.PUBLIC_AND_PRIVATE = EndpointAccess(private_access=True, public_access=True)


class AccessPolicyArn:
    """The ARN of an EKS cluster access policy (``AccessPolicyArn.AMAZON_EKS_VIEW_POLICY`` or ``of(name)``).

    Args:
        policy_name: the name of the access policy.
    """

    AMAZON_EKS_ADMIN_POLICY: ClassVar[AccessPolicyArn]
    """``AmazonEKSAdminPolicy``."""
    AMAZON_EKS_CLUSTER_ADMIN_POLICY: ClassVar[AccessPolicyArn]
    """``AmazonEKSClusterAdminPolicy``."""
    AMAZON_EKS_ADMIN_VIEW_POLICY: ClassVar[AccessPolicyArn]
    """``AmazonEKSAdminViewPolicy``."""
    AMAZON_EKS_EDIT_POLICY: ClassVar[AccessPolicyArn]
    """``AmazonEKSEditPolicy``."""
    AMAZON_EKS_VIEW_POLICY: ClassVar[AccessPolicyArn]
    """``AmazonEKSViewPolicy``."""

    def __init__(self, policy_name: str) -> None:
        self._policy_name = policy_name
        self._policy_arn = f"arn:{Aws.PARTITION}:eks::aws:cluster-access-policy/{policy_name}"

    @staticmethod
    def of(policy_name: str) -> AccessPolicyArn:
        """The access policy with this name."""
        return AccessPolicyArn(policy_name)

    @property
    def policy_name(self) -> str:
        """The name of the access policy."""
        return self._policy_name

    @property
    def policy_arn(self) -> str:
        """The ARN of the access policy."""
        return self._policy_arn


AccessPolicyArn.AMAZON_EKS_ADMIN_POLICY = AccessPolicyArn("AmazonEKSAdminPolicy")
AccessPolicyArn.AMAZON_EKS_CLUSTER_ADMIN_POLICY = AccessPolicyArn("AmazonEKSClusterAdminPolicy")
AccessPolicyArn.AMAZON_EKS_ADMIN_VIEW_POLICY = AccessPolicyArn("AmazonEKSAdminViewPolicy")
AccessPolicyArn.AMAZON_EKS_EDIT_POLICY = AccessPolicyArn("AmazonEKSEditPolicy")
AccessPolicyArn.AMAZON_EKS_VIEW_POLICY = AccessPolicyArn("AmazonEKSViewPolicy")


class AlbControllerVersion:
    """A version of the AWS Load Balancer Controller (``AlbControllerVersion.V2_8_2`` or ``of``/``custom``).

    Args:
        version: the controller's image tag, e.g. ``"v2.8.2"``.
        helm_chart_version: the version of its Helm chart, e.g. ``"1.8.2"``.
        custom: whether this is a custom version (its IAM policy must then be given).
    """

    V2_0_0: ClassVar[AlbControllerVersion]
    """Version v2.0.0."""
    V2_0_1: ClassVar[AlbControllerVersion]
    """Version v2.0.1."""
    V2_10_0: ClassVar[AlbControllerVersion]
    """Version v2.10.0."""
    V2_10_1: ClassVar[AlbControllerVersion]
    """Version v2.10.1."""
    V2_11_0: ClassVar[AlbControllerVersion]
    """Version v2.11.0."""
    V2_12_0: ClassVar[AlbControllerVersion]
    """Version v2.12.0."""
    V2_13_0: ClassVar[AlbControllerVersion]
    """Version v2.13.0."""
    V2_13_1: ClassVar[AlbControllerVersion]
    """Version v2.13.1."""
    V2_13_2: ClassVar[AlbControllerVersion]
    """Version v2.13.2."""
    V2_13_3: ClassVar[AlbControllerVersion]
    """Version v2.13.3."""
    V2_13_4: ClassVar[AlbControllerVersion]
    """Version v2.13.4."""
    V2_14_0: ClassVar[AlbControllerVersion]
    """Version v2.14.0."""
    V2_14_1: ClassVar[AlbControllerVersion]
    """Version v2.14.1."""
    V2_15_0: ClassVar[AlbControllerVersion]
    """Version v2.15.0."""
    V2_16_0: ClassVar[AlbControllerVersion]
    """Version v2.16.0."""
    V2_17_0: ClassVar[AlbControllerVersion]
    """Version v2.17.0."""
    V2_17_1: ClassVar[AlbControllerVersion]
    """Version v2.17.1."""
    V2_1_0: ClassVar[AlbControllerVersion]
    """Version v2.1.0."""
    V2_1_1: ClassVar[AlbControllerVersion]
    """Version v2.1.1."""
    V2_1_2: ClassVar[AlbControllerVersion]
    """Version v2.1.2."""
    V2_1_3: ClassVar[AlbControllerVersion]
    """Version v2.1.3."""
    V2_2_0: ClassVar[AlbControllerVersion]
    """Version v2.2.0."""
    V2_2_1: ClassVar[AlbControllerVersion]
    """Version v2.2.1."""
    V2_2_2: ClassVar[AlbControllerVersion]
    """Version v2.2.2."""
    V2_2_3: ClassVar[AlbControllerVersion]
    """Version v2.2.3."""
    V2_2_4: ClassVar[AlbControllerVersion]
    """Version v2.2.4."""
    V2_3_0: ClassVar[AlbControllerVersion]
    """Version v2.3.0."""
    V2_3_1: ClassVar[AlbControllerVersion]
    """Version v2.3.1."""
    V2_4_1: ClassVar[AlbControllerVersion]
    """Version v2.4.1."""
    V2_4_2: ClassVar[AlbControllerVersion]
    """Version v2.4.2."""
    V2_4_3: ClassVar[AlbControllerVersion]
    """Version v2.4.3."""
    V2_4_4: ClassVar[AlbControllerVersion]
    """Version v2.4.4."""
    V2_4_5: ClassVar[AlbControllerVersion]
    """Version v2.4.5."""
    V2_4_6: ClassVar[AlbControllerVersion]
    """Version v2.4.6."""
    V2_4_7: ClassVar[AlbControllerVersion]
    """Version v2.4.7."""
    V2_5_0: ClassVar[AlbControllerVersion]
    """Version v2.5.0."""
    V2_5_1: ClassVar[AlbControllerVersion]
    """Version v2.5.1."""
    V2_5_2: ClassVar[AlbControllerVersion]
    """Version v2.5.2."""
    V2_5_3: ClassVar[AlbControllerVersion]
    """Version v2.5.3."""
    V2_5_4: ClassVar[AlbControllerVersion]
    """Version v2.5.4."""
    V2_6_0: ClassVar[AlbControllerVersion]
    """Version v2.6.0."""
    V2_6_1: ClassVar[AlbControllerVersion]
    """Version v2.6.1."""
    V2_6_2: ClassVar[AlbControllerVersion]
    """Version v2.6.2."""
    V2_7_0: ClassVar[AlbControllerVersion]
    """Version v2.7.0."""
    V2_7_1: ClassVar[AlbControllerVersion]
    """Version v2.7.1."""
    V2_7_2: ClassVar[AlbControllerVersion]
    """Version v2.7.2."""
    V2_8_0: ClassVar[AlbControllerVersion]
    """Version v2.8.0."""
    V2_8_1: ClassVar[AlbControllerVersion]
    """Version v2.8.1."""
    V2_8_2: ClassVar[AlbControllerVersion]
    """Version v2.8.2."""
    V2_8_3: ClassVar[AlbControllerVersion]
    """Version v2.8.3."""
    V2_9_0: ClassVar[AlbControllerVersion]
    """Version v2.9.0."""
    V2_9_1: ClassVar[AlbControllerVersion]
    """Version v2.9.1."""
    V2_9_2: ClassVar[AlbControllerVersion]
    """Version v2.9.2."""
    V3_0_0: ClassVar[AlbControllerVersion]
    """Version v3.0.0."""
    V3_1_0: ClassVar[AlbControllerVersion]
    """Version v3.1.0."""
    V3_2_0: ClassVar[AlbControllerVersion]
    """Version v3.2.0."""
    V3_2_1: ClassVar[AlbControllerVersion]
    """Version v3.2.1."""
    V3_2_2: ClassVar[AlbControllerVersion]
    """Version v3.2.2."""

    def __init__(self, version: str, helm_chart_version: str | None = None, custom: bool = False) -> None:
        self._version = version
        self._helm_chart_version = helm_chart_version
        self._custom = custom

    @staticmethod
    def of(version: str, helm_chart_version: str | None = None) -> AlbControllerVersion:
        """A custom controller version (its IAM policy must then be given with ``AlbControllerOptions.policy``)."""
        return AlbControllerVersion(version, helm_chart_version, True)

    @property
    def custom(self) -> bool:
        """Whether this is a custom version."""
        return self._custom

    @property
    def version(self) -> str:
        """The controller's image tag."""
        return self._version

    @property
    def helm_chart_version(self) -> str | None:
        """The version of the controller's Helm chart."""
        return self._helm_chart_version


AlbControllerVersion.V2_0_0 = AlbControllerVersion("v2.0.0", "1.4.1", False)
AlbControllerVersion.V2_0_1 = AlbControllerVersion("v2.0.1", "1.4.1", False)
AlbControllerVersion.V2_10_0 = AlbControllerVersion("v2.10.0", "1.10.0", False)
AlbControllerVersion.V2_10_1 = AlbControllerVersion("v2.10.1", "1.10.1", False)
AlbControllerVersion.V2_11_0 = AlbControllerVersion("v2.11.0", "1.11.0", False)
AlbControllerVersion.V2_12_0 = AlbControllerVersion("v2.12.0", "1.12.0", False)
AlbControllerVersion.V2_13_0 = AlbControllerVersion("v2.13.0", "1.13.0", False)
AlbControllerVersion.V2_13_1 = AlbControllerVersion("v2.13.1", "1.13.1", False)
AlbControllerVersion.V2_13_2 = AlbControllerVersion("v2.13.2", "1.13.2", False)
AlbControllerVersion.V2_13_3 = AlbControllerVersion("v2.13.3", "1.13.3", False)
AlbControllerVersion.V2_13_4 = AlbControllerVersion("v2.13.4", "1.13.4", False)
AlbControllerVersion.V2_14_0 = AlbControllerVersion("v2.14.0", "1.14.0", False)
AlbControllerVersion.V2_14_1 = AlbControllerVersion("v2.14.1", "1.14.1", False)
AlbControllerVersion.V2_15_0 = AlbControllerVersion("v2.15.0", "1.15.0", False)
AlbControllerVersion.V2_16_0 = AlbControllerVersion("v2.16.0", "1.16.0", False)
AlbControllerVersion.V2_17_0 = AlbControllerVersion("v2.17.0", "1.17.0", False)
AlbControllerVersion.V2_17_1 = AlbControllerVersion("v2.17.1", "1.17.1", False)
AlbControllerVersion.V2_1_0 = AlbControllerVersion("v2.1.0", "1.4.1", False)
AlbControllerVersion.V2_1_1 = AlbControllerVersion("v2.1.1", "1.4.1", False)
AlbControllerVersion.V2_1_2 = AlbControllerVersion("v2.1.2", "1.4.1", False)
AlbControllerVersion.V2_1_3 = AlbControllerVersion("v2.1.3", "1.4.1", False)
AlbControllerVersion.V2_2_0 = AlbControllerVersion("v2.2.0", "1.4.1", False)
AlbControllerVersion.V2_2_1 = AlbControllerVersion("v2.2.1", "1.4.1", False)
AlbControllerVersion.V2_2_2 = AlbControllerVersion("v2.2.2", "1.4.1", False)
AlbControllerVersion.V2_2_3 = AlbControllerVersion("v2.2.3", "1.4.1", False)
AlbControllerVersion.V2_2_4 = AlbControllerVersion("v2.2.4", "1.4.1", False)
AlbControllerVersion.V2_3_0 = AlbControllerVersion("v2.3.0", "1.4.1", False)
AlbControllerVersion.V2_3_1 = AlbControllerVersion("v2.3.1", "1.4.1", False)
AlbControllerVersion.V2_4_1 = AlbControllerVersion("v2.4.1", "1.4.1", False)
AlbControllerVersion.V2_4_2 = AlbControllerVersion("v2.4.2", "1.4.3", False)
AlbControllerVersion.V2_4_3 = AlbControllerVersion("v2.4.3", "1.4.4", False)
AlbControllerVersion.V2_4_4 = AlbControllerVersion("v2.4.4", "1.4.5", False)
AlbControllerVersion.V2_4_5 = AlbControllerVersion("v2.4.5", "1.4.6", False)
AlbControllerVersion.V2_4_6 = AlbControllerVersion("v2.4.6", "1.4.7", False)
AlbControllerVersion.V2_4_7 = AlbControllerVersion("v2.4.7", "1.4.8", False)
AlbControllerVersion.V2_5_0 = AlbControllerVersion("v2.5.0", "1.5.0", False)
AlbControllerVersion.V2_5_1 = AlbControllerVersion("v2.5.1", "1.5.2", False)
AlbControllerVersion.V2_5_2 = AlbControllerVersion("v2.5.2", "1.5.3", False)
AlbControllerVersion.V2_5_3 = AlbControllerVersion("v2.5.3", "1.5.4", False)
AlbControllerVersion.V2_5_4 = AlbControllerVersion("v2.5.4", "1.5.5", False)
AlbControllerVersion.V2_6_0 = AlbControllerVersion("v2.6.0", "1.6.0", False)
AlbControllerVersion.V2_6_1 = AlbControllerVersion("v2.6.1", "1.6.1", False)
AlbControllerVersion.V2_6_2 = AlbControllerVersion("v2.6.2", "1.6.2", False)
AlbControllerVersion.V2_7_0 = AlbControllerVersion("v2.7.0", "1.7.0", False)
AlbControllerVersion.V2_7_1 = AlbControllerVersion("v2.7.1", "1.7.1", False)
AlbControllerVersion.V2_7_2 = AlbControllerVersion("v2.7.2", "1.7.2", False)
AlbControllerVersion.V2_8_0 = AlbControllerVersion("v2.8.0", "1.8.0", False)
AlbControllerVersion.V2_8_1 = AlbControllerVersion("v2.8.1", "1.8.1", False)
AlbControllerVersion.V2_8_2 = AlbControllerVersion("v2.8.2", "1.8.2", False)
AlbControllerVersion.V2_8_3 = AlbControllerVersion("v2.8.3", "1.8.4", False)
AlbControllerVersion.V2_9_0 = AlbControllerVersion("v2.9.0", "1.9.0", False)
AlbControllerVersion.V2_9_1 = AlbControllerVersion("v2.9.1", "1.9.1", False)
AlbControllerVersion.V2_9_2 = AlbControllerVersion("v2.9.2", "1.9.2", False)
AlbControllerVersion.V3_0_0 = AlbControllerVersion("v3.0.0", "3.0.0", False)
AlbControllerVersion.V3_1_0 = AlbControllerVersion("v3.1.0", "3.1.0", False)
AlbControllerVersion.V3_2_0 = AlbControllerVersion("v3.2.0", "3.2.0", False)
AlbControllerVersion.V3_2_1 = AlbControllerVersion("v3.2.1", "3.2.1", False)
AlbControllerVersion.V3_2_2 = AlbControllerVersion("v3.2.2", "3.2.2", False)


class ControlPlaneScalingTier:
    """The scaling tier of an EKS provisioned control plane (``ControlPlaneScalingTier.of`` for others).

    Args:
        value: the tier's name as EKS spells it, e.g. ``tier-xl``.
    """

    STANDARD: ClassVar[ControlPlaneScalingTier]
    """The standard control plane (not provisioned)."""
    TIER_XL: ClassVar[ControlPlaneScalingTier]
    """Provisioned, XL."""
    TIER_2_XL: ClassVar[ControlPlaneScalingTier]
    """Provisioned, 2XL."""
    TIER_4_XL: ClassVar[ControlPlaneScalingTier]
    """Provisioned, 4XL."""
    TIER_8_XL: ClassVar[ControlPlaneScalingTier]
    """Provisioned, 8XL."""

    def __init__(self, value: str) -> None:
        self.value: str = value

    @staticmethod
    def of(tier: str) -> ControlPlaneScalingTier:
        """A tier by its name (``tier-xl``, ...)."""
        return ControlPlaneScalingTier(tier)


ControlPlaneScalingTier.STANDARD = ControlPlaneScalingTier("standard")
ControlPlaneScalingTier.TIER_XL = ControlPlaneScalingTier("tier-xl")
ControlPlaneScalingTier.TIER_2_XL = ControlPlaneScalingTier("tier-2xl")
ControlPlaneScalingTier.TIER_4_XL = ControlPlaneScalingTier("tier-4xl")
ControlPlaneScalingTier.TIER_8_XL = ControlPlaneScalingTier("tier-8xl")
