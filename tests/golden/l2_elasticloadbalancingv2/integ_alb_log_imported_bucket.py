"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb.log.imported-bucket.ts: access logs to an imported bucket
given a policy by hand (us-west-2)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-alb-log-imported-bucket-integ", env=cdk.Environment(region="us-west-2"))
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
bucket = s3.Bucket(stack, "Bucket")
imported = s3.Bucket.from_bucket_name(stack, "ImportedBucket", bucket.bucket_name)
imported.policy = s3.BucketPolicy(stack, "ImportedBucketPolicy", bucket=imported)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
lb.log_access_logs(imported, "prefix")
listener = lb.add_listener("Listener", port=80)
group1 = listener.add_targets(
    "Target", port=80, targets=[targets.IpTarget("10.0.128.6")], stickiness_cookie_duration=cdk.Duration.minutes(5)
)
for subnet in vpc.public_subnets:
    group1.node.add_dependency(subnet)
app.synth()
