"""Port of aws-cdk's integ.configuration-set-tracking-options2.ts (domain ``example.com``)."""

from aws_cdk import App, Stack
from aws_cdk import aws_ses as ses
from constructs import Construct

DOMAIN_NAME = "example.com"


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str, *, domain_name: str) -> None:
        super().__init__(scope, id)
        ses.ConfigurationSet(
            self,
            "ConfigurationSet",
            custom_tracking_redirect_domain=f"tracking.{domain_name}",
            custom_tracking_https_policy=ses.HttpsPolicy.REQUIRE,
        )


app = App()
TestStack(app, "ses-configuration-set-tracking-options-integ", domain_name=DOMAIN_NAME)
app.synth()
