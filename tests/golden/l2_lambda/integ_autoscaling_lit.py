"""Port of aws-cdk integ.autoscaling.lit.ts: provisioned concurrency of an alias scaled on utilization and on
schedules (``Alias.add_auto_scaling``)."""

import datetime

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_lambda as lambda_


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        fn = lambda_.Function(
            self, "MyLambda",
            code=lambda_.InlineCode("exports.handler = async () => { console.log('hello world'); };"),
            handler="index.handler", runtime=lambda_.Runtime.NODEJS_20_X)
        version = fn.current_version
        alias = lambda_.Alias(self, "Alias", alias_name="prod", version=version)
        scaling_target = alias.add_auto_scaling(min_capacity=3, max_capacity=50)
        scaling_target.scale_on_utilization(utilization_target=0.5)
        scaling_target.scale_on_schedule("ScaleUpInTheMorning",
                                         schedule=appscaling.Schedule.cron(hour="8", minute="0"), min_capacity=20)
        scaling_target.scale_on_schedule("ScaleDownAtNight",
                                         schedule=appscaling.Schedule.cron(hour="20", minute="0"), max_capacity=20)
        scaling_target.scale_on_schedule(
            "WithStartAndEnd", schedule=appscaling.Schedule.cron(hour="20", minute="0"),
            start_time=datetime.datetime(2023, 12, 25, tzinfo=datetime.UTC),
            end_time=datetime.datetime(2023, 12, 26, tzinfo=datetime.UTC), max_capacity=20)
        cdk.CfnOutput(self, "FunctionName", value=fn.function_name)


app = cdk.App()
stack = TestStack(app, "aws-lambda-autoscaling")
# LAMBDA_RECOGNIZE_LAYER_VERSION, written as its string (pycdk has no cx_api)
cdk.Aspects.of(stack).add(lambda_.FunctionVersionUpgrade("@aws-cdk/aws-lambda:recognizeLayerVersion"))
app.synth()
