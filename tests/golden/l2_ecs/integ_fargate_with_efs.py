"""Port of aws-cdk's aws-ecs/test/fargate/integ.fargate-with-efs.ts: an EFS volume in a Fargate task definition."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_efs as efs
from constructs import Construct


class FargateWithEfsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, restrict_default_security_group=False)
        fs = efs.FileSystem(self, "etcdata", vpc=vpc)
        task_definition = ecs.FargateTaskDefinition(self, "TaskDef")
        task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"))
        task_definition.add_volume(name="somedata",
                                   efs_volume_configuration=ecs.EfsVolumeConfiguration(file_system_id=fs.file_system_id))


app = cdk.App()
FargateWithEfsStack(app, "aws-ecs-fargate-efs")
app.synth()
