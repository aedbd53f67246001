"""Port of aws-synthetics integ.canary-browser-type: two browser configurations, memory, timeout and retries on Puppeteer 11.0."""

import os
import tempfile

from aws_cdk import App, Duration, Size, Stack, Tags
from aws_cdk import aws_synthetics as synthetics

# the integ test's "canaries" directory, written here
canaries = tempfile.mkdtemp()
for name, text in (("nodejs/node_modules/canary.js", "exports.handler = async () => 'ok';\n"),
                   ("python/canary.py", "def handler(event, context):\n    return 'ok'\n")):
    os.makedirs(os.path.dirname(os.path.join(canaries, name)), exist_ok=True)
    with open(os.path.join(canaries, name), "w", newline="") as f:
        f.write(text)

app = App()
stack = Stack(app, "SyntheticsCanaryBrowserTypeStack")
canary = synthetics.Canary(stack, "BrowserTypeCanary", runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_11_0,
                           test=synthetics.Test.custom(handler="canary.handler",
                                                       code=synthetics.Code.from_asset(canaries)),
                           memory=Size.mebibytes(2048), timeout=Duration.minutes(4), max_retries=2, browser_configs=[synthetics.BrowserType.CHROME, synthetics.BrowserType.FIREFOX])

app.synth()
