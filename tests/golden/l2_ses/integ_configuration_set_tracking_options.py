"""Port of aws-cdk's integ.configuration-set-tracking-options.ts (hosted zone name ``example.com``, as its snapshot)."""

from aws_cdk import App, Stack
from aws_cdk import aws_ses as ses
from constructs import Construct

HOSTED_ZONE_NAME = "example.com"


class ConfigurationSetStack(Stack):
    def __init__(self, scope: Construct, id: str, *, hosted_zone_name: str) -> None:
        super().__init__(scope, id)
        ses.ConfigurationSet(
            self,
            "ConfigurationSet",
            custom_tracking_redirect_domain=f"tracking.{hosted_zone_name}",
            custom_tracking_https_policy=ses.HttpsPolicy.REQUIRE,
        )


app = App()
ConfigurationSetStack(app, "ses-configuration-set-tracking-options-integ", hosted_zone_name=HOSTED_ZONE_NAME)
app.synth()
