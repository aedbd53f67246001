"""Port of aws-cdk's integ.vpc-dual-stack-ec2: a dual-stack VPC with flow logs and an instance whose
CloudFormation Init unpacks a web server from a file asset and runs it as a systemd service (the asset directory
is written here)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

ASSETS = tempfile.mkdtemp(prefix="integ.vpc-dual-stack-ec2.assets")
with open(os.path.join(ASSETS, "web-server.py"), "w") as f:
    f.write("print('hello')\n")

app = cdk.App()


class EC2DualStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(
            self,
            "Ip6VpcDualStack",
            ip_protocol=ec2.IpProtocol.DUAL_STACK,
            subnet_configuration=[
                ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC, map_public_ip_on_launch=True),
                ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
            ],
            flow_logs={"cloudwatchLogs": ec2.FlowLogOptions(destination=ec2.FlowLogDestination.to_cloud_watch_logs())},
        )
        instance = ec2.Instance(
            self,
            "MyInstance",
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T2, ec2.InstanceSize.MICRO),
            machine_image=ec2.MachineImage.latest_amazon_linux2(),
            vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
            allow_all_ipv6_outbound=True,
            init=ec2.CloudFormationInit.from_config_sets(
                config_sets={"default": ["default"]},
                configs={"default": ec2.InitConfig([
                    ec2.InitFile.from_asset("/app/webserver.zip", ASSETS),
                    ec2.InitCommand.shell_command("unzip webserver.zip", cwd="/app"),
                    ec2.InitService.systemd_config_file("webserver", command="/usr/bin/python3 web-server.py",
                                                        cwd="/app"),
                    ec2.InitService.enable("webserver", service_manager=ec2.ServiceManager.SYSTEMD),
                ])},
            ),
        )
        instance.connections.allow_from_any_ipv4(ec2.Port.tcp(22), "Allow SSH access")
        instance.connections.allow_from_any_ipv4(ec2.Port.tcp(8000), "HTTP traffic")
        instance.connections.allow_from_any_ipv4(ec2.Port.icmp_ping())
        instance.connections.allow_from(ec2.Peer.any_ipv6(), ec2.Port.all_icmp_v6(), "allow ICMP6")


EC2DualStack(app, "vpc-dual-stack-ec2")
app.synth()
