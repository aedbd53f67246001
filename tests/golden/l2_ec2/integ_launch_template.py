"""Port of aws-cdk's integ.launch-template (the parts aws-cdk-lib 2.275 has): a launch template with metadata
options and two security groups, and one with a machine image."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-lt-metadata-1")

vpc = ec2.Vpc(stack, "MyVpc", vpc_name="MyVpc", subnet_configuration=[])

sg1 = ec2.SecurityGroup(stack, "sg1", vpc=vpc)

lt = ec2.LaunchTemplate(
    stack,
    "LT",
    http_endpoint=True,
    http_protocol_ipv6=True,
    http_put_response_hop_limit=2,
    http_tokens=ec2.LaunchTemplateHttpTokens.REQUIRED,
    instance_metadata_tags=True,
    security_group=sg1,
)

sg2 = ec2.SecurityGroup(stack, "sg2", vpc=vpc)
lt.add_security_group(sg2)

ec2.LaunchTemplate(
    stack,
    "LTWithMachineImage",
    machine_image=ec2.MachineImage.latest_amazon_linux(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
)

app.synth()
