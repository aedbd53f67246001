"""Port of aws-synthetics integ.canary-dryrun-update: dry_run_and_update on Python Selenium 5.1 (Python asset layout)."""

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
stack = Stack(app, "SyntheticsCanaryDryRunAndUpdateStack")
canary = synthetics.Canary(stack, "DryRunCanary", runtime=synthetics.Runtime.SYNTHETICS_PYTHON_SELENIUM_5_1,
                           test=synthetics.Test.custom(handler="canary.handler",
                                                       code=synthetics.Code.from_asset(canaries)),
                           canary_name="dryrun", memory=Size.mebibytes(2048), timeout=Duration.minutes(4), dry_run_and_update=True)

app.synth()
