"""Port of aws-cdk's integ.configuration-set-vdmoptions.ts: VDM options on, off and not set."""

from aws_cdk import App, Stack
from aws_cdk import aws_ses as ses
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        ses.ConfigurationSet(
            self,
            "VdmOptionsEnabled",
            vdm_options=ses.VdmOptions(engagement_metrics=True, optimized_shared_delivery=True),
        )
        ses.ConfigurationSet(
            self,
            "VdmOptionsDisabled",
            vdm_options=ses.VdmOptions(engagement_metrics=False, optimized_shared_delivery=False),
        )
        ses.ConfigurationSet(self, "VdmOptionsNotConfigured")


app = App()
TestStack(app, "cdk-ses-configuration-set-vdmoptions-integ")
app.synth()
