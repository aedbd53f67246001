"""Port of aws-cdk's integ.lambda-alarm-action: an alarm invoking a function, its version and an alias."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as cloudwatch_actions
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


class LambdaAlarmActionIntegrationTestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        in_alarm_lambda = lambda_.Function(
            self, "inAlarmLambda", runtime=lambda_.Runtime.PYTHON_3_12, function_name="inAlarmLambda",
            code=lambda_.Code.from_inline("\ndef handler(event, context):\n  make this fn fail\n  prinr22(''hello)"),
            handler="index.handler",
        )
        alarm = cloudwatch.Alarm(
            self, "Alarm", comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD, threshold=1,
            evaluation_periods=1, metric=in_alarm_lambda.metric_errors(period=cdk.Duration.minutes(1)),
            actions_enabled=True, treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
        )
        alarm_lambda = lambda_.Function(
            self, "alarmLambda", runtime=lambda_.Runtime.PYTHON_3_12, function_name="alarmLambda",
            code=lambda_.Code.from_inline(
                "\ndef handler(event, context):\n  print('event:', event)\n"
                "  print('.............................................')\n  print('context:', context)"),
            handler="index.handler",
        )
        version = alarm_lambda.current_version
        alias_name = alarm_lambda.add_alias("aliasName")
        alarm.add_alarm_action(cloudwatch_actions.LambdaAction(version))
        alarm.add_alarm_action(cloudwatch_actions.LambdaAction(alias_name))
        alarm.add_alarm_action(cloudwatch_actions.LambdaAction(alarm_lambda))


app = cdk.App()
LambdaAlarmActionIntegrationTestStack(app, "LambdaAlarmActionIntegrationTestStack")
app.synth()
