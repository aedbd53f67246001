"""``Nodegroup``: an EKS managed node group (``AWS::EKS::Nodegroup``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar

from constructs import Annotations, Construct, FeatureFlags, RemovalPolicies, Resource, Token, ValidationError
from l1.eks import CfnNodegroup
from l2.eks_v2._enums import CapacityType, IpFamily, NodegroupAmiType
from l2.eks_v2._private.subnets import select
from l2.eks_v2._structs import LaunchTemplateSpec, NodegroupRemoteAccess, TaintSpec

if TYPE_CHECKING:
    from constructs import RemovalPolicy
    from l2.ec2 import InstanceType, SubnetSelection
    from l2.eks_v2._interfaces import ICluster, INodegroup
    from l2.iam import IRole

NODEGROUP_NAME_FLAG = "@aws-cdk/aws-eks:nodegroupNameAttribute"
DEFAULT_AL2023_FLAG = "@aws-cdk/aws-eks:defaultToAL2023"
_A = NodegroupAmiType
_WINDOWS = [_A.WINDOWS_CORE_2019_X86_64, _A.WINDOWS_CORE_2022_X86_64, _A.WINDOWS_FULL_2019_X86_64,
            _A.WINDOWS_FULL_2022_X86_64]
_GPU = [_A.AL2_X86_64_GPU, _A.AL2023_X86_64_NEURON, _A.AL2023_X86_64_NVIDIA, _A.AL2023_ARM_64_NVIDIA,
        _A.BOTTLEROCKET_X86_64_NVIDIA, _A.BOTTLEROCKET_ARM_64_NVIDIA]
_GPU_CLASSES = ("p2", "p3", "p3dn", "p4de", "p4d", "p5", "p5e", "p5en", "g3s", "g3", "g4dn", "g4ad", "g5", "g5g",
                "g6", "g6e", "g7e", "inf1", "inf2", "trn1", "trn1n", "trn2")


def is_gpu_instance_type(instance_type: InstanceType) -> bool:
    """Whether the instance type has GPUs or AWS accelerators (the node group then uses a GPU AMI)."""
    from l2.ec2 import InstanceType

    return any(instance_type.same_instance_class_as(InstanceType(f"{c}.large")) for c in _GPU_CLASSES)


def _arm64(al2023: bool) -> list[NodegroupAmiType]:
    first = [_A.AL2023_ARM_64_STANDARD, _A.AL2_ARM_64] if al2023 else [_A.AL2_ARM_64, _A.AL2023_ARM_64_STANDARD]
    return [*first, _A.BOTTLEROCKET_ARM_64]


def _x86(al2023: bool) -> list[NodegroupAmiType]:
    first = [_A.AL2023_X86_64_STANDARD, _A.AL2_X86_64] if al2023 else [_A.AL2_X86_64, _A.AL2023_X86_64_STANDARD]
    return [*first, _A.BOTTLEROCKET_X86_64, *_WINDOWS]


def _windows_supported(instance_type: InstanceType) -> bool:
    from l2.ec2 import InstanceType

    if instance_type.to_string() == "m4.16xlarge":
        return True
    return all(not instance_type.same_instance_class_as(InstanceType(f"{c}.large"))
               for c in ("c3", "c4", "d2", "m4", "m6a", "r3")) and not instance_type.to_string().startswith("i2")


def _possible_ami_types(scope: Construct, instance_types: Sequence[InstanceType]) -> list[NodegroupAmiType]:
    from l2.ec2 import InstanceArchitecture

    al2023 = bool(FeatureFlags.of(scope).is_enabled(DEFAULT_AL2023_FLAG))
    archs = {"GPU" if is_gpu_instance_type(t) else t.architecture for t in instance_types}
    if not archs:
        raise ValidationError("Cannot determine any ami type compatible with instance types: "
                              + ", ".join(t.to_string() for t in instance_types), scope)
    if len(archs) > 1:
        raise ValidationError("instanceTypes of different architectures is not allowed", scope)
    arch = next(iter(archs))
    if arch == "GPU":
        return list(_GPU)
    return _arm64(al2023) if arch == InstanceArchitecture.ARM_64 else _x86(al2023)


class Nodegroup(Resource):
    """An EKS managed node group (``cluster.add_nodegroup_capacity`` creates one on a ``Cluster``).

    Args:
        scope: the scope.
        id: the construct id.
        cluster: the cluster.
        ami_type: the AMI type (default: from the instance types).
        capacity_type: on-demand or spot (default: on-demand).
        desired_size: the desired number of nodes (default: ``min_size``, else 2).
        disk_size: the root disk size in GiB (default: 20).
        enable_node_auto_repair: whether unhealthy nodes are repaired (default: EKS's default).
        force_update: whether pods that cannot be drained are evicted on update (default: true).
        instance_types: the instance types (default: m5.large).
        labels: Kubernetes labels of the nodes.
        launch_template_spec: a launch template for the nodes.
        max_size: the maximum number of nodes (default: ``desired_size``).
        max_unavailable: how many nodes may be unavailable during an update (1..100).
        max_unavailable_percentage: the same as a percentage (1..100).
        min_size: the minimum number of nodes (default: 1).
        nodegroup_name: the name of the node group (default: generated).
        node_role: the IAM role of the nodes (default: a new role).
        release_version: the AMI release version.
        remote_access: SSH access to the nodes.
        removal_policy: the removal policy of the node group.
        subnets: the subnets of the nodes (default: the cluster VPC's private subnets).
        tags: tags of the node group.
        taints: Kubernetes taints of the nodes.
    """

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-eks-v2.Nodegroup"
    """The id property injectors use for this class."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        ami_type: NodegroupAmiType | None = None,
        capacity_type: CapacityType | None = None,
        desired_size: float | None = None,
        disk_size: float | None = None,
        enable_node_auto_repair: bool | None = None,
        force_update: bool | None = None,
        instance_types: Sequence[InstanceType] | None = None,
        labels: Mapping[str, str] | None = None,
        launch_template_spec: LaunchTemplateSpec | None = None,
        max_size: float | None = None,
        max_unavailable: float | None = None,
        max_unavailable_percentage: float | None = None,
        min_size: float | None = None,
        nodegroup_name: str | None = None,
        node_role: IRole | None = None,
        release_version: str | None = None,
        remote_access: NodegroupRemoteAccess | None = None,
        removal_policy: RemovalPolicy | None = None,
        subnets: SubnetSelection | None = None,
        tags: Mapping[str, str] | None = None,
        taints: Sequence[TaintSpec] | None = None,
    ) -> None:
        from l2 import iam

        super().__init__(scope, id, physical_name=nodegroup_name)
        self._cluster = cluster
        self._desired_size = desired_size if desired_size is not None else (min_size if min_size is not None else 2)
        self._max_size = max_size if max_size is not None else self._desired_size
        self._min_size = min_size if min_size is not None else 1
        desired, top, low = self._desired_size, self._max_size, self._min_size
        if not Token.is_unresolved(desired) and not Token.is_unresolved(top) and desired > top:
            raise ValidationError(f"Desired capacity {_num(desired)} can't be greater than max size {_num(top)}",
                                  self)
        if not Token.is_unresolved(desired) and not Token.is_unresolved(low) and desired < low:
            raise ValidationError(f"Minimum capacity {_num(low)} can't be greater than desired size "
                                  f"{_num(desired)}", self)
        if launch_template_spec is not None and disk_size:
            raise ValidationError("diskSize must be specified within the launch template", self)
        possible: list[NodegroupAmiType] = []
        if instance_types:
            possible = _possible_ami_types(self, instance_types)
            if ami_type is not None and ami_type not in possible:
                raise ValidationError("The specified AMI does not match the instance types architecture, either "
                                      f"specify one of {', '.join(a.value for a in possible).upper()} or don't "
                                      "specify any", self)
            if ami_type in _WINDOWS and not all(_windows_supported(t) for t in instance_types):
                raise ValidationError(
                    "The specified instanceType does not support Windows workloads. Amazon EC2 instance types C3, "
                    "C4, D2, I2, M4 (excluding m4.16xlarge), M6a.x, and R3 instances aren't supported for Windows "
                    "workloads.", self)
            if ami_type is None and FeatureFlags.of(self).is_enabled(DEFAULT_AL2023_FLAG) \
                    and any(is_gpu_instance_type(t) for t in instance_types):
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-eks:gpuInstancesUseAL2",
                    "GPU instance types will continue to use AL2 even with the @aws-cdk/aws-eks:defaultToAL2023 "
                    "feature flag enabled because AL2023 splits GPU support into AL2023_X86_64_NVIDIA and "
                    "AL2023_X86_64_NEURON variants. To use AL2023, explicitly set amiType to the corresponding "
                    "variant.")
        if node_role is not None:
            self._role: IRole = node_role
        else:
            role = iam.Role(self, "NodeGroupRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
            for name in ("AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryReadOnly"):
                role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(name))
            if cluster.ip_family == IpFamily.IP_V6:
                role.add_to_principal_policy(iam.PolicyStatement(
                    resources=["arn:aws:ec2:*:*:network-interface/*"],
                    actions=["ec2:AssignIpv6Addresses", "ec2:UnassignIpv6Addresses"]))
            self._role = role
        self._validate_update_config(max_unavailable, max_unavailable_percentage)
        if launch_template_spec is not None:
            chosen_ami = ami_type
        else:
            chosen_ami = ami_type if ami_type is not None else (possible[0] if possible else None)
        update_config = None
        if max_unavailable or max_unavailable_percentage:
            update_config = CfnNodegroup.UpdateConfigProperty(
                max_unavailable=max_unavailable, max_unavailable_percentage=max_unavailable_percentage)
        self.resource = CfnNodegroup(
            self, "Resource",
            cluster_name=cluster.cluster_name,
            nodegroup_name=nodegroup_name,
            node_role=self._role.role_arn,
            subnets=select(cluster.vpc, subnets).subnet_ids,
            ami_type=chosen_ami.value if chosen_ami is not None else None,
            capacity_type=capacity_type.value if capacity_type is not None else None,
            disk_size=disk_size,
            force_update_enabled=force_update if force_update is not None else True,
            instance_types=[t.to_string() for t in instance_types] if instance_types is not None else None,
            labels=labels,
            taints=[CfnNodegroup.TaintProperty(effect=t.effect.value if t.effect is not None else None,
                                               key=t.key, value=t.value) for t in taints]
            if taints is not None else None,
            launch_template=CfnNodegroup.LaunchTemplateSpecificationProperty(
                id=launch_template_spec.id, version=launch_template_spec.version)
            if launch_template_spec is not None else None,
            release_version=release_version,
            remote_access=CfnNodegroup.RemoteAccessProperty(
                ec2_ssh_key=remote_access.ssh_key_name,
                source_security_groups=[g.security_group_id for g in remote_access.source_security_groups]
                if remote_access.source_security_groups else None)
            if remote_access is not None else None,
            scaling_config=CfnNodegroup.ScalingConfigProperty(
                desired_size=self._desired_size, max_size=self._max_size, min_size=self._min_size),
            tags=tags,
            update_config=update_config,
            node_repair_config=CfnNodegroup.NodeRepairConfigProperty(enabled=enable_node_auto_repair)
            if enable_node_auto_repair else None,
        )
        if removal_policy is not None:
            RemovalPolicies.of(self).apply(removal_policy)
        from l2.eks_v2._cluster import Cluster

        if isinstance(cluster, Cluster) and cluster.alb_controller is not None:
            cluster.alb_controller.node.add_dependency(self)

    @staticmethod
    def from_nodegroup_name(scope: Construct, id: str, nodegroup_name: str) -> INodegroup:
        """Import a node group by name."""
        return _ImportedNodegroup(scope, id, nodegroup_name)

    @property
    def cluster(self) -> ICluster:
        """The cluster of the node group."""
        return self._cluster

    @property
    def role(self) -> IRole:
        """The IAM role of the nodes."""
        return self._role

    @property
    def nodegroup_name(self) -> str:
        """The name of the node group."""
        if FeatureFlags.of(self).is_enabled(NODEGROUP_NAME_FLAG):
            return self.get_resource_name_attribute(self.resource.attr_nodegroup_name)
        return self.get_resource_name_attribute(self.resource.ref)

    @property
    def nodegroup_arn(self) -> str:
        """The ARN of the node group."""
        return self.get_resource_arn_attribute(self.resource.attr_arn, {
            "service": "eks", "resource": "nodegroup", "resource_name": self.physical_name})

    @property
    def nodegroup_ref(self) -> NodegroupReference:
        """A reference to the node group (its ARN)."""
        return NodegroupReference(self.nodegroup_arn)

    def _validate_update_config(self, max_unavailable: float | None, percentage: float | None) -> None:
        if not max_unavailable and not percentage:
            return
        if max_unavailable and percentage:
            raise ValidationError("maxUnavailable and maxUnavailablePercentage are not allowed to be defined "
                                  "together", self)
        if percentage and (percentage < 1 or percentage > 100):
            raise ValidationError(f"maxUnavailablePercentage must be between 1 and 100, got {_num(percentage)}",
                                  self)
        if max_unavailable:
            if max_unavailable > self._max_size:
                raise ValidationError(f"maxUnavailable must be lower than maxSize ({_num(self._max_size)}), got "
                                      f"{_num(max_unavailable)}", self)
            if max_unavailable < 1 or max_unavailable > 100:
                raise ValidationError(f"maxUnavailable must be between 1 and 100, got {_num(max_unavailable)}",
                                      self)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class NodegroupReference:
    """A reference to a node group: its ARN."""

    def __init__(self, arn: str) -> None:
        self.nodegroup_arn = arn


class _ImportedNodegroup(Resource):
    def __init__(self, scope: Construct, id: str, nodegroup_name: str) -> None:
        super().__init__(scope, id)
        self.nodegroup_name = nodegroup_name
