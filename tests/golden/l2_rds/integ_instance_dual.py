"""Port of aws-cdk's aws-rds integ.instance-dual.ts: dual-stack and IPv4 PostgreSQL instances in isolated subnets
given IPv6 CIDR blocks by escape hatches."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-instance-dual-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, nat_gateways=0)
ipv6 = ec2.CfnVPCCidrBlock(stack, "Ipv6CidrBlock", vpc_id=vpc.vpc_id, amazon_provided_ipv6_cidr_block=True)
for idx, subnet in enumerate(vpc.isolated_subnets):
    cfn_subnet = subnet.node.default_child
    cfn_subnet.ipv6_cidr_block = cdk.Fn.select(idx, cdk.Fn.cidr(cdk.Fn.select(0, vpc.vpc_ipv6_cidr_blocks), 256, "64"))
    cfn_subnet.add_depends_on(ipv6)
for name, network in (("DualstackInstance", rds.NetworkType.DUAL), ("Ipv4Instance", rds.NetworkType.IPV4)):
    rds.DatabaseInstance(
        stack,
        name,
        engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_15_2),
        credentials=rds.Credentials.from_username(
            "postgres", password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
        ),
        instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MICRO),
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        multi_az=False,
        publicly_accessible=False,
        network_type=network,
        removal_policy=cdk.RemovalPolicy.DESTROY,
    )
app.synth()
