"""Math expressions with SEARCH in graphs, across accounts and regions: ``search_account``/``search_region`` equal
to the stack's are dropped, others kept; metrics attached to a stack; anomaly bands and ``with_`` copies."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "MathSearch", env=cdk.Environment(account="123456789012", region="eu-west-1"))
here = cloudwatch.MathExpression(expression="SEARCH('{AWS/SQS,QueueName} NumberOfMessagesSent', 'Sum', 300)",
                                 search_account="123456789012", search_region="eu-west-1")
there = here.with_(search_account="210987654321", search_region="us-east-1", label="other account",
                   period=cdk.Duration.minutes(1))
latency = cloudwatch.Metric(namespace="Shop", metric_name="Latency", account="123456789012", region="eu-west-1")
remote = cloudwatch.Metric(namespace="Shop", metric_name="Latency", account="210987654321", region="us-east-1")
band = cloudwatch.Metric.anomaly_detection_for(metric=latency, std_devs=3, color=cloudwatch.Color.GREY)
attached = cloudwatch.Metric(namespace="Shop", metric_name="Orders").attach_to(stack)
ratio = cloudwatch.MathExpression(expression="100 * o / l", using_metrics={"o": attached, "l": latency},
                                  label="", period=cdk.Duration.minutes(10))
dashboard = cloudwatch.Dashboard(stack, "Dash")
dashboard.add_widgets(cloudwatch.GraphWidget(left=[here, there], right=[latency, remote]),
                      cloudwatch.GraphWidget(left=[latency, band], right=[ratio], title="band"))
dashboard.add_widgets(cloudwatch.SingleValueWidget(metrics=[ratio.with_(label="ratio")], full_precision=True))
cdk.CfnOutput(stack, "Names", value=f"{here.to_string()} / {there.to_string()} / {remote.to_string()}")
app.synth()
