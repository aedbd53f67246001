"""Port of aws-cdk's integ.machine-image-al2023: a launch template with metadata options and one with an Amazon
Linux 2023 image (``latest_amazon_linux`` with the 2023 generation)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-al2023")
ec2.LaunchTemplate(stack, "LT", http_endpoint=True, http_protocol_ipv6=True, http_put_response_hop_limit=2,
                   http_tokens=ec2.LaunchTemplateHttpTokens.REQUIRED, instance_metadata_tags=True)
ec2.LaunchTemplate(stack, "LTWithMachineImageAL2023", machine_image=ec2.MachineImage.latest_amazon_linux(
    generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2023))
app.synth()
