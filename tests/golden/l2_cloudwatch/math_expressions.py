"""Alarms on MathExpressions: ids from using_metrics, nested expressions (expr_N ids), labels, periods, anomaly bands."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "MathExpressions")
errors = cloudwatch.Metric(namespace="AWS/Lambda", metric_name="Errors", statistic="Sum",
                           dimensions_map={"FunctionName": "f"})
invocations = cloudwatch.Metric(namespace="AWS/Lambda", metric_name="Invocations", statistic="Sum",
                                dimensions_map={"FunctionName": "f"}, label="Calls")
rate = cloudwatch.MathExpression(expression="100 * errors / invocations",
                                 using_metrics={"errors": errors, "invocations": invocations},
                                 label="Error rate", period=cdk.Duration.minutes(1))
rate.create_alarm(stack, "ErrorRate", threshold=5, evaluation_periods=3, datapoints_to_alarm=2)
nested = cloudwatch.MathExpression(expression="rate * 2",
                                   using_metrics={"rate": cloudwatch.MathExpression(
                                       expression="e1 + e2", using_metrics={"e1": errors, "e2": errors})})
nested.create_alarm(stack, "Nested", threshold=1, evaluation_periods=1)
cloudwatch.MathExpression(expression="FILL(errors, 0)", using_metrics={"errors": errors}).create_alarm(
    stack, "Fill", threshold=0, evaluation_periods=1,
    comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD)
band = cloudwatch.MathExpression(expression="ANOMALY_DETECTION_BAND(m0, 2)", using_metrics={"m0": invocations})
cloudwatch.Alarm(stack, "Anomaly", metric=band, evaluation_periods=2,
                 comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
                 threshold=cloudwatch.Alarm.ANOMALY_DETECTION_NO_THRESHOLD)
app.synth()
