"""Port of aws-cdk's aws-route53-targets integ.alb-alias-target.ts: a record aliased to an application load
balancer."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="test.public")
route53.ARecord(zone, "Alias", zone=zone, record_name="_foo",
                target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(lb)))
app.synth()
