"""Port of aws-cdk's integ test aws-stepfunctions-tasks/batch/integ.submit-job.ts: a state machine submitting an
AWS Batch job (container overrides, payload, attempts, timeout, tags) to a job queue on a managed EC2 compute
environment.

The image's build context (aws-cdk's ``batchjob-image``) is replaced by one this app writes (same hash on both
sides).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_batch as batch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import BatchContainerOverrides, BatchSubmitJob
from constructs import Construct

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM public.ecr.aws/amazonlinux/amazonlinux:latest\nCMD [\"echo\", \"hello from batch\"]\n")


class RunBatchStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        vpc = ec2.Vpc(self, "vpc", restrict_default_security_group=False)

        batch_queue = batch.JobQueue(self, "JobQueue", compute_environments=[batch.OrderedComputeEnvironment(
            order=1,
            compute_environment=batch.ManagedEc2EcsComputeEnvironment(self, "ComputeEnv", vpc=vpc),
        )])

        batch_job_definition = batch.EcsJobDefinition(self, "JobDefinition", container=batch.EcsEc2ContainerDefinition(
            self, "Container",
            image=ecs.ContainerImage.from_asset(context),
            cpu=256,
            memory=cdk.Size.mebibytes(2048),
        ))

        submit_job = BatchSubmitJob(
            self, "Submit Job",
            job_definition_arn=batch_job_definition.job_definition_arn,
            job_queue_arn=batch_queue.job_queue_arn,
            job_name="MyJob",
            container_overrides=BatchContainerOverrides(
                environment={"key": "value"},
                memory=cdk.Size.mebibytes(256),
                vcpus=1,
            ),
            payload=sfn.TaskInput.from_object({"foo": sfn.JsonPath.string_at("$.bar")}),
            attempts=3,
            task_timeout=sfn.Timeout.duration(cdk.Duration.seconds(60)),
            tags={"key": "value"},
        )

        definition = sfn.Pass(self, "Start", result=sfn.Result.from_object({"bar": "SomeValue"})).next(submit_job)

        state_machine = sfn.StateMachine(self, "StateMachine",
                                         definition_body=sfn.DefinitionBody.from_chainable(definition))

        cdk.CfnOutput(self, "JobQueueArn", value=batch_queue.job_queue_arn)
        cdk.CfnOutput(self, "StateMachineArn", value=state_machine.state_machine_arn)


app = cdk.App()
RunBatchStack(app, "aws-stepfunctions-integ")
app.synth()
