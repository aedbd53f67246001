"""Every target kind: an EC2 instance and an instance id (ALB and NLB), IP addresses with and without an
Availability Zone, an ALB by ARN and by construct behind NLBs."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "TargetsFeatures")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
instance = ec2.Instance(
    stack,
    "Instance",
    vpc=vpc,
    instance_type=ec2.InstanceType("t3.micro"),
    machine_image=ec2.MachineImage.generic_linux({"us-east-1": "ami-12345678"}),
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
)
alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc)
listener = alb.add_listener("Http", port=80)
listener.add_targets(
    "Instances", port=8080, targets=[targets.InstanceTarget(instance), targets.InstanceIdTarget("i-0123456789", 8081)]
)
nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
tcp = nlb.add_listener("Tcp", port=443)
tcp.add_targets(
    "Ips", port=443, targets=[targets.IpTarget("10.0.0.10"), targets.IpTarget("192.168.0.1", 8443, "all")]
)
udp = nlb.add_listener("Alb", port=80)
udp.add_targets("Alb", port=80, targets=[targets.AlbTarget(alb, 80)])
other = elbv2.NetworkLoadBalancer(stack, "Other", vpc=vpc)
other.add_listener("ByArn", port=80).add_targets(
    "ByArn",
    port=80,
    targets=[
        targets.AlbArnTarget(
            "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188", 80
        )
    ],
)
app.synth()
