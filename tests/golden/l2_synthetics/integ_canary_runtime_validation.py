"""Port of aws-synthetics integ.canary-runtime-validation: Puppeteer 11.0 takes the handler at the asset's root
or under nodejs/node_modules."""

import os
import tempfile

from aws_cdk import App, Duration, Size, Stack
from aws_cdk import aws_synthetics as synthetics

# the integ test's "canaries-runtime-validation/root-only" and "canaries" directories, written here
work = tempfile.mkdtemp()
root_only = os.path.join(work, "root-only")
canaries = os.path.join(work, "canaries")
for path in (os.path.join(root_only, "canary.js"), os.path.join(canaries, "nodejs", "node_modules", "canary.js")):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        f.write("exports.handler = async () => 'ok';\n")

app = App()
stack = Stack(app, "SyntheticsCanaryRuntimeValidationStack")
synthetics.Canary(stack, "Puppeteer11RootCanary", runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_11_0,
                  test=synthetics.Test.custom(handler="canary.handler", code=synthetics.Code.from_asset(root_only)),
                  memory=Size.mebibytes(1024), timeout=Duration.minutes(2))
synthetics.Canary(stack, "Puppeteer11NodeModulesCanary", runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_11_0,
                  test=synthetics.Test.custom(handler="canary.handler", code=synthetics.Code.from_asset(canaries)),
                  memory=Size.mebibytes(1024), timeout=Duration.minutes(2))
app.synth()
