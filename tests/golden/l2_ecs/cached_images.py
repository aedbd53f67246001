"""ECS-optimized images looked up once and cached in the context (``cached_in_context``): on a first synth the
lookup is recorded as missing context and the dummy image id is used; Windows and Bottlerocket images by SSM
parameter."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "CachedImages", env=cdk.Environment(account="123456789012", region="us-east-1"))
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0,
              subnet_configuration=[ec2.SubnetConfiguration(name="pub", subnet_type=ec2.SubnetType.PUBLIC)])
for name, image in (
    ("Cached", ecs.EcsOptimizedImage.amazon_linux2023(ecs.AmiHardwareType.ARM, cached_in_context=True)),
    ("Windows", ecs.EcsOptimizedImage.windows(ecs.WindowsOptimizedVersion.SERVER_2022)),
    ("Gpu", ecs.EcsOptimizedImage.amazon_linux2(ecs.AmiHardwareType.GPU)),
    ("Rocket", ecs.BottleRocketImage(variant=ecs.BottlerocketEcsVariant.AWS_ECS_2,
                                     architecture=ec2.InstanceArchitecture.ARM_64)),
):
    autoscaling.AutoScalingGroup(stack, name, vpc=vpc, instance_type=ec2.InstanceType("t3.micro"),
                                 machine_image=image, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
app.synth()
