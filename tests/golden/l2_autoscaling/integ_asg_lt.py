"""Port of aws-cdk's integ.asg-lt: groups from a launch template, a mixed instances policy and a gp3 block device."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-asg-integ")

lt = ec2.LaunchTemplate(
    stack, "MainLT",
    instance_type=ec2.InstanceType("t3.micro"),
    machine_image=ec2.AmazonLinuxImage(
        generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2, cpu_type=ec2.AmazonLinuxCpuType.X86_64
    ),
)
lt_override_t4g = ec2.LaunchTemplate(
    stack, "T4gLT",
    instance_type=ec2.InstanceType("t4g.micro"),
    machine_image=ec2.AmazonLinuxImage(
        generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2, cpu_type=ec2.AmazonLinuxCpuType.ARM_64
    ),
)
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)

autoscaling.AutoScalingGroup(stack, "AsgFromLT", vpc=vpc, launch_template=lt, min_capacity=0, max_capacity=10,
                             desired_capacity=5)
autoscaling.AutoScalingGroup(stack, "AsgWithDefaultInstanceWarmup", vpc=vpc, launch_template=lt,
                             default_instance_warmup=cdk.Duration.seconds(5))
overrides = [
    autoscaling.LaunchTemplateOverrides(instance_type=ec2.InstanceType("t3.micro")),
    autoscaling.LaunchTemplateOverrides(instance_type=ec2.InstanceType("t3a.micro")),
    autoscaling.LaunchTemplateOverrides(instance_type=ec2.InstanceType("t4g.micro"), launch_template=lt_override_t4g),
]
autoscaling.AutoScalingGroup(
    stack, "AsgFromMip", vpc=vpc,
    mixed_instances_policy=autoscaling.MixedInstancesPolicy(
        instances_distribution=autoscaling.InstancesDistribution(on_demand_percentage_above_base_capacity=50),
        launch_template=lt,
        launch_template_overrides=overrides,
    ),
    min_capacity=0, max_capacity=10, desired_capacity=5,
)
autoscaling.AutoScalingGroup(
    stack, "AsgFromMipWithoutDistribution", vpc=vpc,
    mixed_instances_policy=autoscaling.MixedInstancesPolicy(launch_template=lt, launch_template_overrides=overrides),
    min_capacity=0, max_capacity=10, desired_capacity=5,
)
autoscaling.AutoScalingGroup(
    stack, "AsgWithGp3Blockdevice",
    min_capacity=0, max_capacity=10, desired_capacity=5,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    machine_image=ec2.AmazonLinuxImage(),
    block_devices=[autoscaling.BlockDevice(
        device_name="ebs",
        volume=autoscaling.BlockDeviceVolume.ebs(
            15, delete_on_termination=True, encrypted=True, volume_type=autoscaling.EbsDeviceVolumeType.GP3,
            throughput=125,
        ),
    )],
    vpc=vpc,
)
app.synth()
