"""AnomalyDetectionAlarm and Metric.anomaly_detection_for: band expression, ThresholdMetricId, hidden sub-metric."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "AnomalyDetection")
latency = cloudwatch.Metric(namespace="MyApp", metric_name="Latency", statistic="p90",
                            period=cdk.Duration.minutes(1))
cloudwatch.AnomalyDetectionAlarm(stack, "Latency", metric=latency, evaluation_periods=3, std_devs=2.5,
                                 comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD)
cloudwatch.AnomalyDetectionAlarm(stack, "Default", metric=latency, evaluation_periods=1, alarm_name="band")
band = cloudwatch.Metric.anomaly_detection_for(metric=latency, std_devs=3, label="my band")
cloudwatch.Alarm(stack, "Manual", metric=band, evaluation_periods=2, threshold=5,
                 comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_LOWER_THRESHOLD)
app.synth()
