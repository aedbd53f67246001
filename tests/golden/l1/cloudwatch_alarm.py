"""A CloudWatch alarm with dimensions, a metric-math alarm, an EventBridge rule with targets and a dashboard."""

import json

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_events as events

app = cdk.App()
stack = cdk.Stack(app, "L1CloudWatch")

cloudwatch.CfnAlarm(
    stack,
    "Errors",
    alarm_description="function errors",
    namespace="AWS/Lambda",
    metric_name="Errors",
    dimensions=[cloudwatch.CfnAlarm.DimensionProperty(name="FunctionName", value="golden")],
    statistic="Sum",
    period=60,
    evaluation_periods=3,
    datapoints_to_alarm=2,
    threshold=1,
    comparison_operator="GreaterThanOrEqualToThreshold",
    treat_missing_data="notBreaching",
    alarm_actions=["arn:aws:sns:us-east-1:123456789012:alerts"],
)
cloudwatch.CfnAlarm(
    stack,
    "ErrorRate",
    evaluation_periods=1,
    comparison_operator="GreaterThanThreshold",
    threshold=0.05,
    metrics=[
        {"id": "rate", "expression": "errors / invocations", "label": "error rate"},
        cloudwatch.CfnAlarm.MetricDataQueryProperty(
            id="errors",
            return_data=False,
            metric_stat=cloudwatch.CfnAlarm.MetricStatProperty(
                metric=cloudwatch.CfnAlarm.MetricProperty(namespace="AWS/Lambda", metric_name="Errors"),
                period=300,
                stat="Sum",
            ),
        ),
        cloudwatch.CfnAlarm.MetricDataQueryProperty(
            id="invocations",
            return_data=False,
            metric_stat=cloudwatch.CfnAlarm.MetricStatProperty(
                metric=cloudwatch.CfnAlarm.MetricProperty(namespace="AWS/Lambda", metric_name="Invocations"),
                period=300,
                stat="Sum",
            ),
        ),
    ],
)
events.CfnRule(
    stack,
    "Nightly",
    schedule_expression="cron(0 3 * * ? *)",
    state="ENABLED",
    targets=[
        events.CfnRule.TargetProperty(
            arn="arn:aws:lambda:us-east-1:123456789012:function:nightly",
            id="fn",
            input=json.dumps({"job": "nightly"}),
            retry_policy=events.CfnRule.RetryPolicyProperty(maximum_retry_attempts=2),
        )
    ],
)
events.CfnRule(
    stack,
    "OnUpload",
    event_pattern={"source": ["aws.s3"], "detail-type": ["Object Created"]},
    targets=[{"arn": "arn:aws:sqs:us-east-1:123456789012:uploads", "id": "q"}],
)
cloudwatch.CfnDashboard(
    stack,
    "Dashboard",
    dashboard_name="golden",
    dashboard_body=json.dumps({"widgets": [{"type": "text", "x": 0, "y": 0, "width": 6, "height": 2, "properties": {"markdown": "hi"}}]}),
)

app.synth()
