"""The 2.275 surface: log_group.grants (actions on given ARNs, read/write), metric keywords of LogGroup and
MetricFilter metrics on alarms, add_metric_filter/add_subscription_filter keywords, LogGroupGrants of an imported
group, a ResourcePolicy with initial statements."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_logs as logs
from aws_cdk import aws_logs_destinations as dests

app = cdk.App()
stack = cdk.Stack(app, "LogsSurface")
group = logs.LogGroup(stack, "Group", retention=logs.RetentionDays.ONE_MONTH)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
group.grants.actions(role, ["logs:DescribeLogStreams"], resource_arns=["arn:aws:logs:us-east-1:123456789012:*"])
group.grants.read(role)
imported = logs.LogGroup.from_log_group_arn(stack, "Imported", "arn:aws:logs:us-east-1:123456789012:log-group:legacy:*")
logs.LogGroupGrants.from_log_group(imported).write(role)

group.metric_incoming_bytes(period=cdk.Duration.minutes(1), statistic="Maximum", label="bytes") \
    .create_alarm(stack, "Bytes", threshold=10, evaluation_periods=1)
group.metric("ForwardedBytes", dimensions_map={"LogGroupName": group.log_group_name}, unit=cloudwatch.Unit.BYTES) \
    .create_alarm(stack, "Forwarded", threshold=1, evaluation_periods=3)
mf = group.add_metric_filter("Filter", filter_pattern=logs.FilterPattern.literal("ERROR"), metric_name="Errors",
                             metric_namespace="App", default_value=0, filter_name="errors",
                             apply_on_transformed_logs=False)
mf.metric(statistic="Sum", period=cdk.Duration.minutes(10), color="#ff0000") \
    .create_alarm(stack, "Errors", threshold=5, evaluation_periods=2)

stream = kinesis.Stream(stack, "Stream")
group.add_subscription_filter("Sub", destination=dests.KinesisDestination(stream),
                              filter_pattern=logs.FilterPattern.all_events(), filter_name="to-stream",
                              distribution=logs.Distribution.RANDOM)

logs.ResourcePolicy(stack, "Policy", resource_policy_name="route53-logs", policy_statements=[
    iam.PolicyStatement(actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                        principals=[iam.ServicePrincipal("route53.amazonaws.com")], resources=["*"]),
])
app.synth()
