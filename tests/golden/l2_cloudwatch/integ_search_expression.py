"""Port of aws-cdk's integ.search-expression: search expressions with labels, colors, periods, accounts, regions."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class SearchExpressionStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        minimal = cloudwatch.SearchExpression(
            expression="SEARCH('{AWS/EC2,InstanceId} CPUUtilization', 'Average', 300)")
        custom = cloudwatch.SearchExpression(
            expression="SEARCH('{AWS/Lambda,FunctionName} Duration', 'Average', 300)",
            label="Custom Lambda Duration", color="#e377c2", period=cdk.Duration.minutes(10),
            search_account="123456789012", search_region="us-west-2",
        )
        cross_account_region = cloudwatch.SearchExpression(
            expression="SEARCH('{AWS/S3,BucketName} BucketSizeBytes', 'Average', 86400)",
            label="Cross-Account Cross-Region S3", color="#9467bd", period=cdk.Duration.hours(1),
            search_account="123456789012", search_region="ap-southeast-1",
        )
        dashboard = cloudwatch.Dashboard(self, "SearchExpressionDashboard",
                                         dashboard_name="SearchExpressionTestDashboard")
        widget = cloudwatch.GraphWidget(title="Minimal vs Custom Properties", width=24, height=6, left=[minimal],
                                        right=[custom, cross_account_region])
        dashboard.add_widgets(widget)


app = cdk.App()
SearchExpressionStack(app, "SearchExpressionStack")
app.synth()
