"""Port of aws-cdk's integ test aws-batch/integ.unmanaged-compute-environment.ts: unmanaged compute environments
with the default service role and with every property."""

from aws_cdk import App, Stack
from aws_cdk.aws_batch import UnmanagedComputeEnvironment
from aws_cdk.aws_iam import ManagedPolicy, Role, ServicePrincipal

app = App()
stack = Stack(app, "batch-stack")

UnmanagedComputeEnvironment(stack, "minimalProps")

UnmanagedComputeEnvironment(
    stack, "maximalProps",
    compute_environment_name="unmanagedIntegTestCE",
    enabled=True,
    unmanagedv_cpus=256,
    service_role=Role(
        stack, "IntegServiceRole",
        managed_policies=[ManagedPolicy.from_aws_managed_policy_name("service-role/AWSBatchServiceRole")],
        assumed_by=ServicePrincipal("batch.amazonaws.com"),
    ),
)

app.synth()
