"""Port of aws-cdk integ.aws-custom-resource-cloudwatch.ts: tagging an alarm, ``memory_size`` given.
``IntegTest`` and its assertion dropped."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import custom_resources as cr

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-custom-resource-cloudwatch-stack")
my_alarm = cloudwatch.Alarm(
    stack,
    "myAlarm",
    metric=cloudwatch.Metric(metric_name="myMetricName", namespace="myNamespace"),
    threshold=0,
    evaluation_periods=1,
)
cr.AwsCustomResource(
    stack,
    "myCR",
    memory_size=1024,
    policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
    install_latest_aws_sdk=True,
    on_create=cr.AwsSdkCall(
        service="CloudWatch",
        action="tagResource",
        parameters={"ResourceARN": my_alarm.alarm_arn, "Tags": [{"Key": "Name", "Value": "prod"}]},
        physical_resource_id=cr.PhysicalResourceId.of("add_tag"),
    ),
)
app.synth()
