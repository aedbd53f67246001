"""Port of aws-cdk's integ.machine-image-cached: Amazon Linux 2023 images looked up and cached in context (with and
without an additional cache key), in a stack with a fixed environment (aws-cdk-lib's dummy values on this first
synthesis)."""

from aws_cdk import App, Environment, Stack
from aws_cdk import aws_ec2 as ec2


class TestCase(Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(self, "Vpc")
        instance_type = ec2.InstanceType.of(ec2.InstanceClass.T2, ec2.InstanceSize.NANO)
        ec2.Instance(self, "al2023Cached", instance_type=instance_type,
                     machine_image=ec2.MachineImage.latest_amazon_linux2023(cached_in_context=True), vpc=vpc)
        ec2.Instance(self, "al2023CachedScope", instance_type=instance_type,
                     machine_image=ec2.MachineImage.latest_amazon_linux2023(cached_in_context=True,
                                                                            additional_cache_key="extraKey"),
                     vpc=vpc)


app = App()
TestCase(app, "integ-ec2-machine-image-cached-test", env=Environment(account="123456789012", region="us-east-1"))
app.synth()
