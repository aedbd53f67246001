"""Table auto scaling: read and write capacity of the table and of a global secondary index, utilization
policies with cooldowns and names, schedules; the DynamoDB service-linked scaling role."""

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableAutoscaling")

table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    read_capacity=10,
    write_capacity=10,
)
table.add_global_secondary_index(
    index_name="byOwner",
    partition_key=dynamodb.Attribute(name="owner", type=dynamodb.AttributeType.STRING),
)

write = table.auto_scale_write_capacity(min_capacity=5, max_capacity=100)
write.scale_on_utilization(
    target_utilization_percent=75,
    scale_in_cooldown=cdk.Duration.seconds(60),
    scale_out_cooldown=cdk.Duration.seconds(30),
    disable_scale_in=False,
    policy_name="write-tracking",
)
read = table.auto_scale_read_capacity(min_capacity=5, max_capacity=200)
read.scale_on_utilization(target_utilization_percent=60)

index_read = table.auto_scale_global_secondary_index_read_capacity("byOwner", min_capacity=1, max_capacity=10)
index_read.scale_on_utilization(target_utilization_percent=70)
index_write = table.auto_scale_global_secondary_index_write_capacity("byOwner", min_capacity=2, max_capacity=20)
index_write.scale_on_schedule("Weekend", schedule=appscaling.Schedule.cron(week_day="SAT", hour="0", minute="0"), max_capacity=5)
index_write.scale_on_utilization(target_utilization_percent=10)

app.synth()
