"""Self-managed capacity: ``Cluster.add_auto_scaling_group_capacity`` and the ``EksOptimizedImage`` it runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Stack, ValidationError, Validations
from l2.eks._enums import CpuArch, MachineImageType, NodeType

if TYPE_CHECKING:
    from constructs import Construct
    from l2.autoscaling import AutoScalingGroup
    from l2.ec2 import InstanceType, MachineImageConfig

LATEST_KUBERNETES_VERSION = "1.24"
_GPU = ("p2", "p3", "g2", "g3", "g4")
_INFERENTIA = ("inf1", "inf2")
_TRAINIUM = ("trn1", "trn1n")
_GRAVITON = ("a1",)
_GRAVITON2 = ("c6g", "m6g", "r6g", "t4g")
_GRAVITON3 = ("c7g",)
_SSM_ACK = ("CloudFormation-Validate::W2506", "SSM parameter is typed as String instead of "
            "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id> for historical reasons.")


def node_type_for(instance_type: InstanceType) -> NodeType:
    """The node type (standard, GPU, Inferentia, Trainium) of an instance type."""
    name = instance_type.to_string()
    if name[:2] in _GPU:
        return NodeType.GPU
    if name[:4] in _INFERENTIA:
        return NodeType.INFERENTIA
    if name[:4] in _TRAINIUM:
        return NodeType.TRAINIUM
    return NodeType.STANDARD


def cpu_arch_for(instance_type: InstanceType) -> CpuArch:
    """The CPU architecture of an instance type (Graviton is arm64)."""
    name = instance_type.to_string()
    if name[:3] in _GRAVITON2 or name[:3] in _GRAVITON3 or name[:2] in _GRAVITON:
        return CpuArch.ARM_64
    return CpuArch.X86_64


class EksOptimizedImage:
    """The EKS-optimized Amazon Linux 2 AMI (read from its public SSM parameter).

    Args:
        cpu_arch: the CPU architecture (default: x86_64).
        kubernetes_version: the Kubernetes version (default: 1.24).
        node_type: standard, GPU, Inferentia or Trainium (default: standard).
    """

    def __init__(self, *, cpu_arch: CpuArch | None = None, kubernetes_version: str | None = None,
                 node_type: NodeType | None = None) -> None:
        self._node_type = node_type or NodeType.STANDARD
        self._cpu_arch = cpu_arch or CpuArch.X86_64
        self._kubernetes_version = kubernetes_version or LATEST_KUBERNETES_VERSION
        standard = ""
        if self._node_type == NodeType.STANDARD:
            standard = "amazon-linux-2/" if self._cpu_arch == CpuArch.X86_64 else "amazon-linux-2-arm64/"
        gpu = "amazon-linux-2-gpu/" if self._node_type in (NodeType.GPU, NodeType.INFERENTIA, NodeType.TRAINIUM) \
            else ""
        self._parameter = f"/aws/service/eks/optimized-ami/{self._kubernetes_version}/{standard}{gpu}recommended/image_id"

    def get_image(self, scope: Construct) -> MachineImageConfig:
        """The image: its id from the SSM parameter, Linux, empty Linux user data."""
        return _image(scope, self._parameter, bottlerocket=False)


class _BottleRocketImage:
    def __init__(self, kubernetes_version: str) -> None:
        self._parameter = f"/aws/service/bottlerocket/aws-k8s-{kubernetes_version}/x86_64/latest/image_id"

    def get_image(self, scope: Construct) -> Any:
        return _image(scope, self._parameter, bottlerocket=True)


def _image(scope: Construct, parameter: str, *, bottlerocket: bool) -> Any:
    from l2 import ec2, ssm

    Validations.of(Stack.of(scope)).acknowledge({"id": _SSM_ACK[0], "reason": _SSM_ACK[1]})
    return ec2.MachineImageConfig(
        image_id=ssm.StringParameter.value_for_string_parameter(scope, parameter),
        os_type=ec2.OperatingSystemType.LINUX,
        user_data=ec2.UserData.custom("") if bottlerocket else ec2.UserData.for_linux(),
    )


def add_auto_scaling_group_capacity(cluster: Any, id: str, *, instance_type: InstanceType,
                                    bootstrap_enabled: bool | None = None, bootstrap_options: Any = None,
                                    machine_image_type: MachineImageType | None = None, map_role: bool | None = None,
                                    spot_interrupt_handler: bool | None = None, **options: Any) -> AutoScalingGroup:
    """An Auto Scaling group of EKS-optimized (or Bottlerocket) nodes connected to ``cluster``."""
    from l2 import autoscaling

    if machine_image_type == MachineImageType.BOTTLEROCKET and bootstrap_options is not None:
        raise ValidationError("bootstrapOptions is not supported for Bottlerocket", cluster)
    version = cluster.version.version
    image: Any = _BottleRocketImage(version) if machine_image_type == MachineImageType.BOTTLEROCKET else \
        EksOptimizedImage(node_type=node_type_for(instance_type), cpu_arch=cpu_arch_for(instance_type),
                          kubernetes_version=version)
    group = autoscaling.AutoScalingGroup(cluster, id, vpc=cluster.vpc, instance_type=instance_type,
                                         machine_image=image, **options)
    cluster.connect_auto_scaling_group_capacity(group, map_role=map_role, bootstrap_options=bootstrap_options,
                                                bootstrap_enabled=bootstrap_enabled,
                                                machine_image_type=machine_image_type,
                                                spot_interrupt_handler=spot_interrupt_handler)
    if node_type_for(instance_type) in (NodeType.INFERENTIA, NodeType.TRAINIUM):
        cluster._add_neuron_device_plugin()
    return group
