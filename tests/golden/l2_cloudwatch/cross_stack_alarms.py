"""Alarms used from other stacks: a composite alarm and an alarm status widget in the same environment
(exports), and a named alarm shown on a dashboard in another region (its ARN is formatted from the name)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
env = cdk.Environment(account="123456789012", region="eu-west-1")
producer = cdk.Stack(app, "Producer", env=env)
metric = cloudwatch.Metric(namespace="Shop", metric_name="Orders", statistic="Sum")
generated = metric.create_alarm(producer, "Generated", threshold=1, evaluation_periods=1)
named = metric.create_alarm(producer, "Named", threshold=2, evaluation_periods=1, alarm_name="orders-named")
consumer = cdk.Stack(app, "Consumer", env=env)
cloudwatch.CompositeAlarm(consumer, "Both", alarm_rule=cloudwatch.AlarmRule.all_of(generated, named))
dash = cloudwatch.Dashboard(consumer, "Dash")
dash.add_widgets(cloudwatch.AlarmStatusWidget(alarms=[generated, named]))
elsewhere = cdk.Stack(app, "Elsewhere", env=cdk.Environment(account="123456789012", region="us-east-1"),
                      cross_region_references=False)
cloudwatch.Dashboard(elsewhere, "Dash", widgets=[[cloudwatch.AlarmWidget(alarm=named, region="eu-west-1")]])
cdk.CfnOutput(consumer, "GeneratedName", value=generated.alarm_name)
app.synth()
