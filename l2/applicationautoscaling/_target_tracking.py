"""``TargetTrackingScalingPolicy``: scale to keep a metric near a target value, and ``PredefinedMetric``."""

from __future__ import annotations

import enum
import json
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Construct, Duration, Names, Stack, Token, ValidationError
from constructs.internals import structs
from l1.applicationautoscaling import CfnScalingPolicy
from l2.applicationautoscaling._scalable_target import IScalableTarget, target_resource_id

if TYPE_CHECKING:
    from l2.cloudwatch import IMetric


class PredefinedMetric(enum.Enum):
    """The predefined metrics target tracking can follow."""

    APPSTREAM_AVERAGE_CAPACITY_UTILIZATION = "AppStreamAverageCapacityUtilization"
    CASSANDRA_READ_CAPACITY_UTILIZATION = "CassandraReadCapacityUtilization"
    CASSANDRA_WRITE_CAPACITY_UTILIZATION = "CassandraWriteCapacityUtilization"
    COMPREHEND_INFERENCE_UTILIZATION = "ComprehendInferenceUtilization"
    NEPTURE_READER_AVERAGE_CPU_UTILIZATION = "NeptuneReaderAverageCPUUtilization"
    DYNAMODB_READ_CAPACITY_UTILIZATION = "DynamoDBReadCapacityUtilization"
    DYNAMODB_WRITE_CAPACITY_UTILIZATION = "DynamoDBWriteCapacityUtilization-dummy"
    """Deprecated in aws-cdk-lib (its value is a placeholder); rendered as ``DynamoDBWriteCapacityUtilization``."""
    DYANMODB_WRITE_CAPACITY_UTILIZATION = "DynamoDBWriteCapacityUtilization"
    ALB_REQUEST_COUNT_PER_TARGET = "ALBRequestCountPerTarget"
    RDS_READER_AVERAGE_CPU_UTILIZATION = "RDSReaderAverageCPUUtilization"
    RDS_READER_AVERAGE_DATABASE_CONNECTIONS = "RDSReaderAverageDatabaseConnections"
    EC2_SPOT_FLEET_REQUEST_AVERAGE_CPU_UTILIZATION = "EC2SpotFleetRequestAverageCPUUtilization"
    EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_IN = "EC2SpotFleetRequestAverageNetworkIn"
    EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_OUT = "EC2SpotFleetRequestAverageNetworkOut"
    SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE = "SageMakerVariantInvocationsPerInstance"
    SAGEMAKER_VARIANT_PROVISIONED_CONCURRENCY_UTILIZATION = "SageMakerVariantProvisionedConcurrencyUtilization"
    SAGEMAKER_INFERENCE_COMPONENT_INVOCATIONS_PER_COPY = "SageMakerInferenceComponentInvocationsPerCopy"
    ECS_SERVICE_AVERAGE_CPU_UTILIZATION = "ECSServiceAverageCPUUtilization"
    ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION = "ECSServiceAverageMemoryUtilization"
    LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION = "LambdaProvisionedConcurrencyUtilization"
    KAFKA_BROKER_STORAGE_UTILIZATION = "KafkaBrokerStorageUtilization"
    ELASTICACHE_PRIMARY_ENGINE_CPU_UTILIZATION = "ElastiCachePrimaryEngineCPUUtilization"
    ELASTICACHE_REPLICA_ENGINE_CPU_UTILIZATION = "ElastiCacheReplicaEngineCPUUtilization"
    ELASTICACHE_DATABASE_MEMORY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE = "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage"
    ELASTICACHE_DATABASE_CAPACITY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE = (
        "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage"
    )
    SAGEMAKER_INFERENCE_COMPONENT_CONCURRENT_REQUESTS_PER_COPY_HIGH_RESOLUTION = (
        "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution"
    )
    SAGEMAKER_VARIANT_CONCURRENT_REQUESTS_PER_MODEL_HIGH_RESOLUTION = (
        "SageMakerVariantConcurrentRequestsPerModelHighResolution"
    )
    WORKSPACES_AVERAGE_USER_SESSIONS_CAPACITY_UTILIZATION = "WorkSpacesAverageUserSessionsCapacityUtilization"


@structs.frozen(kw_only=True)
class BaseTargetTrackingProps:
    """The options every target-tracking policy has.

    Args:
        disable_scale_in: whether the policy never scales in (default: it does).
        policy_name: the policy's name (default: generated from the construct path).
        scale_in_cooldown: the wait after a scale-in (default: the service's).
        scale_out_cooldown: the wait after a scale-out (default: the service's).
    """

    disable_scale_in: bool | None = None
    policy_name: str | None = None
    scale_in_cooldown: Duration | None = None
    scale_out_cooldown: Duration | None = None


@structs.frozen(kw_only=True)
class BasicTargetTrackingScalingPolicyProps(BaseTargetTrackingProps):
    """A target-tracking policy without its target (``ScalableTarget.scale_to_track_metric``).

    Args:
        target_value: the value to keep the metric near.
        custom_metric: a metric to track (exactly one of this and ``predefined_metric``).
        predefined_metric: a predefined metric to track.
        resource_label: the resource label of ``ALB_REQUEST_COUNT_PER_TARGET``.
    """

    target_value: int | float
    custom_metric: IMetric | None = None
    predefined_metric: PredefinedMetric | None = None
    resource_label: str | None = None


@structs.frozen(kw_only=True)
class TargetTrackingScalingPolicyProps(BasicTargetTrackingScalingPolicyProps):
    """The properties of a ``TargetTrackingScalingPolicy``.

    Args:
        scaling_target: the target the policy scales.
    """

    scaling_target: IScalableTarget


def _definitely_different(value: str | None, expected: str) -> bool:
    return value is not None and not Token.is_unresolved(value) and not Token.is_unresolved(expected) and value != expected


def _render_custom_metric(scope: Construct, metric: IMetric | None) -> Any:
    if metric is None:
        return None
    c = metric.to_metric_config().metric_stat
    assert c is not None
    if c.statistic.startswith("p"):
        raise ValidationError(
            f"Cannot use statistic '{c.statistic}' for Target Tracking: only 'Average', 'Minimum', 'Maximum', "
            "'SampleCount', and 'Sum' are supported.",
            scope,
        )
    stack = Stack.of(scope)
    if _definitely_different(c.account, stack.account):
        Annotations.of(scope).add_warning_v2(
            "@aws-cdk/aws-applicationautoscaling:crossAccountMetricIgnored",
            f"target tracking can only use metrics from its own account; metric account {json.dumps(c.account)} "
            f"is ignored and account {json.dumps(stack.account)} is used",
        )
    if _definitely_different(c.region, stack.region):
        Annotations.of(scope).add_warning_v2(
            "@aws-cdk/aws-applicationautoscaling:crossRegionMetricIgnored",
            f"target tracking can only use metrics from its own region; metric region {json.dumps(c.region)} "
            f"is ignored and region {json.dumps(stack.region)} is used",
        )
    dims = (
        [CfnScalingPolicy.MetricDimensionProperty(name=d.name, value=d.value) for d in c.dimensions]
        if c.dimensions
        else None
    )
    unit = c.unit_filter
    return CfnScalingPolicy.CustomizedMetricSpecificationProperty(
        dimensions=dims,
        metric_name=c.metric_name,
        namespace=c.namespace,
        statistic=c.statistic,
        unit=unit.value if isinstance(unit, enum.Enum) else unit,
    )


class TargetTrackingScalingPolicy(Construct):
    """A target-tracking scaling policy (``AWS::ApplicationAutoScaling::ScalingPolicy``).

    Args:
        scope: the parent construct.
        id: the construct id.
        scaling_target: the target the policy scales.
        target_value: the value to keep the metric near.
        custom_metric: a metric to track (a plain metric, not math).
        predefined_metric: a predefined metric to track.
        resource_label: the resource label of ``ALB_REQUEST_COUNT_PER_TARGET``.
        disable_scale_in: whether the policy never scales in (default: it does).
        policy_name: the policy's name (default: generated from the construct path).
        scale_in_cooldown: the wait after a scale-in (default: the service's).
        scale_out_cooldown: the wait after a scale-out (default: the service's).

    Raises:
        ValidationError: a math-expression ``custom_metric`` or a percentile statistic.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        scaling_target: IScalableTarget,
        target_value: int | float,
        custom_metric: IMetric | None = None,
        predefined_metric: PredefinedMetric | None = None,
        resource_label: str | None = None,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> None:
        if custom_metric is not None and custom_metric.to_metric_config().metric_stat is None:
            raise ValidationError(
                "Only direct metrics are supported for Target Tracking. Use Step Scaling or supply a Metric object.",
                scope,
            )
        super().__init__(scope, id)
        if predefined_metric is PredefinedMetric.DYNAMODB_WRITE_CAPACITY_UTILIZATION:
            predefined_metric = PredefinedMetric.DYANMODB_WRITE_CAPACITY_UTILIZATION
        resource = CfnScalingPolicy(
            self,
            "Resource",
            policy_name=policy_name or Names.unique_id(self),
            policy_type="TargetTrackingScaling",
            scaling_target_id=target_resource_id(scaling_target),
            target_tracking_scaling_policy_configuration=CfnScalingPolicy.TargetTrackingScalingPolicyConfigurationProperty(
                customized_metric_specification=_render_custom_metric(self, custom_metric),
                disable_scale_in=disable_scale_in,
                predefined_metric_specification=(
                    CfnScalingPolicy.PredefinedMetricSpecificationProperty(
                        predefined_metric_type=predefined_metric.value, resource_label=resource_label
                    )
                    if predefined_metric is not None
                    else None
                ),
                scale_in_cooldown=scale_in_cooldown.to_seconds() if scale_in_cooldown else None,
                scale_out_cooldown=scale_out_cooldown.to_seconds() if scale_out_cooldown else None,
                target_value=target_value,
            ),
        )
        self.scaling_policy_arn: str = resource.ref
        """The ARN of the scaling policy."""
