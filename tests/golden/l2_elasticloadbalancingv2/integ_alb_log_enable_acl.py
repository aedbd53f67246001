"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb.log.enable-acl.ts: access and connection logs to a bucket
with ACLs enabled (us-west-2); ``log_health_check_logs`` of later aws-cdk-lib releases is not in 2.275."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-integ-enable-acl", env=cdk.Environment(region="us-west-2"))
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
bucket = s3.Bucket(
    stack,
    "Bucket",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    auto_delete_objects=True,
    access_control=s3.BucketAccessControl.LOG_DELIVERY_WRITE,
    object_ownership=s3.ObjectOwnership.OBJECT_WRITER,
)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
lb.log_access_logs(bucket, "prefix")
lb.log_connection_logs(bucket, "prefix-connection-log")
listener = lb.add_listener("Listener", port=80)
group1 = listener.add_targets(
    "Target", port=80, targets=[targets.IpTarget("10.0.128.6")], stickiness_cookie_duration=cdk.Duration.minutes(5)
)
for subnet in vpc.public_subnets:
    group1.node.add_dependency(subnet)
app.synth()
