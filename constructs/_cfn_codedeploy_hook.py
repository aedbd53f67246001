"""``CfnCodeDeployBlueGreenHook`` (the ``AWS::CodeDeploy::BlueGreen`` hook for ECS blue-green deployments) and its
structs. The stack also needs the ``AWS::CodeDeployBlueGreen`` transform (``stack.add_transform``).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

from ._cfn_hook import CfnHook
from ._construct import Construct
from ._private import structs


class CfnTrafficRoutingType(enum.Enum):
    """How traffic moves to the new (green) task set."""

    ALL_AT_ONCE = "AllAtOnce"
    """All traffic at once."""
    TIME_BASED_CANARY = "TimeBasedCanary"
    """A share of the traffic first, the rest after a bake time."""
    TIME_BASED_LINEAR = "TimeBasedLinear"
    """Equal shares, one per bake time."""


@structs.frozen(kw_only=True)
class CfnTrafficRoute:
    """A listener that routes traffic to a target group.

    Args:
        logical_id: the logical id of the ``AWS::ElasticLoadBalancingV2::Listener``.
        type: the resource type, ``AWS::ElasticLoadBalancingV2::Listener``.
    """

    logical_id: str
    type: str


@structs.frozen(kw_only=True)
class CfnTrafficRouting:
    """The listeners and target groups of a blue-green deployment.

    Args:
        prod_traffic_route: the listener that takes production traffic.
        target_groups: the logical ids of the two target groups (blue and green).
        test_traffic_route: the listener that takes test traffic.
    """

    prod_traffic_route: CfnTrafficRoute
    target_groups: Sequence[str]
    test_traffic_route: CfnTrafficRoute


@structs.frozen(kw_only=True)
class CfnTrafficRoutingTimeBasedCanary:
    """Canary shifting.

    Args:
        bake_time_mins: minutes between the first and the second shift (default 5).
        step_percentage: the share of traffic shifted first, in percent (default 15).
    """

    bake_time_mins: int | float | None = None
    step_percentage: int | float | None = None


@structs.frozen(kw_only=True)
class CfnTrafficRoutingTimeBasedLinear:
    """Linear shifting.

    Args:
        bake_time_mins: minutes between shifts (default 5).
        step_percentage: the share of traffic shifted at each step, in percent (default 15).
    """

    bake_time_mins: int | float | None = None
    step_percentage: int | float | None = None


@structs.frozen(kw_only=True)
class CfnTrafficRoutingConfig:
    """How traffic shifts during the deployment.

    Args:
        type: the kind of shifting.
        time_based_canary: the canary settings (default none).
        time_based_linear: the linear settings (default none).
    """

    type: CfnTrafficRoutingType
    time_based_canary: CfnTrafficRoutingTimeBasedCanary | None = None
    time_based_linear: CfnTrafficRoutingTimeBasedLinear | None = None


@structs.frozen(kw_only=True)
class CfnCodeDeployBlueGreenAdditionalOptions:
    """Further deployment options.

    Args:
        termination_wait_time_in_minutes: minutes to wait before the blue task set is terminated (default 5).
    """

    termination_wait_time_in_minutes: int | float | None = None


@structs.frozen(kw_only=True)
class CfnCodeDeployBlueGreenApplicationTarget:
    """The ECS service the deployment updates.

    Args:
        logical_id: the logical id of the ``AWS::ECS::Service``.
        type: the resource type, ``AWS::ECS::Service``.
    """

    logical_id: str
    type: str


@structs.frozen(kw_only=True)
class CfnCodeDeployBlueGreenEcsAttributes:
    """The ECS resources of the deployment.

    Args:
        task_definitions: the logical ids of the blue and the green ``AWS::ECS::TaskDefinition``.
        task_sets: the logical ids of the blue and the green ``AWS::ECS::TaskSet``.
        traffic_routing: the listeners and target groups.
    """

    task_definitions: Sequence[str]
    task_sets: Sequence[str]
    traffic_routing: CfnTrafficRouting


@structs.frozen(kw_only=True)
class CfnCodeDeployBlueGreenApplication:
    """An ECS application being deployed.

    Args:
        ecs_attributes: its ECS resources.
        target: the service updated.
    """

    ecs_attributes: CfnCodeDeployBlueGreenEcsAttributes
    target: CfnCodeDeployBlueGreenApplicationTarget


@structs.frozen(kw_only=True)
class CfnCodeDeployBlueGreenLifecycleEventHooks:
    """Lambda functions (names or ARNs) run at the deployment's lifecycle events (each default none).

    Args:
        after_allow_test_traffic: after test traffic reaches the green task set.
        after_allow_traffic: after production traffic reaches the green task set.
        after_install: after the green task set is created.
        before_allow_traffic: before production traffic reaches the green task set.
        before_install: before the green task set is created.
    """

    after_allow_test_traffic: str | None = None
    after_allow_traffic: str | None = None
    after_install: str | None = None
    before_allow_traffic: str | None = None
    before_install: str | None = None


def _struct(cls: Any, value: Any) -> Any:
    """``value`` as a ``cls`` struct: structs pass, mappings of its fields (snake_case) are converted."""
    if value is None or isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        return cls(**value)
    raise TypeError(f"expected {cls.__name__} or a mapping of its fields, got {type(value).__name__}")


def _application(value: Any) -> CfnCodeDeployBlueGreenApplication:
    app = _struct(CfnCodeDeployBlueGreenApplication, value)
    ecs = _struct(CfnCodeDeployBlueGreenEcsAttributes, app.ecs_attributes)
    routing = _struct(CfnTrafficRouting, ecs.traffic_routing)
    routing = CfnTrafficRouting(
        prod_traffic_route=_struct(CfnTrafficRoute, routing.prod_traffic_route),
        target_groups=routing.target_groups,
        test_traffic_route=_struct(CfnTrafficRoute, routing.test_traffic_route),
    )
    return CfnCodeDeployBlueGreenApplication(
        ecs_attributes=CfnCodeDeployBlueGreenEcsAttributes(
            task_definitions=ecs.task_definitions, task_sets=ecs.task_sets, traffic_routing=routing
        ),
        target=_struct(CfnCodeDeployBlueGreenApplicationTarget, app.target),
    )


def _traffic_routing_config(value: Any) -> CfnTrafficRoutingConfig | None:
    config = _struct(CfnTrafficRoutingConfig, value)
    if config is None:
        return None
    return CfnTrafficRoutingConfig(
        type=config.type,
        time_based_canary=_struct(CfnTrafficRoutingTimeBasedCanary, config.time_based_canary),
        time_based_linear=_struct(CfnTrafficRoutingTimeBasedLinear, config.time_based_linear),
    )


def _unless_all_none(values: dict[str, Any]) -> dict[str, Any] | None:
    """The mapping without its None values, or None when nothing is left (aws-cdk-lib renders nothing then)."""
    kept = {k: v for k, v in values.items() if v is not None}
    return kept or None


def _enum_value(v: Any) -> Any:
    return v.value if isinstance(v, enum.Enum) else v


class CfnCodeDeployBlueGreenHook(CfnHook):
    """The ``AWS::CodeDeploy::BlueGreen`` hook: CloudFormation runs an ECS blue-green deployment through CodeDeploy
    when the task definition or task set changes. The template needs the ``AWS::CodeDeployBlueGreen`` transform.

    Args:
        scope: the parent construct.
        id: the construct id.
        applications: the ECS applications deployed.
        service_role: the name of the IAM role CloudFormation uses for the deployment.
        additional_options: further options (default none: a five-minute wait before the blue tasks end).
        lifecycle_event_hooks: Lambda functions run at lifecycle events (default none).
        traffic_routing_config: how traffic shifts (default none: canary, 15% then the rest after five minutes).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        applications: Sequence[CfnCodeDeployBlueGreenApplication | Mapping[str, object]],
        service_role: str,
        additional_options: CfnCodeDeployBlueGreenAdditionalOptions | Mapping[str, object] | None = None,
        lifecycle_event_hooks: CfnCodeDeployBlueGreenLifecycleEventHooks | Mapping[str, object] | None = None,
        traffic_routing_config: CfnTrafficRoutingConfig | Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(scope, id, type="AWS::CodeDeploy::BlueGreen")
        self.service_role = service_role
        self.applications: list[CfnCodeDeployBlueGreenApplication] = [_application(a) for a in applications]
        self.traffic_routing_config: CfnTrafficRoutingConfig | None = _traffic_routing_config(traffic_routing_config)
        self.additional_options: Any = _struct(CfnCodeDeployBlueGreenAdditionalOptions, additional_options)
        self.lifecycle_event_hooks: Any = _struct(CfnCodeDeployBlueGreenLifecycleEventHooks, lifecycle_event_hooks)

    def _render_properties(self) -> Any:
        routing = self.traffic_routing_config
        canary = routing.time_based_canary if routing else None
        linear = routing.time_based_linear if routing else None
        options = self.additional_options
        hooks = self.lifecycle_event_hooks
        return {
            "ServiceRole": self.service_role,
            "Applications": [
                {
                    "Target": {"Type": app.target.type, "LogicalID": app.target.logical_id},
                    "ECSAttributes": {
                        "TaskDefinitions": app.ecs_attributes.task_definitions,
                        "TaskSets": app.ecs_attributes.task_sets,
                        "TrafficRouting": {
                            "ProdTrafficRoute": {
                                "Type": app.ecs_attributes.traffic_routing.prod_traffic_route.type,
                                "LogicalID": app.ecs_attributes.traffic_routing.prod_traffic_route.logical_id,
                            },
                            "TestTrafficRoute": {
                                "Type": app.ecs_attributes.traffic_routing.test_traffic_route.type,
                                "LogicalID": app.ecs_attributes.traffic_routing.test_traffic_route.logical_id,
                            },
                            "TargetGroups": app.ecs_attributes.traffic_routing.target_groups,
                        },
                    },
                }
                for app in self.applications
            ],
            "TrafficRoutingConfig": _unless_all_none({
                "Type": _enum_value(routing.type) if routing else None,
                "TimeBasedCanary": _unless_all_none({
                    "StepPercentage": canary.step_percentage if canary else None,
                    "BakeTimeMins": canary.bake_time_mins if canary else None,
                }),
                "TimeBasedLinear": _unless_all_none({
                    "StepPercentage": linear.step_percentage if linear else None,
                    "BakeTimeMins": linear.bake_time_mins if linear else None,
                }),
            }),
            "AdditionalOptions": _unless_all_none({
                "TerminationWaitTimeInMinutes": options.termination_wait_time_in_minutes if options else None,
            }),
            "LifecycleEventHooks": _unless_all_none({
                "BeforeInstall": hooks.before_install if hooks else None,
                "AfterInstall": hooks.after_install if hooks else None,
                "AfterAllowTestTraffic": hooks.after_allow_test_traffic if hooks else None,
                "BeforeAllowTraffic": hooks.before_allow_traffic if hooks else None,
                "AfterAllowTraffic": hooks.after_allow_traffic if hooks else None,
            }),
        }


@structs.frozen(kw_only=True)
class CfnCodeDeployBlueGreenHookProps:
    """The keyword arguments of ``CfnCodeDeployBlueGreenHook``.

    Args:
        applications: the ECS applications deployed.
        service_role: the name of the IAM role CloudFormation uses for the deployment.
        additional_options: further options (default none).
        lifecycle_event_hooks: Lambda functions run at lifecycle events (default none).
        traffic_routing_config: how traffic shifts (default none: canary, 15% with a five-minute bake time).
    """

    applications: Sequence[CfnCodeDeployBlueGreenApplication]
    service_role: str
    additional_options: CfnCodeDeployBlueGreenAdditionalOptions | None = None
    lifecycle_event_hooks: CfnCodeDeployBlueGreenLifecycleEventHooks | None = None
    traffic_routing_config: CfnTrafficRoutingConfig | None = None
