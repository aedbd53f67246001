"""Port of aws-cdk's integ.machine-image.ts: instances on Amazon Linux 2 / 2023 / 2023 minimal images, an image
resolved from an SSM parameter at launch, and a launch template used by an Auto Scaling group (IntegTest dropped).
"""

from aws_cdk import App, Stack
from aws_cdk import aws_autoscaling as asg
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ssm as ssm


class TestCase(Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(self, "Vpc")

        instance_type = ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO)

        ec2.Instance(self, "amzn2", instance_type=instance_type, machine_image=ec2.MachineImage.latest_amazon_linux2(),
                     vpc=vpc)
        ec2.Instance(self, "al2023", instance_type=instance_type,
                     machine_image=ec2.MachineImage.latest_amazon_linux2023(), vpc=vpc)
        ec2.Instance(
            self, "al2023WithMinimalAMI", instance_type=instance_type,
            machine_image=ec2.AmazonLinuxImage(
                generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2023, edition=ec2.AmazonLinuxEdition.MINIMAL,
            ),
            vpc=vpc,
        )

        parameter = ssm.CfnParameter(
            self, "AmiParameter", name="IntegTestAmi", type="String", data_type="aws:ec2:image",
            value="ami-06ca3ca175f37dd66",
        )

        machine_image = ec2.MachineImage.resolve_ssm_parameter_at_launch(parameter.ref)
        ssm_instance_test = ec2.Instance(
            self, "ssm-resolve-instance", instance_type=instance_type, machine_image=machine_image, vpc=vpc,
        )
        ssm_instance_test.node.add_dependency(parameter)

        launch_template = ec2.LaunchTemplate(self, "LT", instance_type=instance_type, machine_image=machine_image)
        asg.AutoScalingGroup(self, "ASG", vpc=vpc, launch_template=launch_template, desired_capacity=1)


app = App()
TestCase(app, "integ-ec2-machine-image-test")
app.synth()
