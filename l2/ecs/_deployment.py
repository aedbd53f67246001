"""Blue/green and lifecycle-hook pieces of ECS deployments (alternate target groups, Lambda hook targets) and
service-managed EBS volumes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Token, ValidationError
from l2.ecs._enums import DeploymentLifecycleStage
from l2.ecs._structs import (
    AlternateTargetConfig,
    DeploymentLifecycleHookTargetConfig,
    MountPoint,
    ServiceManagedEBSVolumeConfiguration,
)

if TYPE_CHECKING:
    from l2.ecs._container import ContainerDefinition
    from l2.elasticloadbalancingv2 import ApplicationListenerRule, ITargetGroup, NetworkListener
    from l2.iam import IRole
    from l2.lambda_ import IFunction


class ListenerRuleConfiguration:
    """The production or test listener (rule) of a blue/green deployment."""

    @property
    def _listener_arn(self) -> str:
        raise NotImplementedError

    @staticmethod
    def application_listener_rule(rule: ApplicationListenerRule) -> ListenerRuleConfiguration:
        """An ALB listener rule."""
        return _RuleConfiguration(rule.listener_rule_arn)

    @staticmethod
    def network_listener(listener: NetworkListener) -> ListenerRuleConfiguration:
        """An NLB listener."""
        return _RuleConfiguration(listener.listener_arn)


class _RuleConfiguration(ListenerRuleConfiguration):
    def __init__(self, arn: str) -> None:
        self._arn = arn

    @property
    def _listener_arn(self) -> str:
        return self._arn


class AlternateTarget:
    """The alternate (green) target group of a blue/green deployment (``load_balancer_target(alternate_target=)``).

    Args:
        id: the id of the role created for it (``<id>Role``).
        alternate_target_group: the green target group.
        production_listener: the production listener rule.
        role: the role ECS uses to shift traffic (default a new one).
        test_listener: the test listener rule.
    """

    def __init__(self, id: str, *, alternate_target_group: ITargetGroup, production_listener: ListenerRuleConfiguration,
                 role: IRole | None = None, test_listener: ListenerRuleConfiguration | None = None) -> None:
        self.id = id
        self._group = alternate_target_group
        self._production = production_listener
        self._role = role
        self._test = test_listener

    def bind(self, scope: Construct) -> AlternateTargetConfig:
        """The configuration, with a new role in ``scope`` unless one was given."""
        from l2._private.iam_module import iam

        role = self._role if self._role is not None else iam().Role(
            scope, f"{self.id}Role", assumed_by=iam().ServicePrincipal("ecs.amazonaws.com"),
            managed_policies=[iam().ManagedPolicy.from_aws_managed_policy_name(
                "AmazonECSInfrastructureRolePolicyForLoadBalancers")])
        return AlternateTargetConfig(
            alternate_target_group_arn=self._group.target_group_arn, role_arn=role.role_arn,
            production_listener_rule=self._production._listener_arn,
            test_listener_rule=self._test._listener_arn if self._test is not None else None)


class DeploymentLifecycleLambdaTarget:
    """A Lambda function invoked at stages of a service's deployments.

    Args:
        handler: the function.
        id: the id of the role created for it (``<id>Role``).
        lifecycle_stages: the stages.
        role: the role ECS uses to invoke it (default a new one).
    """

    def __init__(self, handler: IFunction, id: str, *, lifecycle_stages: Sequence[DeploymentLifecycleStage],
                 role: IRole | None = None) -> None:
        self.handler = handler
        self.id = id
        self._stages = list(lifecycle_stages)
        self._role_prop = role
        self._role: IRole | None = None

    @property
    def role(self) -> IRole | None:
        """The role, once bound."""
        return self._role

    def bind(self, scope: Construct) -> DeploymentLifecycleHookTargetConfig:
        """The hook's configuration (a new role that may invoke the function unless one was given)."""
        from l2._private.iam_module import iam

        self._role = self._role_prop
        if self._role is None:
            self._role = iam().Role(scope, f"{self.id}Role", assumed_by=iam().ServicePrincipal("ecs.amazonaws.com"))
            self.handler.grant_invoke(self._role)
        return DeploymentLifecycleHookTargetConfig(target_arn=self.handler.function_arn, role=self._role,
                                                   lifecycle_stages=self._stages)


_SIZES = {"gp2": (1, 16384), "gp3": (1, 65536), "io1": (4, 16384), "io2": (4, 65536), "sc1": (125, 16384),
          "st1": (125, 16384), "standard": (1, 1024)}
_IOPS = {"gp3": (3000, 80000), "io1": (100, 64000), "io2": (100, 256000)}


class ServiceManagedVolume(Construct):
    """An EBS volume ECS creates for each task of a service (configured at launch).

    Args:
        scope: the parent.
        id: the construct id.
        name: the volume's name (a task definition volume with ``configured_at_launch``).
        managed_ebs_volume: the EBS volume's settings.
    """

    def __init__(self, scope: Construct, id: str, *, name: str,
                 managed_ebs_volume: ServiceManagedEBSVolumeConfiguration | None = None) -> None:
        super().__init__(scope, id)
        from constructs.internals import structs
        from l2._private.iam_module import iam

        self._validate(managed_ebs_volume)
        self.name = name
        self.configured_at_launch = True
        self.role: IRole = managed_ebs_volume.role if managed_ebs_volume is not None and \
            managed_ebs_volume.role is not None else iam().Role(
                self, "EBSRole", assumed_by=iam().ServicePrincipal("ecs.amazonaws.com"),
                managed_policies=[iam().ManagedPolicy.from_aws_managed_policy_name(
                    "service-role/AmazonECSInfrastructureRolePolicyForVolumes")])
        base = managed_ebs_volume if managed_ebs_volume is not None else ServiceManagedEBSVolumeConfiguration()
        self.config: ServiceManagedEBSVolumeConfiguration = structs.evolve(base, role=self.role)
        self._has_config = managed_ebs_volume is not None or True

    def mount_in(self, container: ContainerDefinition, *, container_path: str, read_only: bool) -> None:
        """Mount the volume in ``container``."""
        container.add_mount_points(MountPoint(source_volume=self.name, container_path=container_path,
                                              read_only=read_only))

    def _validate(self, c: ServiceManagedEBSVolumeConfiguration | None) -> None:
        if c is None:
            return
        vtype = c.volume_type.value if c.volume_type is not None else "gp2"
        rate = c.volume_initialization_rate
        if rate is not None and not Token.is_unresolved(rate):
            if c.snap_shot_id is None:
                raise ValidationError("'volumeInitializationRate' can only be specified when 'snapShotId' is "
                                      "provided.", self)
            if not 100 <= rate.to_mebibytes() <= 300:
                raise ValidationError(f"'volumeInitializationRate' must be between 100 and 300 MiB/s, got "
                                      f"{rate.to_mebibytes()} MiB/s.", self)
        if c.size is None and c.snap_shot_id is None:
            raise ValidationError("'size' or 'snapShotId' must be specified", self)
        if c.snap_shot_id and not Token.is_unresolved(c.snap_shot_id) and not re.fullmatch(r"snap-[0-9a-fA-F]+",
                                                                                          c.snap_shot_id):
            raise ValidationError("'snapshotId' does match expected pattern. Expected 'snap-<hexadecmial value>' (ex: "
                                  f"'snap-05abe246af') or Token, got: {c.snap_shot_id}", self)
        if c.size is not None:
            low, high = _SIZES[vtype]
            if not low <= c.size.to_gibibytes() <= high:
                raise ValidationError(f"'{vtype}' volumes must have a size between {low} and {high} GiB, got "
                                      f"{c.size.to_gibibytes()} GiB", self)
        if c.throughput is not None:
            if vtype != "gp3":
                raise ValidationError(f"'throughput' can only be configured with gp3 volume type, got {vtype}", self)
            if not Token.is_unresolved(c.throughput) and c.throughput > 2000:
                raise ValidationError(f"'throughput' must be less than or equal to 2000 MiB/s, got {c.throughput} "
                                      "MiB/s", self)
        if vtype in ("sc1", "st1", "standard", "gp2") and c.iops is not None:
            raise ValidationError(f"'iops' cannot be specified with sc1, st1, gp2 and standard volume types, got "
                                  f"{vtype}", self)
        if vtype in ("io1", "io2") and c.iops is None:
            raise ValidationError(f"'iops' must be specified with io1 or io2 volume types, got {vtype}", self)
        if c.iops is not None and not Token.is_unresolved(c.iops) and vtype in _IOPS:
            low, high = _IOPS[vtype]
            if not low <= c.iops <= high:
                raise ValidationError(f"'{vtype}' volumes must have 'iops' between {low} and {high}, got {c.iops}",
                                      self)

    def _render_service_volume(self) -> Any:
        from l1.ecs import CfnService

        c = self.config
        tags = None
        if c.tag_specifications is not None:
            tags = [CfnService.EBSTagSpecificationProperty(
                resource_type="volume",
                propagate_tags=t.propagate_tags.value if t.propagate_tags is not None else None,
                tags=[{"key": k, "value": v} for k, v in t.tags.items()] if t.tags else None)
                for t in c.tag_specifications]
        return CfnService.ServiceVolumeConfigurationProperty(
            name=self.name,
            managed_ebs_volume=CfnService.ServiceManagedEBSVolumeConfigurationProperty(
                role_arn=self.role.role_arn, encrypted=c.encrypted,
                filesystem_type=c.file_system_type.value if c.file_system_type is not None else None,
                iops=c.iops, kms_key_id=c.kms_key_id.key_id if c.kms_key_id is not None else None,
                throughput=c.throughput, volume_type=c.volume_type.value if c.volume_type is not None else None,
                snapshot_id=c.snap_shot_id, size_in_gib=c.size.to_gibibytes() if c.size is not None else None,
                volume_initialization_rate=c.volume_initialization_rate.to_mebibytes()
                if c.volume_initialization_rate is not None else None,
                tag_specifications=tags))
