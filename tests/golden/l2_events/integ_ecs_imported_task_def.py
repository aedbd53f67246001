"""Port of aws-cdk's aws-events integ.ecs-imported-task-def.ts: a scheduled rule running an imported Fargate task
definition (with an imported task role) on a new cluster (IntegTest dropped).

The original reads the account and region from CDK_INTEG_ACCOUNT / CDK_INTEG_REGION; fixed values stand in.
"""

from aws_cdk import App, Duration, Stack
from aws_cdk.aws_ecs import Cluster, ContainerImage, FargateTaskDefinition, NetworkMode, PortMapping
from aws_cdk.aws_events import Rule, Schedule
from aws_cdk.aws_events_targets import EcsTask
from aws_cdk.aws_iam import Role, ServicePrincipal

account = "123456789012"
region = "us-east-1"

app = App()
stack = Stack(app, "IntegEcsImportedTaskDefStack")
cluster = Cluster(stack, "Cluster")
task_def_family = "TaskDefinitionA"

task_role = Role(stack, "TaskRole", role_name="TaskRoleA", assumed_by=ServicePrincipal("ecs-tasks.amazonaws.com"))
task_definition = FargateTaskDefinition(
    stack, "TaskDef", cpu=1024, memory_limit_mib=2048, family=task_def_family, task_role=task_role,
)
task_definition.add_container(
    "web", image=ContainerImage.from_registry("public.ecr.aws/ecs-sample-image/amazon-ecs-sample:latest"),
    port_mappings=[PortMapping(host_port=12345, container_port=12345)],
)

imported_task_def = FargateTaskDefinition.from_fargate_task_definition_attributes(
    stack, "TaskDefImport",
    task_definition_arn=f"arn:aws:ecs:{region}:{account}:task-definition/TaskDef",
    task_role=Role.from_role_arn(stack, "RoleImport", f"arn:aws:iam::{account}:role/TaskRoleA"),
    network_mode=NetworkMode.AWS_VPC,
)

event_rule = Rule(
    stack, "Rule", targets=[EcsTask(cluster=cluster, task_definition=imported_task_def)],
    schedule=Schedule.rate(Duration.days(1)),
)
event_rule.node.add_dependency(task_definition)

app.synth()
