"""The aws_batch surface the integ ports leave out: imports, EKS compute environments (a stand-in cluster object),
Linux parameters, logging and roles of ECS containers, EFS volume options, Windows Fargate containers, consumable
resource grants, and the names and ARNs of every resource."""

import jsii

import aws_cdk as cdk
from aws_cdk import aws_batch as batch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_efs as efs
from aws_cdk import aws_eks as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_secretsmanager as secretsmanager


@jsii.implements(eks.ICluster)
class StandInCluster:
    """What AWS Batch reads of an EKS cluster."""

    @property
    def cluster_arn(self) -> str:
        return "arn:aws:eks:us-east-1:123456789012:cluster/batch-cluster"

    @property
    def cluster_name(self) -> str:
        return "batch-cluster"


app = cdk.App()
stack = cdk.Stack(app, "BatchFeatures", env=cdk.Environment(account="123456789012", region="us-east-1"))
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
sg = ec2.SecurityGroup(stack, "SG", vpc=vpc)
service_role = iam.Role(stack, "ServiceRole", assumed_by=iam.ServicePrincipal("batch.amazonaws.com"))
instance_role = iam.Role(stack, "InstanceRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))

eks_ce = batch.ManagedEc2EksComputeEnvironment(
    stack, "EksCE",
    vpc=vpc,
    eks_cluster=StandInCluster(),
    kubernetes_namespace="batch",
    images=[batch.EksMachineImage(image_type=batch.EksMachineImageType.EKS_AL2023)],
    launch_template=ec2.LaunchTemplate(stack, "EksLaunchTemplate"),
    instance_types=[ec2.InstanceType("c5.large")],
    instance_classes=[ec2.InstanceClass.M5],
    use_optimal_instance_classes=False,
    minv_cpus=4,
    maxv_cpus=64,
    spot=True,
    spot_bid_percentage=80,
    security_groups=[sg],
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    service_role=service_role,
    instance_role=instance_role,
    compute_environment_name="eks-ce",
)
eks_ce.add_instance_type(ec2.InstanceType("r5.xlarge"))
eks_ce.add_instance_class(ec2.InstanceClass.C6G)

ecs_ce = batch.ManagedEc2EcsComputeEnvironment(
    stack, "SpotBestFit",
    vpc=vpc,
    spot=True,
    allocation_strategy=batch.AllocationStrategy.BEST_FIT,
    enabled=False,
    default_instance_classes=[batch.DefaultInstanceClass.X86_64],
    update_to_latest_image_version=True,
)
ecs_ce.connections.allow_from_any_ipv4(ec2.Port.tcp(22))

fargate = batch.FargateComputeEnvironment(stack, "Fargate", vpc=vpc, enabled=False, service_role=service_role)

policy = batch.FairshareSchedulingPolicy(stack, "EmptyPolicy")
queue = batch.JobQueue(
    stack, "Queue",
    enabled=False,
    job_queue_name="features-queue",
    scheduling_policy=policy,
    compute_environments=[batch.OrderedComputeEnvironment(compute_environment=fargate, order=1)],
)
queue.add_compute_environment(batch.UnmanagedComputeEnvironment.from_unmanaged_compute_environment_arn(
    stack, "ImportedUnmanaged", "arn:aws:batch:us-east-1:123456789012:compute-environment/unmanaged-ce"), 2)
queue.add_compute_environment(batch.ManagedEc2EcsComputeEnvironment.from_managed_ec2_ecs_compute_environment_arn(
    stack, "ImportedEc2", "arn:aws:batch:us-east-1:123456789012:compute-environment/ec2-ce"), 3)
queue.add_compute_environment(batch.FargateComputeEnvironment.from_fargate_compute_environment_arn(
    stack, "ImportedFargate", "arn:aws:batch:us-east-1:123456789012:compute-environment/fargate-ce"), 4)

linux = batch.LinuxParameters(
    stack, "Linux",
    init_process_enabled=True,
    max_swap=cdk.Size.gibibytes(2),
    shared_memory_size=cdk.Size.mebibytes(256),
    swappiness=30,
)
linux.add_devices(
    batch.Device(host_path="/dev/sda", container_path="/dev/xvda",
                 permissions=[batch.DevicePermission.READ, batch.DevicePermission.MKNOD]),
    batch.Device(host_path="/dev/fuse"),
)
linux.add_tmpfs(batch.Tmpfs(container_path="/scratch", size=cdk.Size.mebibytes(512),
                            mount_options=[batch.TmpfsMountOption.NOEXEC, batch.TmpfsMountOption.RW]))

file_system = efs.FileSystem(stack, "FileSystem", vpc=vpc)
job_role = iam.Role(stack, "JobRole", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
container = batch.EcsEc2ContainerDefinition(
    stack, "Ec2Container",
    image=ecs.ContainerImage.from_registry("public.ecr.aws/amazonlinux/amazonlinux:latest"),
    cpu=1,
    memory=cdk.Size.gibibytes(4),
    command=["echo", "Ref::message"],
    privileged=True,
    linux_parameters=linux,
    logging=ecs.LogDriver.aws_logs(stream_prefix="batch", log_retention=logs.RetentionDays.ONE_WEEK),
    job_role=job_role,
    enable_execute_command=True,
    readonly_root_filesystem=True,
    user="batchuser",
    secrets={"PASSWORD": batch.Secret.from_secrets_manager(
        secretsmanager.Secret(stack, "Password"), "password")},
)
container.add_ulimit(hard_limit=1024, name=batch.UlimitName.NOFILE, soft_limit=512)
container.add_volume(batch.EcsVolume.efs(
    file_system=file_system,
    name="shared",
    container_path="/mnt/shared",
    readonly=True,
    root_directory="/data",
    enable_transit_encryption=True,
    transit_encryption_port=2049,
    access_point_id="fsap-1234567890abcdef0",
    use_job_role=False,
))
container.add_volume(batch.EcsVolume.host(name="scratch", container_path="/tmp/scratch"))

job = batch.EcsJobDefinition(stack, "Job", container=container, skip_deregister_on_update=False)
job.add_retry_strategy(batch.RetryStrategy.of(batch.Action.RETRY, batch.Reason.SPOT_INSTANCE_RECLAIMED))
job.grant_submit_job(iam.Role(stack, "Submitter", assumed_by=iam.AccountRootPrincipal()), queue)

windows = batch.EcsJobDefinition(stack, "WindowsJob", container=batch.EcsFargateContainerDefinition(
    stack, "WindowsContainer",
    image=ecs.ContainerImage.from_registry("mcr.microsoft.com/windows/servercore:ltsc2022"),
    cpu=2,
    memory=cdk.Size.gibibytes(4),
    assign_public_ip=True,
    fargate_operating_system_family=ecs.OperatingSystemFamily.WINDOWS_SERVER_2022_CORE,
    fargate_cpu_architecture=ecs.CpuArchitecture.X86_64,
    execution_role=iam.Role(stack, "ExecRole", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com")),
))

eks_job = batch.EksJobDefinition(
    stack, "EksJob",
    container=batch.EksContainerDefinition(
        stack, "EksContainer",
        image=ecs.ContainerImage.from_registry("public.ecr.aws/amazonlinux/amazonlinux:latest"),
        run_as_root=True,
    ),
    dns_policy=batch.DnsPolicy.CLUSTER_FIRST_WITH_HOST_NET,
    service_account="batch-runner",
    use_host_network=False,
    job_definition_name="eks-job",
    retry_attempts=3,
)
eks_job.container.add_volume(batch.EksVolume.empty_dir(name="cache", mount_path="/cache"))

multinode = batch.MultiNodeJobDefinition(stack, "MultiNode", main_node=2, timeout=cdk.Duration.hours(2))
multinode.add_container(start_node=0, end_node=4, container=batch.EcsEc2ContainerDefinition(
    stack, "NodeContainer",
    image=ecs.ContainerImage.from_registry("public.ecr.aws/amazonlinux/amazonlinux:latest"),
    cpu=4,
    memory=cdk.Size.gibibytes(8),
    gpu=1,
))

resource = batch.ConsumableResource(stack, "Licenses", total_quantity=10, tags={"team": "hpc"})
reader = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
resource.grants.read(reader)
resource.grants.update(reader)
imported_resource = batch.ConsumableResource.from_consumable_resource_arn(
    stack, "ImportedResource", "arn:aws:batch:us-east-1:123456789012:consumable-resource/tokens")
imported_resource.grants.read(reader)

imported_queue = batch.JobQueue.from_job_queue_arn(
    stack, "ImportedQueue", "arn:aws:batch:us-east-1:123456789012:job-queue/other-queue")
imported_job = batch.EcsJobDefinition.from_job_definition_arn(
    stack, "ImportedJob", "arn:aws:batch:us-east-1:123456789012:job-definition/other-job:3")
imported_eks_job = batch.EksJobDefinition.from_eks_job_definition_arn(
    stack, "ImportedEksJob", "arn:aws:batch:us-east-1:123456789012:job-definition/eks-job")
imported_multinode = batch.MultiNodeJobDefinition.from_job_definition_arn(
    stack, "ImportedMultiNode", "arn:aws:batch:us-east-1:123456789012:job-definition/mnp-job")
imported_policy = batch.FairshareSchedulingPolicy.from_fairshare_scheduling_policy_arn(
    stack, "ImportedPolicy", "arn:aws:batch:us-east-1:123456789012:scheduling-policy/other-policy")

outputs = {
    "EksCEArn": eks_ce.compute_environment_arn,
    "EksCEName": eks_ce.compute_environment_name,
    "FargateName": fargate.compute_environment_name,
    "QueueArn": queue.job_queue_arn,
    "QueueName": queue.job_queue_name,
    "PolicyArn": policy.scheduling_policy_arn,
    "PolicyName": policy.scheduling_policy_name,
    "JobArn": job.job_definition_arn,
    "JobName": job.job_definition_name,
    "EksJobName": eks_job.job_definition_name,
    "MultiNodeName": multinode.job_definition_name,
    "MultiNodeInstanceType": multinode.instance_type.to_string(),
    "ResourceArn": resource.consumable_resource_arn,
    "ResourceName": resource.consumable_resource_name,
    "ImportedResourceName": imported_resource.consumable_resource_name,
    "ImportedQueueName": imported_queue.job_queue_name,
    "ImportedJobName": imported_job.job_definition_name,
    "ImportedEksJobName": imported_eks_job.job_definition_name,
    "ImportedMultiNodeName": imported_multinode.job_definition_name,
    "ImportedPolicyName": imported_policy.scheduling_policy_name,
}
for key, value in outputs.items():
    cdk.CfnOutput(stack, key, value=value)

app.synth()
