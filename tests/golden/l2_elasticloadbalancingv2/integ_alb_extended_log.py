"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb.extended.log.ts: a subclass of ApplicationLoadBalancer
logging access and connection logs to its own buckets (us-west-2)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets
from aws_cdk import aws_s3 as s3


class ExtendedLB(elbv2.ApplicationLoadBalancer):
    def __init__(self, scope, id, *, vpc, internet_facing):
        super().__init__(scope, id, vpc=vpc, internet_facing=internet_facing)
        access = s3.Bucket(
            self, "ALBAccessLogsBucket", block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            encryption=s3.BucketEncryption.S3_MANAGED, versioned=True, server_access_logs_prefix="selflog/",
            enforce_ssl=True,
        )
        self.log_access_logs(access)
        connection = s3.Bucket(
            self, "ALBConnectionLogsBucket", block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            encryption=s3.BucketEncryption.S3_MANAGED, versioned=True, server_access_logs_prefix="selflog/",
            enforce_ssl=True,
        )
        self.log_connection_logs(connection)


app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-integ", env=cdk.Environment(region="us-west-2"))
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
lb = ExtendedLB(stack, "LB", vpc=vpc, internet_facing=True)
listener = lb.add_listener("Listener", port=80)
group1 = listener.add_targets(
    "Target", port=80, targets=[targets.IpTarget("10.0.128.6")], stickiness_cookie_duration=cdk.Duration.minutes(5)
)
for subnet in vpc.public_subnets:
    group1.node.add_dependency(subnet)
app.synth()
