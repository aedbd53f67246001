"""FirehoseDestination: the CloudWatchLogsCanPutRecords role trusted by logs.amazonaws.com for this account's log
groups, granted firehose:PutRecord* on the stream; the filter depends on the role's policy. The delivery stream is
an object of the app's own that provides what the destination uses (its ARN and grant_put_records)."""

import jsii
from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_logs as logs
from aws_cdk import aws_logs_destinations as dests


@jsii.implements(firehose.IDeliveryStream)
class ExistingStream:
    def __init__(self, arn):
        self._arn = arn

    @property
    def delivery_stream_arn(self):
        return self._arn

    def grant_put_records(self, grantee):
        return iam.Grant.add_to_principal(grantee=grantee, actions=["firehose:PutRecord", "firehose:PutRecordBatch"],
                                          resource_arns=[self._arn])


app = App()
stack = Stack(app, "FirehoseDestination")
stream = ExistingStream("arn:aws:firehose:us-east-1:123456789012:deliverystream/logs")
group = logs.LogGroup(stack, "Group")
logs.SubscriptionFilter(stack, "Subscription", log_group=group, destination=dests.FirehoseDestination(stream),
                        filter_pattern=logs.FilterPattern.all_events())
role = iam.Role(stack, "Own", assumed_by=iam.ServicePrincipal("logs.amazonaws.com"))
group.add_subscription_filter("WithRole", destination=dests.FirehoseDestination(stream, role=role),
                              filter_pattern=logs.FilterPattern.all_terms("WARN"))
app.synth()
