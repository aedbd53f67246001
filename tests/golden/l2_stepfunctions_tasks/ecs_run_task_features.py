"""EcsRunTask: EC2 placement constraints/strategies, custom and default capacity provider strategies, Fargate with
given security groups and subnets, a task token in an environment override with cpu/memory/command overrides,
the fixed ecs:RunTask policy (flag default), bridge networking (cluster security groups), JSONata and JSONPath."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "EcsRunTaskFeatures")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
cluster.add_capacity("Capacity", instance_type=ec2.InstanceType("t3.micro"))
ec2_task = ecs.Ec2TaskDefinition(stack, "Ec2TaskDef")
ec2_container = ec2_task.add_container("Main", image=ecs.ContainerImage.from_registry("public.ecr.aws/x/app:1"),
                                       memory_limit_mib=256)
fargate_task = ecs.FargateTaskDefinition(stack, "FargateTaskDef", cpu=512, memory_limit_mib=1024)
fargate_container = fargate_task.add_container("App", image=ecs.ContainerImage.from_registry("public.ecr.aws/x/app:2"))
sg = ec2.SecurityGroup(stack, "TaskSg", vpc=vpc)

placement = tasks.EcsRunTask(
    stack, "Placement", cluster=cluster, task_definition=ec2_task,
    integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    launch_target=tasks.EcsEc2LaunchTarget(
        placement_constraints=[ecs.PlacementConstraint.distinct_instances(),
                               ecs.PlacementConstraint.member_of("attribute:ecs.instance-type =~ t3.*")],
        placement_strategies=[ecs.PlacementStrategy.spread_across_instances(),
                              ecs.PlacementStrategy.packed_by_cpu()]),
    container_overrides=[tasks.ContainerOverride(
        container_definition=ec2_container, command=["run", "--fast"], cpu=128,
        memory_limit=200, memory_reservation=100,
        environment=[tasks.TaskEnvironmentVariable(name="TOKEN", value=sfn.JsonPath.task_token)])],
    cpu="256", memory_mib="512", propagated_tag_source=ecs.PropagatedTagSource.SERVICE,
)
custom = tasks.EcsRunTask(
    stack, "Custom", cluster=cluster, task_definition=ec2_task, revision_number=3,
    launch_target=tasks.EcsEc2LaunchTarget(capacity_provider_options=tasks.CapacityProviderOptions.custom([
        ecs.CapacityProviderStrategy(capacity_provider="cp1", weight=1, base=1),
        ecs.CapacityProviderStrategy(capacity_provider="cp2", weight=2)])),
)
fargate = tasks.EcsRunTask.json_path(
    stack, "Fargate", cluster=cluster, task_definition=fargate_task, security_groups=[sg],
    subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC), assign_public_ip=False,
    launch_target=tasks.EcsFargateLaunchTarget(platform_version=ecs.FargatePlatformVersion.VERSION1_4,
                                               capacity_provider_options=tasks.CapacityProviderOptions.default()),
    container_overrides=[tasks.ContainerOverride(container_definition=fargate_container,
                                                 environment=[tasks.TaskEnvironmentVariable(name="A", value="b")])],
    result_path="$.fargate",
)
jsonata = tasks.EcsRunTask.jsonata(
    stack, "Jsonata", cluster=cluster, task_definition=fargate_task,
    integration_pattern=sfn.IntegrationPattern.RUN_JOB, enable_execute_command=False,
    launch_target=tasks.EcsFargateLaunchTarget(platform_version=ecs.FargatePlatformVersion.LATEST),
    container_overrides=[tasks.ContainerOverride(
        container_definition=fargate_container,
        environment=[tasks.TaskEnvironmentVariable(name="X", value="{% $states.input.x %}")])],
)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    placement.next(custom).next(fargate).next(jsonata)))
app.synth()
