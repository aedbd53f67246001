"""Port of aws-cdk's integ.autoscaling.lit: a table's read capacity auto-scaled on utilization and schedules."""

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-dynamodb")

table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="hashKey", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

read_scaling = table.auto_scale_read_capacity(min_capacity=1, max_capacity=50)

read_scaling.scale_on_utilization(target_utilization_percent=50)

read_scaling.scale_on_schedule(
    "ScaleUpInTheMorning",
    schedule=appscaling.Schedule.cron(hour="8", minute="0"),
    min_capacity=20,
)

read_scaling.scale_on_schedule(
    "ScaleDownAtNight",
    schedule=appscaling.Schedule.cron(hour="20", minute="0"),
    max_capacity=20,
)

app.synth()
