"""Port of aws-cdk's aws-ecs/test/integ.managedinstances-no-default-capacity-provider.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_iam as iam

app = cdk.App(post_cli_context={"@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": True})
stack = cdk.Stack(app, "integ-managedinstances-no-default-capacity-provider")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "ManagedInstancesCluster", vpc=vpc)
infrastructure_role = iam.Role(stack, "InfrastructureRole", role_name="InfrastructureRole",
                               assumed_by=iam.ServicePrincipal("ecs.amazonaws.com"),
                               managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                                   "AmazonECSInfrastructureRolePolicyForManagedInstances")])
instance_role = iam.Role(stack, "InstanceRole", role_name="InstanceRole",
                         assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
                         managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                             "AmazonECSInstanceRolePolicyForManagedInstances")])
infrastructure_role.grant_pass_role(instance_role)
instance_profile = iam.InstanceProfile(stack, "InstanceProfile", instance_profile_name="InstanceProfile",
                                       role=instance_role)
sg = ec2.SecurityGroup(stack, "ManagedInstancesSecurityGroup", vpc=vpc,
                       description="Security group for ManagedInstances capacity provider instances",
                       allow_all_outbound=True)
mi = ecs.ManagedInstancesCapacityProvider(
    stack, "ManagedInstancesCapacityProvider", infrastructure_role=infrastructure_role,
    ec2_instance_profile=instance_profile, subnets=vpc.private_subnets, security_groups=[sg],
    propagate_tags=ecs.PropagateManagedInstancesTags.CAPACITY_PROVIDER,
    instance_requirements=ec2.InstanceRequirementsConfig(
        v_cpu_count_min=1, memory_min=cdk.Size.gibibytes(2), cpu_manufacturers=[ec2.CpuManufacturer.INTEL],
        accelerator_manufacturers=[ec2.AcceleratorManufacturer.NVIDIA]))
cluster.add_managed_instances_capacity_provider(mi)
task_definition = ecs.TaskDefinition(stack, "TaskDef", compatibility=ecs.Compatibility.FARGATE_AND_MANAGED_INSTANCES,
                                     cpu="256", memory_mib="512", network_mode=ecs.NetworkMode.AWS_VPC)
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("public.ecr.aws/docker/library/httpd:2.4"),
                              memory_limit_mib=512,
                              port_mappings=[ecs.PortMapping(container_port=80, protocol=ecs.Protocol.TCP)])
ecs.FargateService(stack, "ManagedInstancesService", cluster=cluster, task_definition=task_definition,
                   capacity_provider_strategies=[ecs.CapacityProviderStrategy(
                       capacity_provider=mi.capacity_provider_name, weight=1)], desired_count=1)
app.synth()
