"""Port of aws-cdk's integ.dashboard: a default interval, a transparent text widget, the dashboard ARN."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "DashboardIntegrationTestStack")
dashboard = cloudwatch.Dashboard(stack, "Dash", default_interval=cdk.Duration.days(7))
dashboard.add_widgets(cloudwatch.TextWidget(markdown="I don't have a background",
                                            background=cloudwatch.TextWidgetBackground.TRANSPARENT))
cdk.CfnOutput(stack, "DashboardArn", value=dashboard.dashboard_arn)
app.synth()
