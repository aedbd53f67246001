"""ECS-optimized images looked up once and cached in the context (``cached_in_context``): the image id comes from
the context value (as from cdk.context.json after a lookup); Windows, GPU and Bottlerocket images by SSM parameter."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

CACHED = ("ssm:account=123456789012:parameterName=/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/"
          "image_id:region=us-east-1")
app = cdk.App(context={CACHED: "ami-0123456789abcdef0"})
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
