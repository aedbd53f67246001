"""Step scaling (relative, percent and exact changes, evaluation periods, aggregation from the statistic, one
alarm only, math metrics), StepScalingAction on its own, and target tracking (predefined with resource label,
the DynamoDB write alias, custom metrics with dimensions/unit, cooldowns, names)."""

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "ScalingPolicies")

target = appscaling.ScalableTarget(
    stack,
    "Target",
    service_namespace=appscaling.ServiceNamespace.ECS,
    scalable_dimension="ecs:service:DesiredCount",
    resource_id="service/cluster/service",
    min_capacity=1,
    max_capacity=20,
)

metric = cloudwatch.Metric(namespace="App", metric_name="Load", statistic="Maximum")
target.scale_on_metric(
    "Relative",
    metric=metric,
    scaling_steps=[
        appscaling.ScalingInterval(upper=10, change=-1),
        appscaling.ScalingInterval(lower=50, change=1),
        appscaling.ScalingInterval(lower=80, change=3),
    ],
    cooldown=cdk.Duration.minutes(2),
    evaluation_periods=3,
    datapoints_to_alarm=2,
)
target.scale_on_metric(
    "Percent",
    metric=cloudwatch.Metric(namespace="App", metric_name="Queue", statistic="Minimum", period=cdk.Duration.minutes(1)),
    scaling_steps=[
        appscaling.ScalingInterval(upper=5, change=-50),
        appscaling.ScalingInterval(lower=5, upper=20, change=0),
        appscaling.ScalingInterval(lower=20, change=100),
    ],
    adjustment_type=appscaling.AdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
    min_adjustment_magnitude=2,
)
target.scale_on_metric(
    "Exact",
    metric=cloudwatch.Metric(namespace="App", metric_name="Jobs", statistic="Sum"),
    scaling_steps=[
        appscaling.ScalingInterval(upper=10, change=0),
        appscaling.ScalingInterval(lower=10, upper=100, change=5),
        appscaling.ScalingInterval(lower=100, change=10),
    ],
    adjustment_type=appscaling.AdjustmentType.EXACT_CAPACITY,
    metric_aggregation_type=appscaling.MetricAggregationType.MAXIMUM,
)
target.scale_on_metric(
    "UpOnly",
    metric=cloudwatch.Metric(namespace="App", metric_name="Errors", statistic="p99"),
    scaling_steps=[
        appscaling.ScalingInterval(lower=0, upper=30, change=0),
        appscaling.ScalingInterval(lower=30, change=2),
    ],
)
target.scale_on_metric(
    "Math",
    metric=cloudwatch.MathExpression(
        expression="a + b",
        using_metrics={
            "a": cloudwatch.Metric(namespace="App", metric_name="A"),
            "b": cloudwatch.Metric(namespace="App", metric_name="B"),
        },
    ),
    scaling_steps=[
        appscaling.ScalingInterval(upper=1, change=-1),
        appscaling.ScalingInterval(lower=10, change=1),
    ],
)

action = appscaling.StepScalingAction(
    stack,
    "Action",
    scaling_target=target,
    policy_name="manual-steps",
    adjustment_type=appscaling.AdjustmentType.CHANGE_IN_CAPACITY,
    cooldown=cdk.Duration.seconds(30),
    metric_aggregation_type=appscaling.MetricAggregationType.MINIMUM,
)
action.add_adjustment(adjustment=2, lower_bound=0, upper_bound=10)
action.add_adjustment(adjustment=4, lower_bound=10)
appscaling.StepScalingAction(stack, "EmptyAction", scaling_target=target)

target.scale_to_track_metric(
    "Cpu",
    target_value=60,
    predefined_metric=appscaling.PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
    scale_in_cooldown=cdk.Duration.seconds(60),
    scale_out_cooldown=cdk.Duration.seconds(30),
    disable_scale_in=True,
)
target.scale_to_track_metric(
    "Requests",
    target_value=1000,
    predefined_metric=appscaling.PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET,
    resource_label="app/lb/123/targetgroup/tg/456",
    policy_name="requests-per-target",
)
target.scale_to_track_metric(
    "DynamoWrite",
    target_value=70,
    predefined_metric=appscaling.PredefinedMetric.DYNAMODB_WRITE_CAPACITY_UTILIZATION,
)
target.scale_to_track_metric(
    "Custom",
    target_value=5,
    custom_metric=cloudwatch.Metric(
        namespace="App",
        metric_name="Backlog",
        dimensions_map={"Queue": "jobs", "Stage": "prod"},
        statistic="Average",
        unit=cloudwatch.Unit.COUNT,
    ),
)
appscaling.TargetTrackingScalingPolicy(
    stack,
    "Standalone",
    scaling_target=target,
    target_value=10,
    custom_metric=cloudwatch.Metric(namespace="App", metric_name="Latency", statistic="SampleCount"),
)

app.synth()
