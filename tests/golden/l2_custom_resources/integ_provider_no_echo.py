"""Port of aws-cdk integ.provider-no-echo.ts: a synchronous provider whose handler returns ``NoEcho``; the
framework function's log group is looked up by its construct id. ``IntegTest`` and its assertion dropped."""

from aws_cdk import App, CustomResource, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.custom_resources import Provider
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        handler = lambda_.Function(
            self,
            "my-handler",
            runtime=lambda_.Runtime.NODEJS_20_X,
            handler="index.handler",
            code=lambda_.Code.from_inline(
                """
      exports.handler = async (event, context) => {
        return {
          PhysicalResourceId: '1234',
          NoEcho: true,
          Data: {
            mySecret: 'secret-value',
          },
        };
      };"""
            ),
        )
        provider = Provider(self, "my-provider", on_event_handler=handler)
        self.entrypoint_log_group = provider.node.find_child("framework-onEvent").log_group
        CustomResource(self, "my-cr", service_token=provider.service_token)


app = App()
TestStack(app, "integ-provider-no-echo")
app.synth()
