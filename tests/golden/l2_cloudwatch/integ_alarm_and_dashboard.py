"""Port of aws-cdk's integ.alarm-and-dashboard: an alarm on an L1 queue and a dashboard with every widget kind."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-cloudwatch-alarms")
queue = cdk.CfnResource(stack, "queue", type="AWS::SQS::Queue")
number_of_messages_visible_metric = cloudwatch.Metric(
    namespace="AWS/SQS",
    metric_name="ApproximateNumberOfMessagesVisible",
    dimensions_map={"QueueName": queue.get_att("QueueName").to_string()},
)
sent_message_size_metric = cloudwatch.Metric(
    namespace="AWS/SQS",
    metric_name="SentMessageSize",
    dimensions_map={"QueueName": queue.get_att("QueueName").to_string()},
)
alarm = number_of_messages_visible_metric.create_alarm(stack, "Alarm", threshold=100, evaluation_periods=3,
                                                       datapoints_to_alarm=2)
dashboard = cloudwatch.Dashboard(stack, "Dash", dashboard_name="MyCustomDashboardName", start="-9H",
                                 end="2018-12-17T06:00:00.000Z", period_override=cloudwatch.PeriodOverride.INHERIT)
dashboard.add_widgets(
    cloudwatch.TextWidget(markdown="# This is my dashboard"),
    cloudwatch.TextWidget(markdown="you like?"),
)
dashboard.add_widgets(cloudwatch.AlarmWidget(title="Messages in queue", alarm=alarm))
dashboard.add_widgets(cloudwatch.AlarmStatusWidget(title="Firing alarms", alarms=[alarm]))
dashboard.add_widgets(cloudwatch.GraphWidget(title="More messages in queue with alarm annotation",
                                             left=[number_of_messages_visible_metric],
                                             left_annotations=[alarm.to_annotation()]))
dashboard.add_widgets(cloudwatch.SingleValueWidget(title="Current messages in queue",
                                                   metrics=[number_of_messages_visible_metric]))
QUERY = """fields @message
                | filter @message like /Error/"""
dashboard.add_widgets(cloudwatch.LogQueryWidget(title="Errors in my log group", log_group_names=["my-log-group"],
                                                query_string=QUERY))
for suffix, view in (("bar", cloudwatch.LogQueryVisualizationType.BAR),
                     ("line", cloudwatch.LogQueryVisualizationType.LINE),
                     ("stacked", cloudwatch.LogQueryVisualizationType.STACKEDAREA),
                     ("pie", cloudwatch.LogQueryVisualizationType.PIE)):
    dashboard.add_widgets(cloudwatch.LogQueryWidget(title=f"Errors in my log group - {suffix}", view=view,
                                                    log_group_names=["my-log-group"], query_string=QUERY))
dashboard.add_widgets(cloudwatch.SingleValueWidget(title="Sent message size", metrics=[sent_message_size_metric],
                                                   full_precision=False))
dashboard.add_widgets(cloudwatch.SingleValueWidget(title="Sent message size with full precision",
                                                   metrics=[sent_message_size_metric], full_precision=True))
dashboard.add_widgets(cloudwatch.CustomWidget(title="My custom alarm",
                                              function_arn="arn:aws:lambda:us-west-2:123456789012:function:my-function"))
app.synth()
