"""Port of aws-cdk's integ test aws-batch/integ.ecs-exec-batch-job.ts: EC2 and Fargate job definitions with ECS
Exec enabled (generated job roles with the SSM channel actions), their compute environments and queues (the
API-call assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_batch as batch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from constructs import Construct


class EcsExecBatchStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        vpc = ec2.Vpc(self, "Vpc", max_azs=2)

        self.ec2_compute_environment = batch.ManagedEc2EcsComputeEnvironment(
            self, "ComputeEnv",
            vpc=vpc,
            instance_types=[ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE)],
            minv_cpus=0,
            maxv_cpus=256,
        )

        self.ec2_job_queue = batch.JobQueue(self, "JobQueue", compute_environments=[
            batch.OrderedComputeEnvironment(order=1, compute_environment=self.ec2_compute_environment),
        ])

        self.ec2_job_definition = batch.EcsJobDefinition(
            self, "EcsExecEc2JobDefinition",
            job_definition_name="EcsExecEc2TestJob",
            container=batch.EcsEc2ContainerDefinition(
                self, "Ec2Container",
                image=ecs.ContainerImage.from_registry("public.ecr.aws/amazonlinux/amazonlinux:latest"),
                cpu=2,
                memory=cdk.Size.mebibytes(2048),
                enable_execute_command=True,
                command=["sh", "-c", 'echo "Job started with ECS Exec enabled"; sleep 300'],
            ),
        )

        self.fargate_job_definition = batch.EcsJobDefinition(
            self, "EcsExecFargateJobDefinition",
            container=batch.EcsFargateContainerDefinition(
                self, "FargateContainer",
                image=ecs.ContainerImage.from_registry("public.ecr.aws/amazonlinux/amazonlinux:latest"),
                cpu=0.25,
                memory=cdk.Size.gibibytes(1),
                enable_execute_command=True,
                command=["sh", "-c", 'echo "Fargate Job started with ECS Exec enabled"; sleep 300'],
            ),
        )

        self.fargate_compute_environment = batch.FargateComputeEnvironment(self, "FargateComputeEnv", vpc=vpc)

        self.fargate_job_queue = batch.JobQueue(self, "FargateJobQueue", compute_environments=[
            batch.OrderedComputeEnvironment(order=1, compute_environment=self.fargate_compute_environment),
        ])


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = EcsExecBatchStack(app, "EcsExecBatchStack")

app.synth()
