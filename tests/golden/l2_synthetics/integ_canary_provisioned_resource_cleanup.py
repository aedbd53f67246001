"""Port of aws-synthetics integ.canary-provisioned-resource-cleanup: provisioned_resource_cleanup (AUTOMATIC),
memory and timeout."""

from aws_cdk import App, Duration, Size, Stack
from aws_cdk import aws_synthetics as synthetics

app = App()
stack = Stack(app, "SyntheticsCanaryProvisionedResourceCleanupStack")
synthetics.Canary(stack, "CleanupCanary", canary_name="cleanup",
                  runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_7_0,
                  test=synthetics.Test.custom(handler="index.handler", code=synthetics.Code.from_inline(
                      "\n          exports.handler = async () => {\n            console.log('hello world');\n"
                      "          };")),
                  memory=Size.mebibytes(2048),
                  timeout=Duration.minutes(4),
                  provisioned_resource_cleanup=True)
app.synth()
