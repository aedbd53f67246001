"""Port of aws-cdk's aws-elasticloadbalancing integ.instanceTarget.elb.ts: an instance with cfn-init behind a
classic LB (``IntegTest`` dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancing as elb
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elb-instance-target-integ")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=1)
instance = ec2.Instance(
    stack,
    "targetInstance",
    vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    machine_image=ec2.MachineImage.latest_amazon_linux(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
    init_options=ec2.ApplyCloudFormationInitOptions(timeout=cdk.Duration.minutes(30)),
    init=ec2.CloudFormationInit.from_elements(
        ec2.InitService.systemd_config_file(
            "pythonweb", command="/usr/bin/python3 -m http.server 8080", cwd="/var/www/html"
        ),
        ec2.InitService.enable("pythonweb", service_manager=ec2.ServiceManager.SYSTEMD),
        ec2.InitFile.from_string("/var/www/html/index.html", "Hello! You can see me!"),
    ),
)
instance.role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonSSMManagedInstanceCore"))
elbalancer = elb.LoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
elbalancer.add_target(elb.InstanceTarget(instance))
elbalancer.add_listener(external_port=80, internal_port=8080)
app.synth()
