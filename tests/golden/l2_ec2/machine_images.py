"""Machine images: SSM-parameter images (CfnParameters of type AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>),
context lookups (values given), resolve-at-launch, per-region AMI maps; their default user data."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

# Context values as the CLI would store them for the two cached lookups.
CONTEXT = {
    "ssm:account=123456789012:parameterName=/my/cached:region=eu-west-1": "ami-0123abcd4567ef890",
    "ssm:account=123456789012:additionalCacheKey=web:parameterName="
    "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64:region=eu-west-1": "ami-0abcdef1234567890",
}
app = cdk.App(context=CONTEXT)
agnostic = cdk.Stack(app, "ImagesAgnostic")
pinned = cdk.Stack(app, "ImagesPinned", env=cdk.Environment(account="123456789012", region="eu-west-1"))


def use(stack: cdk.Stack, name: str, image: ec2.IMachineImage) -> None:
    config = image.get_image(stack)
    ec2.CfnLaunchTemplate(
        stack,
        name,
        launch_template_data=ec2.CfnLaunchTemplate.LaunchTemplateDataProperty(
            image_id=config.image_id, user_data=cdk.Fn.base64(config.user_data.render())
        ),
    )
    cdk.CfnOutput(stack, name + "Os", value=config.os_type.name)


for stack in (agnostic, pinned):
    use(stack, "Al2023", ec2.MachineImage.latest_amazon_linux2023())
    use(
        stack,
        "Al2023ArmMinimal",
        ec2.MachineImage.latest_amazon_linux2023(
            cpu_type=ec2.AmazonLinuxCpuType.ARM_64, edition=ec2.AmazonLinuxEdition.MINIMAL
        ),
    )
    use(stack, "Al2", ec2.MachineImage.latest_amazon_linux2(storage=ec2.AmazonLinuxStorage.EBS))
    use(stack, "Amzn", ec2.AmazonLinuxImage())
    use(stack, "Al2022", ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2022))
    use(
        stack,
        "Ssm",
        ec2.MachineImage.from_ssm_parameter("/my/ami", os=ec2.OperatingSystemType.WINDOWS),
    )
    use(stack, "AtLaunch", ec2.MachineImage.resolve_ssm_parameter_at_launch("/my/ami", parameter_version="3"))
    use(stack, "Generic", ec2.MachineImage.generic_linux({"eu-west-1": "ami-0123456789abcdef0", "us-east-1": "ami-0fedcba9876543210"}))
use(pinned, "GenericWin", ec2.MachineImage.generic_windows({"eu-west-1": "ami-0aaaabbbbccccdddd"}))
use(pinned, "Cached", ec2.MachineImage.from_ssm_parameter("/my/cached", cached_in_context=True))
use(
    pinned,
    "CachedAl2023",
    ec2.MachineImage.latest_amazon_linux2023(cached_in_context=True, additional_cache_key="web"),
)
app.synth()
