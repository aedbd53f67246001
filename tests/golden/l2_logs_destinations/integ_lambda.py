"""Port of aws-logs-destinations integ.lambda: a subscription filter to a function whose success goes to a queue,
and a rule writing to the same log group. ``IntegTest`` and its assertions dropped; ``STANDARD_NODEJS_RUNTIME`` is
``NODEJS_20_X``."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_events as events
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_events_targets import CloudWatchLogGroup, LogGroupTargetInput
from aws_cdk.aws_lambda_destinations import SqsDestination
from aws_cdk.aws_logs_destinations import LambdaDestination
from constructs import Construct


class LambdaStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.queue = sqs.Queue(self, "Queue", encryption=sqs.QueueEncryption.SQS_MANAGED)
        fn = lambda_.Function(
            self,
            "MyFunction",
            runtime=lambda_.Runtime.NODEJS_20_X,
            handler="index.handler",
            code=lambda_.Code.from_inline("exports.handler = async (event) => {\n        return 'success';\n      };"),
            on_success=SqsDestination(self.queue),
        )
        log_group = logs.LogGroup(self, "LogGroup", removal_policy=RemovalPolicy.DESTROY)
        logs.SubscriptionFilter(
            self,
            "Subscription",
            log_group=log_group,
            destination=LambdaDestination(fn),
            filter_pattern=logs.FilterPattern.all_events(),
        )
        custom_rule = events.Rule(
            self,
            "CustomRule",
            event_pattern=events.EventPattern(source=["cdk-lambda-integ"], detail_type=["cdk-integ-custom-rule"]),
        )
        custom_rule.add_target(
            CloudWatchLogGroup(
                log_group, log_event=LogGroupTargetInput.from_object_v2(message="Howdy Ho!")
            )
        )


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
LambdaStack(app, "lambda-logssubscription-integ")
app.synth()
