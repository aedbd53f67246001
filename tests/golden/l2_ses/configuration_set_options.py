"""Configuration set options, event destinations (filtered, disabled, named, Firehose with a role) and imports."""

import jsii
from aws_cdk import App, CfnOutput, Duration, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_ses as ses
from aws_cdk import aws_sns as sns

app = App()
stack = Stack(app, "SesConfigurationSets")

pool = ses.DedicatedIpPool(stack, "Pool")
config_set = ses.ConfigurationSet(
    stack,
    "Full",
    configuration_set_name="full",
    dedicated_ip_pool=pool,
    tls_policy=ses.ConfigurationSetTlsPolicy.REQUIRE,
    reputation_metrics=True,
    sending_enabled=False,
    max_delivery_duration=Duration.hours(14),
    custom_tracking_redirect_domain="track.example.com",
    suppression_reasons=ses.SuppressionReasons.COMPLAINTS_ONLY,
    auto_validation_threshold=ses.AutoValidationThreshold.HIGH,
    vdm_options=ses.VdmOptions(engagement_metrics=True),
)
topic = sns.Topic(stack, "Topic")
config_set.add_event_destination(
    "Bounces",
    destination=ses.EventDestination.sns_topic(topic),
    configuration_set_event_destination_name="bounces",
    events=[ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    enabled=False,
)
bucket = s3.Bucket(stack, "Bucket")
firehose_role = iam.Role(stack, "FirehoseRole", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com"))


@jsii.implements(firehose.IDestination)
class BucketDestination:
    def bind(self, scope, *, role=None):
        return firehose.DestinationConfig(
            extended_s3_destination_configuration=firehose.CfnDeliveryStream.ExtendedS3DestinationConfigurationProperty(
                bucket_arn=bucket.bucket_arn, role_arn=firehose_role.role_arn
            )
        )


stream = firehose.DeliveryStream(stack, "Stream", destination=BucketDestination())
ses_role = iam.Role(stack, "SesRole", assumed_by=iam.ServicePrincipal("ses.amazonaws.com"))
imported_set = ses.ConfigurationSet.from_configuration_set_name(stack, "ImportedSet", "existing")
ses.ConfigurationSetEventDestination(
    stack,
    "ToFirehose",
    configuration_set=imported_set,
    destination=ses.EventDestination.firehose_delivery_stream(delivery_stream=stream, role=ses_role),
)
imported_pool = ses.DedicatedIpPool.from_dedicated_ip_pool_name(stack, "ImportedPool", "shared-pool")
ses.ConfigurationSet(stack, "OnImportedPool", dedicated_ip_pool=imported_pool, sending_enabled=True)
ses.DedicatedIpPool(stack, "NamedPool", dedicated_ip_pool_name="named_pool-1", scaling_mode=ses.ScalingMode.STANDARD)
destination = ses.ConfigurationSetEventDestination.from_configuration_set_event_destination_attributes(
    stack, "ImportedDestination", configuration_set=imported_set, configuration_set_event_destination_id="dest-1"
)
vdm = ses.VdmAttributes(stack, "Vdm", engagement_metrics=False, optimized_shared_delivery=True)
CfnOutput(stack, "DestinationId", value=destination.configuration_set_event_destination_id)
CfnOutput(stack, "VdmId", value=vdm.vdm_attributes_resource_id)
CfnOutput(stack, "PoolName", value=pool.dedicated_ip_pool_name)
app.synth()
