"""Port of aws-ec2 integ.vpc-flow-logs-customformat: custom log formats to CloudWatch Logs and S3."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC")
        ec2.FlowLog(
            self, "FlowLogsCW", resource_type=ec2.FlowLogResourceType.from_vpc(vpc), log_format=[ec2.LogFormat.SRC_PORT]
        )
        ec2.FlowLog(
            self,
            "FlowLogsAllFormatCW",
            resource_type=ec2.FlowLogResourceType.from_vpc(vpc),
            log_format=[
                ec2.LogFormat.VERSION,
                ec2.LogFormat.ACCOUNT_ID,
                ec2.LogFormat.INTERFACE_ID,
                ec2.LogFormat.SRC_ADDR,
                ec2.LogFormat.DST_ADDR,
                ec2.LogFormat.SRC_PORT,
                ec2.LogFormat.DST_PORT,
                ec2.LogFormat.PROTOCOL,
                ec2.LogFormat.PACKETS,
                ec2.LogFormat.BYTES,
                ec2.LogFormat.START_TIMESTAMP,
                ec2.LogFormat.END_TIMESTAMP,
                ec2.LogFormat.ACTION,
                ec2.LogFormat.LOG_STATUS,
                ec2.LogFormat.VPC_ID,
                ec2.LogFormat.SUBNET_ID,
                ec2.LogFormat.INSTANCE_ID,
                ec2.LogFormat.TCP_FLAGS,
                ec2.LogFormat.TRAFFIC_TYPE,
                ec2.LogFormat.PKT_SRC_ADDR,
                ec2.LogFormat.PKT_DST_ADDR,
                ec2.LogFormat.REGION,
                ec2.LogFormat.AZ_ID,
                ec2.LogFormat.SUBLOCATION_TYPE,
                ec2.LogFormat.SUBLOCATION_ID,
                ec2.LogFormat.PKT_SRC_AWS_SERVICE,
                ec2.LogFormat.PKT_DST_AWS_SERVICE,
                ec2.LogFormat.FLOW_DIRECTION,
                ec2.LogFormat.TRAFFIC_PATH,
            ],
        )
        bucket = s3.Bucket(self, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        vpc.add_flow_log(
            "FlowLogsS3",
            destination=ec2.FlowLogDestination.to_s3(bucket, "prefix/"),
            log_format=[ec2.LogFormat.DST_PORT, ec2.LogFormat.SRC_PORT],
        )


app = cdk.App()
TestStack(app, "FlowLogsTestStack")
app.synth()
