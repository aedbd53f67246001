"""The NAT-instance parts of aws-cdk's integ.nat-instances-v2-custom (its ALB and HTTP API need modules pycdk
does not have yet): custom user data, a key pair, unlimited credits, no default traffic, an extra security group
and bucket grants on the NAT instances; plus an ARM V2 provider (integ.nat-instances-v2-arm's NAT part) and a
regional NAT gateway with an EIP."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3


class NatInstanceStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        bucket = s3.Bucket(self, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
        key_pair = ec2.KeyPair(self, "KeyPair")
        user_data = ec2.UserData.for_linux()
        user_data.add_commands(
            *ec2.NatInstanceProviderV2.DEFAULT_USER_DATA_COMMANDS,
            'echo "hello world!" > hello.txt',
            f"aws s3 cp hello.txt s3://{bucket.bucket_name}",
        )
        provider = ec2.NatProvider.instance_v2(
            instance_type=ec2.InstanceType("t3.small"),
            credit_specification=ec2.CpuCredits.UNLIMITED,
            default_allowed_traffic=ec2.NatTrafficDirection.NONE,
            key_pair=key_pair,
            user_data=user_data,
        )
        vpc = ec2.Vpc(self, "MyVpc", nat_gateway_provider=provider)
        security_group = ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc, allow_all_outbound=False)
        security_group.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "Allow egress to S3")
        for gateway in provider.gateway_instances:
            bucket.grant_write(gateway)
            gateway.add_security_group(security_group)
        for i, gw in enumerate(provider.configured_gateways):
            cdk.CfnOutput(self, f"Gw{i}", value=gw.gateway_id)
        arm = ec2.NatProvider.instance_v2(instance_type=ec2.InstanceType("t4g.nano"))
        ec2.Vpc(self, "ArmVpc", nat_gateway_provider=arm, nat_gateways=1)
        cdk.CfnOutput(self, "ArmSg", value=arm.security_group.security_group_id)
        eip = ec2.CfnEIP(self, "Eip")
        ec2.Vpc(self, "RegionalVpc", nat_gateway_provider=ec2.NatProvider.regional_gateway(eip=eip), max_azs=2)


app = cdk.App()
NatInstanceStack(app, "aws-cdk-vpc-nat-instance-v2-custom")
app.synth()
