"""Port of aws-cdk's integ test aws-batch/integ.job-queue-job-state-time-limit-actions.ts: a job queue's time
limits for jobs stuck in RUNNABLE (explicit and default action and state)."""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_batch as batch
from aws_cdk.aws_ec2 import Vpc

app = App()
stack = Stack(app, "batch-stack-job-queue")
vpc = Vpc(stack, "vpc")

batch.JobQueue(
    stack, "joBBQ",
    compute_environments=[batch.OrderedComputeEnvironment(
        compute_environment=batch.ManagedEc2EcsComputeEnvironment(stack, "CE", vpc=vpc),
        order=1,
    )],
    job_state_time_limit_actions=[
        batch.JobStateTimeLimitAction(
            action=batch.JobStateTimeLimitActionsAction.CANCEL,
            max_time=Duration.minutes(10),
            reason=batch.JobStateTimeLimitActionsReason.INSUFFICIENT_INSTANCE_CAPACITY,
            state=batch.JobStateTimeLimitActionsState.RUNNABLE,
        ),
        batch.JobStateTimeLimitAction(
            action=batch.JobStateTimeLimitActionsAction.CANCEL,
            max_time=Duration.minutes(10),
            reason=batch.JobStateTimeLimitActionsReason.COMPUTE_ENVIRONMENT_MAX_RESOURCE,
            state=batch.JobStateTimeLimitActionsState.RUNNABLE,
        ),
        batch.JobStateTimeLimitAction(
            max_time=Duration.minutes(10),
            reason=batch.JobStateTimeLimitActionsReason.JOB_RESOURCE_REQUIREMENT,
        ),
    ],
)

app.synth()
