"""Port of aws-cdk's integ.vpc-flow-logs-firehose: a flow log to a Firehose delivery stream (to an auto-deleted
bucket) next to a named CloudWatch Logs flow log."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_ec2 import FlowLog, FlowLogDestination, FlowLogResourceType, Vpc

app = App(context={"@aws-cdk/core:disableGitSource": True})


class TestStack(Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = Vpc(self, "VPC", nat_gateways=0, restrict_default_security_group=False)
        FlowLog(self, "FlowLogsCW", resource_type=FlowLogResourceType.from_vpc(vpc), flow_log_name="CustomFlowLogName")
        destination_bucket = s3.Bucket(self, "Bucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
        delivery_stream = firehose.DeliveryStream(self, "DeliveryStream", destination=firehose.S3Bucket(
            destination_bucket, logging_config=firehose.DisableLogging()))
        vpc.add_flow_log("FlowLogsFirehose", destination=FlowLogDestination.to_firehose(delivery_stream))


TestStack(app, "FlowLogsTestStack")
app.synth()
