"""Port of aws-cdk's integ test aws-events-targets/batch/integ.job-definition-events.ts: scheduled rules submitting
an AWS Batch job to a job queue on an unmanaged compute environment (one with a dead-letter queue, retries and a
maximum event age)."""

import aws_cdk as cdk
from aws_cdk import aws_batch as batch
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_ecs import ContainerImage

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})

stack = cdk.Stack(app, "batch-events")

queue = batch.JobQueue(stack, "MyQueue", compute_environments=[batch.OrderedComputeEnvironment(
    compute_environment=batch.UnmanagedComputeEnvironment(stack, "ComputeEnvironment"),
    order=1,
)])
job = batch.EcsJobDefinition(stack, "MyJob", container=batch.EcsEc2ContainerDefinition(
    stack, "container",
    image=ContainerImage.from_registry("test-repo"),
    cpu=256,
    memory=cdk.Size.mebibytes(2048),
))

timer = events.Rule(stack, "Timer", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
timer.add_target(targets.BatchJob(queue.job_queue_arn, queue, job.job_definition_arn, job))

timer2 = events.Rule(stack, "Timer2", schedule=events.Schedule.rate(cdk.Duration.minutes(2)))

dlq = sqs.Queue(stack, "Queue")

timer2.add_target(targets.BatchJob(
    queue.job_queue_arn, queue, job.job_definition_arn, job,
    dead_letter_queue=dlq,
    retry_attempts=2,
    max_event_age=cdk.Duration.hours(2),
))

app.synth()
