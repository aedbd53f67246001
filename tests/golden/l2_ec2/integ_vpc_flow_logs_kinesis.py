"""Port of aws-cdk's integ.vpc-flow-logs-kinesis: a flow log to a Firehose delivery stream given by ARN (an L1
stream writing to an auto-deleted bucket through a granted role)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_ec2 import FlowLog, FlowLogDestination, FlowLogResourceType, Vpc

app = App()


class TestStack(Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = Vpc(self, "VPC", nat_gateways=1)
        FlowLog(self, "FlowLogsCW", resource_type=FlowLogResourceType.from_vpc(vpc), flow_log_name="CustomFlowLogName")
        destination_bucket = s3.Bucket(self, "Bucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
        role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com"))
        destination_bucket.grant_read_write(role)
        role.add_to_policy(iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            actions=["kinesis:DescribeStream", "kinesis:GetShardIterator", "kinesis:GetRecords", "kinesis:ListShards"],
            resources=["*"],
        ))
        stream = firehose.CfnDeliveryStream(
            self, "DeliveryStream",
            s3_destination_configuration=firehose.CfnDeliveryStream.S3DestinationConfigurationProperty(
                bucket_arn=destination_bucket.bucket_arn, role_arn=role.role_arn),
        )
        vpc.add_flow_log("FlowLogsKinesisDataFirehose",
                         destination=FlowLogDestination.to_kinesis_data_firehose_destination(stream.attr_arn))


TestStack(app, "FlowLogsTestStack")
app.synth()
