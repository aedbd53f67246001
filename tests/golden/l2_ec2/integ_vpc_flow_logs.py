"""Port of aws-cdk's integ.vpc-flow-logs: flow logs to S3 (new bucket, destination options, a key prefix on an
own bucket with its policy, auto-deleted buckets) and to CloudWatch Logs with a name, an instance in the VPC, and
an ``export_value`` of the flow log bucket's ARN."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_ec2 import (
    AmazonLinuxGeneration,
    FlowLog,
    FlowLogDestination,
    FlowLogResourceType,
    Instance,
    InstanceClass,
    InstanceSize,
    InstanceType,
    MachineImage,
    Vpc,
)
from aws_cdk.aws_iam import Effect, PolicyStatement, ServicePrincipal

app = App()


class FeatureFlagStack(Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = Vpc(self, "VPC", nat_gateways=1)
        flow_log = vpc.add_flow_log("FlowLogsS3", destination=FlowLogDestination.to_s3())
        self.bucket = flow_log.bucket
        self.bucket_arn = self.export_value(flow_log.bucket.bucket_arn)
        vpc.add_flow_log("FlowLogsS3WithDestinationOptions", destination=FlowLogDestination.to_s3(
            None, None, hive_compatible_partitions=True))
        Instance(self, "FlowLogsInstance", vpc=vpc, instance_type=InstanceType.of(InstanceClass.T3, InstanceSize.SMALL),
                 machine_image=MachineImage.latest_amazon_linux(generation=AmazonLinuxGeneration.AMAZON_LINUX_2))


class DependencyTestStack(Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = Vpc(self, "VPC", nat_gateways=1)
        bucket = s3.Bucket(self, "Bucket", auto_delete_objects=True, removal_policy=RemovalPolicy.DESTROY)
        vpc.add_flow_log("FlowLogS3", destination=FlowLogDestination.to_s3(bucket, "vpcFlowLog"))


class TestStack(Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = Vpc(self, "VPC", nat_gateways=1)
        FlowLog(self, "FlowLogsCW", resource_type=FlowLogResourceType.from_vpc(vpc), flow_log_name="CustomFlowLogName")
        vpc.add_flow_log("FlowLogsS3", destination=FlowLogDestination.to_s3())
        bucket = s3.Bucket(self, "Bucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
        bucket.add_to_resource_policy(PolicyStatement(
            effect=Effect.ALLOW,
            principals=[ServicePrincipal("delivery.logs.amazonaws.com")],
            actions=["s3:PutObject"],
            resources=[bucket.arn_for_objects(f"AWSLogs/{self.account}/*")],
            conditions={
                "StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceAccount": self.account},
                "ArnLike": {"aws:SourceArn": self.format_arn(service="logs", resource="*")},
            },
        ))
        bucket.add_to_resource_policy(PolicyStatement(
            effect=Effect.ALLOW,
            principals=[ServicePrincipal("delivery.logs.amazonaws.com")],
            actions=["s3:GetBucketAcl", "s3:ListBucket"],
            resources=[bucket.bucket_arn],
            conditions={
                "StringEquals": {"aws:SourceAccount": self.account},
                "ArnLike": {"aws:SourceArn": self.format_arn(service="logs", resource="*")},
            },
        ))
        vpc.add_flow_log("FlowLogsS3KeyPrefix", destination=FlowLogDestination.to_s3(bucket, "prefix/"))


FeatureFlagStack(app, "FlowLogsFeatureFlag")
TestStack(app, "FlowLogsTestStack")
DependencyTestStack(app, "DependencyTestStack")
app.synth()
