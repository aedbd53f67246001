"""Port of aws-cdk's integ.key-rotation.ts: rotation every 180 days."""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_kms as kms


class TestStack(Stack):
    def __init__(self, scope):
        super().__init__(scope, "TestStack")
        kms.Key(self, "key", enable_key_rotation=True, rotation_period=Duration.days(180))


app = App(context={"@aws-cdk/core:disableGitSource": True})
TestStack(app)
app.synth()
