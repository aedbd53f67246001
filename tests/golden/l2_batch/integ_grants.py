"""Port of aws-cdk's integ test aws-batch/integ.grants.ts: ``grant_submit_job`` to a user, on a job queue."""

from aws_cdk import App, Size, Stack
from aws_cdk import aws_batch as batch
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_iam as iam
from aws_cdk.aws_ec2 import Vpc

app = App()
stack = Stack(app, "stack")
vpc = Vpc(stack, "vpc", restrict_default_security_group=False)

queue = batch.JobQueue(
    stack, "joBBQ",
    compute_environments=[batch.OrderedComputeEnvironment(
        compute_environment=batch.ManagedEc2EcsComputeEnvironment(stack, "managedEc2CE", vpc=vpc),
        order=1,
    )],
    priority=10,
)

ecs_job = batch.EcsJobDefinition(stack, "ECSJob", container=batch.EcsEc2ContainerDefinition(
    stack, "EcsContainer",
    cpu=256,
    memory=Size.mebibytes(2048),
    image=ecs.ContainerImage.from_registry("foorepo/fooimage"),
))

user = iam.User(stack, "MyUser")
ecs_job.grant_submit_job(user, queue)

app.synth()
