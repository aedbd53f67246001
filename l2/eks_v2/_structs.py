"""EKS structs: the props, options and attributes of aws-cdk-lib's ``aws_eks_v2`` (keyword-only, frozen)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs.internals import structs
from l2.eks_v2._enums import (
    AccessEntryType,
    AccessScopeType,
    AlbScheme,
    CapacityType,
    ClusterLoggingTypes,
    CoreDnsComputeType,
    CpuArch,
    DefaultCapacityType,
    IdentityType,
    IpFamily,
    MachineImageType,
    NodegroupAmiType,
    NodeType,
    PatchType,
    TaintEffect,
)

if TYPE_CHECKING:
    from constructs import Duration, RemovalPolicy, Size
    from l2.autoscaling import (
        BlockDevice,
        CapacityDistributionStrategy,
        DeletionProtection,
        GroupMetrics,
        HealthCheck,
        HealthChecks,
        InstanceLifecyclePolicy,
        Monitoring,
        NotificationConfiguration,
        Signals,
        TerminationPolicy,
        UpdatePolicy,
    )
    from l2.ec2 import IKeyPair, InstanceType, ISecurityGroup, ISubnet, IVpc, SubnetSelection
    from l2.eks_v2._cluster import Cluster
    from l2.eks_v2._interfaces import IAccessPolicy, ICluster, IKubectlProvider
    from l2.eks_v2._version import (
        AccessPolicyArn,
        AlbControllerVersion,
        ControlPlaneScalingTier,
        EndpointAccess,
        KubernetesVersion,
    )
    from l2.iam import IOpenIdConnectProvider, IRole
    from l2.kms import IKey
    from l2.lambda_ import ILayerVersion
    from l2.s3_assets import Asset


@structs.frozen(kw_only=True)
class AccessEntryAttributes:
    """aws-cdk-lib's ``aws_eks_v2.AccessEntryAttributes``.

    Args:
        access_entry_arn: the Amazon Resource Name (ARN) of the access entry
        access_entry_name: the name of the access entry
    """

    access_entry_arn: str
    access_entry_name: str


@structs.frozen(kw_only=True)
class AccessEntryProps:
    """aws-cdk-lib's ``aws_eks_v2.AccessEntryProps``.

    Args:
        access_policies: the access policies that define the permissions and scope for the access entry
        cluster: the Amazon EKS cluster to which the access entry applies
        principal: the Amazon Resource Name (ARN) of the principal (user or role) to associate the access entry with
        access_entry_name: the name of the AccessEntry (default: No access entry name is provided)
        access_entry_type: the type of the AccessEntry (default: STANDARD)
        removal_policy: the removal policy applied to the access entry (default: RemovalPolicy.DESTROY)
    """

    access_policies: Sequence[IAccessPolicy]
    cluster: ICluster
    principal: str
    access_entry_name: str | None = None
    access_entry_type: AccessEntryType | None = None
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class AccessPolicyNameOptions:
    """aws-cdk-lib's ``aws_eks_v2.AccessPolicyNameOptions``.

    Args:
        access_scope_type: the scope of the access policy
        namespaces: an optional array of Kubernetes namespaces to which the access policy applies (default: no specific namespaces for this scope)
    """

    access_scope_type: AccessScopeType
    namespaces: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class AccessPolicyProps:
    """aws-cdk-lib's ``aws_eks_v2.AccessPolicyProps``.

    Args:
        access_scope: the scope of the access policy, which determines the level of access granted
        policy: the access policy itself, which defines the specific permissions
    """

    access_scope: AccessScope
    policy: AccessPolicyArn


@structs.frozen(kw_only=True)
class AccessScope:
    """aws-cdk-lib's ``aws_eks_v2.AccessScope``.

    Args:
        type: the scope type of the policy, either 'namespace' or 'cluster'
        namespaces: A Kubernetes namespace that an access policy is scoped to (default: no specific namespaces for this scope)
    """

    type: AccessScopeType
    namespaces: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class AddonAttributes:
    """aws-cdk-lib's ``aws_eks_v2.AddonAttributes``.

    Args:
        addon_name: the name of the addon
        cluster_name: the name of the Amazon EKS cluster the addon is associated with
    """

    addon_name: str
    cluster_name: str


@structs.frozen(kw_only=True)
class AddonProps:
    """aws-cdk-lib's ``aws_eks_v2.AddonProps``.

    Args:
        addon_name: name of the Add-On
        cluster: the EKS cluster the Add-On is associated with
        addon_version: version of the Add-On (default: the latest version)
        configuration_values: the configuration values for the Add-on (default: Use default configuration)
        preserve_on_delete: specifying this option preserves the add-on software on your cluster but Amazon EKS stops managing any settings for the add-on (default: true)
        removal_policy: the removal policy applied to the EKS add-on (default: RemovalPolicy.DESTROY)
    """

    addon_name: str
    cluster: ICluster
    addon_version: str | None = None
    configuration_values: Mapping[str, object] | None = None
    preserve_on_delete: bool | None = None
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class AlbControllerOptions:
    """aws-cdk-lib's ``aws_eks_v2.AlbControllerOptions``.

    Args:
        version: version of the controller
        additional_helm_chart_values: additional helm chart values for ALB controller (default: no additional helm chart values)
        overwrite_service_account: overwrite any existing ALB controller service account (default: false)
        policy: the IAM policy to apply to the service account (default: Corresponds to the predefined version)
        removal_policy: the removal policy applied to the ALB controller resources (default: RemovalPolicy.DESTROY)
        repository: the repository to pull the controller image from (default: '602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller')
    """

    version: AlbControllerVersion
    additional_helm_chart_values: Mapping[str, object] | None = None
    overwrite_service_account: bool | None = None
    policy: Mapping[str, object] | None = None
    removal_policy: RemovalPolicy | None = None
    repository: str | None = None


@structs.frozen(kw_only=True)
class AlbControllerProps:
    """aws-cdk-lib's ``aws_eks_v2.AlbControllerProps``.

    Args:
        version: version of the controller
        additional_helm_chart_values: additional helm chart values for ALB controller (default: no additional helm chart values)
        overwrite_service_account: overwrite any existing ALB controller service account (default: false)
        policy: the IAM policy to apply to the service account (default: Corresponds to the predefined version)
        removal_policy: the removal policy applied to the ALB controller resources (default: RemovalPolicy.DESTROY)
        repository: the repository to pull the controller image from (default: '602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller')
        cluster: [disable-awslint:ref-via-interface] Cluster to install the controller onto
    """

    version: AlbControllerVersion
    cluster: Cluster
    additional_helm_chart_values: Mapping[str, object] | None = None
    overwrite_service_account: bool | None = None
    policy: Mapping[str, object] | None = None
    removal_policy: RemovalPolicy | None = None
    repository: str | None = None


@structs.frozen(kw_only=True)
class AutoScalingGroupCapacityOptions:
    """aws-cdk-lib's ``aws_eks_v2.AutoScalingGroupCapacityOptions``.

    Args:
        allow_all_outbound: whether the instances can initiate connections to anywhere by default (default: true)
        associate_public_ip_address: whether instances in the Auto Scaling Group should have public IP addresses associated with them (default: Use subnet setting)
        auto_scaling_group_name: the name of the Auto Scaling group (default: Auto generated by CloudFormation)
        az_capacity_distribution_strategy: the strategy for distributing instances across Availability Zones (default: None)
        block_devices: specifies how block devices are exposed to the instance (default: Uses the block device mapping of the AMI)
        capacity_rebalance: indicates whether Capacity Rebalancing is enabled (default: false)
        cooldown: default scaling cooldown for this AutoScalingGroup (default: Duration.minutes(5))
        default_instance_warmup: the amount of time, in seconds, until a newly launched instance can contribute to the Amazon CloudWatch metrics (default: None)
        deletion_protection: deletion protection for the Auto Scaling group (default: DeletionProtection.NONE)
        desired_capacity: initial amount of instances in the fleet (default: minCapacity, and leave unchanged during deployment)
        group_metrics: enable monitoring for group metrics, these metrics describe the group rather than any of its instances (default: no group metrics will be reported)
        health_check: (deprecated) Configuration for health checks (default: HealthCheck.ec2 with no grace period)
        health_checks: configuration for EC2 or additional health checks (default: EC2 type with no grace period)
        ignore_unmodified_size_properties: if the ASG has scheduled actions, don't reset unchanged group sizes (default: true)
        instance_lifecycle_policy: an instance lifecycle policy that defines how instances should be handled during lifecycle events, particularly when lifecycle hooks are abandoned or fail (default: None)
        instance_monitoring: controls whether instances in this group are launched with detailed or basic monitoring (default: Monitoring.DETAILED)
        key_name: (deprecated) Name of SSH keypair to grant access to instances (default: No SSH access will be possible)
        key_pair: the SSH keypair to grant access to the instance (default: No SSH access will be possible)
        max_capacity: maximum number of instances in the fleet (default: desiredCapacity)
        max_instance_lifetime: the maximum amount of time that an instance can be in service (default: none)
        min_capacity: minimum number of instances in the fleet (default: 1)
        new_instances_protected_from_scale_in: whether newly-launched instances are protected from termination by Amazon EC2 Auto Scaling when scaling in (default: false)
        notifications: configure autoscaling group to send notifications about fleet changes to an SNS topic(s) (default: No fleet change notifications will be sent)
        signals: configure waiting for signals during deployment (default: Do not wait for signals)
        spot_price: the maximum hourly price (in USD) to be paid for any Spot Instance launched to fulfill the request (default: none)
        ssm_session_permissions: add SSM session permissions to the instance role (default: false)
        termination_policies: A policy or a list of policies that are used to select the instances to terminate (default: ``TerminationPolicy.DEFAULT``)
        termination_policy_custom_lambda_function_arn: A lambda function Arn that can be used as a custom termination policy to select the instances to terminate (default: No lambda function Arn will be supplied)
        update_policy: what to do when an AutoScalingGroup's instance configuration is changed (default: ``UpdatePolicy.rollingUpdate()`` if using ``init``, ``UpdatePolicy.none()`` otherwise)
        vpc_subnets: where to place instances within the VPC (default: All Private subnets)
        instance_type: instance type of the instances to start
        bootstrap_enabled: configures the EC2 user-data script for instances in this autoscaling group to bootstrap the node (invoke ``/etc/eks/bootstrap.sh``) and associate it with the EKS cluster (default: true)
        bootstrap_options: EKS node bootstrapping options (default: none)
        machine_image_type: machine image type (default: MachineImageType.AMAZON_LINUX_2)
    """

    instance_type: InstanceType
    allow_all_outbound: bool | None = None
    associate_public_ip_address: bool | None = None
    auto_scaling_group_name: str | None = None
    az_capacity_distribution_strategy: CapacityDistributionStrategy | None = None
    block_devices: Sequence[BlockDevice] | None = None
    capacity_rebalance: bool | None = None
    cooldown: Duration | None = None
    default_instance_warmup: Duration | None = None
    deletion_protection: DeletionProtection | None = None
    desired_capacity: float | None = None
    group_metrics: Sequence[GroupMetrics] | None = None
    health_check: HealthCheck | None = None
    health_checks: HealthChecks | None = None
    ignore_unmodified_size_properties: bool | None = None
    instance_lifecycle_policy: InstanceLifecyclePolicy | None = None
    instance_monitoring: Monitoring | None = None
    key_name: str | None = None
    key_pair: IKeyPair | None = None
    max_capacity: float | None = None
    max_instance_lifetime: Duration | None = None
    min_capacity: float | None = None
    new_instances_protected_from_scale_in: bool | None = None
    notifications: Sequence[NotificationConfiguration] | None = None
    signals: Signals | None = None
    spot_price: str | None = None
    ssm_session_permissions: bool | None = None
    termination_policies: Sequence[TerminationPolicy] | None = None
    termination_policy_custom_lambda_function_arn: str | None = None
    update_policy: UpdatePolicy | None = None
    vpc_subnets: SubnetSelection | None = None
    bootstrap_enabled: bool | None = None
    bootstrap_options: BootstrapOptions | None = None
    machine_image_type: MachineImageType | None = None


@structs.frozen(kw_only=True)
class AutoScalingGroupOptions:
    """aws-cdk-lib's ``aws_eks_v2.AutoScalingGroupOptions``.

    Args:
        bootstrap_enabled: configures the EC2 user-data script for instances in this autoscaling group to bootstrap the node (invoke ``/etc/eks/bootstrap.sh``) and associate it with the EKS cluster (default: true)
        bootstrap_options: allows options for node bootstrapping through EC2 user data (default: default options)
        machine_image_type: allow options to specify different machine image type (default: MachineImageType.AMAZON_LINUX_2)
    """

    bootstrap_enabled: bool | None = None
    bootstrap_options: BootstrapOptions | None = None
    machine_image_type: MachineImageType | None = None


@structs.frozen(kw_only=True)
class BootstrapOptions:
    """aws-cdk-lib's ``aws_eks_v2.BootstrapOptions``.

    Args:
        additional_args: additional command line arguments to pass to the ``/etc/eks/bootstrap.sh`` command (default: none)
        aws_api_retry_attempts: number of retry attempts for AWS API call (DescribeCluster) (default: 3)
        dns_cluster_ip: overrides the IP address to use for DNS queries within the cluster (default: 10.100.0.10 or 172.20.0.10 based on the IP address of the primary interface)
        docker_config_json: the contents of the ``/etc/docker/daemon.json`` file (default: none)
        enable_docker_bridge: restores the docker default bridge network (default: false)
        kubelet_extra_args: extra arguments to add to the kubelet (default: none)
        use_max_pods: sets ``--max-pods`` for the kubelet based on the capacity of the EC2 instance (default: true)
    """

    additional_args: str | None = None
    aws_api_retry_attempts: float | None = None
    dns_cluster_ip: str | None = None
    docker_config_json: str | None = None
    enable_docker_bridge: bool | None = None
    kubelet_extra_args: str | None = None
    use_max_pods: bool | None = None


@structs.frozen(kw_only=True)
class ClusterAttributes:
    """aws-cdk-lib's ``aws_eks_v2.ClusterAttributes``.

    Args:
        cluster_name: the physical name of the Cluster.
        cluster_certificate_authority_data: the certificate-authority-data for your cluster. Default: - if not specified ``cluster.clusterCertificateAuthorityData`` will throw an error
        cluster_encryption_config_key_arn: amazon Resource Name (ARN) or alias of the customer master key (CMK). Default: - if not specified ``cluster.clusterEncryptionConfigKeyArn`` will throw an error
        cluster_endpoint: the API Server endpoint URL. Default: - if not specified ``cluster.clusterEndpoint`` will throw an error.
        cluster_security_group_id: the cluster security group that was created by Amazon EKS for the cluster. Default: - if not specified ``cluster.clusterSecurityGroupId`` will throw an error
        ip_family: specify which IP family is used to assign Kubernetes pod and service IP addresses. Default: - IpFamily.IP_V4
        kubectl_provider: kubectlProvider for issuing kubectl commands. Default: - Default CDK provider
        kubectl_provider_options: options for creating the kubectl provider - a lambda function that executes ``kubectl`` and ``helm`` against the cluster. If defined, ``kubectlLayer`` is a required property. Default: - kubectl provider will not be created by default.
        open_id_connect_provider: an Open ID Connect provider for this cluster that can be used to configure service accounts. You can either import an existing provider using ``iam.OpenIdConnectProvider.fromProviderArn``, or create a new provider using ``new eks.OpenIdConnectProvider`` Default: - if not specified ``cluster.openIdConnectProvider`` and ``cluster.addServiceAccount`` will throw an error.
        prune: indicates whether Kubernetes resources added through ``addManifest()`` can be automatically pruned. When this is enabled (default), prune labels will be allocated and injected to each resource. These labels will then be used when issuing the ``kubectl apply`` operation with the ``--prune`` switch. Default: true
        security_group_ids: additional security groups associated with this cluster. Default: - if not specified, no additional security groups will be considered in ``cluster.connections``.
        vpc: the VPC in which this Cluster was created. Default: - if not specified ``cluster.vpc`` will throw an error
    """

    cluster_name: str
    cluster_certificate_authority_data: str | None = None
    cluster_encryption_config_key_arn: str | None = None
    cluster_endpoint: str | None = None
    cluster_security_group_id: str | None = None
    ip_family: IpFamily | None = None
    kubectl_provider: IKubectlProvider | None = None
    kubectl_provider_options: KubectlProviderOptions | None = None
    open_id_connect_provider: IOpenIdConnectProvider | None = None
    prune: bool | None = None
    security_group_ids: Sequence[str] | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class ClusterCommonOptions:
    """aws-cdk-lib's ``aws_eks_v2.ClusterCommonOptions``.

    Args:
        version: the Kubernetes version to run in the cluster.
        alb_controller: install the AWS Load Balancer Controller onto the cluster. Default: - The controller is not installed.
        cluster_logging: the cluster log types which you want to enable. Default: - none
        cluster_name: name for the cluster. Default: - Automatically generated name
        control_plane_scaling_tier: the scaling tier for the cluster's provisioned control plane. Provisioned Control Plane allows you to select a scaling tier to ensure high and predictable performance for demanding workloads such as AI training/inference, high-performance computing, or large-scale data processing. Default: - Standard control plane (no provisioned tier)
        core_dns_compute_type: controls the "eks.amazonaws.com/compute-type" annotation in the CoreDNS configuration on your cluster to determine which compute type to use for CoreDNS. Default: CoreDnsComputeType.EC2 (for ``FargateCluster`` the default is FARGATE)
        endpoint_access: configure access to the Kubernetes API server endpoint.. Default: EndpointAccess.PUBLIC_AND_PRIVATE
        ip_family: specify which IP family is used to assign Kubernetes pod and service IP addresses. Default: IpFamily.IP_V4
        kubectl_provider_options: options for creating the kubectl provider - a lambda function that executes ``kubectl`` and ``helm`` against the cluster. If defined, ``kubectlLayer`` is a required property. Default: - kubectl provider will not be created
        masters_role: an IAM role that will be added to the ``system:masters`` Kubernetes RBAC group. Default: - no masters role.
        prune: indicates whether Kubernetes resources added through ``addManifest()`` can be automatically pruned. When this is enabled (default), prune labels will be allocated and injected to each resource. These labels will then be used when issuing the ``kubectl apply`` operation with the ``--prune`` switch. Default: true
        remote_node_networks: iPv4 CIDR blocks defining the expected address range of hybrid nodes that will join the cluster. Default: - none
        remote_pod_networks: iPv4 CIDR blocks for Pods running Kubernetes webhooks on hybrid nodes. Default: - none
        removal_policy: the removal policy applied to all CloudFormation resources created by this construct when they are no longer managed by CloudFormation. This can happen in one of three situations: - The resource is removed from the template, so CloudFormation stops managing it; - A change to the resource is made that requires it to be replaced, so CloudFormation stops managing it; - The stack is deleted, so CloudFormation stops managing all resources in it. This affects the EKS cluster itself, associated IAM roles, node groups, security groups, VPC and any other CloudFormation resources managed by this construct. Default: - Resources will be deleted.
        role: role that provides permissions for the Kubernetes control plane to make calls to AWS API operations on your behalf. Default: - A role is automatically created for you
        secrets_encryption_key: kMS secret for envelope encryption for Kubernetes secrets. Default: - By default, Kubernetes stores all secret object data within etcd and all etcd volumes used by Amazon EKS are encrypted at the disk-level using AWS-Managed encryption keys.
        security_group: security Group to use for Control Plane ENIs. Default: - A security group is automatically created
        service_ipv4_cidr: the CIDR block to assign Kubernetes service IP addresses from. Default: - Kubernetes assigns addresses from either the 10.100.0.0/16 or 172.20.0.0/16 CIDR blocks
        tags: the tags assigned to the EKS cluster. Default: - none
        vpc: the VPC in which to create the Cluster. Default: - a VPC with default configuration will be created and can be accessed through ``cluster.vpc``.
        vpc_subnets: where to place EKS Control Plane ENIs. For example, to only select private subnets, supply the following: ``vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }]`` Default: - All public and private subnets
    """

    version: KubernetesVersion
    alb_controller: AlbControllerOptions | None = None
    cluster_logging: Sequence[ClusterLoggingTypes] | None = None
    cluster_name: str | None = None
    control_plane_scaling_tier: ControlPlaneScalingTier | None = None
    core_dns_compute_type: CoreDnsComputeType | None = None
    endpoint_access: EndpointAccess | None = None
    ip_family: IpFamily | None = None
    kubectl_provider_options: KubectlProviderOptions | None = None
    masters_role: IRole | None = None
    prune: bool | None = None
    remote_node_networks: Sequence[RemoteNodeNetwork] | None = None
    remote_pod_networks: Sequence[RemotePodNetwork] | None = None
    removal_policy: RemovalPolicy | None = None
    role: IRole | None = None
    secrets_encryption_key: IKey | None = None
    security_group: ISecurityGroup | None = None
    service_ipv4_cidr: str | None = None
    tags: Mapping[str, str] | None = None
    vpc: IVpc | None = None
    vpc_subnets: Sequence[SubnetSelection] | None = None


@structs.frozen(kw_only=True)
class ClusterProps:
    """aws-cdk-lib's ``aws_eks_v2.ClusterProps``.

    Args:
        version: the Kubernetes version to run in the cluster.
        alb_controller: install the AWS Load Balancer Controller onto the cluster. Default: - The controller is not installed.
        cluster_logging: the cluster log types which you want to enable. Default: - none
        cluster_name: name for the cluster. Default: - Automatically generated name
        control_plane_scaling_tier: the scaling tier for the cluster's provisioned control plane. Provisioned Control Plane allows you to select a scaling tier to ensure high and predictable performance for demanding workloads such as AI training/inference, high-performance computing, or large-scale data processing. Default: - Standard control plane (no provisioned tier)
        core_dns_compute_type: controls the "eks.amazonaws.com/compute-type" annotation in the CoreDNS configuration on your cluster to determine which compute type to use for CoreDNS. Default: CoreDnsComputeType.EC2 (for ``FargateCluster`` the default is FARGATE)
        endpoint_access: configure access to the Kubernetes API server endpoint.. Default: EndpointAccess.PUBLIC_AND_PRIVATE
        ip_family: specify which IP family is used to assign Kubernetes pod and service IP addresses. Default: IpFamily.IP_V4
        kubectl_provider_options: options for creating the kubectl provider - a lambda function that executes ``kubectl`` and ``helm`` against the cluster. If defined, ``kubectlLayer`` is a required property. Default: - kubectl provider will not be created
        masters_role: an IAM role that will be added to the ``system:masters`` Kubernetes RBAC group. Default: - no masters role.
        prune: indicates whether Kubernetes resources added through ``addManifest()`` can be automatically pruned. When this is enabled (default), prune labels will be allocated and injected to each resource. These labels will then be used when issuing the ``kubectl apply`` operation with the ``--prune`` switch. Default: true
        remote_node_networks: iPv4 CIDR blocks defining the expected address range of hybrid nodes that will join the cluster. Default: - none
        remote_pod_networks: iPv4 CIDR blocks for Pods running Kubernetes webhooks on hybrid nodes. Default: - none
        removal_policy: the removal policy applied to all CloudFormation resources created by this construct when they are no longer managed by CloudFormation. This can happen in one of three situations: - The resource is removed from the template, so CloudFormation stops managing it; - A change to the resource is made that requires it to be replaced, so CloudFormation stops managing it; - The stack is deleted, so CloudFormation stops managing all resources in it. This affects the EKS cluster itself, associated IAM roles, node groups, security groups, VPC and any other CloudFormation resources managed by this construct. Default: - Resources will be deleted.
        role: role that provides permissions for the Kubernetes control plane to make calls to AWS API operations on your behalf. Default: - A role is automatically created for you
        secrets_encryption_key: kMS secret for envelope encryption for Kubernetes secrets. Default: - By default, Kubernetes stores all secret object data within etcd and all etcd volumes used by Amazon EKS are encrypted at the disk-level using AWS-Managed encryption keys.
        security_group: security Group to use for Control Plane ENIs. Default: - A security group is automatically created
        service_ipv4_cidr: the CIDR block to assign Kubernetes service IP addresses from. Default: - Kubernetes assigns addresses from either the 10.100.0.0/16 or 172.20.0.0/16 CIDR blocks
        tags: the tags assigned to the EKS cluster. Default: - none
        vpc: the VPC in which to create the Cluster. Default: - a VPC with default configuration will be created and can be accessed through ``cluster.vpc``.
        vpc_subnets: where to place EKS Control Plane ENIs. For example, to only select private subnets, supply the following: ``vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }]`` Default: - All public and private subnets
        bootstrap_cluster_creator_admin_permissions: whether or not IAM principal of the cluster creator was set as a cluster admin access entry during cluster creation time. Changing this value after the cluster has been created will result in the cluster being replaced. Default: true
        bootstrap_self_managed_addons: if you set this value to False when creating a cluster, the default networking add-ons will not be installed. The default networking addons include vpc-cni, coredns, and kube-proxy. Use this option when you plan to install third-party alternative add-ons or self-manage the default networking add-ons. Changing this value after the cluster has been created will result in the cluster being replaced. Default: true if the mode is not EKS Auto Mode
        compute: configuration for compute settings in Auto Mode. When enabled, EKS will automatically manage compute resources. Default: - Auto Mode compute disabled
        default_capacity: number of instances to allocate as an initial capacity for this cluster. Instance type can be configured through ``defaultCapacityInstanceType``, which defaults to ``m5.large``. Use ``cluster.addAutoScalingGroupCapacity`` to add additional customized capacity. Set this to ``0`` is you wish to avoid the initial capacity allocation. Default: 2
        default_capacity_instance: the instance type to use for the default capacity. This will only be taken into account if ``defaultCapacity`` is > 0. Default: m5.large
        default_capacity_type: the default capacity type for the cluster. Default: AUTOMODE
        output_config_command: determines whether a CloudFormation output with the ``aws eks update-kubeconfig`` command will be synthesized. This command will include the cluster name and, if applicable, the ARN of the masters IAM role. Default: true
    """

    version: KubernetesVersion
    alb_controller: AlbControllerOptions | None = None
    cluster_logging: Sequence[ClusterLoggingTypes] | None = None
    cluster_name: str | None = None
    control_plane_scaling_tier: ControlPlaneScalingTier | None = None
    core_dns_compute_type: CoreDnsComputeType | None = None
    endpoint_access: EndpointAccess | None = None
    ip_family: IpFamily | None = None
    kubectl_provider_options: KubectlProviderOptions | None = None
    masters_role: IRole | None = None
    prune: bool | None = None
    remote_node_networks: Sequence[RemoteNodeNetwork] | None = None
    remote_pod_networks: Sequence[RemotePodNetwork] | None = None
    removal_policy: RemovalPolicy | None = None
    role: IRole | None = None
    secrets_encryption_key: IKey | None = None
    security_group: ISecurityGroup | None = None
    service_ipv4_cidr: str | None = None
    tags: Mapping[str, str] | None = None
    vpc: IVpc | None = None
    vpc_subnets: Sequence[SubnetSelection] | None = None
    bootstrap_cluster_creator_admin_permissions: bool | None = None
    bootstrap_self_managed_addons: bool | None = None
    compute: ComputeConfig | None = None
    default_capacity: float | None = None
    default_capacity_instance: InstanceType | None = None
    default_capacity_type: DefaultCapacityType | None = None
    output_config_command: bool | None = None


@structs.frozen(kw_only=True)
class ComputeConfig:
    """aws-cdk-lib's ``aws_eks_v2.ComputeConfig``.

    Args:
        node_pools: names of nodePools to include in Auto Mode. You cannot modify the built in system and general-purpose node pools. You can only enable or disable them. Node pool values are case-sensitive and must be ``general-purpose`` and/or ``system``. Default: - ['system', 'general-purpose']
        node_role: iAM role for the nodePools. Default: - generated by the CDK
    """

    node_pools: Sequence[str] | None = None
    node_role: IRole | None = None


@structs.frozen(kw_only=True)
class EksOptimizedImageProps:
    """aws-cdk-lib's ``aws_eks_v2.EksOptimizedImageProps``.

    Args:
        cpu_arch: what cpu architecture to retrieve the image for (arm64 or x86_64) (default: CpuArch.X86_64)
        kubernetes_version: the Kubernetes version to use (default: The latest version)
        node_type: what instance type to retrieve the image for (standard or GPU-optimized) (default: NodeType.STANDARD)
    """

    cpu_arch: CpuArch | None = None
    kubernetes_version: str | None = None
    node_type: NodeType | None = None


@structs.frozen(kw_only=True)
class FargateClusterProps:
    """aws-cdk-lib's ``aws_eks_v2.FargateClusterProps``.

    Args:
        version: the Kubernetes version to run in the cluster.
        alb_controller: install the AWS Load Balancer Controller onto the cluster. Default: - The controller is not installed.
        cluster_logging: the cluster log types which you want to enable. Default: - none
        cluster_name: name for the cluster. Default: - Automatically generated name
        control_plane_scaling_tier: the scaling tier for the cluster's provisioned control plane. Provisioned Control Plane allows you to select a scaling tier to ensure high and predictable performance for demanding workloads such as AI training/inference, high-performance computing, or large-scale data processing. Default: - Standard control plane (no provisioned tier)
        core_dns_compute_type: controls the "eks.amazonaws.com/compute-type" annotation in the CoreDNS configuration on your cluster to determine which compute type to use for CoreDNS. Default: CoreDnsComputeType.EC2 (for ``FargateCluster`` the default is FARGATE)
        endpoint_access: configure access to the Kubernetes API server endpoint.. Default: EndpointAccess.PUBLIC_AND_PRIVATE
        ip_family: specify which IP family is used to assign Kubernetes pod and service IP addresses. Default: IpFamily.IP_V4
        kubectl_provider_options: options for creating the kubectl provider - a lambda function that executes ``kubectl`` and ``helm`` against the cluster. If defined, ``kubectlLayer`` is a required property. Default: - kubectl provider will not be created
        masters_role: an IAM role that will be added to the ``system:masters`` Kubernetes RBAC group. Default: - no masters role.
        prune: indicates whether Kubernetes resources added through ``addManifest()`` can be automatically pruned. When this is enabled (default), prune labels will be allocated and injected to each resource. These labels will then be used when issuing the ``kubectl apply`` operation with the ``--prune`` switch. Default: true
        remote_node_networks: iPv4 CIDR blocks defining the expected address range of hybrid nodes that will join the cluster. Default: - none
        remote_pod_networks: iPv4 CIDR blocks for Pods running Kubernetes webhooks on hybrid nodes. Default: - none
        removal_policy: the removal policy applied to all CloudFormation resources created by this construct when they are no longer managed by CloudFormation. This can happen in one of three situations: - The resource is removed from the template, so CloudFormation stops managing it; - A change to the resource is made that requires it to be replaced, so CloudFormation stops managing it; - The stack is deleted, so CloudFormation stops managing all resources in it. This affects the EKS cluster itself, associated IAM roles, node groups, security groups, VPC and any other CloudFormation resources managed by this construct. Default: - Resources will be deleted.
        role: role that provides permissions for the Kubernetes control plane to make calls to AWS API operations on your behalf. Default: - A role is automatically created for you
        secrets_encryption_key: kMS secret for envelope encryption for Kubernetes secrets. Default: - By default, Kubernetes stores all secret object data within etcd and all etcd volumes used by Amazon EKS are encrypted at the disk-level using AWS-Managed encryption keys.
        security_group: security Group to use for Control Plane ENIs. Default: - A security group is automatically created
        service_ipv4_cidr: the CIDR block to assign Kubernetes service IP addresses from. Default: - Kubernetes assigns addresses from either the 10.100.0.0/16 or 172.20.0.0/16 CIDR blocks
        tags: the tags assigned to the EKS cluster. Default: - none
        vpc: the VPC in which to create the Cluster. Default: - a VPC with default configuration will be created and can be accessed through ``cluster.vpc``.
        vpc_subnets: where to place EKS Control Plane ENIs. For example, to only select private subnets, supply the following: ``vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }]`` Default: - All public and private subnets
        default_profile: fargate Profile to create along with the cluster. Default: - A profile called "default" with 'default' and 'kube-system' selectors will be created if this is left undefined.
    """

    version: KubernetesVersion
    alb_controller: AlbControllerOptions | None = None
    cluster_logging: Sequence[ClusterLoggingTypes] | None = None
    cluster_name: str | None = None
    control_plane_scaling_tier: ControlPlaneScalingTier | None = None
    core_dns_compute_type: CoreDnsComputeType | None = None
    endpoint_access: EndpointAccess | None = None
    ip_family: IpFamily | None = None
    kubectl_provider_options: KubectlProviderOptions | None = None
    masters_role: IRole | None = None
    prune: bool | None = None
    remote_node_networks: Sequence[RemoteNodeNetwork] | None = None
    remote_pod_networks: Sequence[RemotePodNetwork] | None = None
    removal_policy: RemovalPolicy | None = None
    role: IRole | None = None
    secrets_encryption_key: IKey | None = None
    security_group: ISecurityGroup | None = None
    service_ipv4_cidr: str | None = None
    tags: Mapping[str, str] | None = None
    vpc: IVpc | None = None
    vpc_subnets: Sequence[SubnetSelection] | None = None
    default_profile: FargateProfileOptions | None = None


@structs.frozen(kw_only=True)
class FargateProfileOptions:
    """aws-cdk-lib's ``aws_eks_v2.FargateProfileOptions``.

    Args:
        selectors: the selectors to match for pods to use this Fargate profile
        fargate_profile_name: the name of the Fargate profile (default: generated)
        pod_execution_role: the pod execution role to use for pods that match the selectors in the Fargate profile (default: a role will be automatically created)
        removal_policy: the removal policy applied to the custom resource that manages the Fargate profile (default: RemovalPolicy.DESTROY)
        subnet_selection: select which subnets to launch your pods into (default: all private subnets of the VPC are selected)
        vpc: the VPC from which to select subnets to launch your pods into (default: all private subnets used by the EKS cluster)
    """

    selectors: Sequence[Selector]
    fargate_profile_name: str | None = None
    pod_execution_role: IRole | None = None
    removal_policy: RemovalPolicy | None = None
    subnet_selection: SubnetSelection | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class FargateProfileProps:
    """aws-cdk-lib's ``aws_eks_v2.FargateProfileProps``.

    Args:
        selectors: the selectors to match for pods to use this Fargate profile
        fargate_profile_name: the name of the Fargate profile (default: generated)
        pod_execution_role: the pod execution role to use for pods that match the selectors in the Fargate profile (default: a role will be automatically created)
        removal_policy: the removal policy applied to the custom resource that manages the Fargate profile (default: RemovalPolicy.DESTROY)
        subnet_selection: select which subnets to launch your pods into (default: all private subnets of the VPC are selected)
        vpc: the VPC from which to select subnets to launch your pods into (default: all private subnets used by the EKS cluster)
        cluster: the EKS cluster to apply the Fargate profile to
    """

    selectors: Sequence[Selector]
    cluster: Cluster
    fargate_profile_name: str | None = None
    pod_execution_role: IRole | None = None
    removal_policy: RemovalPolicy | None = None
    subnet_selection: SubnetSelection | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class GrantAccessOptions:
    """aws-cdk-lib's ``aws_eks_v2.GrantAccessOptions``.

    Args:
        access_entry_type: the type of the access entry (default: AccessEntryType.STANDARD - Standard access entry type that supports access policies)
    """

    access_entry_type: AccessEntryType | None = None


@structs.frozen(kw_only=True)
class HelmChartOptions:
    """aws-cdk-lib's ``aws_eks_v2.HelmChartOptions``.

    Args:
        atomic: whether or not Helm should treat this operation as atomic; if set, upgrade process rolls back changes made in case of failed upgrade (default: false)
        chart: the name of the chart (default: No chart name)
        chart_asset: the chart in the form of an asset (default: No chart asset)
        create_namespace: create namespace if not exist (default: true)
        namespace: the Kubernetes namespace scope of the requests (default: default)
        release: the name of the release (default: If no release name is given, it will use the last 53 characters of the node's unique id)
        removal_policy: the removal policy applied to the custom resource that manages the Helm chart (default: RemovalPolicy.DESTROY)
        repository: the repository which contains the chart (default: No repository will be used, which means that the chart needs to be an absolute URL)
        skip_crds: if set, no CRDs will be installed (default: CRDs are installed if not already present)
        timeout: amount of time to wait for any individual Kubernetes operation (default: Duration.minutes(5))
        values: the values to be used by the chart (default: No values are provided to the chart)
        version: the chart version to install (default: If this is not specified, the latest version is installed)
        wait: whether or not Helm should wait until all Pods, PVCs, Services, and minimum number of Pods of a Deployment, StatefulSet, or ReplicaSet are in a ready state before marking the release as successful (default: Helm will not wait before marking release as successful)
    """

    atomic: bool | None = None
    chart: str | None = None
    chart_asset: Asset | None = None
    create_namespace: bool | None = None
    namespace: str | None = None
    release: str | None = None
    removal_policy: RemovalPolicy | None = None
    repository: str | None = None
    skip_crds: bool | None = None
    timeout: Duration | None = None
    values: Mapping[str, object] | None = None
    version: str | None = None
    wait: bool | None = None


@structs.frozen(kw_only=True)
class HelmChartProps:
    """aws-cdk-lib's ``aws_eks_v2.HelmChartProps``.

    Args:
        atomic: whether or not Helm should treat this operation as atomic; if set, upgrade process rolls back changes made in case of failed upgrade (default: false)
        chart: the name of the chart (default: No chart name)
        chart_asset: the chart in the form of an asset (default: No chart asset)
        create_namespace: create namespace if not exist (default: true)
        namespace: the Kubernetes namespace scope of the requests (default: default)
        release: the name of the release (default: If no release name is given, it will use the last 53 characters of the node's unique id)
        removal_policy: the removal policy applied to the custom resource that manages the Helm chart (default: RemovalPolicy.DESTROY)
        repository: the repository which contains the chart (default: No repository will be used, which means that the chart needs to be an absolute URL)
        skip_crds: if set, no CRDs will be installed (default: CRDs are installed if not already present)
        timeout: amount of time to wait for any individual Kubernetes operation (default: Duration.minutes(5))
        values: the values to be used by the chart (default: No values are provided to the chart)
        version: the chart version to install (default: If this is not specified, the latest version is installed)
        wait: whether or not Helm should wait until all Pods, PVCs, Services, and minimum number of Pods of a Deployment, StatefulSet, or ReplicaSet are in a ready state before marking the release as successful (default: Helm will not wait before marking release as successful)
        cluster: the EKS cluster to apply this configuration to
    """

    cluster: ICluster
    atomic: bool | None = None
    chart: str | None = None
    chart_asset: Asset | None = None
    create_namespace: bool | None = None
    namespace: str | None = None
    release: str | None = None
    removal_policy: RemovalPolicy | None = None
    repository: str | None = None
    skip_crds: bool | None = None
    timeout: Duration | None = None
    values: Mapping[str, object] | None = None
    version: str | None = None
    wait: bool | None = None


@structs.frozen(kw_only=True)
class IngressLoadBalancerAddressOptions:
    """aws-cdk-lib's ``aws_eks_v2.IngressLoadBalancerAddressOptions``.

    Args:
        namespace: the namespace the service belongs to (default: 'default')
        timeout: timeout for waiting on the load balancer address (default: Duration.minutes(5))
    """

    namespace: str | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class KubectlProviderAttributes:
    """aws-cdk-lib's ``aws_eks_v2.KubectlProviderAttributes``.

    Args:
        service_token: the kubectl provider lambda arn.
        role: the role of the provider lambda function. Only required if you deploy helm charts using this imported provider. Default: - no role.
    """

    service_token: str
    role: IRole | None = None


@structs.frozen(kw_only=True)
class KubectlProviderOptions:
    """aws-cdk-lib's ``aws_eks_v2.KubectlProviderOptions``.

    Args:
        kubectl_layer: an AWS Lambda layer that includes ``kubectl`` and ``helm``.
        awscli_layer: an AWS Lambda layer that contains the ``aws`` CLI. Default: - If not defined, a default layer will be used containing the AWS CLI 2.x.
        environment: custom environment variables when running ``kubectl`` against this cluster. Default: - No custom environment variables
        memory: the amount of memory allocated to the kubectl provider's lambda function. Default: - 1024
        private_subnets: subnets to host the ``kubectl`` compute resources. If not specified, the k8s endpoint is expected to be accessible publicly. Default: - the k8s is accessible publicly
        removal_policy: the removal policy applied to the custom resource that provides kubectl. The removal policy controls what happens to the resource if it stops being managed by CloudFormation. This can happen in one of three situations: - The resource is removed from the template, so CloudFormation stops managing it - A change to the resource is made that requires it to be replaced, so CloudFormation stops managing it - The stack is deleted, so CloudFormation stops managing all resources in it Default: RemovalPolicy.DESTROY
        role: an IAM role that can perform kubectl operations against this cluster. The role should be mapped to the ``system:masters`` Kubernetes RBAC role. This role is directly passed to the lambda handler that sends Kube Ctl commands to the cluster. Default: - if not specified, the default role created by a lambda function will be used.
        security_group: (deprecated) A security group to use for ``kubectl`` execution. Default: - If not specified, the k8s endpoint is expected to be accessible publicly.
        security_groups: security groups to use for ``kubectl`` execution. Default: - If not specified, the k8s endpoint is expected to be accessible publicly.
    """

    kubectl_layer: ILayerVersion
    awscli_layer: ILayerVersion | None = None
    environment: Mapping[str, str] | None = None
    memory: Size | None = None
    private_subnets: Sequence[ISubnet] | None = None
    removal_policy: RemovalPolicy | None = None
    role: IRole | None = None
    security_group: ISecurityGroup | None = None
    security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class KubectlProviderProps:
    """aws-cdk-lib's ``aws_eks_v2.KubectlProviderProps``.

    Args:
        kubectl_layer: an AWS Lambda layer that includes ``kubectl`` and ``helm``.
        awscli_layer: an AWS Lambda layer that contains the ``aws`` CLI. Default: - If not defined, a default layer will be used containing the AWS CLI 2.x.
        environment: custom environment variables when running ``kubectl`` against this cluster. Default: - No custom environment variables
        memory: the amount of memory allocated to the kubectl provider's lambda function. Default: - 1024
        private_subnets: subnets to host the ``kubectl`` compute resources. If not specified, the k8s endpoint is expected to be accessible publicly. Default: - the k8s is accessible publicly
        removal_policy: the removal policy applied to the custom resource that provides kubectl. The removal policy controls what happens to the resource if it stops being managed by CloudFormation. This can happen in one of three situations: - The resource is removed from the template, so CloudFormation stops managing it - A change to the resource is made that requires it to be replaced, so CloudFormation stops managing it - The stack is deleted, so CloudFormation stops managing all resources in it Default: RemovalPolicy.DESTROY
        role: an IAM role that can perform kubectl operations against this cluster. The role should be mapped to the ``system:masters`` Kubernetes RBAC role. This role is directly passed to the lambda handler that sends Kube Ctl commands to the cluster. Default: - if not specified, the default role created by a lambda function will be used.
        security_group: (deprecated) A security group to use for ``kubectl`` execution. Default: - If not specified, the k8s endpoint is expected to be accessible publicly.
        security_groups: security groups to use for ``kubectl`` execution. Default: - If not specified, the k8s endpoint is expected to be accessible publicly.
        cluster: the cluster to control.
    """

    kubectl_layer: ILayerVersion
    awscli_layer: ILayerVersion | None = None
    environment: Mapping[str, str] | None = None
    memory: Size | None = None
    private_subnets: Sequence[ISubnet] | None = None
    removal_policy: RemovalPolicy | None = None
    role: IRole | None = None
    security_group: ISecurityGroup | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    cluster: ICluster


@structs.frozen(kw_only=True)
class KubernetesManifestOptions:
    """aws-cdk-lib's ``aws_eks_v2.KubernetesManifestOptions``.

    Args:
        ingress_alb: automatically detect ``Ingress`` resources in the manifest and annotate them so they are picked up by an ALB Ingress Controller (default: false)
        ingress_alb_scheme: specify the ALB scheme that should be applied to ``Ingress`` resources (default: AlbScheme.INTERNAL)
        prune: when a resource is removed from a Kubernetes manifest, it no longer appears in the manifest, and there is no way to know that this resource needs to be deleted (default: based on the prune option of the cluster, which is ``true`` unless otherwise specified)
        removal_policy: the removal policy applied to the custom resource that manages the Kubernetes manifest (default: RemovalPolicy.DESTROY)
        skip_validation: A flag to signify if the manifest validation should be skipped (default: false)
    """

    ingress_alb: bool | None = None
    ingress_alb_scheme: AlbScheme | None = None
    prune: bool | None = None
    removal_policy: RemovalPolicy | None = None
    skip_validation: bool | None = None


@structs.frozen(kw_only=True)
class KubernetesManifestProps:
    """aws-cdk-lib's ``aws_eks_v2.KubernetesManifestProps``.

    Args:
        ingress_alb: automatically detect ``Ingress`` resources in the manifest and annotate them so they are picked up by an ALB Ingress Controller (default: false)
        ingress_alb_scheme: specify the ALB scheme that should be applied to ``Ingress`` resources (default: AlbScheme.INTERNAL)
        prune: when a resource is removed from a Kubernetes manifest, it no longer appears in the manifest, and there is no way to know that this resource needs to be deleted (default: based on the prune option of the cluster, which is ``true`` unless otherwise specified)
        removal_policy: the removal policy applied to the custom resource that manages the Kubernetes manifest (default: RemovalPolicy.DESTROY)
        skip_validation: A flag to signify if the manifest validation should be skipped (default: false)
        cluster: the EKS cluster to apply this manifest to
        manifest: the manifest to apply
        overwrite: overwrite any existing resources (default: false)
    """

    cluster: ICluster
    manifest: Sequence[Mapping[str, object]]
    ingress_alb: bool | None = None
    ingress_alb_scheme: AlbScheme | None = None
    prune: bool | None = None
    removal_policy: RemovalPolicy | None = None
    skip_validation: bool | None = None
    overwrite: bool | None = None


@structs.frozen(kw_only=True)
class KubernetesObjectValueProps:
    """aws-cdk-lib's ``aws_eks_v2.KubernetesObjectValueProps``.

    Args:
        cluster: the EKS cluster to fetch attributes from
        json_path: JSONPath to the specific value
        object_name: the name of the object to query
        object_type: the object type to query
        object_namespace: the namespace the object belongs to (default: 'default')
        removal_policy: the removal policy applied to the custom resource that manages the Kubernetes object value (default: RemovalPolicy.DESTROY)
        timeout: timeout for waiting on a value (default: Duration.minutes(5))
    """

    cluster: ICluster
    json_path: str
    object_name: str
    object_type: str
    object_namespace: str | None = None
    removal_policy: RemovalPolicy | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class KubernetesPatchProps:
    """aws-cdk-lib's ``aws_eks_v2.KubernetesPatchProps``.

    Args:
        apply_patch: the JSON object to pass to ``kubectl patch`` when the resource is created/updated
        cluster: the cluster to apply the patch to
        resource_name: the full name of the resource to patch (e.g
        restore_patch: the JSON object to pass to ``kubectl patch`` when the resource is removed
        patch_type: the patch type to pass to ``kubectl patch`` (default: PatchType.STRATEGIC)
        removal_policy: the removal policy applied to the custom resource that manages the Kubernetes patch (default: RemovalPolicy.DESTROY)
        resource_namespace: the kubernetes API namespace (default: "default")
    """

    apply_patch: Mapping[str, object]
    cluster: ICluster
    resource_name: str
    restore_patch: Mapping[str, object]
    patch_type: PatchType | None = None
    removal_policy: RemovalPolicy | None = None
    resource_namespace: str | None = None


@structs.frozen(kw_only=True)
class LaunchTemplateSpec:
    """aws-cdk-lib's ``aws_eks_v2.LaunchTemplateSpec``.

    Args:
        id: the Launch template ID
        version: the launch template version to be used (optional) (default: the default version of the launch template)
    """

    id: str
    version: str | None = None


@structs.frozen(kw_only=True)
class NodegroupOptions:
    """aws-cdk-lib's ``aws_eks_v2.NodegroupOptions``.

    Args:
        ami_type: the AMI type for your node group (default: auto-determined from the instanceTypes property when launchTemplateSpec property is not specified)
        capacity_type: the capacity type of the nodegroup (default: ON_DEMAND)
        desired_size: the current number of worker nodes that the managed node group should maintain (default: 2)
        disk_size: the root device disk size (in GiB) for your node group instances (default: 20)
        enable_node_auto_repair: specifies whether to enable node auto repair for the node group (default: disabled)
        force_update: force the update if the existing node group's pods are unable to be drained due to a pod disruption budget issue (default: true)
        instance_types: the instance types to use for your node group (default: t3.medium will be used according to the cloudformation document)
        labels: the Kubernetes labels to be applied to the nodes in the node group when they are created (default: None)
        launch_template_spec: launch template specification used for the nodegroup (default: no launch template)
        max_size: the maximum number of worker nodes that the managed node group can scale out to (default: desiredSize)
        max_unavailable: the maximum number of nodes unavailable at once during a version update (default: 1)
        max_unavailable_percentage: the maximum percentage of nodes unavailable during a version update (default: undefined - node groups will update instances one at a time)
        min_size: the minimum number of worker nodes that the managed node group can scale in to (default: 1)
        nodegroup_name: name of the Nodegroup (default: resource ID)
        node_role: the IAM role to associate with your node group (default: None)
        release_version: the AMI version of the Amazon EKS-optimized AMI to use with your node group (for example, ``1.14.7-YYYYMMDD``) (default: The latest available AMI version for the node group's current Kubernetes version is used)
        remote_access: the remote access (SSH) configuration to use with your node group (default: disabled)
        removal_policy: the removal policy applied to the managed node group (default: RemovalPolicy.DESTROY)
        subnets: the subnets to use for the Auto Scaling group that is created for your node group (default: private subnets)
        tags: the metadata to apply to the node group to assist with categorization and organization (default: None)
        taints: the Kubernetes taints to be applied to the nodes in the node group when they are created (default: None)
    """

    ami_type: NodegroupAmiType | None = None
    capacity_type: CapacityType | None = None
    desired_size: float | None = None
    disk_size: float | None = None
    enable_node_auto_repair: bool | None = None
    force_update: bool | None = None
    instance_types: Sequence[InstanceType] | None = None
    labels: Mapping[str, str] | None = None
    launch_template_spec: LaunchTemplateSpec | None = None
    max_size: float | None = None
    max_unavailable: float | None = None
    max_unavailable_percentage: float | None = None
    min_size: float | None = None
    nodegroup_name: str | None = None
    node_role: IRole | None = None
    release_version: str | None = None
    remote_access: NodegroupRemoteAccess | None = None
    removal_policy: RemovalPolicy | None = None
    subnets: SubnetSelection | None = None
    tags: Mapping[str, str] | None = None
    taints: Sequence[TaintSpec] | None = None


@structs.frozen(kw_only=True)
class NodegroupProps:
    """aws-cdk-lib's ``aws_eks_v2.NodegroupProps``.

    Args:
        ami_type: the AMI type for your node group (default: auto-determined from the instanceTypes property when launchTemplateSpec property is not specified)
        capacity_type: the capacity type of the nodegroup (default: ON_DEMAND)
        desired_size: the current number of worker nodes that the managed node group should maintain (default: 2)
        disk_size: the root device disk size (in GiB) for your node group instances (default: 20)
        enable_node_auto_repair: specifies whether to enable node auto repair for the node group (default: disabled)
        force_update: force the update if the existing node group's pods are unable to be drained due to a pod disruption budget issue (default: true)
        instance_types: the instance types to use for your node group (default: t3.medium will be used according to the cloudformation document)
        labels: the Kubernetes labels to be applied to the nodes in the node group when they are created (default: None)
        launch_template_spec: launch template specification used for the nodegroup (default: no launch template)
        max_size: the maximum number of worker nodes that the managed node group can scale out to (default: desiredSize)
        max_unavailable: the maximum number of nodes unavailable at once during a version update (default: 1)
        max_unavailable_percentage: the maximum percentage of nodes unavailable during a version update (default: undefined - node groups will update instances one at a time)
        min_size: the minimum number of worker nodes that the managed node group can scale in to (default: 1)
        nodegroup_name: name of the Nodegroup (default: resource ID)
        node_role: the IAM role to associate with your node group (default: None)
        release_version: the AMI version of the Amazon EKS-optimized AMI to use with your node group (for example, ``1.14.7-YYYYMMDD``) (default: The latest available AMI version for the node group's current Kubernetes version is used)
        remote_access: the remote access (SSH) configuration to use with your node group (default: disabled)
        removal_policy: the removal policy applied to the managed node group (default: RemovalPolicy.DESTROY)
        subnets: the subnets to use for the Auto Scaling group that is created for your node group (default: private subnets)
        tags: the metadata to apply to the node group to assist with categorization and organization (default: None)
        taints: the Kubernetes taints to be applied to the nodes in the node group when they are created (default: None)
        cluster: cluster resource
    """

    cluster: ICluster
    ami_type: NodegroupAmiType | None = None
    capacity_type: CapacityType | None = None
    desired_size: float | None = None
    disk_size: float | None = None
    enable_node_auto_repair: bool | None = None
    force_update: bool | None = None
    instance_types: Sequence[InstanceType] | None = None
    labels: Mapping[str, str] | None = None
    launch_template_spec: LaunchTemplateSpec | None = None
    max_size: float | None = None
    max_unavailable: float | None = None
    max_unavailable_percentage: float | None = None
    min_size: float | None = None
    nodegroup_name: str | None = None
    node_role: IRole | None = None
    release_version: str | None = None
    remote_access: NodegroupRemoteAccess | None = None
    removal_policy: RemovalPolicy | None = None
    subnets: SubnetSelection | None = None
    tags: Mapping[str, str] | None = None
    taints: Sequence[TaintSpec] | None = None


@structs.frozen(kw_only=True)
class NodegroupRemoteAccess:
    """aws-cdk-lib's ``aws_eks_v2.NodegroupRemoteAccess``.

    Args:
        ssh_key_name: the Amazon EC2 SSH key that provides access for SSH communication with the worker nodes in the managed node group
        source_security_groups: the security groups that are allowed SSH access (port 22) to the worker nodes (default: port 22 on the worker nodes is opened to the internet (0.0.0.0/0))
    """

    ssh_key_name: str
    source_security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class OidcProviderNativeProps:
    """aws-cdk-lib's ``aws_eks_v2.OidcProviderNativeProps``.

    Args:
        url: the URL of the identity provider
        removal_policy: the removal policy to apply to the OpenID Connect Provider (default: RemovalPolicy.DESTROY)
    """

    url: str
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class OpenIdConnectProviderProps:
    """aws-cdk-lib's ``aws_eks_v2.OpenIdConnectProviderProps``.

    Args:
        url: the URL of the identity provider
        removal_policy: the removal policy to apply to the OpenID Connect Provider (default: RemovalPolicy.DESTROY)
    """

    url: str
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class RemoteNodeNetwork:
    """aws-cdk-lib's ``aws_eks_v2.RemoteNodeNetwork``.

    Args:
        cidrs: specifies the list of remote node CIDRs
    """

    cidrs: Sequence[str]


@structs.frozen(kw_only=True)
class RemotePodNetwork:
    """aws-cdk-lib's ``aws_eks_v2.RemotePodNetwork``.

    Args:
        cidrs: specifies the list of remote pod CIDRs
    """

    cidrs: Sequence[str]


@structs.frozen(kw_only=True)
class Selector:
    """aws-cdk-lib's ``aws_eks_v2.Selector``.

    Args:
        namespace: the Kubernetes namespace that the selector should match
        labels: the Kubernetes labels that the selector should match (default: all pods within the namespace will be selected)
    """

    namespace: str
    labels: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class ServiceAccountOptions:
    """aws-cdk-lib's ``aws_eks_v2.ServiceAccountOptions``.

    Args:
        annotations: additional annotations of the service account (default: no additional annotations)
        identity_type: the identity type to use for the service account (default: IdentityType.IRSA)
        labels: additional labels of the service account (default: no additional labels)
        name: the name of the service account (default: If no name is given, it will use the id of the resource)
        namespace: the namespace of the service account (default: "default")
        overwrite_service_account: overwrite existing service account (default: false)
        removal_policy: the removal policy applied to the service account resources (default: RemovalPolicy.DESTROY)
    """

    annotations: Mapping[str, str] | None = None
    identity_type: IdentityType | None = None
    labels: Mapping[str, str] | None = None
    name: str | None = None
    namespace: str | None = None
    overwrite_service_account: bool | None = None
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class ServiceAccountProps:
    """aws-cdk-lib's ``aws_eks_v2.ServiceAccountProps``.

    Args:
        annotations: additional annotations of the service account (default: no additional annotations)
        identity_type: the identity type to use for the service account (default: IdentityType.IRSA)
        labels: additional labels of the service account (default: no additional labels)
        name: the name of the service account (default: If no name is given, it will use the id of the resource)
        namespace: the namespace of the service account (default: "default")
        overwrite_service_account: overwrite existing service account (default: false)
        removal_policy: the removal policy applied to the service account resources (default: RemovalPolicy.DESTROY)
        cluster: the cluster to apply the patch to
    """

    cluster: ICluster
    annotations: Mapping[str, str] | None = None
    identity_type: IdentityType | None = None
    labels: Mapping[str, str] | None = None
    name: str | None = None
    namespace: str | None = None
    overwrite_service_account: bool | None = None
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class ServiceLoadBalancerAddressOptions:
    """aws-cdk-lib's ``aws_eks_v2.ServiceLoadBalancerAddressOptions``.

    Args:
        namespace: the namespace the service belongs to (default: 'default')
        timeout: timeout for waiting on the load balancer address (default: Duration.minutes(5))
    """

    namespace: str | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class TaintSpec:
    """aws-cdk-lib's ``aws_eks_v2.TaintSpec``.

    Args:
        effect: effect type (default: None)
        key: taint key (default: None)
        value: taint value (default: None)
    """

    effect: TaintEffect | None = None
    key: str | None = None
    value: str | None = None
