"""ECS schedule targets beyond the integ tests: Fargate in public subnets with a public IP, a platform version,
security groups, group/reference id/task count, an explicit role with a dead-letter queue; EC2 tasks in awsvpc
mode with placement constraints and strategies, and in bridge mode; an imported cluster in another stack."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_iam as iam
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_scheduler_targets import EcsRunEc2Task, EcsRunFargateTask, Tag

app = cdk.App()
stack = cdk.Stack(app, "EcsTargets")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)

fargate_td = ecs.FargateTaskDefinition(stack, "FargateTd")
fargate_td.add_container("c", image=ecs.ContainerImage.from_registry("nginx"))

ec2_awsvpc_td = ecs.Ec2TaskDefinition(stack, "AwsVpcTd", network_mode=ecs.NetworkMode.AWS_VPC)
ec2_awsvpc_td.add_container("c", image=ecs.ContainerImage.from_registry("nginx"), memory_limit_mib=256)

ec2_bridge_td = ecs.Ec2TaskDefinition(stack, "BridgeTd")
ec2_bridge_td.add_container("c", image=ecs.ContainerImage.from_registry("nginx"), memory_limit_mib=256)

rate = scheduler.ScheduleExpression.rate(cdk.Duration.hours(1))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"))
dlq = sqs.Queue(stack, "Dlq")

scheduler.Schedule(stack, "FargatePublic", schedule=rate, target=EcsRunFargateTask(
    cluster, task_definition=fargate_td, assign_public_ip=True,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    platform_version=ecs.FargatePlatformVersion.VERSION1_4, security_groups=[sg], group="g1",
    reference_id="ref-1", task_count=2, role=role, dead_letter_queue=dlq, retry_attempts=3,
    max_event_age=cdk.Duration.hours(2),
))
scheduler.Schedule(stack, "FargateDefault", schedule=rate, target=EcsRunFargateTask(
    cluster, task_definition=fargate_td, assign_public_ip=False, enable_ecs_managed_tags=True,
))
scheduler.Schedule(stack, "Ec2AwsVpc", schedule=rate, target=EcsRunEc2Task(
    cluster, task_definition=ec2_awsvpc_td, security_groups=[sg],
    placement_constraints=[ecs.PlacementConstraint.distinct_instances(),
                           ecs.PlacementConstraint.member_of("attribute:ecs.instance-type =~ t2.*")],
    placement_strategies=[ecs.PlacementStrategy.spread_across_instances(), ecs.PlacementStrategy.packed_by_cpu()],
    tags=[Tag(key="k", value="v")],
))
scheduler.Schedule(stack, "Ec2Bridge", schedule=rate, target=EcsRunEc2Task(
    cluster, task_definition=ec2_bridge_td, placement_constraints=[], placement_strategies=[],
))

other = cdk.Stack(app, "EcsTargetsImported")
imported = ecs.Cluster.from_cluster_attributes(
    other, "Imported", cluster_name="imported", vpc=ec2.Vpc.from_vpc_attributes(
        other, "ImportedVpc", vpc_id="vpc-12345678", availability_zones=["a", "b"],
        private_subnet_ids=["subnet-11111111", "subnet-22222222"]),
)
imported_td = ecs.FargateTaskDefinition(other, "Td")
imported_td.add_container("c", image=ecs.ContainerImage.from_registry("nginx"))
scheduler.Schedule(other, "ImportedSchedule", schedule=rate, target=EcsRunFargateTask(
    imported, task_definition=imported_td, tags=[Tag(key="a", value="b")],
))

app.synth()
