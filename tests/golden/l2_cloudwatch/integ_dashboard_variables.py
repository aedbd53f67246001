"""Port of aws-cdk's integ.dashboard-variables: a pattern variable with fixed values and a property variable
filled by a search."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class DashboardVariablesIntegrationTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        dashboard = cloudwatch.Dashboard(self, "Dash", variables=[cloudwatch.DashboardVariable(
            type=cloudwatch.VariableType.PATTERN,
            value="RegionPlaceholder",
            input_type=cloudwatch.VariableInputType.RADIO,
            id="region3",
            label="RegionPatternWithValues",
            default_value=cloudwatch.DefaultValue.value("us-east-1"),
            visible=True,
            values=cloudwatch.Values.from_values(cloudwatch.VariableValue(label="IAD", value="us-east-1"),
                                                 cloudwatch.VariableValue(label="DUB", value="us-west-2")),
        )])
        dashboard.add_widgets(cloudwatch.TextWidget(markdown="The dashboard is showing RegionPlaceholder region",
                                                    background=cloudwatch.TextWidgetBackground.TRANSPARENT))
        widget = cloudwatch.GraphWidget(title="My fancy graph", left=[cloudwatch.Metric(
            namespace="AWS/S3",
            metric_name="BucketSizeBytes",
            label="[BucketName: ${PROP('Dim.BucketName')}] BucketSizeBytes",
            statistic=cloudwatch.Stats.MAXIMUM,
            dimensions_map={"StorageType": "StandardStorage", "BucketName": "my-bucket"},
        )])
        dashboard.add_variable(cloudwatch.DashboardVariable(
            default_value=cloudwatch.DefaultValue.FIRST,
            id="BucketName",
            label="BucketName",
            input_type=cloudwatch.VariableInputType.SELECT,
            type=cloudwatch.VariableType.PROPERTY,
            value="BucketName",
            values=cloudwatch.Values.from_search_components(namespace="AWS/S3",
                                                            dimensions=["BucketName", "StorageType"],
                                                            metric_name="BucketSizeBytes",
                                                            populate_from="BucketName"),
            visible=True,
        ))
        dashboard.add_widgets(widget)


app = cdk.App()
DashboardVariablesIntegrationTest(app, "DashboardVariablesIntegrationTest")
app.synth()
