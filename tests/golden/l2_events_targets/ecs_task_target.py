"""EcsTask targets on cluster- and task-definition-shaped resources (pycdk has no ECS L2 yet): awsvpc tasks with a
created security group, public subnets, overrides, tags; a bridge-mode EC2 task."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam


# pycdk has no ECS L2 yet: its aws_ecs module has no NetworkMode, and the target compares the plain value
NETWORK_MODE = getattr(ecs, "NetworkMode", None)


def network_mode(name, value):
    return getattr(NETWORK_MODE, name) if NETWORK_MODE is not None else value


@jsii.implements(ecs.ICluster)
class ClusterLike(cdk.Resource):
    def __init__(self, scope, id, vpc):
        super().__init__(scope, id)
        self._vpc = vpc

    @property
    def cluster_arn(self):
        return "arn:aws:ecs:us-east-1:123456789012:cluster/my-cluster"

    @property
    def cluster_name(self):
        return "my-cluster"

    @property
    def vpc(self):
        return self._vpc


@jsii.implements(ecs.ITaskDefinition)
class TaskDefinitionLike(cdk.Resource):
    def __init__(self, scope, id, arn, network_mode, fargate):
        super().__init__(scope, id)
        self._arn = arn
        self._network_mode = network_mode
        self._fargate = fargate
        self._task_role = iam.Role(self, "TaskRole", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))

    @property
    def task_definition_arn(self):
        return self._arn

    @property
    def network_mode(self):
        return self._network_mode

    @property
    def is_ec2_compatible(self):
        return not self._fargate

    @property
    def is_fargate_compatible(self):
        return self._fargate

    @property
    def execution_role(self):
        return None

    @property
    def task_role(self):
        return self._task_role


app = cdk.App()
stack = cdk.Stack(app, "EcsTaskTargets")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
cluster = ClusterLike(stack, "Cluster", vpc)
fargate = TaskDefinitionLike(stack, "Fargate", "arn:aws:ecs:us-east-1:123456789012:task-definition/fargate",
                             network_mode("AWS_VPC", "awsvpc"), True)
bridge = TaskDefinitionLike(stack, "Bridge", "arn:aws:ecs:us-east-1:123456789012:task-definition/bridge:3",
                            network_mode("BRIDGE", "bridge"), False)
rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.hours(1)))
rule.add_target(targets.EcsTask(cluster=cluster, task_definition=fargate))
rule.add_target(
    targets.EcsTask(
        cluster=cluster,
        task_definition=fargate,
        task_count=2,
        subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
        assign_public_ip=True,
        container_overrides=[
            targets.ContainerOverride(
                container_name="app",
                command=["run", "now"],
                environment=[targets.TaskEnvironmentVariable(name="A", value="1")],
                memory_limit=512,
            )
        ],
        cpu="512",
        memory="1024",
        ephemeral_storage=targets.EphemeralStorageOverride(size_in_gib=50),
        tags=[targets.Tag(key="team", value="x")],
        enable_execute_command=True,
        retry_attempts=1,
    )
)
rule.add_target(targets.EcsTask(cluster=cluster, task_definition=bridge, task_count=1))
app.synth()
