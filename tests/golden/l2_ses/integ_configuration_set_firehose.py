"""Port of aws-cdk's integ.configuration-set-firehose.ts: a Firehose delivery stream as an event destination.

aws-cdk-lib 2.275's ``EventDestination.firehose_delivery_stream`` takes the stream itself (``delivery_stream``);
the integ test on aws-cdk's main branch passes its ARN.
"""

import jsii
from aws_cdk import App, Duration, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_ses as ses

app = App()
stack = Stack(app, "ses-configuration-set-firehose")

configuration_set = ses.ConfigurationSet(stack, "ConfigurationSet", max_delivery_duration=Duration.minutes(10))
bucket = s3.Bucket(stack, "Bucket", removal_policy=RemovalPolicy.DESTROY)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com"))


@jsii.implements(firehose.IDestination)
class MockS3Destination:
    def bind(self, scope, *, role=None):
        bucket_grant = bucket.grant_read_write(role_)
        return firehose.DestinationConfig(
            extended_s3_destination_configuration=firehose.CfnDeliveryStream.ExtendedS3DestinationConfigurationProperty(
                bucket_arn=bucket.bucket_arn, role_arn=role_.role_arn
            ),
            dependables=[bucket_grant],
        )


role_ = role
delivery_stream = firehose.DeliveryStream(stack, "Firehose", destination=MockS3Destination())
configuration_set.add_event_destination(
    "FirehoseDestination",
    destination=ses.EventDestination.firehose_delivery_stream(delivery_stream=delivery_stream),
)
app.synth()
