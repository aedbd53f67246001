"""Port of aws-synthetics integ.canary-auto-delete-lambda: Cleanup.LAMBDA on a named canary and on one an
AwsCustomResource deletes right away."""

from aws_cdk import App, Stack
from aws_cdk import aws_synthetics as synthetics
from aws_cdk.custom_resources import AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId

SCRIPT = "\n          exports.handler = async () => {\n            console.log('hello world');\n          };"

app = App()
stack = Stack(app, "cdk-synthetics-canary-auto-delete")

synthetics.Canary(stack, "Canary", canary_name="next",
                  runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_7_0,
                  test=synthetics.Test.custom(handler="index.handler", code=synthetics.Code.from_inline(SCRIPT)),
                  cleanup=synthetics.Cleanup.LAMBDA)

removed = synthetics.Canary(stack, "CanaryRemoved",
                            runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_7_0,
                            test=synthetics.Test.custom(handler="index.handler",
                                                        code=synthetics.Code.from_inline(SCRIPT)),
                            cleanup=synthetics.Cleanup.LAMBDA,
                            start_after_creation=False)

AwsCustomResource(stack, "DeleteCanary",
                  on_create={
                      "physical_resource_id": PhysicalResourceId.of(removed.canary_name),
                      "service": "Synthetics",
                      "action": "deleteCanary",
                      "parameters": {"Name": removed.canary_name},
                  },
                  policy=AwsCustomResourcePolicy.from_sdk_calls(resources=AwsCustomResourcePolicy.ANY_RESOURCE))

app.synth()
