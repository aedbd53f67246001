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
        access_entry_arn: ARN of the access entry
        access_entry_name: name of the access entry
    """

    access_entry_arn: str
    access_entry_name: str


@structs.frozen(kw_only=True)
class AccessEntryProps:
    """aws-cdk-lib's ``aws_eks.AccessEntryProps``.

    Args:
        access_policies: the access policies (permissions and their scope) granted through the entry
        cluster: the cluster the entry grants access to
        principal: ARN of the IAM user or role the entry is for
        access_entry_name: name of the entry (default: none set)
        access_entry_type: entry type (default: STANDARD)
        removal_policy: what happens to the entry when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
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
        access_scope_type: whether the policy applies cluster-wide or to namespaces
        namespaces: the namespaces a namespace-scoped policy covers (default: none)
    """

    access_scope_type: AccessScopeType
    namespaces: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class AccessPolicyProps:
    """aws-cdk-lib's ``aws_eks.AccessPolicyProps``.

    Args:
        access_scope: where the policy applies (cluster or namespaces)
        policy: the access policy granted
    """

    access_scope: AccessScope
    policy: AccessPolicyArn


@structs.frozen(kw_only=True)
class AccessScope:
    """aws-cdk-lib's ``aws_eks.AccessScope``.

    Args:
        type: ``namespace`` or ``cluster``
        namespaces: the namespaces the policy is limited to (default: none)
    """

    type: AccessScopeType
    namespaces: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class AddonAttributes:
    """aws-cdk-lib's ``aws_eks.AddonAttributes``.

    Args:
        addon_name: name of the add-on
        cluster_name: name of the cluster that runs the add-on
    """

    addon_name: str
    cluster_name: str


@structs.frozen(kw_only=True)
class AddonProps:
    """aws-cdk-lib's ``aws_eks.AddonProps``.

    Args:
        addon_name: name of the add-on (e.g. ``vpc-cni``)
        cluster: the cluster to install the add-on on
        addon_version: add-on version (default: the latest)
        configuration_values: configuration values for the add-on (default: its defaults)
        preserve_on_delete: keep the add-on's software on the cluster when the add-on is deleted, only unmanaging it (default: true)
        removal_policy: what happens to the add-on when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
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
        enable_waf: turn AWS WAF on or off in the controller (default: unset in the chart values)
        enable_wafv2: turn AWS WAFv2 on or off in the controller (default: unset in the chart values)
    """

    enable_waf: bool | None = None
    enable_wafv2: bool | None = None


@structs.frozen(kw_only=True)
class AlbControllerOptions:
    """aws-cdk-lib's ``aws_eks.AlbControllerOptions``.

    Args:
        version: controller version to install
        additional_helm_chart_values: extra Helm values for the controller chart (default: none)
        overwrite_service_account: replace an existing controller service account (default: false)
        policy: IAM policy for the controller's service account (default: the one that matches ``version``)
        removal_policy: what happens to the controller's resources when CloudFormation stops managing them (default: RemovalPolicy.DESTROY)
        repository: image repository of the controller (default: '602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller')
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
        version: controller version to install
        additional_helm_chart_values: extra Helm values for the controller chart (default: none)
        overwrite_service_account: replace an existing controller service account (default: false)
        policy: IAM policy for the controller's service account (default: the one that matches ``version``)
        removal_policy: what happens to the controller's resources when CloudFormation stops managing them (default: RemovalPolicy.DESTROY)
        repository: image repository of the controller (default: '602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller')
        cluster: the cluster to install the controller on
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
        allow_all_outbound: let the instances open outbound connections anywhere (default: true)
        associate_public_ip_address: give the instances public IP addresses (default: the subnet's setting)
        auto_scaling_group_name: group name (default: generated by CloudFormation)
        az_capacity_distribution_strategy: how instances are spread over Availability Zones (default: none)
        block_devices: block device mappings of the instances (default: the AMI's)
        capacity_rebalance: turn on Capacity Rebalancing (default: false)
        cooldown: default scaling cooldown (default: Duration.minutes(5))
        default_instance_warmup: time before a new instance's metrics count towards CloudWatch (default: none)
        deletion_protection: deletion protection of the group (default: DeletionProtection.NONE)
        desired_capacity: starting number of instances (default: ``min_capacity``, untouched on later deployments)
        group_metrics: group-level metrics to report (default: none)
        health_check: deprecated, use ``health_checks`` (default: EC2 checks, no grace period)
        health_checks: EC2 or additional health checks (default: EC2 checks, no grace period)
        ignore_unmodified_size_properties: with scheduled actions, leave unchanged size properties alone on update (default: true)
        instance_lifecycle_policy: what becomes of an instance whose lifecycle hook fails or is abandoned (default: none)
        instance_monitoring: detailed or basic instance monitoring (default: Monitoring.DETAILED)
        key_name: deprecated, use ``key_pair``; SSH key pair name (default: no SSH access)
        key_pair: SSH key pair of the instances (default: no SSH access)
        max_capacity: largest number of instances (default: ``desired_capacity``)
        max_instance_lifetime: longest time an instance may stay in service (default: none)
        min_capacity: smallest number of instances (default: 1)
        new_instances_protected_from_scale_in: protect new instances from scale-in termination (default: false)
        notifications: SNS topics told about fleet changes (default: none)
        signals: wait for instance signals during deployment (default: no waiting)
        spot_price: maximum hourly Spot price in USD (default: none, on-demand)
        ssm_session_permissions: grant the instance role SSM Session Manager permissions (default: false)
        termination_policies: policies that pick instances to terminate (default: ``TerminationPolicy.DEFAULT``)
        termination_policy_custom_lambda_function_arn: ARN of a Lambda function used as a custom termination policy (default: none)
        update_policy: what happens on a change of the instance configuration (default: ``UpdatePolicy.rollingUpdate()`` with ``init``, else ``UpdatePolicy.none()``)
        vpc_subnets: subnets for the instances (default: the private subnets)
        instance_type: EC2 instance type of the nodes
        bootstrap_enabled: have the user data run ``/etc/eks/bootstrap.sh`` so the nodes join the cluster (default: true)
        bootstrap_options: options for the node bootstrap script (default: none)
        machine_image_type: AMI family of the nodes (default: MachineImageType.AMAZON_LINUX_2)
        map_role: map the instance role to RBAC in the aws-auth ConfigMap (default: true when the cluster has kubectl, as it does by default)
        spot_interrupt_handler: install the spot interrupt handler on the cluster unless already there (default: true)
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
        bootstrap_enabled: have the user data run ``/etc/eks/bootstrap.sh`` so the nodes join the cluster (default: true)
        bootstrap_options: options for the node bootstrap run from the user data (default: the default options)
        machine_image_type: AMI family of the nodes (default: MachineImageType.AMAZON_LINUX_2)
        map_role: map the instance role to RBAC in the aws-auth ConfigMap (default: true when the cluster has kubectl, as it does by default)
        spot_interrupt_handler: install the spot interrupt handler on the cluster unless already there (default: true)
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
        groups: Kubernetes groups the role is mapped to
        username: Kubernetes user name for the role (default: the role's ARN)
    """

    groups: Sequence[str]
    username: str | None = None


@structs.frozen(kw_only=True)
class AwsAuthProps:
    """aws-cdk-lib's ``aws_eks.AwsAuthProps``.

    Args:
        cluster: the cluster this applies to
    """

    cluster: Cluster


@structs.frozen(kw_only=True)
class BootstrapOptions:
    """aws-cdk-lib's ``aws_eks.BootstrapOptions``.

    Args:
        additional_args: extra command-line arguments for ``/etc/eks/bootstrap.sh`` (default: none)
        aws_api_retry_attempts: retries of the DescribeCluster API call (default: 3)
        dns_cluster_ip: cluster DNS server address the nodes use (default: 10.100.0.10 or 172.20.0.10, after the primary interface's address)
        docker_config_json: contents of ``/etc/docker/daemon.json`` (default: none)
        enable_docker_bridge: bring back Docker's default bridge network (default: false)
        kubelet_extra_args: extra kubelet arguments (default: none)
        use_max_pods: set the kubelet's ``--max-pods`` from the instance type (default: true)
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
        cluster_name: the cluster's name
        awscli_layer: Lambda layer with the ``aws`` CLI (default: a bundled layer with AWS CLI 1.x)
        cluster_certificate_authority_data: the cluster's certificate authority data (default: none; reading ``cluster_certificate_authority_data`` raises)
        cluster_encryption_config_key_arn: ARN or alias of the KMS key that encrypts secrets (default: none; reading ``cluster_encryption_config_key_arn`` raises)
        cluster_endpoint: URL of the API server (default: none; reading ``cluster_endpoint`` raises)
        cluster_handler_security_group_id: security group ID for the cluster handler functions (default: none)
        cluster_security_group_id: ID of the security group EKS made for the cluster (default: none; reading ``cluster_security_group_id`` raises)
        ip_family: IP family of pod and service addresses (default: IpFamily.IP_V4)
        kubectl_environment: environment variables for ``kubectl`` runs (default: none)
        kubectl_lambda_role: IAM role for the kubectl functions (default: the role the function creates)
        kubectl_layer: Lambda layer with ``kubectl`` and Helm (default: none)
        kubectl_memory: memory of the kubectl provider function (default: Size.gibibytes(1))
        kubectl_private_subnet_ids: subnet IDs for the kubectl functions (default: none; the endpoint must then be public)
        kubectl_provider: provider that runs kubectl commands (default: the built-in one)
        kubectl_role_arn: ARN of a role with cluster-admin (``system:masters``) rights (default: none; no kubectl commands on the imported cluster)
        kubectl_security_group_id: security group ID for the kubectl functions (default: none; the endpoint must then be public)
        on_event_layer: Lambda layer with the ``proxy-agent`` NPM package (default: a bundled layer)
        open_id_connect_provider: OIDC provider for service-account roles (default: none; ``open_id_connect_provider`` and ``add_service_account`` raise)
        prune: let manifests added with ``add_manifest`` be pruned (default: true)
        security_group_ids: extra security groups of the cluster (default: none in ``connections``)
        vpc: the cluster's VPC (default: none; reading ``vpc`` raises)
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
        version: Kubernetes version of the cluster
        cluster_name: cluster name (default: generated)
        output_cluster_name: add a stack output with the cluster name (default: false)
        output_config_command: add a stack output holding the kubeconfig command (``aws eks update-kubeconfig ...``) (default: true)
        role: IAM role the control plane uses to call AWS (default: a new role)
        security_group: security group of the control plane ENIs (default: a new one)
        vpc: VPC to create the cluster in (default: a new VPC with default settings, available as ``cluster.vpc``)
        vpc_subnets: subnets for the control plane ENIs (default: all public and private subnets)
        kubectl_layer: Lambda layer with ``kubectl`` and Helm
        alb_controller: install the AWS Load Balancer Controller (default: not installed)
        authentication_mode: how IAM principals authenticate to the cluster (default: AuthenticationMode.CONFIG_MAP)
        awscli_layer: Lambda layer with the ``aws`` CLI (default: a bundled layer with AWS CLI 1.x)
        cluster_handler_environment: environment variables of the cluster-lifecycle handler functions (default: none)
        cluster_handler_security_group: security group for the cluster handler functions (default: none)
        cluster_logging: control plane log types to turn on (default: none)
        control_plane_scaling_tier: provisioned control plane tier (default: the standard control plane)
        core_dns_compute_type: compute type CoreDNS runs on, set as its ``eks.amazonaws.com/compute-type`` annotation (default: CoreDnsComputeType.EC2; FARGATE for ``FargateCluster``)
        deletion_protection: protect the cluster from deletion (default: off)
        endpoint_access: who can reach the API server endpoint (default: EndpointAccess.PUBLIC_AND_PRIVATE)
        ip_family: IP family of pod and service addresses (default: IpFamily.IP_V4)
        kubectl_environment: environment variables for kubectl runs (default: none)
        kubectl_memory: memory of the kubectl provider function (default: Size.gibibytes(1))
        masters_role: IAM role added to the ``system:masters`` RBAC group (default: none)
        on_event_layer: Lambda layer with the ``proxy-agent`` NPM package (default: a bundled layer)
        output_masters_role_arn: add a stack output with the masters role's ARN, when ``masters_role`` is given (default: false)
        place_cluster_handler_in_vpc: run the cluster handler functions in the VPC's private subnets picked by ``vpc_subnets`` (default: false)
        prune: let manifests added with ``add_manifest`` be pruned (default: true)
        remote_node_networks: IPv4 CIDR ranges that hybrid nodes joining the cluster live in (default: none)
        remote_pod_networks: IPv4 CIDR ranges of pods running webhooks on hybrid nodes (default: none)
        removal_policy: what happens to every resource of the construct when CloudFormation stops managing it (default: deleted)
        secrets_encryption_key: KMS key for envelope encryption of Kubernetes secrets (default: none; etcd volumes are still disk-encrypted with AWS-managed keys)
        service_ipv4_cidr: CIDR range that service IPs come from (default: 10.100.0.0/16 or 172.20.0.0/16, picked by Kubernetes)
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
        version: Kubernetes version of the cluster
        cluster_name: cluster name (default: generated)
        output_cluster_name: add a stack output with the cluster name (default: false)
        output_config_command: add a stack output holding the kubeconfig command (``aws eks update-kubeconfig ...``) (default: true)
        role: IAM role the control plane uses to call AWS (default: a new role)
        security_group: security group of the control plane ENIs (default: a new one)
        vpc: VPC to create the cluster in (default: a new VPC with default settings, available as ``cluster.vpc``)
        vpc_subnets: subnets for the control plane ENIs (default: all public and private subnets)
        kubectl_layer: Lambda layer with ``kubectl`` and Helm
        alb_controller: install the AWS Load Balancer Controller (default: not installed)
        authentication_mode: how IAM principals authenticate to the cluster (default: AuthenticationMode.CONFIG_MAP)
        awscli_layer: Lambda layer with the ``aws`` CLI (default: a bundled layer with AWS CLI 1.x)
        cluster_handler_environment: environment variables of the cluster-lifecycle handler functions (default: none)
        cluster_handler_security_group: security group for the cluster handler functions (default: none)
        cluster_logging: control plane log types to turn on (default: none)
        control_plane_scaling_tier: provisioned control plane tier (default: the standard control plane)
        core_dns_compute_type: compute type CoreDNS runs on, set as its ``eks.amazonaws.com/compute-type`` annotation (default: CoreDnsComputeType.EC2; FARGATE for ``FargateCluster``)
        deletion_protection: protect the cluster from deletion (default: off)
        endpoint_access: who can reach the API server endpoint (default: EndpointAccess.PUBLIC_AND_PRIVATE)
        ip_family: IP family of pod and service addresses (default: IpFamily.IP_V4)
        kubectl_environment: environment variables for kubectl runs (default: none)
        kubectl_memory: memory of the kubectl provider function (default: Size.gibibytes(1))
        masters_role: IAM role added to the ``system:masters`` RBAC group (default: none)
        on_event_layer: Lambda layer with the ``proxy-agent`` NPM package (default: a bundled layer)
        output_masters_role_arn: add a stack output with the masters role's ARN, when ``masters_role`` is given (default: false)
        place_cluster_handler_in_vpc: run the cluster handler functions in the VPC's private subnets picked by ``vpc_subnets`` (default: false)
        prune: let manifests added with ``add_manifest`` be pruned (default: true)
        remote_node_networks: IPv4 CIDR ranges that hybrid nodes joining the cluster live in (default: none)
        remote_pod_networks: IPv4 CIDR ranges of pods running webhooks on hybrid nodes (default: none)
        removal_policy: what happens to every resource of the construct when CloudFormation stops managing it (default: deleted)
        secrets_encryption_key: KMS key for envelope encryption of Kubernetes secrets (default: none; etcd volumes are still disk-encrypted with AWS-managed keys)
        service_ipv4_cidr: CIDR range that service IPs come from (default: 10.100.0.0/16 or 172.20.0.0/16, picked by Kubernetes)
        bootstrap_cluster_creator_admin_permissions: give the creating IAM principal a cluster-admin access entry; changing it replaces the cluster (default: true)
        bootstrap_self_managed_addons: install the default networking add-ons (vpc-cni, coredns, kube-proxy); false leaves them out (default: true)
        default_capacity: number of instances of the initial capacity; 0 for none (default: 2)
        default_capacity_instance: instance type of the initial capacity, used only when ``default_capacity`` > 0 (default: m5.large)
        default_capacity_type: kind of the initial capacity (default: NODEGROUP)
        kubectl_lambda_role: IAM role handed to the kubectl handler function (default: the function's default execution role)
        tags: tags of the cluster (default: none)
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
        version: Kubernetes version of the cluster
        cluster_name: cluster name (default: generated)
        output_cluster_name: add a stack output with the cluster name (default: false)
        output_config_command: add a stack output holding the kubeconfig command (``aws eks update-kubeconfig ...``) (default: true)
        role: IAM role the control plane uses to call AWS (default: a new role)
        security_group: security group of the control plane ENIs (default: a new one)
        vpc: VPC to create the cluster in (default: a new VPC with default settings, available as ``cluster.vpc``)
        vpc_subnets: subnets for the control plane ENIs (default: all public and private subnets)
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
        cpu_arch: CPU architecture of the image, arm64 or x86_64 (default: CpuArch.X86_64)
        kubernetes_version: Kubernetes version of the image (default: the latest)
        node_type: standard or GPU-optimized image (default: NodeType.STANDARD)
    """

    cpu_arch: CpuArch | None = None
    kubernetes_version: str | None = None
    node_type: NodeType | None = None


@structs.frozen(kw_only=True)
class FargateClusterProps:
    """aws-cdk-lib's ``aws_eks.FargateClusterProps``.

    Args:
        version: Kubernetes version of the cluster
        cluster_name: cluster name (default: generated)
        output_cluster_name: add a stack output with the cluster name (default: false)
        output_config_command: add a stack output holding the kubeconfig command (``aws eks update-kubeconfig ...``) (default: true)
        role: IAM role the control plane uses to call AWS (default: a new role)
        security_group: security group of the control plane ENIs (default: a new one)
        vpc: VPC to create the cluster in (default: a new VPC with default settings, available as ``cluster.vpc``)
        vpc_subnets: subnets for the control plane ENIs (default: all public and private subnets)
        kubectl_layer: Lambda layer with ``kubectl`` and Helm
        alb_controller: install the AWS Load Balancer Controller (default: not installed)
        authentication_mode: how IAM principals authenticate to the cluster (default: AuthenticationMode.CONFIG_MAP)
        awscli_layer: Lambda layer with the ``aws`` CLI (default: a bundled layer with AWS CLI 1.x)
        cluster_handler_environment: environment variables of the cluster-lifecycle handler functions (default: none)
        cluster_handler_security_group: security group for the cluster handler functions (default: none)
        cluster_logging: control plane log types to turn on (default: none)
        control_plane_scaling_tier: provisioned control plane tier (default: the standard control plane)
        core_dns_compute_type: compute type CoreDNS runs on, set as its ``eks.amazonaws.com/compute-type`` annotation (default: CoreDnsComputeType.EC2; FARGATE for ``FargateCluster``)
        deletion_protection: protect the cluster from deletion (default: off)
        endpoint_access: who can reach the API server endpoint (default: EndpointAccess.PUBLIC_AND_PRIVATE)
        ip_family: IP family of pod and service addresses (default: IpFamily.IP_V4)
        kubectl_environment: environment variables for kubectl runs (default: none)
        kubectl_memory: memory of the kubectl provider function (default: Size.gibibytes(1))
        masters_role: IAM role added to the ``system:masters`` RBAC group (default: none)
        on_event_layer: Lambda layer with the ``proxy-agent`` NPM package (default: a bundled layer)
        output_masters_role_arn: add a stack output with the masters role's ARN, when ``masters_role`` is given (default: false)
        place_cluster_handler_in_vpc: run the cluster handler functions in the VPC's private subnets picked by ``vpc_subnets`` (default: false)
        prune: let manifests added with ``add_manifest`` be pruned (default: true)
        remote_node_networks: IPv4 CIDR ranges that hybrid nodes joining the cluster live in (default: none)
        remote_pod_networks: IPv4 CIDR ranges of pods running webhooks on hybrid nodes (default: none)
        removal_policy: what happens to every resource of the construct when CloudFormation stops managing it (default: deleted)
        secrets_encryption_key: KMS key for envelope encryption of Kubernetes secrets (default: none; etcd volumes are still disk-encrypted with AWS-managed keys)
        service_ipv4_cidr: CIDR range that service IPs come from (default: 10.100.0.0/16 or 172.20.0.0/16, picked by Kubernetes)
        default_profile: Fargate profile created with the cluster (default: one named "default" selecting the ``default`` and ``kube-system`` namespaces)
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
        selectors: which pods run on this profile
        fargate_profile_name: profile name (default: generated)
        pod_execution_role: execution role of the profile's pods (default: a new role)
        removal_policy: what happens to the profile's custom resource when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
        subnet_selection: subnets the pods run in (default: the VPC's private subnets)
        vpc: VPC whose subnets the pods run in (default: the cluster's private subnets)
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
        selectors: which pods run on this profile
        fargate_profile_name: profile name (default: generated)
        pod_execution_role: execution role of the profile's pods (default: a new role)
        removal_policy: what happens to the profile's custom resource when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
        subnet_selection: subnets the pods run in (default: the VPC's private subnets)
        vpc: VPC whose subnets the pods run in (default: the cluster's private subnets)
        cluster: the cluster the profile belongs to
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
        access_entry_type: access entry type (default: AccessEntryType.STANDARD, which takes access policies)
    """

    access_entry_type: AccessEntryType | None = None


@structs.frozen(kw_only=True)
class HelmChartOptions:
    """aws-cdk-lib's ``aws_eks.HelmChartOptions``.

    Args:
        atomic: roll the release back if the upgrade fails (default: false)
        chart: chart name (default: none)
        chart_asset: the chart as an asset (default: none)
        create_namespace: create the namespace when missing (default: true)
        namespace: Kubernetes namespace of the release (default: default)
        release: release name (default: the construct's unique ID, cut to its last 53 characters)
        removal_policy: what happens to the chart's custom resource when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
        repository: chart repository (default: none; ``chart`` must then be an absolute URL)
        skip_crds: do not install CRDs (default: CRDs are installed when missing)
        timeout: how long each Kubernetes operation may take (default: Duration.minutes(5))
        values: chart values (default: none)
        version: chart version (default: the latest)
        wait: wait for the release's pods, PVCs, services and workloads to be ready before reporting success (default: no waiting)
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
        atomic: roll the release back if the upgrade fails (default: false)
        chart: chart name (default: none)
        chart_asset: the chart as an asset (default: none)
        create_namespace: create the namespace when missing (default: true)
        namespace: Kubernetes namespace of the release (default: default)
        release: release name (default: the construct's unique ID, cut to its last 53 characters)
        removal_policy: what happens to the chart's custom resource when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
        repository: chart repository (default: none; ``chart`` must then be an absolute URL)
        skip_crds: do not install CRDs (default: CRDs are installed when missing)
        timeout: how long each Kubernetes operation may take (default: Duration.minutes(5))
        values: chart values (default: none)
        version: chart version (default: the latest)
        wait: wait for the release's pods, PVCs, services and workloads to be ready before reporting success (default: no waiting)
        cluster: the cluster this applies to
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
        namespace: namespace of the service (default: 'default')
        timeout: how long to wait until the service has a load balancer address (default: Duration.minutes(5))
    """

    namespace: str | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class KubectlProviderAttributes:
    """aws-cdk-lib's ``aws_eks.KubectlProviderAttributes``.

    Args:
        function_arn: service token of the provider
        handler_role: execution role of the handler function
        kubectl_role_arn: IAM role assumed for kubectl operations on the cluster
    """

    function_arn: str
    handler_role: IRole
    kubectl_role_arn: str


@structs.frozen(kw_only=True)
class KubectlProviderProps:
    """aws-cdk-lib's ``aws_eks.KubectlProviderProps``.

    Args:
        cluster: the cluster the provider manages
        removal_policy: what happens to the provider's custom resource when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
    """

    cluster: ICluster
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class KubernetesManifestOptions:
    """aws-cdk-lib's ``aws_eks.KubernetesManifestOptions``.

    Args:
        ingress_alb: annotate the manifest's ``Ingress`` resources for an ALB ingress controller (default: false)
        ingress_alb_scheme: ALB scheme put on those ``Ingress`` resources (default: AlbScheme.INTERNAL)
        prune: delete resources that a later version of the manifest drops, using prune labels (default: the cluster's ``prune`` setting, true unless changed)
        removal_policy: what happens to the manifest's custom resource when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
        skip_validation: skip validation of the manifest (default: false)
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
        ingress_alb: annotate the manifest's ``Ingress`` resources for an ALB ingress controller (default: false)
        ingress_alb_scheme: ALB scheme put on those ``Ingress`` resources (default: AlbScheme.INTERNAL)
        prune: delete resources that a later version of the manifest drops, using prune labels (default: the cluster's ``prune`` setting, true unless changed)
        removal_policy: what happens to the manifest's custom resource when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
        skip_validation: skip validation of the manifest (default: false)
        cluster: the cluster the manifest is applied to
        manifest: the Kubernetes objects to apply
        overwrite: replace existing resources (default: false)
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
        cluster: the cluster to read from
        json_path: JSONPath of the value in the object
        object_name: name of the object
        object_type: kind of the object
        object_namespace: namespace of the object (default: 'default')
        removal_policy: what happens to the value's custom resource when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
        timeout: how long to wait for the value (default: Duration.minutes(5))
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
        apply_patch: JSON patch given to ``kubectl patch`` on create and update
        cluster: the cluster holding the resource
        resource_name: ``kind/name`` of the resource to patch (e.g. ``deployment/coredns``)
        restore_patch: JSON patch given to ``kubectl patch`` on delete
        patch_type: patch type passed to ``kubectl patch`` (default: PatchType.STRATEGIC)
        removal_policy: what happens to the patch's custom resource when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
        resource_namespace: namespace of the resource (default: "default")
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
        id: launch template ID
        version: launch template version (default: the template's default version)
    """

    id: str
    version: str | None = None


@structs.frozen(kw_only=True)
class NodegroupOptions:
    """aws-cdk-lib's ``aws_eks.NodegroupOptions``.

    Args:
        ami_type: AMI type of the nodes (default: derived from ``instance_types`` when no launch template is given)
        capacity_type: on-demand or spot capacity (default: ON_DEMAND)
        desired_size: number of nodes to keep (default: 2)
        disk_size: root volume size in GiB (default: 20)
        enable_node_auto_repair: turn on node auto repair (default: off)
        force_update: update even when a pod disruption budget keeps pods from draining (default: true)
        instance_types: instance types of the nodes (default: t3.medium, as CloudFormation picks)
        labels: Kubernetes labels of the nodes (default: none)
        launch_template_spec: launch template of the nodes (default: none)
        max_size: largest number of nodes (default: ``desired_size``)
        max_unavailable: how many nodes a version update may take down at once (default: 1)
        max_unavailable_percentage: what share of the nodes, in percent, a version update may take down at once (default: unset; one node at a time)
        min_size: smallest number of nodes (default: 1)
        nodegroup_name: node group name (default: the construct ID)
        node_role: IAM role of the nodes (default: none)
        release_version: version of the EKS-optimized AMI, e.g. ``1.14.7-YYYYMMDD`` (default: the newest one for the cluster's Kubernetes version)
        remote_access: SSH access to the nodes (default: off)
        removal_policy: what happens to the node group when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
        subnets: subnets of the node group's Auto Scaling group (default: the private subnets)
        tags: tags of the node group (default: none)
        taints: Kubernetes taints of the nodes (default: none)
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
        ami_type: AMI type of the nodes (default: derived from ``instance_types`` when no launch template is given)
        capacity_type: on-demand or spot capacity (default: ON_DEMAND)
        desired_size: number of nodes to keep (default: 2)
        disk_size: root volume size in GiB (default: 20)
        enable_node_auto_repair: turn on node auto repair (default: off)
        force_update: update even when a pod disruption budget keeps pods from draining (default: true)
        instance_types: instance types of the nodes (default: t3.medium, as CloudFormation picks)
        labels: Kubernetes labels of the nodes (default: none)
        launch_template_spec: launch template of the nodes (default: none)
        max_size: largest number of nodes (default: ``desired_size``)
        max_unavailable: how many nodes a version update may take down at once (default: 1)
        max_unavailable_percentage: what share of the nodes, in percent, a version update may take down at once (default: unset; one node at a time)
        min_size: smallest number of nodes (default: 1)
        nodegroup_name: node group name (default: the construct ID)
        node_role: IAM role of the nodes (default: none)
        release_version: version of the EKS-optimized AMI, e.g. ``1.14.7-YYYYMMDD`` (default: the newest one for the cluster's Kubernetes version)
        remote_access: SSH access to the nodes (default: off)
        removal_policy: what happens to the node group when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
        subnets: subnets of the node group's Auto Scaling group (default: the private subnets)
        tags: tags of the node group (default: none)
        taints: Kubernetes taints of the nodes (default: none)
        cluster: the cluster the node group joins
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
        ssh_key_name: EC2 key pair for SSH to the nodes
        source_security_groups: security groups allowed SSH (port 22) to the nodes (default: port 22 open to 0.0.0.0/0)
    """

    ssh_key_name: str
    source_security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class OidcProviderNativeProps:
    """aws-cdk-lib's ``aws_eks.OidcProviderNativeProps``.

    Args:
        url: URL of the identity provider
        removal_policy: what happens to the provider when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
    """

    url: str
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class OpenIdConnectProviderProps:
    """aws-cdk-lib's ``aws_eks.OpenIdConnectProviderProps``.

    Args:
        url: URL of the identity provider
        removal_policy: what happens to the provider when CloudFormation stops managing it (default: RemovalPolicy.DESTROY)
    """

    url: str
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class RemoteNodeNetwork:
    """aws-cdk-lib's ``aws_eks.RemoteNodeNetwork``.

    Args:
        cidrs: CIDR ranges of the remote nodes
    """

    cidrs: Sequence[str]


@structs.frozen(kw_only=True)
class RemotePodNetwork:
    """aws-cdk-lib's ``aws_eks.RemotePodNetwork``.

    Args:
        cidrs: CIDR ranges of the remote pods
    """

    cidrs: Sequence[str]


@structs.frozen(kw_only=True)
class Selector:
    """aws-cdk-lib's ``aws_eks.Selector``.

    Args:
        namespace: namespace a pod must be in
        labels: labels a pod must carry (default: any pod in the namespace)
    """

    namespace: str
    labels: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class ServiceAccountOptions:
    """aws-cdk-lib's ``aws_eks.ServiceAccountOptions``.

    Args:
        annotations: extra annotations of the service account (default: none)
        identity_type: how the service account gets its IAM identity (default: IdentityType.IRSA)
        labels: extra labels of the service account (default: none)
        name: service account name (default: the construct ID)
        namespace: namespace of the service account (default: "default")
        overwrite_service_account: replace an existing service account of that name (default: false)
        removal_policy: what happens to the service account's resources when CloudFormation stops managing them (default: RemovalPolicy.DESTROY)
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
        annotations: extra annotations of the service account (default: none)
        identity_type: how the service account gets its IAM identity (default: IdentityType.IRSA)
        labels: extra labels of the service account (default: none)
        name: service account name (default: the construct ID)
        namespace: namespace of the service account (default: "default")
        overwrite_service_account: replace an existing service account of that name (default: false)
        removal_policy: what happens to the service account's resources when CloudFormation stops managing them (default: RemovalPolicy.DESTROY)
        cluster: the cluster holding the resource
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
        namespace: namespace of the service (default: 'default')
        timeout: how long to wait until the service has a load balancer address (default: Duration.minutes(5))
    """

    namespace: str | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class TaintSpec:
    """aws-cdk-lib's ``aws_eks.TaintSpec``.

    Args:
        effect: taint effect (default: none)
        key: taint key (default: none)
        value: taint value (default: none)
    """

    effect: TaintEffect | None = None
    key: str | None = None
    value: str | None = None
