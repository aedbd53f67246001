"""Port of aws-synthetics integ.canary: inline, directory, folder and zip assets and a canary per runtime family,
with a prefixed artifacts bucket, lifecycle rules, an API URL in the environment and Lambda cleanup."""

import os
import tempfile
import zipfile

import aws_cdk as cdk
from aws_cdk import RemovalPolicy
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_synthetics import Canary, Cleanup, Code, Runtime, Schedule, Test

# the integ test's "canaries" directory and "canary.zip", written here
work = tempfile.mkdtemp()
canaries = os.path.join(work, "canaries")
node_script = "exports.handler = async () => {\n  console.log('hello world');\n};\n"
files = {
    "nodejs/node_modules/canary.js": node_script,
    "nodejs/node_modules/folder/canary.js": node_script.replace("handler", "functionName"),
    "canary.js": node_script,
    "playwright/canary.js": node_script,
    "python/canary.py": "def handler(event, context):\n    return 'hello world'\n",
}
for name, text in files.items():
    os.makedirs(os.path.dirname(os.path.join(canaries, name)), exist_ok=True)
    with open(os.path.join(canaries, name), "w", newline="") as f:
        f.write(text)
zip_path = os.path.join(work, "canary.zip")
with zipfile.ZipFile(zip_path, "w") as archive:
    archive.writestr(zipfile.ZipInfo("nodejs/node_modules/canary.js", (2020, 1, 1, 0, 0, 0)), node_script)

app = cdk.App()
stack = cdk.Stack(app, "canary-one")

bucket = s3.Bucket(stack, "MyTestBucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
prefix = "integ"

api = apigateway.RestApi(stack, "ApiGateway")
api.root.add_method("GET", apigateway.MockIntegration(
    integration_responses=[apigateway.IntegrationResponse(status_code="200")],
    passthrough_behavior=apigateway.PassthroughBehavior.NEVER,
    request_templates={"application/json": '{ "statusCode": 200 }'},
), method_responses=[apigateway.MethodResponse(status_code="200")])

Canary(stack, "InlineAsset",
       test=Test.custom(handler="index.handler", code=Code.from_inline(
           "\n      exports.handler = async () => {\n        console.log('hello world');\n      };")),
       schedule=Schedule.rate(cdk.Duration.minutes(1)),
       artifacts_bucket_location={"bucket": bucket, "prefix": prefix},
       runtime=Runtime.SYNTHETICS_NODEJS_PUPPETEER_10_0,
       cleanup=Cleanup.LAMBDA)

Canary(stack, "DirectoryAsset",
       test=Test.custom(handler="canary.handler", code=Code.from_asset(canaries)),
       runtime=Runtime.SYNTHETICS_NODEJS_PUPPETEER_10_0,
       environment_variables={"URL": api.url},
       cleanup=Cleanup.LAMBDA)

Canary(stack, "FolderAsset",
       test=Test.custom(handler="folder/canary.functionName", code=Code.from_asset(canaries)),
       runtime=Runtime.SYNTHETICS_NODEJS_PUPPETEER_10_0,
       environment_variables={"URL": api.url},
       cleanup=Cleanup.LAMBDA)

Canary(stack, "ZipAsset",
       test=Test.custom(handler="canary.handler", code=Code.from_asset(zip_path)),
       artifacts_bucket_lifecycle_rules=[s3.LifecycleRule(expiration=cdk.Duration.days(30))],
       runtime=Runtime.SYNTHETICS_NODEJS_PUPPETEER_10_0,
       cleanup=Cleanup.LAMBDA)


def pascal(text):
    out, upper = "", True
    for ch in text:
        if ch in "-./":
            upper = True
            continue
        out += ch.upper() if upper else ch
        upper = False
    return out


def by_runtime(runtime, handler=None):
    return Canary(stack, pascal(runtime.name + (handler or "")),
                  test=Test.custom(handler=handler or "canary.handler", code=Code.from_asset(canaries)),
                  environment_variables={"URL": api.url},
                  runtime=runtime,
                  cleanup=Cleanup.LAMBDA)


for runtime in (Runtime.SYNTHETICS_NODEJS_PUPPETEER_5_2, Runtime.SYNTHETICS_NODEJS_PUPPETEER_6_2,
                Runtime.SYNTHETICS_NODEJS_PUPPETEER_7_0, Runtime.SYNTHETICS_NODEJS_PUPPETEER_8_0,
                Runtime.SYNTHETICS_NODEJS_PUPPETEER_9_0, Runtime.SYNTHETICS_NODEJS_PUPPETEER_9_1,
                Runtime.SYNTHETICS_NODEJS_PUPPETEER_10_0):
    by_runtime(runtime)
by_runtime(Runtime.SYNTHETICS_NODEJS_PLAYWRIGHT_1_0)
by_runtime(Runtime.SYNTHETICS_NODEJS_PLAYWRIGHT_1_0, "playwright/canary.handler")
by_runtime(Runtime.SYNTHETICS_NODEJS_PLAYWRIGHT_2_0)
by_runtime(Runtime.SYNTHETICS_NODEJS_PLAYWRIGHT_2_0, "playwright/canary.handler")
for runtime in (Runtime.SYNTHETICS_PYTHON_SELENIUM_2_1, Runtime.SYNTHETICS_PYTHON_SELENIUM_3_0,
                Runtime.SYNTHETICS_PYTHON_SELENIUM_4_0, Runtime.SYNTHETICS_PYTHON_SELENIUM_4_1,
                Runtime.SYNTHETICS_PYTHON_SELENIUM_5_0, Runtime.SYNTHETICS_PYTHON_SELENIUM_5_1):
    by_runtime(runtime)

app.synth()
