"""Port of aws-cdk's integ.instance-metadata-options, written with aws-cdk-lib 2.275's metadata keywords (the
integ test's grouped ``metadataOptions`` property came later): full and partial metadata options, and
``require_imdsv2`` (a launch template through the aspect)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "VPC", max_azs=3, nat_gateways=1)
        ec2.Instance(
            self,
            "InstanceWithMetadataOptions",
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.NANO),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
            http_endpoint=True,
            http_protocol_ipv6=False,
            http_put_response_hop_limit=2,
            http_tokens=ec2.HttpTokens.REQUIRED,
            instance_metadata_tags=True,
        )
        ec2.Instance(
            self,
            "InstanceWithPartialMetadataOptions",
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.NANO),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
            http_tokens=ec2.HttpTokens.REQUIRED,
            instance_metadata_tags=True,
        )
        ec2.Instance(
            self,
            "InstanceWithRequireImdsv2",
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.NANO),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
            require_imdsv2=True,
        )


TestStack(app, "integ-ec2-instance-metadata-options")
app.synth()
