"""ScalableTarget: default role, given role, scheduled actions (at/rate/cron/expression, start/end times, time
zones), add_to_role_policy and imports by id and by attributes used by policies."""

import datetime

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "ScheduledScaling")

target = appscaling.ScalableTarget(
    stack,
    "Target",
    service_namespace=appscaling.ServiceNamespace.LAMBDA,
    scalable_dimension="lambda:function:ProvisionedConcurrency",
    resource_id="function:my-function:live",
    min_capacity=1,
    max_capacity=10,
)
target.scale_on_schedule(
    "Once",
    schedule=appscaling.Schedule.at(
        datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    ),
    min_capacity=3,
    start_time=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
    end_time=datetime.datetime(2031, 1, 1, 5, 6, 7, 123456, tzinfo=datetime.UTC),
    time_zone=cdk.TimeZone.EUROPE_LONDON,
)
target.scale_on_schedule("Morning", schedule=appscaling.Schedule.cron(hour="8", minute="0"), min_capacity=5)
target.scale_on_schedule("Weekdays", schedule=appscaling.Schedule.cron(week_day="MON-FRI", hour="18"), max_capacity=2)
target.scale_on_schedule("Daily", schedule=appscaling.Schedule.rate(cdk.Duration.days(1)), min_capacity=1, max_capacity=4)
target.scale_on_schedule("Hourly", schedule=appscaling.Schedule.rate(cdk.Duration.minutes(120)), max_capacity=8)
target.scale_on_schedule("Minutes", schedule=appscaling.Schedule.rate(cdk.Duration.minutes(90)), max_capacity=9)
target.scale_on_schedule("Literal", schedule=appscaling.Schedule.expression("cron(0 1 * * ? *)"), min_capacity=0)
target.add_to_role_policy(iam.PolicyStatement(actions=["lambda:GetFunction"], resources=["*"]))

role = iam.Role(stack, "ScalingRole", assumed_by=iam.ServicePrincipal("application-autoscaling.amazonaws.com"))
ecs_target = appscaling.ScalableTarget(
    stack,
    "EcsTarget",
    service_namespace=appscaling.ServiceNamespace.ECS,
    scalable_dimension="ecs:service:DesiredCount",
    resource_id="service/cluster/service",
    min_capacity=0,
    max_capacity=0,
    role=role,
)
ecs_target.add_to_role_policy(iam.PolicyStatement(actions=["ecs:DescribeServices"], resources=["*"]))

by_id = appscaling.ScalableTarget.from_scalable_target_id(stack, "ById", "service/a/b|ecs:service:DesiredCount|ecs")
by_attrs = appscaling.ScalableTarget.from_scalable_target_attributes(
    stack,
    "ByAttrs",
    scalable_target_id="service/c/d|ecs:service:DesiredCount|ecs",
    scalable_dimension="ecs:service:DesiredCount",
    service_namespace="ecs",
)
appscaling.TargetTrackingScalingPolicy(
    stack,
    "ImportedTracking",
    scaling_target=by_attrs,
    target_value=50,
    predefined_metric=appscaling.PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
)
cdk.CfnOutput(stack, "ImportedId", value=by_id.scalable_target_id)
cdk.CfnOutput(stack, "TargetId", value=target.scalable_target_id)
cdk.CfnOutput(stack, "RoleArn", value=target.role.role_arn)

app.synth()
