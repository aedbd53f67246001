"""Port of aws-cdk's integ.kinesis-stream-events-target.ts: an imported delivery stream as an EventBridge target
(the integ assertions are left out)."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3
import jsii

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-firehose-delivery-stream-events-target")

bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com"))


@jsii.implements(firehose.IDestination)
class MockS3Destination:
    def bind(self, scope, _options=None):
        bucket_grant = bucket.grant_read_write(role)
        return firehose.DestinationConfig(
            extended_s3_destination_configuration=firehose.CfnDeliveryStream.ExtendedS3DestinationConfigurationProperty(
                bucket_arn=bucket.bucket_arn, role_arn=role.role_arn
            ),
            dependables=[bucket_grant],
        )


stream = firehose.DeliveryStream(stack, "Delivery Stream No Source Or Encryption Key", destination=MockS3Destination())
events.Rule(stack, "EveryMinute", schedule=events.Schedule.rate(cdk.Duration.minutes(1))).add_target(
    targets.KinesisFirehoseStreamV2(
        firehose.DeliveryStream.from_delivery_stream_arn(stack, "firehose", stream.delivery_stream_arn)
    )
)
app.synth()
