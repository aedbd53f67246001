"""Port of aws-synthetics integ.canary-retry: max_retries (retry config) on Python Selenium 5.1."""

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

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "SyntheticsCanaryRetryStack")
canary = synthetics.Canary(stack, "RetryCanary", runtime=synthetics.Runtime.SYNTHETICS_PYTHON_SELENIUM_5_1,
                           test=synthetics.Test.custom(handler="canary.handler",
                                                       code=synthetics.Code.from_asset(canaries)),
                           canary_name="retry", memory=Size.mebibytes(2048), timeout=Duration.minutes(4), max_retries=2)

app.synth()
