"""Port of aws-cdk's integ.dashboard-with-tags: tags on a dashboard."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class DashboardTaggingIntegrationTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        dashboard = cloudwatch.Dashboard(self, "Dash", dashboard_name="TaggedDashboard")
        cdk.Tags.of(dashboard).add("Environment", "IntegTest")
        cdk.Tags.of(dashboard).add("Team", "CloudWatchDashboards")
        dashboard.add_widgets(cloudwatch.TextWidget(markdown="Dashboard with tags"))


app = cdk.App()
DashboardTaggingIntegrationTest(app, "DashboardTaggingIntegrationTest")
app.synth()
