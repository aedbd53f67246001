"""Port of aws-cdk's integ.step-scaling: step scaling of a custom resource, below 0 and above 100/500."""

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "aws-applicationautoscaling-step-scaling")

target = appscaling.ScalableTarget(
    stack,
    "Target",
    service_namespace=appscaling.ServiceNamespace.CUSTOM_RESOURCE,
    scalable_dimension="custom-resource:ResourceType:Property",
    resource_id="https://custom-resource",
    min_capacity=1,
    max_capacity=10,
)

metric = cloudwatch.Metric(namespace="Test", metric_name="Metric")

target.scale_on_metric(
    "StepScaling",
    metric=metric,
    scaling_steps=[
        appscaling.ScalingInterval(upper=0, change=-1),
        appscaling.ScalingInterval(lower=100, change=+1),
        appscaling.ScalingInterval(lower=500, change=+5),
    ],
)

app.synth()
