"""Port of aws-synthetics integ.canary-resources-to-replicate-tags: tags copied to the canary's function, tags on the canary."""

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
stack = Stack(app, "SyntheticsCanaryResourcesToReplicateTagsStack")
canary = synthetics.Canary(stack, "TagReplicationCanary", runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_7_0,
                           test=synthetics.Test.custom(handler="canary.handler",
                                                       code=synthetics.Code.from_asset(canaries)),
                           canary_name="tag-replication", memory=Size.mebibytes(1024), timeout=Duration.minutes(3), resources_to_replicate_tags=[synthetics.ResourceToReplicateTags.LAMBDA_FUNCTION])
for key, value in (("Environment", "test"), ("Owner", "cdk-team"), ("Project", "synthetics-tag-replication")):
    Tags.of(canary).add(key, value)
app.synth()
