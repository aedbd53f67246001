"""Instances: defaults (new security group, role, instance profile, image user data), a public instance with an
own security group, SSM permissions, metadata options, a signal timeout and extra user data."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Instances")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
plain = ec2.Instance(
    stack,
    "Plain",
    vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    machine_image=ec2.MachineImage.latest_amazon_linux2023(),
)
plain.add_user_data("yum install -y httpd")
plain.connections.allow_from_any_ipv4(ec2.Port.icmp_ping())
web_sg = ec2.SecurityGroup(stack, "WebSg", vpc=vpc, allow_all_ipv6_outbound=True)
role = iam.Role(stack, "WebRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
web = ec2.Instance(
    stack,
    "Web",
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    instance_type=ec2.InstanceType("t4g.small"),
    machine_image=ec2.MachineImage.latest_amazon_linux2023(cpu_type=ec2.AmazonLinuxCpuType.ARM_64),
    security_group=web_sg,
    role=role,
    ssm_session_permissions=True,
    associate_public_ip_address=True,
    instance_name="web-server",
    key_name="my-key",
    detailed_monitoring=True,
    disable_api_termination=True,
    ebs_optimized=True,
    source_dest_check=False,
    instance_initiated_shutdown_behavior=ec2.InstanceInitiatedShutdownBehavior.TERMINATE,
    http_tokens=ec2.HttpTokens.REQUIRED,
    http_put_response_hop_limit=2,
    instance_metadata_tags=True,
    resource_signal_timeout=cdk.Duration.minutes(10),
    user_data=ec2.UserData.for_linux(shebang="#!/bin/sh"),
)
web.add_security_group(ec2.SecurityGroup(stack, "Extra", vpc=vpc))
web.add_to_role_policy(iam.PolicyStatement(actions=["s3:ListAllMyBuckets"], resources=["*"]))
web.user_data.add_signal_on_exit_command(web)
placed = ec2.Instance(
    stack,
    "Placed",
    vpc=vpc,
    availability_zone=vpc.availability_zones[1],
    private_ip_address="10.0.128.10",
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.C5, ec2.InstanceSize.LARGE),
    machine_image=ec2.MachineImage.generic_windows({"us-east-1": "ami-0123456789abcdef0"}),
)
cdk.CfnOutput(stack, "PublicIp", value=web.instance_public_ip)
cdk.CfnOutput(stack, "PlacedAz", value=placed.instance_availability_zone)
app.synth()
