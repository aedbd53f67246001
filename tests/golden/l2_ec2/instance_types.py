"""InstanceType.of: aws-cdk-lib's long class names map to identifiers (standard5 -> m5, memory8 -> r8g, ...)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "InstanceTypes")
types = [
    ec2.InstanceType.of(ec2.InstanceClass.STANDARD5, ec2.InstanceSize.LARGE),
    ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
    ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3_AMD, ec2.InstanceSize.XLARGE2),
    ec2.InstanceType.of(ec2.InstanceClass.MEMORY8_GRAVITON, ec2.InstanceSize.LARGE),
    ec2.InstanceType.of(ec2.InstanceClass.HIGH_MEMORY_3TB_1, ec2.InstanceSize.XLARGE56),
    ec2.InstanceType("c7gn.16xlarge"),
]
for i, instance_type in enumerate(types):
    ec2.CfnLaunchTemplate(
        stack,
        f"T{i}",
        launch_template_data=ec2.CfnLaunchTemplate.LaunchTemplateDataProperty(instance_type=instance_type.to_string()),
    )
    if not instance_type.to_string().startswith("u-"):  # "u-3tb1.56xlarge" has no architecture (malformed for the rule)
        cdk.CfnOutput(stack, f"Arch{i}", value=instance_type.architecture.name)
    cdk.CfnOutput(stack, f"Burst{i}", value=str(instance_type.is_burstable()))
cdk.CfnOutput(stack, "Same", value=str(types[0].same_instance_class_as(ec2.InstanceType("m5.xlarge"))))
app.synth()
