"""Port of aws-cdk's aws-ecs/test/integ.managedinstances-capacity-provider.ts: a Managed Instances capacity provider
with instance requirements, as the cluster's default strategy."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_iam as iam

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": True,
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
})
stack = cdk.Stack(app, "integ-managedinstances-capacity-provider")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "ManagedInstancesCluster", vpc=vpc, enable_fargate_capacity_providers=True)
infrastructure_role = iam.Role(stack, "InfrastructureRole", role_name="AmazonECSInfrastructureRoleForOmakase",
                               assumed_by=iam.ServicePrincipal("ecs.amazonaws.com"),
                               managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess")])
instance_role = iam.Role(stack, "InstanceRole", role_name="AmazonECSInstanceRoleForOmakase",
                         assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
                         managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess")])
instance_profile = iam.InstanceProfile(stack, "InstanceProfile", instance_profile_name="AmazonECSInstanceRoleForOmakase",
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
cluster.add_default_capacity_provider_strategy([
    ecs.CapacityProviderStrategy(capacity_provider=mi.capacity_provider_name, weight=1)])
task_definition = ecs.TaskDefinition(stack, "TaskDef", compatibility=ecs.Compatibility.FARGATE_AND_MANAGED_INSTANCES,
                                     cpu="256", memory_mib="512", network_mode=ecs.NetworkMode.AWS_VPC)
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("public.ecr.aws/docker/library/httpd:2.4"),
                              memory_limit_mib=512,
                              port_mappings=[ecs.PortMapping(container_port=80, protocol=ecs.Protocol.TCP)])
ecs.FargateService(stack, "ManagedInstancesService", cluster=cluster, task_definition=task_definition,
                   capacity_provider_strategies=[ecs.CapacityProviderStrategy(
                       capacity_provider=mi.capacity_provider_name, weight=1)], desired_count=1)
app.synth()
