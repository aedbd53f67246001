"""Subscription filters to a Lambda function (CanInvokeLambda permission, DependsOn) and a raw ARN destination."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_logs_destinations as destinations


@jsii.implements(logs.ILogSubscriptionDestination)
class KinesisArn:
    def bind(self, scope, source_log_group):
        return logs.LogSubscriptionDestinationConfig(arn="arn:aws:kinesis:us-east-1:123456789012:stream/logs")


app = cdk.App()
stack = cdk.Stack(app, "SubscriptionFilters")
group = logs.LogGroup(stack, "Group", retention=logs.RetentionDays.THREE_DAYS)
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
group.add_subscription_filter("ToLambda", destination=destinations.LambdaDestination(fn),
                              filter_pattern=logs.FilterPattern.all_terms("ERROR", "payment"))
logs.SubscriptionFilter(stack, "Named", log_group=group, destination=destinations.LambdaDestination(fn),
                        filter_pattern=logs.FilterPattern.all_events(), filter_name="all")
logs.SubscriptionFilter(stack, "NoPerm", log_group=group,
                        destination=destinations.LambdaDestination(fn, add_permissions=False),
                        filter_pattern=logs.FilterPattern.all_events())
group.add_subscription_filter("ToKinesis", destination=KinesisArn(), filter_pattern=logs.FilterPattern.literal("x"))
app.synth()
