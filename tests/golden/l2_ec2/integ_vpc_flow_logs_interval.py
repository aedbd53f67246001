"""Port of aws-ec2 integ.vpc-flow-logs-interval: flow logs to CloudWatch Logs and S3 with aggregation intervals."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(self, "VPC")
        ec2.FlowLog(
            self,
            "FlowLogsCW",
            resource_type=ec2.FlowLogResourceType.from_vpc(vpc),
            max_aggregation_interval=ec2.FlowLogMaxAggregationInterval.TEN_MINUTES,
        )
        vpc.add_flow_log(
            "FlowLogsS3",
            destination=ec2.FlowLogDestination.to_s3(),
            max_aggregation_interval=ec2.FlowLogMaxAggregationInterval.ONE_MINUTE,
        )
        bucket = s3.Bucket(self, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        bucket.add_to_resource_policy(
            iam.PolicyStatement(
                effect=iam.Effect.ALLOW,
                principals=[iam.ServicePrincipal("delivery.logs.amazonaws.com")],
                actions=["s3:PutObject"],
                resources=[bucket.arn_for_objects(f"AWSLogs/{self.account}/*")],
                conditions={
                    "StringEquals": {
                        "s3:x-amz-acl": "bucket-owner-full-control",
                        "aws:SourceAccount": self.account,
                    },
                    "ArnLike": {"aws:SourceArn": self.format_arn(service="logs", resource="*")},
                },
            )
        )
        bucket.add_to_resource_policy(
            iam.PolicyStatement(
                effect=iam.Effect.ALLOW,
                principals=[iam.ServicePrincipal("delivery.logs.amazonaws.com")],
                actions=["s3:GetBucketAcl", "s3:ListBucket"],
                resources=[bucket.bucket_arn],
                conditions={
                    "StringEquals": {"aws:SourceAccount": self.account},
                    "ArnLike": {"aws:SourceArn": self.format_arn(service="logs", resource="*")},
                },
            )
        )
        vpc.add_flow_log("FlowLogsS3KeyPrefix", destination=ec2.FlowLogDestination.to_s3(bucket, "prefix/"))


app = cdk.App()
TestStack(app, "FlowLogsTestStack")
app.synth()
