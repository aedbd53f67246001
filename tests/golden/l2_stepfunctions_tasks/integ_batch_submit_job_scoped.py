"""Port of aws-cdk's integ test aws-stepfunctions-tasks/integ.batch-submit-job-scoped.ts: ``BatchSubmitJob`` with
a job definition and queue of the app (the state machine role's ``batch:SubmitJob`` resources)."""

from aws_cdk import App, Size, Stack
from aws_cdk import aws_batch as batch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = App()
stack = Stack(app, "BatchSubmitJobScopedStack")

vpc = ec2.Vpc(stack, "VPC", max_azs=1)

job_def = batch.EcsJobDefinition(stack, "JobDef", container=batch.EcsEc2ContainerDefinition(
    stack, "Container",
    image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    memory=Size.mebibytes(512),
    cpu=1,
))

queue = batch.JobQueue(stack, "Queue", compute_environments=[batch.OrderedComputeEnvironment(
    compute_environment=batch.ManagedEc2EcsComputeEnvironment(stack, "CE", vpc=vpc),
    order=1,
)])

task = tasks.BatchSubmitJob(
    stack, "Task",
    job_definition_arn=job_def.job_definition_arn,
    job_name="MyJob",
    job_queue_arn=queue.job_queue_arn,
)

sfn.StateMachine(stack, "SM", definition_body=sfn.DefinitionBody.from_chainable(task))

app.synth()
