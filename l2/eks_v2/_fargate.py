"""``FargateProfile`` (a native ``AWS::EKS::FargateProfile``) and ``FargateCluster``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar

from constructs import (
    Annotations,
    Construct,
    RemovalPolicies,
    TagManager,
    TagType,
    ValidationError,
)
from l1.eks import CfnFargateProfile
from l2.eks_v2._cluster import Cluster
from l2.eks_v2._enums import CoreDnsComputeType, DefaultCapacityType
from l2.eks_v2._private.subnets import select
from l2.eks_v2._structs import FargateProfileOptions, Selector

if TYPE_CHECKING:
    from constructs import RemovalPolicy
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.eks_v2._enums import ClusterLoggingTypes, IpFamily
    from l2.eks_v2._structs import (
        AlbControllerOptions,
        KubectlProviderOptions,
        RemoteNodeNetwork,
        RemotePodNetwork,
    )
    from l2.eks_v2._version import ControlPlaneScalingTier, EndpointAccess, KubernetesVersion
    from l2.iam import IRole
    from l2.kms import IKey


class FargateProfile(Construct):
    """A Fargate profile: the pods it selects run on Fargate (a native ``AWS::EKS::FargateProfile``).

    Args:
        scope: the scope.
        id: the construct id.
        cluster: the cluster.
        selectors: which pods run on Fargate (1 to 5 namespace/label selectors).
        fargate_profile_name: the name of the profile (default: generated).
        pod_execution_role: the pod execution role (default: a new role).
        removal_policy: the removal policy of the profile.
        subnet_selection: the subnets of the pods, with ``vpc`` (default: the VPC's private subnets).
        vpc: the VPC of the pods (default: all private subnets of the cluster's VPC).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: Cluster,
        selectors: Sequence[Selector],
        fargate_profile_name: str | None = None,
        pod_execution_role: IRole | None = None,
        removal_policy: RemovalPolicy | None = None,
        subnet_selection: SubnetSelection | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        from l2 import ec2, iam

        super().__init__(scope, id)
        self._pod_execution_role: IRole = pod_execution_role if pod_execution_role is not None else iam.Role(
            self, "PodExecutionRole", assumed_by=iam.ServicePrincipal("eks-fargate-pods.amazonaws.com"),
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                "AmazonEKSFargatePodExecutionRolePolicy")])
        if subnet_selection is not None and vpc is None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-eks:fargateProfileDefaultToPrivateSubnets",
                "Vpc must be defined to use a custom subnet selection. All private subnets belonging to the EKS "
                "cluster will be used by default")
        subnets: list[str] | None = None
        if vpc is not None:
            selection = subnet_selection or ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
            subnets = select(vpc, selection).subnet_ids
        if len(selectors) < 1:
            raise ValidationError("Fargate profile requires at least one selector", self)
        if len(selectors) > 5:
            raise ValidationError("Fargate profile supports up to five selectors", self)
        self._tags = TagManager(TagType.MAP, "AWS::EKS::FargateProfile")
        resource = CfnFargateProfile(
            self, "Resource", cluster_name=cluster.cluster_name, fargate_profile_name=fargate_profile_name,
            pod_execution_role_arn=self._pod_execution_role.role_arn,
            selectors=[CfnFargateProfile.SelectorProperty(
                namespace=s.namespace,
                labels=[CfnFargateProfile.LabelProperty(key=k, value=v) for k, v in (s.labels or {}).items()])
                for s in selectors],
            subnets=subnets,
        )
        self._fargate_profile_arn = resource.attr_arn
        self._fargate_profile_name = resource.ref
        if removal_policy is not None:
            RemovalPolicies.of(self).apply(removal_policy)
        profiles = cluster._attach_fargate_profile(self)
        if len(profiles) > 1:
            resource.node.add_dependency(profiles[-2])

    @property
    def fargate_profile_arn(self) -> str:
        """The ARN of the profile."""
        return self._fargate_profile_arn

    @property
    def fargate_profile_name(self) -> str:
        """The name of the profile."""
        return self._fargate_profile_name

    @property
    def pod_execution_role(self) -> IRole:
        """The pod execution role."""
        return self._pod_execution_role

    @property
    def tags(self) -> TagManager:
        """The tags of the profile."""
        return self._tags


class FargateCluster(Cluster):
    """A cluster whose pods run on Fargate: no default capacity, CoreDNS on Fargate and a default profile for the
    ``default`` and ``kube-system`` namespaces.

    Args:
        scope: the scope.
        id: the construct id.
        default_profile: the default Fargate profile (default: one for ``default`` and ``kube-system``).
        version: the Kubernetes version; the other keyword arguments are as ``Cluster`` (``FargateClusterProps``).
        alb_controller: install the AWS Load Balancer Controller.
        cluster_logging: the control plane log types to enable.
        cluster_name: the name of the cluster (default: generated).
        control_plane_scaling_tier: the provisioned control plane tier.
        core_dns_compute_type: where CoreDNS runs (default: Fargate).
        endpoint_access: access to the API server endpoint (default: public and private).
        ip_family: the IP family of pods and services (default: IPv4).
        kubectl_provider_options: options of the kubectl provider (default: no kubectl provider).
        masters_role: a role granted cluster-admin access.
        prune: whether manifests get prune labels (default: true).
        remote_node_networks: CIDRs of hybrid nodes.
        remote_pod_networks: CIDRs of pods on hybrid nodes.
        removal_policy: the removal policy of every resource of the cluster.
        role: the role of the control plane (default: a new role).
        secrets_encryption_key: a KMS key for envelope encryption of Kubernetes secrets.
        security_group: the control plane security group (default: a new group).
        service_ipv4_cidr: the CIDR of Kubernetes services.
        tags: tags of the EKS cluster.
        vpc: the VPC (default: a new VPC).
        vpc_subnets: where the control plane ENIs go (default: public and private subnets).
    """

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-eks-v2.FargateCluster"
    """The id property injectors use for this class."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        default_profile: FargateProfileOptions | None = None,
        version: KubernetesVersion,
        alb_controller: AlbControllerOptions | None = None,
        cluster_logging: Sequence[ClusterLoggingTypes] | None = None,
        cluster_name: str | None = None,
        control_plane_scaling_tier: ControlPlaneScalingTier | None = None,
        core_dns_compute_type: CoreDnsComputeType | None = None,
        endpoint_access: EndpointAccess | None = None,
        ip_family: IpFamily | None = None,
        kubectl_provider_options: KubectlProviderOptions | None = None,
        masters_role: IRole | None = None,
        prune: bool | None = None,
        remote_node_networks: Sequence[RemoteNodeNetwork] | None = None,
        remote_pod_networks: Sequence[RemotePodNetwork] | None = None,
        removal_policy: RemovalPolicy | None = None,
        role: IRole | None = None,
        secrets_encryption_key: IKey | None = None,
        security_group: ISecurityGroup | None = None,
        service_ipv4_cidr: str | None = None,
        tags: Mapping[str, str] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: Sequence[SubnetSelection] | None = None,
    ) -> None:
        super().__init__(
            scope, id, default_capacity=0, default_capacity_type=DefaultCapacityType.NODEGROUP,
            core_dns_compute_type=core_dns_compute_type or CoreDnsComputeType.FARGATE, version=version,
            alb_controller=alb_controller, cluster_logging=cluster_logging, cluster_name=cluster_name,
            control_plane_scaling_tier=control_plane_scaling_tier, endpoint_access=endpoint_access,
            ip_family=ip_family, kubectl_provider_options=kubectl_provider_options, masters_role=masters_role,
            prune=prune, remote_node_networks=remote_node_networks, remote_pod_networks=remote_pod_networks,
            removal_policy=removal_policy, role=role, secrets_encryption_key=secrets_encryption_key,
            security_group=security_group, service_ipv4_cidr=service_ipv4_cidr, tags=tags, vpc=vpc,
            vpc_subnets=vpc_subnets,
        )
        if default_profile is not None:
            self._default_profile: FargateProfile = self.add_fargate_profile(
                default_profile.fargate_profile_name or "custom", selectors=default_profile.selectors,
                fargate_profile_name=default_profile.fargate_profile_name,
                pod_execution_role=default_profile.pod_execution_role,
                removal_policy=default_profile.removal_policy, subnet_selection=default_profile.subnet_selection,
                vpc=default_profile.vpc)
        else:
            self._default_profile = self.add_fargate_profile(
                "default", selectors=[Selector(namespace="default"), Selector(namespace="kube-system")])

    @property
    def default_profile(self) -> FargateProfile:
        """The default Fargate profile."""
        return self._default_profile
