"""Port of aws-cdk's integ.math-alarm-and-dashboard: an alarm on a math expression, graphs in another account."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-cloudwatch")
queue = cdk.CfnResource(stack, "queue", type="AWS::SQS::Queue")
metric_a = cloudwatch.Metric(namespace="AWS/SQS", metric_name="ApproximateNumberOfMessagesVisible",
                             dimensions_map={"QueueName": queue.get_att("QueueName").to_string()},
                             period=cdk.Duration.seconds(10), label="Visible Messages")
metric_b = cloudwatch.Metric(namespace="AWS/SQS", metric_name="ApproximateNumberOfMessagesNotVisible",
                             dimensions_map={"QueueName": queue.get_att("QueueName").to_string()},
                             period=cdk.Duration.seconds(30), label="NotVisible Messages")
sum_expression = cloudwatch.MathExpression(expression="m1+m2", using_metrics={"m1": metric_a, "m2": metric_b},
                                           label="Total Messages", period=cdk.Duration.minutes(1))
alarm = sum_expression.create_alarm(stack, "Alarm", threshold=100, evaluation_periods=3)
dashboard = cloudwatch.Dashboard(stack, "Dash", dashboard_name="MyMathExpressionDashboardName")
dashboard.add_widgets(cloudwatch.AlarmWidget(title="Total messages in queue", alarm=alarm, account_id="123456789"))
dashboard.add_widgets(cloudwatch.GraphWidget(title="More total messages in queue with alarm annotation",
                                             left=[sum_expression], right=[metric_a, metric_b],
                                             left_annotations=[alarm.to_annotation()], account_id="123456789"))
dashboard.add_widgets(cloudwatch.GraphWidget(title="Percentage of messages in each queue as pie chart",
                                             left=[metric_a, metric_b], view=cloudwatch.GraphWidgetView.PIE,
                                             set_period_to_time_range=True, account_id="123456789"))
dashboard.add_widgets(cloudwatch.SingleValueWidget(title="Current total messages in queue", metrics=[sum_expression],
                                                   account_id="123456789"))
app.synth()
