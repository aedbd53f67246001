"""Port of aws-cdk's integ.anomaly-detection-alarm (2.275 has no ``create_anomaly_detection_alarm``: the
``AnomalyDetectionAlarm`` construct with the same options)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class AnomalyDetectionAlarmTestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        metric = cloudwatch.Metric(namespace="AWS/EC2", metric_name="CPUUtilization", statistic="Average",
                                   period=cdk.Duration.minutes(5))
        cloudwatch.AnomalyDetectionAlarm(
            self, "AnomalyAlarm", metric=metric, std_devs=2, evaluation_periods=3, datapoints_to_alarm=2,
            comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
        )


app = cdk.App()
AnomalyDetectionAlarmTestStack(app, "AnomalyDetectionAlarmTestStack")
app.synth()
