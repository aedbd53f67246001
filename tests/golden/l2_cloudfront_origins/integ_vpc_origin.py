"""Port of aws-cdk's integ.vpc-origin: VPC origins for an EC2 instance, an internal ALB and an internal NLB on one
distribution, with the CloudFront VPC-origins security group read back by an ``AwsCustomResource``."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets
from aws_cdk import custom_resources as cr

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudfront-vpc-origin")

vpc = ec2.Vpc(
    stack, "Vpc",
    ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"),
    nat_gateways=1,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="egress", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        ec2.SubnetConfiguration(name="isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
)

user_data = ec2.UserData.for_linux()
user_data.add_commands(
    "dnf install httpd -y",
    "systemctl start httpd",
    "mkdir -p /var/www/html/alb /var/www/html/nlb",
    "touch /var/www/html/index.html /var/www/html/alb/index.html /var/www/html/nlb/index.html",
)
instance = ec2.Instance(
    stack, "Instance",
    vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MICRO),
    machine_image=ec2.MachineImage.latest_amazon_linux2023(),
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    user_data=user_data,
)

alb_tg = elbv2.ApplicationTargetGroup(
    stack, "ALB-TG", vpc=vpc, protocol=elbv2.ApplicationProtocol.HTTP, deregistration_delay=cdk.Duration.seconds(0)
)
alb = elbv2.ApplicationLoadBalancer(
    stack, "ALB", vpc=vpc, internet_facing=False,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
)
alb.add_listener("HTTP", protocol=elbv2.ApplicationProtocol.HTTP, default_target_groups=[alb_tg], open=False)
alb_tg.add_target(targets.InstanceTarget(instance))
instance.connections.allow_from(alb, ec2.Port.HTTP)

nlb_sg = ec2.SecurityGroup(stack, "NLB-SG", vpc=vpc)
nlb_tg = elbv2.NetworkTargetGroup(stack, "NLB-TG", vpc=vpc, port=80, deregistration_delay=cdk.Duration.seconds(0))
nlb = elbv2.NetworkLoadBalancer(
    stack, "NLB", vpc=vpc, internet_facing=False,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    security_groups=[nlb_sg],
)
nlb.add_listener("HTTP", port=80, default_target_groups=[nlb_tg])
nlb_tg.add_target(targets.InstanceTarget(instance))
instance.connections.allow_from(nlb_sg, ec2.Port.HTTP)

distribution = cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origins.VpcOrigin.with_ec2_instance(instance, protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY),
        cache_policy=cloudfront.CachePolicy.USE_ORIGIN_CACHE_CONTROL_HEADERS,
        origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER,
    ),
    additional_behaviors={
        "/alb/*": cloudfront.BehaviorOptions(
            origin=origins.VpcOrigin.with_application_load_balancer(
                alb, protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY
            ),
            cache_policy=cloudfront.CachePolicy.USE_ORIGIN_CACHE_CONTROL_HEADERS,
            origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER,
        ),
        "/nlb/*": cloudfront.BehaviorOptions(
            origin=origins.VpcOrigin.with_network_load_balancer(
                nlb, protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY
            ),
            cache_policy=cloudfront.CachePolicy.USE_ORIGIN_CACHE_CONTROL_HEADERS,
            origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER,
        ),
    },
)

get_sg = cr.AwsCustomResource(
    stack, "GetSecurityGroup",
    on_create=cr.AwsSdkCall(
        service="ec2",
        action="describeSecurityGroups",
        parameters={
            "Filters": [
                {"Name": "vpc-id", "Values": [vpc.vpc_id]},
                {"Name": "group-name", "Values": ["CloudFront-VPCOrigins-Service-SG"]},
            ],
        },
        physical_resource_id=cr.PhysicalResourceId.of("CloudFront-VPCOrigins-Service-SG"),
    ),
    policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=["*"]),
)
get_sg.node.add_dependency(distribution)
sg_vpc_origins = ec2.SecurityGroup.from_security_group_id(
    stack, "VpcOriginsSecurityGroup", get_sg.get_response_field("SecurityGroups.0.GroupId")
)
instance.connections.allow_from(sg_vpc_origins, ec2.Port.HTTP)
alb.connections.allow_from(sg_vpc_origins, ec2.Port.HTTP)
nlb.connections.allow_from(sg_vpc_origins, ec2.Port.HTTP)
app.synth()
