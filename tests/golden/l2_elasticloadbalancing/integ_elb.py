"""Port of aws-cdk's aws-elasticloadbalancing integ.elb.ts: an internet-facing classic LB on port 80 with a health
check."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancing as elb

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elb-integ")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=1)
elb.LoadBalancer(
    stack,
    "LB",
    vpc=vpc,
    internet_facing=True,
    listeners=[elb.LoadBalancerListener(external_port=80, allow_connections_from=[ec2.Peer.any_ipv4()])],
    health_check=elb.HealthCheck(port=80),
)
app.synth()
