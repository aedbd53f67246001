"""Port of aws-cdk's integ test aws-stepfunctions-tasks/batch/integ.submit-job-queue-jsonpath.ts: the job queue of
``BatchSubmitJob`` read from the state input (JSONPath), so the task may submit to any queue (the API-call
assertions dropped).

The image's build context (aws-cdk's ``batchjob-image``) is replaced by one this app writes (same hash on both
sides).
"""

import os
import tempfile

from aws_cdk import App, Size, Stack
from aws_cdk import aws_batch as batch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import BatchSubmitJob

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM public.ecr.aws/amazonlinux/amazonlinux:latest\nCMD [\"echo\", \"hello from batch\"]\n")

app = App()
stack = Stack(app, "cdk-submit-job-queue-json-path")

vpc = ec2.Vpc(stack, "vpc", restrict_default_security_group=False)

job_queue = batch.JobQueue(stack, "MyQueue", compute_environments=[batch.OrderedComputeEnvironment(
    order=1,
    compute_environment=batch.ManagedEc2EcsComputeEnvironment(stack, "ComputeEnv", vpc=vpc),
)])

job_definition = batch.EcsJobDefinition(stack, "MyJob", container=batch.EcsEc2ContainerDefinition(
    stack, "container",
    image=ecs.ContainerImage.from_asset(context),
    cpu=1,
    memory=Size.mebibytes(256),
))

submit_job = BatchSubmitJob(
    stack, "Submit Job",
    job_definition_arn=job_definition.job_definition_arn,
    job_queue_arn=sfn.JsonPath.string_at("$.jobQueueArn"),
    job_name="MyJob",
)

definition = sfn.Pass(stack, "Start", result=sfn.Result.from_object({"jobQueueArn": job_queue.job_queue_arn})).next(
    submit_job)

sfn.StateMachine(stack, "StateMachine", definition=definition)

app.synth()
