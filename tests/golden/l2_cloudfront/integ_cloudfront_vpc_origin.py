"""Port of aws-cdk's integ.cloudfront-vpc-origin (VPC origins for an EC2 instance, an ALB and an NLB). Adapted:
2.275 names the endpoint factories ``VpcOriginEndpoint.ec2_instance`` / ``application_load_balancer`` /
``network_load_balancer`` (the test's ``from*`` names are newer)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudfront-vpc-origin")

vpc = ec2.Vpc(
    stack, "Vpc",
    ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"),
    nat_gateways=0,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
)

instance = ec2.Instance(
    stack, "Instance",
    vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MICRO),
    machine_image=ec2.MachineImage.latest_amazon_linux2023(),
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
)
cloudfront.VpcOrigin(stack, "VpcOriginFromInstance", endpoint=cloudfront.VpcOriginEndpoint.ec2_instance(instance))

alb = elbv2.ApplicationLoadBalancer(
    stack, "ALB", vpc=vpc, internet_facing=False,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
)
alb.add_listener("HTTP", protocol=elbv2.ApplicationProtocol.HTTP,
                 default_action=elbv2.ListenerAction.fixed_response(400))
cloudfront.VpcOrigin(
    stack, "VpcOriginFromALB",
    endpoint=cloudfront.VpcOriginEndpoint.application_load_balancer(alb),
    protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY,
)

nlb_sg = ec2.SecurityGroup(stack, "NLB-SG", vpc=vpc)
nlb_tg = elbv2.NetworkTargetGroup(stack, "NLB-TG", vpc=vpc, port=80)
nlb = elbv2.NetworkLoadBalancer(
    stack, "NLB", vpc=vpc, internet_facing=False,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    security_groups=[nlb_sg],
)
nlb.add_listener("HTTP", port=80, default_target_groups=[nlb_tg])
cloudfront.VpcOrigin(
    stack, "VpcOriginFromNLB",
    endpoint=cloudfront.VpcOriginEndpoint.network_load_balancer(nlb),
    protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY,
)
app.synth()
