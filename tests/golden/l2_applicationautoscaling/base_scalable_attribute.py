"""A BaseScalableAttribute subclass (the pattern DynamoDB and Lambda use): its Target child, default minimum
capacity, and the protected scale_on_* methods."""

from typing import Any

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from constructs import Construct


class ScalableCapacity(appscaling.BaseScalableAttribute):
    def __init__(self, scope: Construct, id: str, **props: Any) -> None:
        super().__init__(scope, id, **props)

    def scale_on_utilization(self, target: float) -> None:
        self._do_scale_to_track_metric(
            "Tracking",
            target_value=target,
            predefined_metric=appscaling.PredefinedMetric.SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE,
        )

    def scale_on_schedule(self, id: str, schedule: appscaling.Schedule, capacity: int) -> None:
        self._do_scale_on_schedule(id, schedule=schedule, min_capacity=capacity)

    def scale_on_load(self, metric: cloudwatch.Metric) -> None:
        self._do_scale_on_metric(
            "Steps",
            metric=metric,
            scaling_steps=[
                appscaling.ScalingInterval(upper=1, change=-1),
                appscaling.ScalingInterval(lower=5, change=2),
            ],
        )


app = cdk.App()
stack = cdk.Stack(app, "BaseScalableAttribute")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("application-autoscaling.amazonaws.com"))

capacity = ScalableCapacity(
    stack,
    "Capacity",
    service_namespace=appscaling.ServiceNamespace.SAGEMAKER,
    dimension="sagemaker:variant:DesiredInstanceCount",
    resource_id="endpoint/my-endpoint/variant/AllTraffic",
    role=role,
    max_capacity=4,
)
capacity.scale_on_utilization(70)
capacity.scale_on_schedule("Night", appscaling.Schedule.cron(hour="22", minute="30"), 1)
capacity.scale_on_load(cloudwatch.Metric(namespace="App", metric_name="Load"))

other = ScalableCapacity(
    stack,
    "Other",
    service_namespace=appscaling.ServiceNamespace.DYNAMODB,
    dimension="dynamodb:table:ReadCapacityUnits",
    resource_id="table/my-table",
    role=role,
    min_capacity=5,
    max_capacity=50,
)
cdk.CfnOutput(stack, "Env", value=other.env.region)

app.synth()
