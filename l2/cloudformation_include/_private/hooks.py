"""The ``AWS::CodeDeploy::BlueGreen`` hook of an included template (aws-cdk-lib's
``CfnCodeDeployBlueGreenHook._fromCloudFormation``): the resources it names must be in the template, and are
named by their (possibly renamed) logical ids."""

from __future__ import annotations

from typing import Any

from constructs import (
    CfnCodeDeployBlueGreenAdditionalOptions,
    CfnCodeDeployBlueGreenApplication,
    CfnCodeDeployBlueGreenApplicationTarget,
    CfnCodeDeployBlueGreenEcsAttributes,
    CfnCodeDeployBlueGreenHook,
    CfnCodeDeployBlueGreenLifecycleEventHooks,
    CfnHook,
    CfnTrafficRoute,
    CfnTrafficRouting,
    CfnTrafficRoutingConfig,
    CfnTrafficRoutingTimeBasedCanary,
    CfnTrafficRoutingTimeBasedLinear,
    CfnTrafficRoutingType,
    Construct,
    ValidationError,
)
from l2.cloudformation_include._private.parser import CfnParser


def _get(value: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def blue_green_hook(scope: Construct, id: str, attributes: dict[str, Any], parser: CfnParser) -> CfnHook:
    """A ``CfnCodeDeployBlueGreenHook`` from the hook's template entry."""
    properties = parser.parse_value(attributes.get("Properties")) or {}

    def logical_id(name: Any) -> Any:
        if name is None:
            return None
        resource = parser.finder.find_resource(name)
        if resource is None:
            raise ValidationError(f"Hook '{id}' references resource '{name}' that was not found in the template")
        return resource.logical_id

    def route(value: Any) -> CfnTrafficRoute:
        return CfnTrafficRoute(type=_get(value, "Type"), logical_id=logical_id(_get(value, "LogicalID")))

    def application(app: Any) -> CfnCodeDeployBlueGreenApplication:
        routing = _get(app, "ECSAttributes", "TrafficRouting")
        task_definitions = _get(app, "ECSAttributes", "TaskDefinitions")
        task_sets = _get(app, "ECSAttributes", "TaskSets")
        groups = _get(routing, "TargetGroups")
        return CfnCodeDeployBlueGreenApplication(
            target=CfnCodeDeployBlueGreenApplicationTarget(
                type=_get(app, "Target", "Type"), logical_id=logical_id(_get(app, "Target", "LogicalID"))
            ),
            ecs_attributes=CfnCodeDeployBlueGreenEcsAttributes(
                task_definitions=[logical_id(t) for t in task_definitions] if task_definitions is not None else None,  # type: ignore[arg-type]
                task_sets=[logical_id(t) for t in task_sets] if task_sets is not None else None,  # type: ignore[arg-type]
                traffic_routing=CfnTrafficRouting(
                    prod_traffic_route=route(_get(routing, "ProdTrafficRoute")),
                    test_traffic_route=route(_get(routing, "TestTrafficRoute")),
                    target_groups=[logical_id(g) for g in groups] if groups is not None else None,  # type: ignore[arg-type]
                ),
            ),
        )

    routing_type = _get(properties, "TrafficRoutingConfig", "Type")
    known = {member.value: member for member in CfnTrafficRoutingType}
    applications = properties.get("Applications")
    return CfnCodeDeployBlueGreenHook(
        scope,
        id,
        service_role=properties.get("ServiceRole"),  # type: ignore[arg-type] # None when absent, as in aws-cdk-lib
        applications=[application(app) for app in applications] if isinstance(applications, list) else [],
        traffic_routing_config=CfnTrafficRoutingConfig(
            type=known.get(routing_type, routing_type),
            time_based_canary=CfnTrafficRoutingTimeBasedCanary(
                step_percentage=_get(properties, "TrafficRoutingConfig", "TimeBasedCanary", "StepPercentage"),
                bake_time_mins=_get(properties, "TrafficRoutingConfig", "TimeBasedCanary", "BakeTimeMins"),
            ),
            time_based_linear=CfnTrafficRoutingTimeBasedLinear(
                step_percentage=_get(properties, "TrafficRoutingConfig", "TimeBasedLinear", "StepPercentage"),
                bake_time_mins=_get(properties, "TrafficRoutingConfig", "TimeBasedLinear", "BakeTimeMins"),
            ),
        ),
        additional_options=CfnCodeDeployBlueGreenAdditionalOptions(
            termination_wait_time_in_minutes=_get(properties, "AdditionalOptions", "TerminationWaitTimeInMinutes")
        ),
        lifecycle_event_hooks=CfnCodeDeployBlueGreenLifecycleEventHooks(
            before_install=_get(properties, "LifecycleEventHooks", "BeforeInstall"),
            after_install=_get(properties, "LifecycleEventHooks", "AfterInstall"),
            after_allow_test_traffic=_get(properties, "LifecycleEventHooks", "AfterAllowTestTraffic"),
            before_allow_traffic=_get(properties, "LifecycleEventHooks", "BeforeAllowTraffic"),
            after_allow_traffic=_get(properties, "LifecycleEventHooks", "AfterAllowTraffic"),
        ),
    )
