"""Port of aws-cdk's integ test aws-batch/integ.job-queue.ts: a job queue with a fairshare scheduling policy (a share
added later) and a compute environment added later."""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_batch as batch
from aws_cdk.aws_ec2 import Vpc

app = App()
stack = Stack(app, "stack")
vpc = Vpc(stack, "vpc", restrict_default_security_group=False)

fairshare_policy = batch.FairshareSchedulingPolicy(
    stack, "fairshare",
    compute_reservation=75,
    scheduling_policy_name="joBBQFairsharePolicy",
    share_decay=Duration.hours(1),
    shares=[batch.Share(share_identifier="shareA", weight_factor=0.5)],
)

queue = batch.JobQueue(
    stack, "joBBQ",
    compute_environments=[batch.OrderedComputeEnvironment(
        compute_environment=batch.ManagedEc2EcsComputeEnvironment(stack, "managedEc2CE", vpc=vpc),
        order=1,
    )],
    priority=10,
    scheduling_policy=fairshare_policy,
)

fairshare_policy.add_share(share_identifier="shareB", weight_factor=7)

queue.add_compute_environment(batch.ManagedEc2EcsComputeEnvironment(stack, "newManagedEc2CE", vpc=vpc), 2)

app.synth()
