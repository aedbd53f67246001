"""Port of aws-cdk's integ test aws-batch/integ.batch-unique-name.ts: a scheduled rule submitting a job to a queue
on an unmanaged compute environment (the generated job name)."""

from aws_cdk import App, Size, Stack
from aws_cdk import aws_batch as batch
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk.aws_ecs import ContainerImage

app = App()
stack = Stack(app, "stack")
job_queue = batch.JobQueue(stack, "MyQueue", compute_environments=[batch.OrderedComputeEnvironment(
    compute_environment=batch.UnmanagedComputeEnvironment(stack, "ComputeEnvironment"),
    order=1,
)])
job_definition = batch.EcsJobDefinition(stack, "MyJob", container=batch.EcsEc2ContainerDefinition(
    stack, "container",
    image=ContainerImage.from_registry("test-repo"),
    cpu=256,
    memory=Size.mebibytes(2048),
))

rule = events.Rule(stack, "Rule", schedule=events.Schedule.expression("rate(1 minute)"))

rule.add_target(targets.BatchJob(
    job_queue.job_queue_arn,
    job_queue,
    job_definition.job_definition_arn,
    job_definition,
))

app.synth()
