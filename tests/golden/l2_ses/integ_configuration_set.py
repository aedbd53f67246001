"""Port of aws-cdk's integ.configuration-set.ts: SNS and CloudWatch event destinations."""

from aws_cdk import App, Stack
from aws_cdk import aws_ses as ses
from aws_cdk import aws_sns as sns
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        configuration_set = ses.ConfigurationSet(self, "ConfigurationSet")
        topic = sns.Topic(self, "Topic")
        configuration_set.add_event_destination("Sns", destination=ses.EventDestination.sns_topic(topic))
        configuration_set.add_event_destination(
            "CloudWatch",
            destination=ses.EventDestination.cloud_watch_dimensions(
                [
                    ses.CloudWatchDimension(
                        source=ses.CloudWatchDimensionSource.MESSAGE_TAG,
                        name="ses:from-domain",
                        default_value="no_domain",
                    )
                ]
            ),
        )


app = App()
TestStack(app, "cdk-ses-configuration-set-integ")
app.synth()
