"""Port of aws-cdk's integ.subscriptionfilter.ts: a named subscription filter to a Lambda function."""

from aws_cdk import App, Stack
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_logs import FilterPattern, LogGroup
from aws_cdk.aws_logs_destinations import LambdaDestination

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "aws-cdk-subscriptionfilter-integ")
log_group = LogGroup(stack, "LogGroup")
fn = Function(stack, "Function", runtime=Runtime.NODEJS_18_X, handler="index.handler", code=Code.from_inline("foo"))
log_group.add_subscription_filter(
    "Subscription", destination=LambdaDestination(fn),
    filter_pattern=FilterPattern.all_terms("ERROR", "MainThread"), filter_name="CustomSubscriptionFilterName",
)
app.synth()
