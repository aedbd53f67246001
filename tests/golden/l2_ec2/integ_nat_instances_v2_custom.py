"""Port of aws-cdk's integ.nat-instances-v2-custom: V2 NAT instances with custom user data, a key pair, unlimited
credits, no default traffic, an extra security group and bucket grants, behind an internal ALB reached through an
HTTP API (``IntegTest`` and its assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_s3 as s3


class NatInstanceStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        bucket = s3.Bucket(self, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        key_pair = ec2.KeyPair(self, "KeyPair")
        user_data = ec2.UserData.for_linux()
        user_data.add_commands(*ec2.NatInstanceProviderV2.DEFAULT_USER_DATA_COMMANDS,
                               'echo "hello world!" > hello.txt', f"aws s3 cp hello.txt s3://{bucket.bucket_name}")
        provider = ec2.NatProvider.instance_v2(
            instance_type=ec2.InstanceType("t3.small"), credit_specification=ec2.CpuCredits.UNLIMITED,
            default_allowed_traffic=ec2.NatTrafficDirection.NONE, key_pair=key_pair, user_data=user_data,
        )
        vpc = ec2.Vpc(self, "MyVpc", nat_gateway_provider=provider)
        security_group = ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc, allow_all_outbound=False)
        security_group.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "Allow egress to S3")
        for gateway in provider.gateway_instances:
            bucket.grant_write(gateway)
            gateway.add_security_group(security_group)
        load_balancer = elbv2.ApplicationLoadBalancer(self, "ALB", vpc=vpc)
        listener = load_balancer.add_listener("listener", port=80)
        listener.add_targets("target", port=80)
        listener.add_action("response", action=elbv2.ListenerAction.fixed_response(200))
        http_api = apigwv2.HttpApi(self, "HttpProxyPrivateApi", default_integration=integrations.HttpAlbIntegration(
            "DefaultIntegration", listener), create_default_stage=True)
        self.api_url = http_api.url
        self.bucket_name = bucket.bucket_name


app = cdk.App()
NatInstanceStack(app, "aws-cdk-vpc-nat-instance-v2-custom")
app.synth()
