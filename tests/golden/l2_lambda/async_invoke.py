"""Asynchronous invocation: EventInvokeConfig from Function props, configure_async_invoke on an alias, destinations."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_lambda as lambda_


@jsii.implements(lambda_.IDestination)
class ArnDestination:
    def __init__(self, arn):
        self.arn = arn

    def bind(self, scope, fn, *, type=None):
        return lambda_.DestinationConfig(destination=self.arn)


app = cdk.App()
stack = cdk.Stack(app, "AsyncInvoke")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"), max_event_age=cdk.Duration.hours(1), retry_attempts=0,
                      on_failure=ArnDestination("arn:aws:sqs:us-east-1:123456789012:failed"))
alias = fn.add_alias("live")
alias.configure_async_invoke(retry_attempts=2,
                             on_success=ArnDestination("arn:aws:sns:us-east-1:123456789012:done"),
                             on_failure=ArnDestination("arn:aws:sqs:us-east-1:123456789012:failed"))
app.synth()
