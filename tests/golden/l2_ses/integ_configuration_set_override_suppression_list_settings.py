"""Port of aws-cdk's integ.configuration-set-override-suppression-list-settings.ts."""

from aws_cdk import App, Stack
from aws_cdk import aws_ses as ses
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        ses.ConfigurationSet(self, "DisableSuppressionList", disable_suppression_list=True)
        ses.ConfigurationSet(
            self, "OverrideSuppressionReasonsToBouncesOnly", suppression_reasons=ses.SuppressionReasons.BOUNCES_ONLY
        )
        ses.ConfigurationSet(
            self,
            "OverrideSuppressionReasonsToComplaintsOnly",
            suppression_reasons=ses.SuppressionReasons.COMPLAINTS_ONLY,
        )
        ses.ConfigurationSet(
            self,
            "OverrideSuppressionReasonsToBouncesAndComplaints",
            suppression_reasons=ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
        )


app = App()
TestStack(app, "cdk-ses-configuration-set-overriding-suppression-list-integ")
app.synth()
