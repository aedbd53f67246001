"""Port of aws-cdk's aws-ecs/test/fargate/integ.ebs-taskattach.ts: a service-managed EBS volume (2.275 names the
size ``size``; the task definition's volume is added by name, as jsii's ``add_volume`` takes keyword arguments)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=1, restrict_default_security_group=False)
        cluster = ecs.Cluster(self, "FargateCluster", vpc=vpc)
        task_definition = ecs.FargateTaskDefinition(self, "TaskDef")
        container = task_definition.add_container(
            "web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
            port_mappings=[ecs.PortMapping(container_port=80, protocol=ecs.Protocol.TCP)])
        volume = ecs.ServiceManagedVolume(self, "EBSVolume", name="ebs1",
                                          managed_ebs_volume=ecs.ServiceManagedEBSVolumeConfiguration(
                                              encrypted=True, volume_type=ec2.EbsDeviceVolumeType.GP3,
                                              size=cdk.Size.gibibytes(15), iops=4000, throughput=500,
                                              file_system_type=ecs.FileSystemType.EXT4,
                                              tag_specifications=[
                                                  ecs.EBSTagSpecification(
                                                      tags={"purpose": "production"},
                                                      propagate_tags=ecs.EbsPropagatedTagSource.SERVICE),
                                                  ecs.EBSTagSpecification(
                                                      tags={"purpose": "development"},
                                                      propagate_tags=ecs.EbsPropagatedTagSource.TASK_DEFINITION),
                                              ]))
        volume.mount_in(container, container_path="/var/lib", read_only=False)
        task_definition.add_volume(name=volume.name, configured_at_launch=volume.configured_at_launch)
        service = ecs.FargateService(self, "FargateService", cluster=cluster, task_definition=task_definition,
                                     desired_count=1)
        service.add_volume(volume)


app = cdk.App()
TestStack(app, "integ-aws-ecs-ebs-task-attach")
app.synth()
