"""EKS structs: the props, options and attributes of aws-cdk-lib's ``aws_eks`` (keyword-only, frozen)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs.internals import structs
from l2.eks._enums import (
    AccessEntryType,
    AccessScopeType,
    AlbScheme,
    AuthenticationMode,
    CapacityType,
    ClusterLoggingTypes,
    ControlPlaneScalingTier,
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
    from l2.ec2 import IKeyPair, InstanceType, ISecurityGroup, IVpc, SubnetSelection
    from l2.eks._cluster import Cluster
    from l2.eks._interfaces import IAccessPolicy, ICluster, IKubectlProvider
    from l2.eks._version import AccessPolicyArn, AlbControllerVersion, EndpointAccess, KubernetesVersion
    from l2.iam import IOpenIdConnectProvider, IRole
    from l2.kms import IKey
    from l2.lambda_ import ILayerVersion
    from l2.s3_assets import Asset


@structs.frozen(kw_only=True)
class AccessEntryAttributes:
    """aws-cdk-lib's ``aws_eks.AccessEntryAttributes``.

    Args:
        access_entry_arn: the Amazon Resource Name (ARN) of the access entry
        access_entry_name: the name of the access entry
    """

    access_entry_arn: str
    access_entry_name: str


@structs.frozen(kw_only=True)
class AccessEntryProps:
    """aws-cdk-lib's ``aws_eks.AccessEntryProps``.

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
    """aws-cdk-lib's ``aws_eks.AccessPolicyNameOptions``.

    Args:
        access_scope_type: the scope of the access policy
        namespaces: an optional array of Kubernetes namespaces to which the access policy applies (default: no specific namespaces for this scope)
    """

    access_scope_type: AccessScopeType
    namespaces: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class AccessPolicyProps:
    """aws-cdk-lib's ``aws_eks.AccessPolicyProps``.

    Args:
        access_scope: the scope of the access policy, which determines the level of access granted
        policy: the access policy itself, which defines the specific permissions
    """

    access_scope: AccessScope
    policy: AccessPolicyArn


@structs.frozen(kw_only=True)
class AccessScope:
    """aws-cdk-lib's ``aws_eks.AccessScope``.

    Args:
        type: the scope type of the policy, either 'namespace' or 'cluster'
        namespaces: A Kubernetes namespace that an access policy is scoped to (default: no specific namespaces for this scope)
    """

    type: AccessScopeType
    namespaces: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class AddonAttributes:
    """aws-cdk-lib's ``aws_eks.AddonAttributes``.

    Args:
        addon_name: the name of the addon
        cluster_name: the name of the Amazon EKS cluster the addon is associated with
    """

    addon_name: str
    cluster_name: str


@structs.frozen(kw_only=True)
class AddonProps:
    """aws-cdk-lib's ``aws_eks.AddonProps``.

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
class AlbControllerHelmChartOptions:
    """aws-cdk-lib's ``aws_eks.AlbControllerHelmChartOptions``.

    Args:
        enable_waf: enable or disable AWS WAF on the ALB ingress controller (default: no value defined for this helm chart option, so it will not be set in the helm chart values)
        enable_wafv2: enable or disable AWS WAFv2 on the ALB ingress controller (default: no value defined for this helm chart option, so it will not be set in the helm chart values)
    """

    enable_waf: bool | None = None
    enable_wafv2: bool | None = None


@structs.frozen(kw_only=True)
class AlbControllerOptions:
    """aws-cdk-lib's ``aws_eks.AlbControllerOptions``.

    Args:
        version: version of the controller
        additional_helm_chart_values: additional helm chart values for ALB controller (default: no additional helm chart values)
        overwrite_service_account: overwrite any existing ALB controller service account (default: false)
        policy: the IAM policy to apply to the service account (default: Corresponds to the predefined version)
        removal_policy: the removal policy applied to the ALB controller resources (default: RemovalPolicy.DESTROY)
        repository: the repository to pull the controller image from (default: '602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller')
    """

    version: AlbControllerVersion
    additional_helm_chart_values: AlbControllerHelmChartOptions | None = None
    overwrite_service_account: bool | None = None
    policy: Mapping[str, object] | None = None
    removal_policy: RemovalPolicy | None = None
    repository: str | None = None


@structs.frozen(kw_only=True)
class AlbControllerProps:
    """aws-cdk-lib's ``aws_eks.AlbControllerProps``.

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
    additional_helm_chart_values: AlbControllerHelmChartOptions | None = None
    overwrite_service_account: bool | None = None
    policy: Mapping[str, object] | None = None
    removal_policy: RemovalPolicy | None = None
    repository: str | None = None


@structs.frozen(kw_only=True)
class AutoScalingGroupCapacityOptions:
    """aws-cdk-lib's ``aws_eks.AutoScalingGroupCapacityOptions``.

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
        map_role: will automatically update the aws-auth ConfigMap to map the IAM instance role to RBAC (default: true if the cluster has kubectl enabled (which is the default))
        spot_interrupt_handler: installs the AWS spot instance interrupt handler on the cluster if it's not already added (default: true)
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
    map_role: bool | None = None
    spot_interrupt_handler: bool | None = None


@structs.frozen(kw_only=True)
class AutoScalingGroupOptions:
    """aws-cdk-lib's ``aws_eks.AutoScalingGroupOptions``.

    Args:
        bootstrap_enabled: configures the EC2 user-data script for instances in this autoscaling group to bootstrap the node (invoke ``/etc/eks/bootstrap.sh``) and associate it with the EKS cluster (default: true)
        bootstrap_options: allows options for node bootstrapping through EC2 user data (default: default options)
        machine_image_type: allow options to specify different machine image type (default: MachineImageType.AMAZON_LINUX_2)
        map_role: will automatically update the aws-auth ConfigMap to map the IAM instance role to RBAC (default: true if the cluster has kubectl enabled (which is the default))
        spot_interrupt_handler: installs the AWS spot instance interrupt handler on the cluster if it's not already added (default: true)
    """

    bootstrap_enabled: bool | None = None
    bootstrap_options: BootstrapOptions | None = None
    machine_image_type: MachineImageType | None = None
    map_role: bool | None = None
    spot_interrupt_handler: bool | None = None


@structs.frozen(kw_only=True)
class AwsAuthMapping:
    """aws-cdk-lib's ``aws_eks.AwsAuthMapping``.

    Args:
        groups: A list of groups within Kubernetes to which the role is mapped
        username: the user name within Kubernetes to map to the IAM role (default: By default, the user name is the ARN of the IAM role)
    """

    groups: Sequence[str]
    username: str | None = None


@structs.frozen(kw_only=True)
class AwsAuthProps:
    """aws-cdk-lib's ``aws_eks.AwsAuthProps``.

    Args:
        cluster: the EKS cluster to apply this configuration to
    """

    cluster: Cluster


@structs.frozen(kw_only=True)
class BootstrapOptions:
    """aws-cdk-lib's ``aws_eks.BootstrapOptions``.

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
    """aws-cdk-lib's ``aws_eks.ClusterAttributes``.

    Args:
        cluster_name: the physical name of the Cluster
        awscli_layer: an AWS Lambda layer that contains the ``aws`` CLI (default: a default layer with the AWS CLI 1.x)
        cluster_certificate_authority_data: the certificate-authority-data for your cluster (default: if not specified ``cluster.clusterCertificateAuthorityData`` will throw an error)
        cluster_encryption_config_key_arn: amazon Resource Name (ARN) or alias of the customer master key (CMK) (default: if not specified ``cluster.clusterEncryptionConfigKeyArn`` will throw an error)
        cluster_endpoint: the API Server endpoint URL (default: if not specified ``cluster.clusterEndpoint`` will throw an error)
        cluster_handler_security_group_id: A security group id to associate with the Cluster Handler's Lambdas (default: No security group)
        cluster_security_group_id: the cluster security group that was created by Amazon EKS for the cluster (default: if not specified ``cluster.clusterSecurityGroupId`` will throw an error)
        ip_family: specify which IP family is used to assign Kubernetes pod and service IP addresses (default: IpFamily.IP_V4)
        kubectl_environment: environment variables to use when running ``kubectl`` against this cluster (default: no additional variables)
        kubectl_lambda_role: an IAM role that can perform kubectl operations against this cluster (default: if not specified, the default role created by a lambda function will be used)
        kubectl_layer: an AWS Lambda Layer which includes ``kubectl`` and Helm (default: No default layer will be provided)
        kubectl_memory: amount of memory to allocate to the provider's lambda function (default: Size.gibibytes(1))
        kubectl_private_subnet_ids: subnets to host the ``kubectl`` compute resources (default: k8s endpoint is expected to be accessible publicly)
        kubectl_provider: kubectlProvider for issuing kubectl commands (default: Default CDK provider)
        kubectl_role_arn: an IAM role with cluster administrator and "system:masters" permissions (default: if not specified, it not be possible to issue ``kubectl`` commands against an imported cluster)
        kubectl_security_group_id: A security group to use for ``kubectl`` execution (default: k8s endpoint is expected to be accessible publicly)
        on_event_layer: an AWS Lambda Layer which includes the NPM dependency ``proxy-agent`` (default: a layer bundled with this module)
        open_id_connect_provider: an Open ID Connect provider for this cluster that can be used to configure service accounts (default: if not specified ``cluster.openIdConnectProvider`` and ``cluster.addServiceAccount`` will throw an error)
        prune: indicates whether Kubernetes resources added through ``addManifest()`` can be automatically pruned (default: true)
        security_group_ids: additional security groups associated with this cluster (default: if not specified, no additional security groups will be considered in ``cluster.connections``)
        vpc: the VPC in which this Cluster was created (default: if not specified ``cluster.vpc`` will throw an error)
    """

    cluster_name: str
    awscli_layer: ILayerVersion | None = None
    cluster_certificate_authority_data: str | None = None
    cluster_encryption_config_key_arn: str | None = None
    cluster_endpoint: str | None = None
    cluster_handler_security_group_id: str | None = None
    cluster_security_group_id: str | None = None
    ip_family: IpFamily | None = None
    kubectl_environment: Mapping[str, str] | None = None
    kubectl_lambda_role: IRole | None = None
    kubectl_layer: ILayerVersion | None = None
    kubectl_memory: Size | None = None
    kubectl_private_subnet_ids: Sequence[str] | None = None
    kubectl_provider: IKubectlProvider | None = None
    kubectl_role_arn: str | None = None
    kubectl_security_group_id: str | None = None
    on_event_layer: ILayerVersion | None = None
    open_id_connect_provider: IOpenIdConnectProvider | None = None
    prune: bool | None = None
    security_group_ids: Sequence[str] | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class ClusterOptions:
    """aws-cdk-lib's ``aws_eks.ClusterOptions``.

    Args:
        version: the Kubernetes version to run in the cluster
        cluster_name: name for the cluster (default: Automatically generated name)
        output_cluster_name: determines whether a CloudFormation output with the name of the cluster will be synthesized (default: false)
        output_config_command: determines whether a CloudFormation output with the ``aws eks update-kubeconfig`` command will be synthesized (default: true)
        role: role that provides permissions for the Kubernetes control plane to make calls to AWS API operations on your behalf (default: A role is automatically created for you)
        security_group: security Group to use for Control Plane ENIs (default: A security group is automatically created)
        vpc: the VPC in which to create the Cluster (default: a VPC with default configuration will be created and can be accessed through ``cluster.vpc``)
        vpc_subnets: where to place EKS Control Plane ENIs (default: All public and private subnets)
        kubectl_layer: an AWS Lambda Layer which includes ``kubectl`` and Helm
        alb_controller: install the AWS Load Balancer Controller onto the cluster (default: The controller is not installed)
        authentication_mode: the desired authentication mode for the cluster (default: AuthenticationMode.CONFIG_MAP)
        awscli_layer: an AWS Lambda layer that contains the ``aws`` CLI (default: a default layer with the AWS CLI 1.x)
        cluster_handler_environment: custom environment variables when interacting with the EKS endpoint to manage the cluster lifecycle (default: No environment variables)
        cluster_handler_security_group: A security group to associate with the Cluster Handler's Lambdas (default: No security group)
        cluster_logging: the cluster log types which you want to enable (default: none)
        control_plane_scaling_tier: the control plane scaling tier for EKS Provisioned Control Plane (default: Standard control plane (no provisioned tier))
        core_dns_compute_type: controls the "eks.amazonaws.com/compute-type" annotation in the CoreDNS configuration on your cluster to determine which compute type to use for CoreDNS (default: CoreDnsComputeType.EC2 (for ``FargateCluster`` the default is FARGATE))
        deletion_protection: the current deletion protection setting for the cluster (default: deletion protection is disabled)
        endpoint_access: configure access to the Kubernetes API server endpoint (default: EndpointAccess.PUBLIC_AND_PRIVATE)
        ip_family: specify which IP family is used to assign Kubernetes pod and service IP addresses (default: IpFamily.IP_V4)
        kubectl_environment: environment variables for the kubectl execution (default: No environment variables)
        kubectl_memory: amount of memory to allocate to the provider's lambda function (default: Size.gibibytes(1))
        masters_role: an IAM role that will be added to the ``system:masters`` Kubernetes RBAC group (default: no masters role)
        on_event_layer: an AWS Lambda Layer which includes the NPM dependency ``proxy-agent`` (default: a layer bundled with this module)
        output_masters_role_arn: determines whether a CloudFormation output with the ARN of the "masters" IAM role will be synthesized (if ``mastersRole`` is specified) (default: false)
        place_cluster_handler_in_vpc: if set to true, the cluster handler functions will be placed in the private subnets of the cluster vpc, subject to the ``vpcSubnets`` selection strategy (default: false)
        prune: indicates whether Kubernetes resources added through ``addManifest()`` can be automatically pruned (default: true)
        remote_node_networks: IPv4 CIDR blocks defining the expected address range of hybrid nodes that will join the cluster (default: none)
        remote_pod_networks: IPv4 CIDR blocks for Pods running Kubernetes webhooks on hybrid nodes (default: none)
        removal_policy: the removal policy applied to all CloudFormation resources created by this construct when they are no longer managed by CloudFormation (default: Resources will be deleted)
        secrets_encryption_key: KMS secret for envelope encryption for Kubernetes secrets (default: By default, Kubernetes stores all secret object data within etcd and all etcd volumes used by Amazon EKS are encrypted at the disk-level using AWS-Managed encryption keys)
        service_ipv4_cidr: the CIDR block to assign Kubernetes service IP addresses from (default: Kubernetes assigns addresses from either the 10.100.0.0/16 or 172.20.0.0/16 CIDR blocks)
    """

    version: KubernetesVersion
    kubectl_layer: ILayerVersion
    cluster_name: str | None = None
    output_cluster_name: bool | None = None
    output_config_command: bool | None = None
    role: IRole | None = None
    security_group: ISecurityGroup | None = None
    vpc: IVpc | None = None
    vpc_subnets: Sequence[SubnetSelection] | None = None
    alb_controller: AlbControllerOptions | None = None
    authentication_mode: AuthenticationMode | None = None
    awscli_layer: ILayerVersion | None = None
    cluster_handler_environment: Mapping[str, str] | None = None
    cluster_handler_security_group: ISecurityGroup | None = None
    cluster_logging: Sequence[ClusterLoggingTypes] | None = None
    control_plane_scaling_tier: ControlPlaneScalingTier | None = None
    core_dns_compute_type: CoreDnsComputeType | None = None
    deletion_protection: bool | None = None
    endpoint_access: EndpointAccess | None = None
    ip_family: IpFamily | None = None
    kubectl_environment: Mapping[str, str] | None = None
    kubectl_memory: Size | None = None
    masters_role: IRole | None = None
    on_event_layer: ILayerVersion | None = None
    output_masters_role_arn: bool | None = None
    place_cluster_handler_in_vpc: bool | None = None
    prune: bool | None = None
    remote_node_networks: Sequence[RemoteNodeNetwork] | None = None
    remote_pod_networks: Sequence[RemotePodNetwork] | None = None
    removal_policy: RemovalPolicy | None = None
    secrets_encryption_key: IKey | None = None
    service_ipv4_cidr: str | None = None


@structs.frozen(kw_only=True)
class ClusterProps:
    """aws-cdk-lib's ``aws_eks.ClusterProps``.

    Args:
        version: the Kubernetes version to run in the cluster
        cluster_name: name for the cluster (default: Automatically generated name)
        output_cluster_name: determines whether a CloudFormation output with the name of the cluster will be synthesized (default: false)
        output_config_command: determines whether a CloudFormation output with the ``aws eks update-kubeconfig`` command will be synthesized (default: true)
        role: role that provides permissions for the Kubernetes control plane to make calls to AWS API operations on your behalf (default: A role is automatically created for you)
        security_group: security Group to use for Control Plane ENIs (default: A security group is automatically created)
        vpc: the VPC in which to create the Cluster (default: a VPC with default configuration will be created and can be accessed through ``cluster.vpc``)
        vpc_subnets: where to place EKS Control Plane ENIs (default: All public and private subnets)
        kubectl_layer: an AWS Lambda Layer which includes ``kubectl`` and Helm
        alb_controller: install the AWS Load Balancer Controller onto the cluster (default: The controller is not installed)
        authentication_mode: the desired authentication mode for the cluster (default: AuthenticationMode.CONFIG_MAP)
        awscli_layer: an AWS Lambda layer that contains the ``aws`` CLI (default: a default layer with the AWS CLI 1.x)
        cluster_handler_environment: custom environment variables when interacting with the EKS endpoint to manage the cluster lifecycle (default: No environment variables)
        cluster_handler_security_group: A security group to associate with the Cluster Handler's Lambdas (default: No security group)
        cluster_logging: the cluster log types which you want to enable (default: none)
        control_plane_scaling_tier: the control plane scaling tier for EKS Provisioned Control Plane (default: Standard control plane (no provisioned tier))
        core_dns_compute_type: controls the "eks.amazonaws.com/compute-type" annotation in the CoreDNS configuration on your cluster to determine which compute type to use for CoreDNS (default: CoreDnsComputeType.EC2 (for ``FargateCluster`` the default is FARGATE))
        deletion_protection: the current deletion protection setting for the cluster (default: deletion protection is disabled)
        endpoint_access: configure access to the Kubernetes API server endpoint (default: EndpointAccess.PUBLIC_AND_PRIVATE)
        ip_family: specify which IP family is used to assign Kubernetes pod and service IP addresses (default: IpFamily.IP_V4)
        kubectl_environment: environment variables for the kubectl execution (default: No environment variables)
        kubectl_memory: amount of memory to allocate to the provider's lambda function (default: Size.gibibytes(1))
        masters_role: an IAM role that will be added to the ``system:masters`` Kubernetes RBAC group (default: no masters role)
        on_event_layer: an AWS Lambda Layer which includes the NPM dependency ``proxy-agent`` (default: a layer bundled with this module)
        output_masters_role_arn: determines whether a CloudFormation output with the ARN of the "masters" IAM role will be synthesized (if ``mastersRole`` is specified) (default: false)
        place_cluster_handler_in_vpc: if set to true, the cluster handler functions will be placed in the private subnets of the cluster vpc, subject to the ``vpcSubnets`` selection strategy (default: false)
        prune: indicates whether Kubernetes resources added through ``addManifest()`` can be automatically pruned (default: true)
        remote_node_networks: IPv4 CIDR blocks defining the expected address range of hybrid nodes that will join the cluster (default: none)
        remote_pod_networks: IPv4 CIDR blocks for Pods running Kubernetes webhooks on hybrid nodes (default: none)
        removal_policy: the removal policy applied to all CloudFormation resources created by this construct when they are no longer managed by CloudFormation (default: Resources will be deleted)
        secrets_encryption_key: KMS secret for envelope encryption for Kubernetes secrets (default: By default, Kubernetes stores all secret object data within etcd and all etcd volumes used by Amazon EKS are encrypted at the disk-level using AWS-Managed encryption keys)
        service_ipv4_cidr: the CIDR block to assign Kubernetes service IP addresses from (default: Kubernetes assigns addresses from either the 10.100.0.0/16 or 172.20.0.0/16 CIDR blocks)
        bootstrap_cluster_creator_admin_permissions: whether or not IAM principal of the cluster creator was set as a cluster admin access entry during cluster creation time (default: true)
        bootstrap_self_managed_addons: if you set this value to False when creating a cluster, the default networking add-ons will not be installed (default: true)
        default_capacity: number of instances to allocate as an initial capacity for this cluster (default: 2)
        default_capacity_instance: the instance type to use for the default capacity (default: m5.large)
        default_capacity_type: the default capacity type for the cluster (default: NODEGROUP)
        kubectl_lambda_role: the IAM role to pass to the Kubectl Lambda Handler (default: Default Lambda IAM Execution Role)
        tags: the tags assigned to the EKS cluster (default: none)
    """

    version: KubernetesVersion
    kubectl_layer: ILayerVersion
    cluster_name: str | None = None
    output_cluster_name: bool | None = None
    output_config_command: bool | None = None
    role: IRole | None = None
    security_group: ISecurityGroup | None = None
    vpc: IVpc | None = None
    vpc_subnets: Sequence[SubnetSelection] | None = None
    alb_controller: AlbControllerOptions | None = None
    authentication_mode: AuthenticationMode | None = None
    awscli_layer: ILayerVersion | None = None
    cluster_handler_environment: Mapping[str, str] | None = None
    cluster_handler_security_group: ISecurityGroup | None = None
    cluster_logging: Sequence[ClusterLoggingTypes] | None = None
    control_plane_scaling_tier: ControlPlaneScalingTier | None = None
    core_dns_compute_type: CoreDnsComputeType | None = None
    deletion_protection: bool | None = None
    endpoint_access: EndpointAccess | None = None
    ip_family: IpFamily | None = None
    kubectl_environment: Mapping[str, str] | None = None
    kubectl_memory: Size | None = None
    masters_role: IRole | None = None
    on_event_layer: ILayerVersion | None = None
    output_masters_role_arn: bool | None = None
    place_cluster_handler_in_vpc: bool | None = None
    prune: bool | None = None
    remote_node_networks: Sequence[RemoteNodeNetwork] | None = None
    remote_pod_networks: Sequence[RemotePodNetwork] | None = None
    removal_policy: RemovalPolicy | None = None
    secrets_encryption_key: IKey | None = None
    service_ipv4_cidr: str | None = None
    bootstrap_cluster_creator_admin_permissions: bool | None = None
    bootstrap_self_managed_addons: bool | None = None
    default_capacity: float | None = None
    default_capacity_instance: InstanceType | None = None
    default_capacity_type: DefaultCapacityType | None = None
    kubectl_lambda_role: IRole | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class CommonClusterOptions:
    """aws-cdk-lib's ``aws_eks.CommonClusterOptions``.

    Args:
        version: the Kubernetes version to run in the cluster
        cluster_name: name for the cluster (default: Automatically generated name)
        output_cluster_name: determines whether a CloudFormation output with the name of the cluster will be synthesized (default: false)
        output_config_command: determines whether a CloudFormation output with the ``aws eks update-kubeconfig`` command will be synthesized (default: true)
        role: role that provides permissions for the Kubernetes control plane to make calls to AWS API operations on your behalf (default: A role is automatically created for you)
        security_group: security Group to use for Control Plane ENIs (default: A security group is automatically created)
        vpc: the VPC in which to create the Cluster (default: a VPC with default configuration will be created and can be accessed through ``cluster.vpc``)
        vpc_subnets: where to place EKS Control Plane ENIs (default: All public and private subnets)
    """

    version: KubernetesVersion
    cluster_name: str | None = None
    output_cluster_name: bool | None = None
    output_config_command: bool | None = None
    role: IRole | None = None
    security_group: ISecurityGroup | None = None
    vpc: IVpc | None = None
    vpc_subnets: Sequence[SubnetSelection] | None = None


@structs.frozen(kw_only=True)
class EksOptimizedImageProps:
    """aws-cdk-lib's ``aws_eks.EksOptimizedImageProps``.

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
    """aws-cdk-lib's ``aws_eks.FargateClusterProps``.

    Args:
        version: the Kubernetes version to run in the cluster
        cluster_name: name for the cluster (default: Automatically generated name)
        output_cluster_name: determines whether a CloudFormation output with the name of the cluster will be synthesized (default: false)
        output_config_command: determines whether a CloudFormation output with the ``aws eks update-kubeconfig`` command will be synthesized (default: true)
        role: role that provides permissions for the Kubernetes control plane to make calls to AWS API operations on your behalf (default: A role is automatically created for you)
        security_group: security Group to use for Control Plane ENIs (default: A security group is automatically created)
        vpc: the VPC in which to create the Cluster (default: a VPC with default configuration will be created and can be accessed through ``cluster.vpc``)
        vpc_subnets: where to place EKS Control Plane ENIs (default: All public and private subnets)
        kubectl_layer: an AWS Lambda Layer which includes ``kubectl`` and Helm
        alb_controller: install the AWS Load Balancer Controller onto the cluster (default: The controller is not installed)
        authentication_mode: the desired authentication mode for the cluster (default: AuthenticationMode.CONFIG_MAP)
        awscli_layer: an AWS Lambda layer that contains the ``aws`` CLI (default: a default layer with the AWS CLI 1.x)
        cluster_handler_environment: custom environment variables when interacting with the EKS endpoint to manage the cluster lifecycle (default: No environment variables)
        cluster_handler_security_group: A security group to associate with the Cluster Handler's Lambdas (default: No security group)
        cluster_logging: the cluster log types which you want to enable (default: none)
        control_plane_scaling_tier: the control plane scaling tier for EKS Provisioned Control Plane (default: Standard control plane (no provisioned tier))
        core_dns_compute_type: controls the "eks.amazonaws.com/compute-type" annotation in the CoreDNS configuration on your cluster to determine which compute type to use for CoreDNS (default: CoreDnsComputeType.EC2 (for ``FargateCluster`` the default is FARGATE))
        deletion_protection: the current deletion protection setting for the cluster (default: deletion protection is disabled)
        endpoint_access: configure access to the Kubernetes API server endpoint (default: EndpointAccess.PUBLIC_AND_PRIVATE)
        ip_family: specify which IP family is used to assign Kubernetes pod and service IP addresses (default: IpFamily.IP_V4)
        kubectl_environment: environment variables for the kubectl execution (default: No environment variables)
        kubectl_memory: amount of memory to allocate to the provider's lambda function (default: Size.gibibytes(1))
        masters_role: an IAM role that will be added to the ``system:masters`` Kubernetes RBAC group (default: no masters role)
        on_event_layer: an AWS Lambda Layer which includes the NPM dependency ``proxy-agent`` (default: a layer bundled with this module)
        output_masters_role_arn: determines whether a CloudFormation output with the ARN of the "masters" IAM role will be synthesized (if ``mastersRole`` is specified) (default: false)
        place_cluster_handler_in_vpc: if set to true, the cluster handler functions will be placed in the private subnets of the cluster vpc, subject to the ``vpcSubnets`` selection strategy (default: false)
        prune: indicates whether Kubernetes resources added through ``addManifest()`` can be automatically pruned (default: true)
        remote_node_networks: IPv4 CIDR blocks defining the expected address range of hybrid nodes that will join the cluster (default: none)
        remote_pod_networks: IPv4 CIDR blocks for Pods running Kubernetes webhooks on hybrid nodes (default: none)
        removal_policy: the removal policy applied to all CloudFormation resources created by this construct when they are no longer managed by CloudFormation (default: Resources will be deleted)
        secrets_encryption_key: KMS secret for envelope encryption for Kubernetes secrets (default: By default, Kubernetes stores all secret object data within etcd and all etcd volumes used by Amazon EKS are encrypted at the disk-level using AWS-Managed encryption keys)
        service_ipv4_cidr: the CIDR block to assign Kubernetes service IP addresses from (default: Kubernetes assigns addresses from either the 10.100.0.0/16 or 172.20.0.0/16 CIDR blocks)
        default_profile: fargate Profile to create along with the cluster (default: A profile called "default" with 'default' and 'kube-system' selectors will be created if this is left undefined)
    """

    version: KubernetesVersion
    kubectl_layer: ILayerVersion
    cluster_name: str | None = None
    output_cluster_name: bool | None = None
    output_config_command: bool | None = None
    role: IRole | None = None
    security_group: ISecurityGroup | None = None
    vpc: IVpc | None = None
    vpc_subnets: Sequence[SubnetSelection] | None = None
    alb_controller: AlbControllerOptions | None = None
    authentication_mode: AuthenticationMode | None = None
    awscli_layer: ILayerVersion | None = None
    cluster_handler_environment: Mapping[str, str] | None = None
    cluster_handler_security_group: ISecurityGroup | None = None
    cluster_logging: Sequence[ClusterLoggingTypes] | None = None
    control_plane_scaling_tier: ControlPlaneScalingTier | None = None
    core_dns_compute_type: CoreDnsComputeType | None = None
    deletion_protection: bool | None = None
    endpoint_access: EndpointAccess | None = None
    ip_family: IpFamily | None = None
    kubectl_environment: Mapping[str, str] | None = None
    kubectl_memory: Size | None = None
    masters_role: IRole | None = None
    on_event_layer: ILayerVersion | None = None
    output_masters_role_arn: bool | None = None
    place_cluster_handler_in_vpc: bool | None = None
    prune: bool | None = None
    remote_node_networks: Sequence[RemoteNodeNetwork] | None = None
    remote_pod_networks: Sequence[RemotePodNetwork] | None = None
    removal_policy: RemovalPolicy | None = None
    secrets_encryption_key: IKey | None = None
    service_ipv4_cidr: str | None = None
    default_profile: FargateProfileOptions | None = None


@structs.frozen(kw_only=True)
class FargateProfileOptions:
    """aws-cdk-lib's ``aws_eks.FargateProfileOptions``.

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
    """aws-cdk-lib's ``aws_eks.FargateProfileProps``.

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
    """aws-cdk-lib's ``aws_eks.GrantAccessOptions``.

    Args:
        access_entry_type: the type of the access entry (default: AccessEntryType.STANDARD - Standard access entry type that supports access policies)
    """

    access_entry_type: AccessEntryType | None = None


@structs.frozen(kw_only=True)
class HelmChartOptions:
    """aws-cdk-lib's ``aws_eks.HelmChartOptions``.

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
    """aws-cdk-lib's ``aws_eks.HelmChartProps``.

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
    """aws-cdk-lib's ``aws_eks.IngressLoadBalancerAddressOptions``.

    Args:
        namespace: the namespace the service belongs to (default: 'default')
        timeout: timeout for waiting on the load balancer address (default: Duration.minutes(5))
    """

    namespace: str | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class KubectlProviderAttributes:
    """aws-cdk-lib's ``aws_eks.KubectlProviderAttributes``.

    Args:
        function_arn: the custom resource provider's service token
        handler_role: the IAM execution role of the handler
        kubectl_role_arn: the IAM role to assume in order to perform kubectl operations against this cluster
    """

    function_arn: str
    handler_role: IRole
    kubectl_role_arn: str


@structs.frozen(kw_only=True)
class KubectlProviderProps:
    """aws-cdk-lib's ``aws_eks.KubectlProviderProps``.

    Args:
        cluster: the cluster to control
        removal_policy: the removal policy applied to the custom resource that provides kubectl (default: RemovalPolicy.DESTROY)
    """

    cluster: ICluster
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class KubernetesManifestOptions:
    """aws-cdk-lib's ``aws_eks.KubernetesManifestOptions``.

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
    """aws-cdk-lib's ``aws_eks.KubernetesManifestProps``.

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
    """aws-cdk-lib's ``aws_eks.KubernetesObjectValueProps``.

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
    """aws-cdk-lib's ``aws_eks.KubernetesPatchProps``.

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
    """aws-cdk-lib's ``aws_eks.LaunchTemplateSpec``.

    Args:
        id: the Launch template ID
        version: the launch template version to be used (optional) (default: the default version of the launch template)
    """

    id: str
    version: str | None = None


@structs.frozen(kw_only=True)
class NodegroupOptions:
    """aws-cdk-lib's ``aws_eks.NodegroupOptions``.

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
    """aws-cdk-lib's ``aws_eks.NodegroupProps``.

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
    """aws-cdk-lib's ``aws_eks.NodegroupRemoteAccess``.

    Args:
        ssh_key_name: the Amazon EC2 SSH key that provides access for SSH communication with the worker nodes in the managed node group
        source_security_groups: the security groups that are allowed SSH access (port 22) to the worker nodes (default: port 22 on the worker nodes is opened to the internet (0.0.0.0/0))
    """

    ssh_key_name: str
    source_security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class OidcProviderNativeProps:
    """aws-cdk-lib's ``aws_eks.OidcProviderNativeProps``.

    Args:
        url: the URL of the identity provider
        removal_policy: the removal policy to apply to the OpenID Connect Provider (default: RemovalPolicy.DESTROY)
    """

    url: str
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class OpenIdConnectProviderProps:
    """aws-cdk-lib's ``aws_eks.OpenIdConnectProviderProps``.

    Args:
        url: the URL of the identity provider
        removal_policy: the removal policy to apply to the OpenID Connect Provider (default: RemovalPolicy.DESTROY)
    """

    url: str
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class RemoteNodeNetwork:
    """aws-cdk-lib's ``aws_eks.RemoteNodeNetwork``.

    Args:
        cidrs: specifies the list of remote node CIDRs
    """

    cidrs: Sequence[str]


@structs.frozen(kw_only=True)
class RemotePodNetwork:
    """aws-cdk-lib's ``aws_eks.RemotePodNetwork``.

    Args:
        cidrs: specifies the list of remote pod CIDRs
    """

    cidrs: Sequence[str]


@structs.frozen(kw_only=True)
class Selector:
    """aws-cdk-lib's ``aws_eks.Selector``.

    Args:
        namespace: the Kubernetes namespace that the selector should match
        labels: the Kubernetes labels that the selector should match (default: all pods within the namespace will be selected)
    """

    namespace: str
    labels: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class ServiceAccountOptions:
    """aws-cdk-lib's ``aws_eks.ServiceAccountOptions``.

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
    """aws-cdk-lib's ``aws_eks.ServiceAccountProps``.

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
    """aws-cdk-lib's ``aws_eks.ServiceLoadBalancerAddressOptions``.

    Args:
        namespace: the namespace the service belongs to (default: 'default')
        timeout: timeout for waiting on the load balancer address (default: Duration.minutes(5))
    """

    namespace: str | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class TaintSpec:
    """aws-cdk-lib's ``aws_eks.TaintSpec``.

    Args:
        effect: effect type (default: None)
        key: taint key (default: None)
        value: taint value (default: None)
    """

    effect: TaintEffect | None = None
    key: str | None = None
    value: str | None = None
