"""Port of aws-cdk integ.lambda-chain.ts: a chain of functions through response-only Lambda destinations
(EventBridge rules on the default bus)."""

import aws_cdk as cdk
from aws_cdk import CfnOutput, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_destinations as destinations
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        props = dict(
            runtime=lambda_.Runtime.NODEJS_14_X,
            handler="index.handler",
            code=lambda_.Code.from_inline("""exports.handler = async (event) => {
        console.log('Event: %j', event);
        if (event.status === 'error') throw new Error('UnkownError');
        return event;
      };"""),
        )
        first = lambda_.Function(self, "First", **props)
        second = lambda_.Function(self, "Second", **props)
        third = lambda_.Function(self, "Third", **props)
        error = lambda_.Function(self, "Error", **props)
        first.configure_async_invoke(
            on_success=destinations.LambdaDestination(second, response_only=True),
            on_failure=destinations.LambdaDestination(error, response_only=True),
            retry_attempts=0)
        second.configure_async_invoke(on_success=destinations.LambdaDestination(third, response_only=True))
        CfnOutput(self, "FirstFunctionName", value=first.function_name)
        CfnOutput(self, "ThirdFunctionName", value=third.function_name)
        CfnOutput(self, "ErrorFunctionName", value=error.function_name)


app = cdk.App()
TestStack(app, "aws-cdk-lambda-chain")
app.synth()
