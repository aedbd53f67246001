"""Port of aws-cdk's integ.table-widget: a table with units, precision, layout and thresholds."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "TableWidget")
dashboard = cloudwatch.Dashboard(stack, "Dashboard")
widget = cloudwatch.TableWidget(
    title="Table",
    metrics=[cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", statistic="Minimum")],
    period=cdk.Duration.minutes(1),
    height=12,
    width=12,
    show_units_in_label=True,
    full_precision=True,
    layout=cloudwatch.TableLayout.HORIZONTAL,
    thresholds=[
        cloudwatch.TableThreshold.above(1000, cloudwatch.Color.RED),
        cloudwatch.TableThreshold.between(500, 1000, cloudwatch.Color.ORANGE),
        cloudwatch.TableThreshold.below(500, cloudwatch.Color.GREEN),
    ],
)
dashboard.add_widgets(widget)
app.synth()
