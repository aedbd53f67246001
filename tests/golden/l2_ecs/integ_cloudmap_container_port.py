"""Port of aws-cdk's aws-ecs/test/ec2/integ.cloudmap-container-port.ts: SRV records for a chosen container port."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_servicediscovery as cloudmap

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ")
vpc = ec2.Vpc(stack, "Vpc", restrict_default_security_group=False, max_azs=2, subnet_configuration=[
    ec2.SubnetConfiguration(name="pub", cidr_mask=24, subnet_type=ec2.SubnetType.PUBLIC)])
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)
capacity = cluster.add_capacity("capacity", instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3,
                                                                              ec2.InstanceSize.MICRO),
                                desired_capacity=1, min_capacity=1, max_capacity=1)
capacity.connections.allow_from_any_ipv4(ec2.Port.tcp_range(32768, 61000))
cluster.add_default_cloud_map_namespace(name="aws-ecs-integ")
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
main_container = task_definition.add_container("nginx", image=ecs.ContainerImage.from_registry("nginx"),
                                               memory_reservation_mib=32, memory_limit_mib=512)
main_container.add_port_mappings(ecs.PortMapping(container_port=80, protocol=ecs.Protocol.TCP))
name_container = task_definition.add_container("name", image=ecs.ContainerImage.from_registry("nathanpeck/name"),
                                               environment={"PORT": "81"}, memory_reservation_mib=32,
                                               memory_limit_mib=512)
name_container.add_port_mappings(ecs.PortMapping(container_port=81, protocol=ecs.Protocol.TCP))
ecs.Ec2Service(stack, "Service", cluster=cluster, task_definition=task_definition, desired_count=3,
               cloud_map_options=ecs.CloudMapOptions(container=name_container, container_port=81,
                                                     dns_record_type=cloudmap.DnsRecordType.SRV))
app.synth()
