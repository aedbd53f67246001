"""Port of aws-synthetics integ.canary-run-config: active tracing, memory and timeout in the run config, with
Lambda cleanup."""

from aws_cdk import App, Duration, Size, Stack
from aws_cdk import aws_synthetics as synthetics

app = App()
stack = Stack(app, "cdk-synthetics-canary-run-config")
synthetics.Canary(stack, "Canary", canary_name="next",
                  runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_7_0,
                  test=synthetics.Test.custom(handler="index.handler", code=synthetics.Code.from_inline(
                      "\n          exports.handler = async () => {\n            console.log('hello world');\n"
                      "          };")),
                  cleanup=synthetics.Cleanup.LAMBDA,
                  active_tracing=True,
                  memory=Size.mebibytes(1024),
                  timeout=Duration.minutes(4))
app.synth()
