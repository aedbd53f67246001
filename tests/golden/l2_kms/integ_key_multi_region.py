"""Port of aws-cdk's integ.key-multi-region.ts: a multi-Region primary key."""

from aws_cdk import App, Stack
from aws_cdk import aws_kms as kms


class KmsKeyMultiRegionStack(Stack):
    def __init__(self, scope):
        super().__init__(scope, "KmsKeyMultiRegionStack")
        kms.Key(self, "key", multi_region=True)


app = App()
KmsKeyMultiRegionStack(app)
app.synth()
