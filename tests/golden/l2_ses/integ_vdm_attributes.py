"""Port of aws-cdk's integ.vdm-attributes.ts: the account's VDM attributes with their defaults."""

from aws_cdk import App, Stack
from aws_cdk.aws_ses import VdmAttributes
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        VdmAttributes(self, "Vdm")


app = App()
TestStack(app, "cdk-integ-ses-vdm-attributes")
app.synth()
