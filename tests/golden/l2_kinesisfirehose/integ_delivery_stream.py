"""Port of aws-cdk's integ.delivery-stream.ts: a custom destination, with a customer managed key and without."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
import jsii

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-firehose-delivery-stream")

bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
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


key = kms.Key(stack, "Key", removal_policy=cdk.RemovalPolicy.DESTROY)
firehose.DeliveryStream(
    stack,
    "Delivery Stream",
    destination=MockS3Destination(),
    encryption=firehose.StreamEncryption.customer_managed_key(key),
)
firehose.DeliveryStream(stack, "Delivery Stream No Source Or Encryption Key", destination=MockS3Destination())
app.synth()
