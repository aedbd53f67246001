"""Port of aws-cdk's aws-rds integ.cluster-dual.ts: dual-stack and IPv4 Aurora MySQL clusters in isolated subnets
of a VPC given an Amazon-provided IPv6 block (legacy-instance-props instances)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-cluster-dual-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, nat_gateways=0)
ipv6 = ec2.CfnVPCCidrBlock(stack, "Ipv6CidrBlock", vpc_id=vpc.vpc_id, amazon_provided_ipv6_cidr_block=True)
for idx, subnet in enumerate(vpc.isolated_subnets):
    cfn_subnet = subnet.node.default_child
    cfn_subnet.ipv6_cidr_block = cdk.Fn.select(idx, cdk.Fn.cidr(cdk.Fn.select(0, vpc.vpc_ipv6_cidr_blocks), 256, "64"))
    cfn_subnet.add_depends_on(ipv6)


def instance(id: str) -> rds.IClusterInstance:
    return rds.ClusterInstance.provisioned(
        id,
        instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM),
        is_from_legacy_instance_props=True,
    )


for name, network_type in (("DualstackCluster", rds.NetworkType.DUAL), ("Ipv4Cluster", rds.NetworkType.IPV4)):
    rds.DatabaseCluster(
        stack,
        name,
        engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_02_0),
        credentials=rds.Credentials.from_username(
            "admin", password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
        ),
        writer=instance("Instance1"),
        readers=[instance("Instance2")],
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        vpc=vpc,
        network_type=network_type,
        removal_policy=cdk.RemovalPolicy.DESTROY,
    )
app.synth()
