"""``FargateProfile`` (through the cluster resource provider, as aws-cdk-lib) and ``FargateCluster``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import (
    Annotations,
    Construct,
    CustomResource,
    Lazy,
    RemovalPolicies,
    TagManager,
    TagType,
    ValidationError,
)
from l2.eks._cluster import Cluster
from l2.eks._cluster_resource import ClusterResourceProvider
from l2.eks._enums import AuthenticationMode, CoreDnsComputeType
from l2.eks._private.subnets import select
from l2.eks._structs import FargateProfileOptions, Selector

if TYPE_CHECKING:
    from constructs import RemovalPolicy, Size
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.eks._enums import ClusterLoggingTypes, ControlPlaneScalingTier, IpFamily
    from l2.eks._structs import AlbControllerOptions, RemoteNodeNetwork, RemotePodNetwork
    from l2.eks._version import EndpointAccess, KubernetesVersion
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.lambda_ import ILayerVersion

FARGATE_PROFILE_RESOURCE_TYPE = "Custom::AWSCDK-EKS-FargateProfile"


class FargateProfile(Construct):
    """A Fargate profile: the pods it selects run on Fargate (created through the cluster's resource provider).

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
        provider = ClusterResourceProvider.get_or_create(self, subnets=None, vpc=cluster.vpc, environment=None,
                                                         on_event_layer=cluster.on_event_layer, security_group=None)
        self._pod_execution_role: IRole = pod_execution_role if pod_execution_role is not None else iam.Role(
            self, "PodExecutionRole", assumed_by=iam.ServicePrincipal("eks-fargate-pods.amazonaws.com"),
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                "AmazonEKSFargatePodExecutionRolePolicy")])
        self._pod_execution_role.grant_pass_role(cluster.admin_role)
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
        resource = CustomResource(
            self, "Resource", service_token=provider.service_token, resource_type=FARGATE_PROFILE_RESOURCE_TYPE,
            properties={
                "AssumeRoleArn": cluster.admin_role.role_arn,
                "Config": {
                    "clusterName": cluster.cluster_name,
                    "fargateProfileName": fargate_profile_name,
                    "podExecutionRoleArn": self._pod_execution_role.role_arn,
                    "selectors": [_selector(s) for s in selectors],
                    "subnets": subnets,
                    "tags": Lazy.any(lambda: self._tags.render_tags()),
                },
            },
        )
        self._fargate_profile_arn = resource.get_att_string("fargateProfileArn")
        self._fargate_profile_name = resource.ref
        profiles = cluster._attach_fargate_profile(self)
        if len(profiles) > 1:
            resource.node.add_dependency(profiles[-2])
        if cluster.authentication_mode in (None, AuthenticationMode.CONFIG_MAP, AuthenticationMode.API_AND_CONFIG_MAP):
            cluster.aws_auth.add_role_mapping(self._pod_execution_role, username="system:node:{{SessionName}}",
                                              groups=["system:bootstrappers", "system:nodes", "system:node-proxier"])
        if removal_policy is not None:
            RemovalPolicies.of(self).apply(removal_policy)

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


def _selector(selector: Selector) -> dict[str, Any]:
    out: dict[str, Any] = {"namespace": selector.namespace}
    if selector.labels is not None:
        out["labels"] = dict(selector.labels)
    return out


class FargateCluster(Cluster):
    """A cluster whose pods run on Fargate: no default capacity, CoreDNS on Fargate and a default profile for the
    ``default`` and ``kube-system`` namespaces.

    Args:
        scope: the scope.
        id: the construct id.
        default_profile: the default Fargate profile (default: one for ``default`` and ``kube-system``).
        core_dns_compute_type: where CoreDNS runs (default: Fargate).
        kubectl_layer: as ``Cluster``; so are the other keyword arguments (``FargateClusterProps``).
    """

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-eks.FargateCluster"
    """The id property injectors use for this class."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        default_profile: FargateProfileOptions | None = None,
        core_dns_compute_type: CoreDnsComputeType | None = None,
        kubectl_layer: ILayerVersion,
        version: KubernetesVersion,
        alb_controller: AlbControllerOptions | None = None,
        authentication_mode: AuthenticationMode | None = None,
        awscli_layer: ILayerVersion | None = None,
        cluster_handler_environment: Mapping[str, str] | None = None,
        cluster_handler_security_group: ISecurityGroup | None = None,
        cluster_logging: Sequence[ClusterLoggingTypes] | None = None,
        control_plane_scaling_tier: ControlPlaneScalingTier | None = None,
        deletion_protection: bool | None = None,
        endpoint_access: EndpointAccess | None = None,
        ip_family: IpFamily | None = None,
        kubectl_environment: Mapping[str, str] | None = None,
        kubectl_memory: Size | None = None,
        masters_role: IRole | None = None,
        on_event_layer: ILayerVersion | None = None,
        output_masters_role_arn: bool | None = None,
        place_cluster_handler_in_vpc: bool | None = None,
        prune: bool | None = None,
        remote_node_networks: Sequence[RemoteNodeNetwork] | None = None,
        remote_pod_networks: Sequence[RemotePodNetwork] | None = None,
        removal_policy: RemovalPolicy | None = None,
        secrets_encryption_key: IKey | None = None,
        service_ipv4_cidr: str | None = None,
        cluster_name: str | None = None,
        output_cluster_name: bool | None = None,
        output_config_command: bool | None = None,
        role: IRole | None = None,
        security_group: ISecurityGroup | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: Sequence[SubnetSelection] | None = None,
    ) -> None:
        super().__init__(
            scope, id, default_capacity=0,
            core_dns_compute_type=core_dns_compute_type or CoreDnsComputeType.FARGATE,
            kubectl_layer=kubectl_layer, version=version, alb_controller=alb_controller,
            authentication_mode=authentication_mode, awscli_layer=awscli_layer,
            cluster_handler_environment=cluster_handler_environment,
            cluster_handler_security_group=cluster_handler_security_group, cluster_logging=cluster_logging,
            control_plane_scaling_tier=control_plane_scaling_tier, deletion_protection=deletion_protection,
            endpoint_access=endpoint_access, ip_family=ip_family, kubectl_environment=kubectl_environment,
            kubectl_memory=kubectl_memory, masters_role=masters_role, on_event_layer=on_event_layer,
            output_masters_role_arn=output_masters_role_arn,
            place_cluster_handler_in_vpc=place_cluster_handler_in_vpc, prune=prune,
            remote_node_networks=remote_node_networks, remote_pod_networks=remote_pod_networks,
            removal_policy=removal_policy, secrets_encryption_key=secrets_encryption_key,
            service_ipv4_cidr=service_ipv4_cidr, cluster_name=cluster_name,
            output_cluster_name=output_cluster_name, output_config_command=output_config_command, role=role,
            security_group=security_group, vpc=vpc, vpc_subnets=vpc_subnets,
        )
        if default_profile is not None:
            name = default_profile.fargate_profile_name or "custom"
            kwargs: Mapping[str, Any] = {k: getattr(default_profile, k) for k in (
                "selectors", "fargate_profile_name", "pod_execution_role", "removal_policy", "subnet_selection",
                "vpc")}
        else:
            name = "default"
            kwargs = {"selectors": [Selector(namespace="default"), Selector(namespace="kube-system")]}
        self._default_profile: FargateProfile = self.add_fargate_profile(name, **kwargs)

    @property
    def default_profile(self) -> FargateProfile:
        """The default Fargate profile."""
        return self._default_profile
