"""``Cluster`` (an EKS control plane with its kubectl provider, default VPC and capacity), the imported cluster of
``Cluster.from_cluster_attributes`` and their shared base ``ClusterBase``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import (
    Annotations,
    CfnOutput,
    CfnResource,
    Construct,
    RemovalPolicies,
    Resource,
    Stack,
    Tags,
    Token,
    ValidationError,
)
from l2.eks._cluster_resource import ClusterResource, cluster_arn_components
from l2.eks._enums import (
    AlbScheme,
    AuthenticationMode,
    ClusterLoggingTypes,
    ControlPlaneScalingTier,
    CoreDnsComputeType,
    DefaultCapacityType,
    IdentityType,
    IpFamily,
    MachineImageType,
    NodeType,
)
from l2.eks._private.subnets import select
from l2.eks._structs import (
    AlbControllerOptions,
    BootstrapOptions,
    RemoteNodeNetwork,
    RemotePodNetwork,
)
from l2.eks._version import EndpointAccess, KubernetesVersion

if TYPE_CHECKING:
    from constructs import Duration, RemovalPolicy, Size
    from l2.autoscaling import (
        AutoScalingGroup,
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
    from l2.ec2 import Connections, IKeyPair, InstanceType, ISecurityGroup, ISubnet, IVpc, SubnetSelection
    from l2.eks._aws_auth import AwsAuth
    from l2.eks._enums import AccessEntryType, CapacityType, NodegroupAmiType
    from l2.eks._fargate import FargateProfile
    from l2.eks._interfaces import IAccessPolicy, IAddon, IKubectlProvider
    from l2.eks._k8s import HelmChart, KubernetesManifest
    from l2.eks._nodegroup import Nodegroup
    from l2.eks._service_account import ServiceAccount
    from l2.eks._structs import LaunchTemplateSpec, NodegroupRemoteAccess, Selector, TaintSpec
    from l2.iam import IOpenIdConnectProvider, IRole, Role
    from l2.kms import IKey
    from l2.lambda_ import ILayerVersion
    from l2.s3_assets import Asset

KUBECTL_PROVIDER_ID = "@aws-cdk/aws-eks.KubectlProvider"
DEFAULT_CAPACITY_COUNT = 2


class ClusterBase(Resource):
    """What new and imported clusters share: manifests, Helm charts, service accounts and self-managed capacity."""

    _aws_auth_: AwsAuth | None = None
    _spot_interrupt_handler: HelmChart | None = None

    def add_manifest(self, id: str, *manifest: Mapping[str, object]) -> KubernetesManifest:
        """Apply Kubernetes resources to the cluster (a ``KubernetesManifest`` named ``manifest-<id>``).

        Args:
            id: the logical id of the manifest.
            manifest: the Kubernetes resources.
        """
        from l2.eks._k8s import KubernetesManifest

        return KubernetesManifest(self, f"manifest-{id}", cluster=self, manifest=list(manifest))  # type: ignore[arg-type]

    def add_helm_chart(
        self,
        id: str,
        *,
        atomic: bool | None = None,
        chart: str | None = None,
        chart_asset: Asset | None = None,
        create_namespace: bool | None = None,
        namespace: str | None = None,
        release: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        repository: str | None = None,
        skip_crds: bool | None = None,
        timeout: Duration | None = None,
        values: Mapping[str, object] | None = None,
        version: str | None = None,
        wait: bool | None = None,
    ) -> HelmChart:
        """Install a Helm chart on the cluster (a ``HelmChart`` named ``chart-<id>``; options as ``HelmChart``)."""
        from l2.eks._k8s import HelmChart

        return HelmChart(self, f"chart-{id}", cluster=self, atomic=atomic, chart=chart,  # type: ignore[arg-type]
                         chart_asset=chart_asset, create_namespace=create_namespace, namespace=namespace,
                         release=release, removal_policy=removal_policy, repository=repository,
                         skip_crds=skip_crds, timeout=timeout, values=values, version=version, wait=wait)

    def add_cdk8s_chart(
        self,
        id: str,
        chart: Construct,
        *,
        ingress_alb: bool | None = None,
        ingress_alb_scheme: AlbScheme | None = None,
        prune: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        skip_validation: bool | None = None,
    ) -> KubernetesManifest:
        """Apply a cdk8s chart (any construct with a ``to_json()`` method) to the cluster."""
        from l2.eks._k8s import KubernetesManifest

        to_json = getattr(chart, "to_json", None)
        if not callable(to_json):
            raise ValidationError("Invalid cdk8s chart. Must contain a 'toJson' method, but found "
                                  f"{'undefined' if to_json is None else type(to_json).__name__}", self)
        return KubernetesManifest(self, id, cluster=self, manifest=to_json(),  # type: ignore[arg-type]
                                  ingress_alb=ingress_alb, ingress_alb_scheme=ingress_alb_scheme, prune=prune,
                                  removal_policy=removal_policy, skip_validation=skip_validation)

    def add_service_account(
        self,
        id: str,
        *,
        annotations: Mapping[str, str] | None = None,
        identity_type: IdentityType | None = None,
        labels: Mapping[str, str] | None = None,
        name: str | None = None,
        namespace: str | None = None,
        overwrite_service_account: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> ServiceAccount:
        """Create a Kubernetes service account bound to an IAM role (a ``ServiceAccount``)."""
        from l2.eks._service_account import ServiceAccount

        return ServiceAccount(self, id, cluster=self, annotations=annotations,  # type: ignore[arg-type]
                              identity_type=identity_type, labels=labels, name=name, namespace=namespace,
                              overwrite_service_account=overwrite_service_account, removal_policy=removal_policy)

    def add_spot_interrupt_handler(self) -> HelmChart:
        """Install the AWS Node Termination Handler for spot capacity (once)."""
        if self._spot_interrupt_handler is None:
            self._spot_interrupt_handler = self.add_helm_chart(
                "spot-interrupt-handler", chart="aws-node-termination-handler", version="0.27.0",
                repository="oci://public.ecr.aws/aws-ec2/helm/aws-node-termination-handler",
                namespace="kube-system", values={"nodeSelector": {"lifecycle": "Ec2Spot"}})
        return self._spot_interrupt_handler

    def connect_auto_scaling_group_capacity(
        self,
        auto_scaling_group: AutoScalingGroup,
        *,
        bootstrap_enabled: bool | None = None,
        bootstrap_options: BootstrapOptions | None = None,
        machine_image_type: MachineImageType | None = None,
        map_role: bool | None = None,
        spot_interrupt_handler: bool | None = None,
    ) -> None:
        """Connect self-managed capacity to the cluster: security groups, user data, roles and the aws-auth map."""
        from l2 import ec2, iam
        from l2.eks._user_data import render_amazon_linux_user_data, render_bottlerocket_user_data

        conns = auto_scaling_group.connections
        conns.allow_internally(ec2.Port.all_traffic())
        conns.allow_from(self, ec2.Port.tcp(443))  # type: ignore[arg-type]
        conns.allow_from(self, ec2.Port.tcp_range(1025, 65535))  # type: ignore[arg-type]
        conns.allow_to(self, ec2.Port.tcp(443))  # type: ignore[arg-type]
        conns.allow_to_any_ipv4(ec2.Port.all_tcp())
        conns.allow_to_any_ipv4(ec2.Port.all_udp())
        conns.allow_to_any_ipv4(ec2.Port.all_icmp())
        auto_scaling_group.add_security_group(self.cluster_security_group)  # type: ignore[attr-defined]
        enabled = True if bootstrap_enabled is None else bootstrap_enabled
        if bootstrap_options is not None and not enabled:
            raise ValidationError('Cannot specify "bootstrapOptions" if "bootstrapEnabled" is false', self)
        if enabled:
            if machine_image_type == MachineImageType.BOTTLEROCKET:
                user_data = render_bottlerocket_user_data(self)
            else:
                user_data = render_amazon_linux_user_data(self, auto_scaling_group, bootstrap_options)
            auto_scaling_group.add_user_data(*user_data)
        for name in ("AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryReadOnly"):
            auto_scaling_group.role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(name))
        Tags.of(auto_scaling_group).add(f"kubernetes.io/cluster/{self.cluster_name}", "owned",  # type: ignore[attr-defined]
                                        apply_to_launched_instances=True,
                                        exclude_resource_types=["AWS::EC2::SecurityGroup"])
        mapped = True if map_role is None else map_role
        if mapped and not isinstance(self, Cluster):
            Annotations.of(auto_scaling_group).add_warning_v2(
                "@aws-cdk/aws-eks:clusterUnsupportedAutoMappingAwsAutoRole",
                "Auto-mapping aws-auth role for imported cluster is not supported, please map role manually")
            mapped = False
        if mapped:
            self.aws_auth.add_role_mapping(auto_scaling_group.role, username="system:node:{{EC2PrivateDNSName}}",
                                           groups=["system:bootstrappers", "system:nodes"])
        else:
            CfnOutput(auto_scaling_group, "InstanceRoleARN", value=auto_scaling_group.role.role_arn)
        if auto_scaling_group.spot_price and (True if spot_interrupt_handler is None else spot_interrupt_handler):
            self.add_spot_interrupt_handler()
        if isinstance(self, Cluster) and self.alb_controller is not None:
            self.alb_controller.node.add_dependency(auto_scaling_group)

    @property
    def aws_auth(self) -> AwsAuth:
        """The cluster's ``aws-auth`` ConfigMap."""
        raise NotImplementedError

    @property
    def cluster_ref(self) -> ClusterReference:
        """A reference to the cluster (its name and ARN)."""
        return ClusterReference(self.cluster_arn, self.cluster_name)  # type: ignore[attr-defined]


class ClusterReference:
    """A reference to a cluster: its ARN and name."""

    def __init__(self, cluster_arn: str, cluster_name: str) -> None:
        self.cluster_arn = cluster_arn
        self.cluster_name = cluster_name


class Cluster(ClusterBase):
    """An EKS cluster: the control plane (through a custom resource), its kubectl provider and default capacity.

    Args:
        scope: the scope.
        id: the construct id.
        kubectl_layer: a layer with ``kubectl`` and ``helm`` (``/opt/kubectl/kubectl``, ``/opt/helm/helm``).
        version: the Kubernetes version.
        bootstrap_cluster_creator_admin_permissions: whether the creator gets a cluster-admin access entry.
        bootstrap_self_managed_addons: whether the default networking add-ons are installed (default: true).
        default_capacity: the number of default nodes (default: 2; 0 for none).
        default_capacity_instance: the instance type of the default capacity (default: m5.large).
        default_capacity_type: a managed node group or an Auto Scaling group (default: node group).
        kubectl_lambda_role: the execution role of the kubectl handler (default: a new role).
        tags: tags of the EKS cluster.
        alb_controller: install the AWS Load Balancer Controller.
        authentication_mode: the authentication mode (default: EKS's CONFIG_MAP).
        awscli_layer: a layer with the AWS CLI for the kubectl handler (pycdk's handler needs none).
        cluster_handler_environment: environment of the cluster handler functions.
        cluster_handler_security_group: the security group of the cluster handler functions.
        cluster_logging: the control plane log types to enable.
        control_plane_scaling_tier: the provisioned control plane tier.
        core_dns_compute_type: where CoreDNS runs (default: EC2).
        deletion_protection: whether the cluster is protected from deletion.
        endpoint_access: access to the API server endpoint (default: public and private).
        ip_family: the IP family of pods and services (default: IPv4).
        kubectl_environment: environment of the kubectl handler.
        kubectl_memory: memory of the kubectl handler (default: 1 GiB).
        masters_role: a role mapped to ``system:masters``.
        on_event_layer: a layer for the cluster handler's onEvent function.
        output_masters_role_arn: output the masters role ARN (default: false).
        place_cluster_handler_in_vpc: put the cluster handler functions in the private subnets (default: false).
        prune: whether manifests get prune labels (default: true).
        remote_node_networks: CIDRs of hybrid nodes.
        remote_pod_networks: CIDRs of pods on hybrid nodes.
        removal_policy: the removal policy of every resource of the cluster.
        secrets_encryption_key: a KMS key for envelope encryption of Kubernetes secrets.
        service_ipv4_cidr: the CIDR of Kubernetes services.
        cluster_name: the name of the cluster (default: generated).
        output_cluster_name: output the cluster name (default: false).
        output_config_command: output the ``aws eks update-kubeconfig`` command (default: true with a masters role).
        role: the role of the control plane (default: a new role).
        security_group: the control plane security group (default: a new group).
        vpc: the VPC (default: a new VPC).
        vpc_subnets: where the control plane ENIs go (default: public and private subnets).
    """

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-eks.Cluster"
    """The id property injectors use for this class."""

    @staticmethod
    def from_cluster_attributes(
        scope: Construct,
        id: str,
        *,
        cluster_name: str,
        awscli_layer: ILayerVersion | None = None,
        cluster_certificate_authority_data: str | None = None,
        cluster_encryption_config_key_arn: str | None = None,
        cluster_endpoint: str | None = None,
        cluster_handler_security_group_id: str | None = None,
        cluster_security_group_id: str | None = None,
        ip_family: IpFamily | None = None,
        kubectl_environment: Mapping[str, str] | None = None,
        kubectl_lambda_role: IRole | None = None,
        kubectl_layer: ILayerVersion | None = None,
        kubectl_memory: Size | None = None,
        kubectl_private_subnet_ids: Sequence[str] | None = None,
        kubectl_provider: IKubectlProvider | None = None,
        kubectl_role_arn: str | None = None,
        kubectl_security_group_id: str | None = None,
        on_event_layer: ILayerVersion | None = None,
        open_id_connect_provider: IOpenIdConnectProvider | None = None,
        prune: bool | None = None,
        security_group_ids: Sequence[str] | None = None,
        vpc: IVpc | None = None,
    ) -> ImportedCluster:
        """Import an existing cluster (fields as ``ClusterAttributes``)."""
        from l2.eks._structs import ClusterAttributes

        return ImportedCluster(scope, id, ClusterAttributes(
            cluster_name=cluster_name, awscli_layer=awscli_layer,
            cluster_certificate_authority_data=cluster_certificate_authority_data,
            cluster_encryption_config_key_arn=cluster_encryption_config_key_arn, cluster_endpoint=cluster_endpoint,
            cluster_handler_security_group_id=cluster_handler_security_group_id,
            cluster_security_group_id=cluster_security_group_id, ip_family=ip_family,
            kubectl_environment=kubectl_environment, kubectl_lambda_role=kubectl_lambda_role,
            kubectl_layer=kubectl_layer, kubectl_memory=kubectl_memory,
            kubectl_private_subnet_ids=kubectl_private_subnet_ids, kubectl_provider=kubectl_provider,
            kubectl_role_arn=kubectl_role_arn, kubectl_security_group_id=kubectl_security_group_id,
            on_event_layer=on_event_layer, open_id_connect_provider=open_id_connect_provider, prune=prune,
            security_group_ids=security_group_ids, vpc=vpc,
        ))

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        kubectl_layer: ILayerVersion,
        version: KubernetesVersion,
        bootstrap_cluster_creator_admin_permissions: bool | None = None,
        bootstrap_self_managed_addons: bool | None = None,
        default_capacity: float | None = None,
        default_capacity_instance: InstanceType | None = None,
        default_capacity_type: DefaultCapacityType | None = None,
        kubectl_lambda_role: IRole | None = None,
        tags: Mapping[str, str] | None = None,
        alb_controller: AlbControllerOptions | None = None,
        authentication_mode: AuthenticationMode | None = None,
        awscli_layer: ILayerVersion | None = None,
        cluster_handler_environment: Mapping[str, str] | None = None,
        cluster_handler_security_group: ISecurityGroup | None = None,
        cluster_logging: Sequence[ClusterLoggingTypes] | None = None,
        control_plane_scaling_tier: ControlPlaneScalingTier | None = None,
        core_dns_compute_type: CoreDnsComputeType | None = None,
        deletion_protection: bool | None = None,
        endpoint_access: EndpointAccess | None = None,
        ip_family: IpFamily | None = None,
        kubectl_environment: Mapping[str, str] | None = None,
        kubectl_memory: Size | None = None,
        masters_role: IRole | None = None,
        on_event_layer: ILayerVersion | None = None,
        output_masters_role_arn: bool | None = None,
        place_cluster_handler_in_vpc: bool | None = None,
        prune: bool | None = None,
        remote_node_networks: Sequence[RemoteNodeNetwork] | None = None,
        remote_pod_networks: Sequence[RemotePodNetwork] | None = None,
        removal_policy: RemovalPolicy | None = None,
        secrets_encryption_key: IKey | None = None,
        service_ipv4_cidr: str | None = None,
        cluster_name: str | None = None,
        output_cluster_name: bool | None = None,
        output_config_command: bool | None = None,
        role: IRole | None = None,
        security_group: ISecurityGroup | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: Sequence[SubnetSelection] | None = None,
    ) -> None:
        from l2 import ec2, iam

        super().__init__(scope, id, physical_name=cluster_name)
        stack = Stack.of(self)
        self._access_entries: dict[str, Any] = {}
        self._fargate_profiles: list[Any] = []
        self._open_id_connect_provider: Any = None
        self._eks_pod_identity_agent: Any = None
        self._neuron_device_plugin: Any = None
        self.alb_controller: Any = None
        self.default_capacity: AutoScalingGroup | None = None
        self.default_nodegroup: Nodegroup | None = None
        self.prune: bool = True if prune is None else prune
        self.vpc: IVpc = vpc if vpc is not None else ec2.Vpc(self, "DefaultVpc")
        self.version: KubernetesVersion = version
        self.kubectl_lambda_role: IRole | None = kubectl_lambda_role if kubectl_lambda_role is not None else iam.Role(
            self, "KubectlHandlerRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                "service-role/AWSLambdaBasicExecutionRole")])
        self._tag_subnets()
        self.role: IRole = role if role is not None else iam.Role(
            self, "Role", assumed_by=iam.ServicePrincipal("eks.amazonaws.com"),
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AmazonEKSClusterPolicy")])
        control_plane_sg = security_group if security_group is not None else ec2.SecurityGroup(
            self, "ControlPlaneSecurityGroup", vpc=self.vpc, description="EKS Control Plane Security Group")
        self.vpc_subnets: list[SubnetSelection] = list(vpc_subnets) if vpc_subnets is not None else [
            ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
            ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)]
        per_group = [select(self.vpc, s).subnet_ids for s in self.vpc_subnets]
        if any(Token.is_unresolved(ids) for ids in per_group) and len(per_group) > 1:
            raise ValidationError(
                "eks.Cluster: cannot select multiple subnet groups from a VPC imported from list tokens with unknown "
                "length. Select only one subnet group, pass a length to Fn.split, or switch to Vpc.fromLookup.",
                self)
        subnet_ids = list(dict.fromkeys(i for ids in per_group for i in ids))
        self.logging: dict[str, Any] | None = {"clusterLogging": [{
            "enabled": True, "types": [t.value for t in cluster_logging]}]} if cluster_logging else None
        self.endpoint_access: EndpointAccess = endpoint_access or EndpointAccess.PUBLIC_AND_PRIVATE
        self.kubectl_environment: Mapping[str, str] | None = kubectl_environment
        self.kubectl_layer: ILayerVersion | None = kubectl_layer
        self.awscli_layer: ILayerVersion | None = awscli_layer
        self.kubectl_memory: Size | None = kubectl_memory
        self.ip_family: IpFamily | None = ip_family or IpFamily.IP_V4
        self.on_event_layer: ILayerVersion | None = on_event_layer
        self.cluster_handler_security_group: ISecurityGroup | None = cluster_handler_security_group
        self._removal_policy = removal_policy
        access = self.endpoint_access
        private_subnets = self._select_private_subnets()[:16]
        public_disabled = not access._public_access
        public_restricted = not public_disabled and bool(access._public_cidrs)
        pending = any(select(self.vpc, p).is_pending_lookup for p in self.vpc_subnets)
        if not pending:
            if not private_subnets and public_disabled:
                raise ValidationError("Vpc must contain private subnets when public endpoint access is disabled",
                                      self)
            if not private_subnets and public_restricted:
                raise ValidationError("Vpc must contain private subnets when public endpoint access is restricted",
                                      self)
        in_vpc = bool(place_cluster_handler_in_vpc)
        if not pending and in_vpc and not private_subnets:
            raise ValidationError("Cannot place cluster handler in the VPC since no private subnets could be selected",
                                  self)
        if cluster_handler_security_group is not None and not in_vpc:
            raise ValidationError("Cannot specify clusterHandlerSecurityGroup without placeClusterHandlerInVpc set "
                                  "to true", self)
        if service_ipv4_cidr and ip_family == IpFamily.IP_V6:
            raise ValidationError("Cannot specify serviceIpv4Cidr with ipFamily equal to IpFamily.IP_V6", self)
        if not Token.is_unresolved(self.physical_name) and self.physical_name and len(self.physical_name) > 100:
            raise ValidationError("Cluster name cannot be more than 100 characters", self)
        self._validate_remote_networks(remote_node_networks, remote_pod_networks)
        self.authentication_mode: AuthenticationMode | None = authentication_mode
        config: dict[str, Any] = {}
        if secrets_encryption_key is not None:
            config["encryptionConfig"] = [{"provider": {"keyArn": secrets_encryption_key.key_arn},
                                           "resources": ["secrets"]}]
        config["kubernetesNetworkConfig"] = {"ipFamily": self.ip_family.value, "serviceIpv4Cidr": service_ipv4_cidr}
        config["resourcesVpcConfig"] = {
            "subnetIds": subnet_ids, "securityGroupIds": [control_plane_sg.security_group_id],
            "endpointPublicAccess": access._public_access, "endpointPrivateAccess": access._private_access,
            "publicAccessCidrs": access._public_cidrs}
        config["tags"] = tags
        config["logging"] = self.logging
        config["accessConfig"] = {
            "authenticationMode": authentication_mode.value if authentication_mode is not None else None,
            "bootstrapClusterCreatorAdminPermissions": bootstrap_cluster_creator_admin_permissions}
        if remote_node_networks:
            remote: dict[str, Any] = {"remoteNodeNetworks": [{"cidrs": list(n.cidrs)} for n in remote_node_networks]}
            if remote_pod_networks:
                remote["remotePodNetworks"] = [{"cidrs": list(n.cidrs)} for n in remote_pod_networks]
            config["remoteNetworkConfig"] = remote
        else:
            config["remoteNetworkConfig"] = None
        config["bootstrapSelfManagedAddons"] = bootstrap_self_managed_addons
        config["deletionProtection"] = deletion_protection
        config["controlPlaneScalingConfig"] = {"tier": control_plane_scaling_tier.value} \
            if control_plane_scaling_tier is not None else None
        resource = ClusterResource(
            self, "Resource", name=self.physical_name, role_arn=self.role.role_arn, version=version.version,
            config=config, vpc=self.vpc, subnets=private_subnets if in_vpc else None,
            environment=cluster_handler_environment, on_event_layer=on_event_layer,
            cluster_handler_security_group=cluster_handler_security_group,
            secrets_encryption_key=secrets_encryption_key,
        )
        self._cluster_resource = resource
        self.node.default_child = resource
        self.kubectl_private_subnets: list[ISubnet] | None = None
        if access._private_access and private_subnets:
            if isinstance(self.vpc, ec2.Vpc) and not (self.vpc.dns_hostnames_enabled
                                                      and self.vpc.dns_support_enabled):
                raise ValidationError(
                    "Private endpoint access requires the VPC to have DNS support and DNS hostnames enabled. Use "
                    "`enableDnsHostnames: true` and `enableDnsSupport: true` when creating the VPC.", self)
            if isinstance(self.vpc, ec2.Vpc):
                isolated = {s.subnet_id for s in self.vpc.isolated_subnets}
                if any(s.subnet_id in isolated for s in private_subnets):
                    Annotations.of(self).add_warning_v2(
                        "@aws-cdk/aws-eks:isolatedSubnetsForKubectlPrivateSubnets",
                        "Isolated subnets are being used for kubectl private subnets. Isolated subnets have no "
                        "internet access. Ensure that VPC endpoints are configured for STS, EKS, ECR, S3 and other "
                        "AWS services detailed here https://docs.aws.amazon.com/eks/latest/userguide/private-"
                        "clusters.html")
            self.kubectl_private_subnets = private_subnets
            resource.node.add_dependency(self.vpc)
        self.admin_role: Role = resource.admin_role
        self._kubectl_ready_barrier = CfnResource(self, "KubectlReadyBarrier", type="AWS::SSM::Parameter",
                                                  properties={"Type": "String",
                                                              "Value": "aws:cdk:eks:kubectl-ready"})
        self._kubectl_ready_barrier.node.add_dependency(resource)
        self.cluster_endpoint: str = resource.attr_endpoint
        self.cluster_certificate_authority_data: str = resource.attr_certificate_authority_data
        self.cluster_security_group_id: str = resource.attr_cluster_security_group_id
        self.cluster_encryption_config_key_arn: str = resource.attr_encryption_config_key_arn
        self.cluster_security_group: ISecurityGroup = ec2.SecurityGroup.from_security_group_id(
            self, "ClusterSecurityGroup", self.cluster_security_group_id)
        self.connections: Connections = ec2.Connections(
            security_groups=[self.cluster_security_group, control_plane_sg], default_port=ec2.Port.tcp(443))
        self.kubectl_security_group: ISecurityGroup | None = self.cluster_security_group
        assume = self.admin_role.assume_role_policy
        if assume is not None:
            assume.add_statements(iam.PolicyStatement(actions=["sts:AssumeRole"],
                                                      principals=[self.kubectl_lambda_role]))  # type: ignore[list-item]
        self.kubectl_role: IRole | None = self.admin_role
        self.kubectl_provider: IKubectlProvider | None = None
        self._kubectl_resource_provider = self._define_kubectl_provider(removal_policy)
        update_config = f"aws eks update-kubeconfig --name {self.cluster_name}"
        get_token = f"aws eks get-token --cluster-name {self.cluster_name}"
        options = [f"--region {stack.region}"]
        if output_cluster_name:
            CfnOutput(self, "ClusterName", value=self.cluster_name)
        api_auth = authentication_mode in (AuthenticationMode.API, AuthenticationMode.API_AND_CONFIG_MAP)
        if masters_role is not None:
            if api_auth:
                from l2.eks._access_entry import AccessPolicy
                from l2.eks._enums import AccessScopeType

                self.grant_access("mastersRoleAccess", masters_role.role_arn, [AccessPolicy.from_access_policy_name(
                    "AmazonEKSClusterAdminPolicy", access_scope_type=AccessScopeType.CLUSTER)])
            else:
                self.aws_auth.add_masters_role(masters_role)
            if output_masters_role_arn:
                CfnOutput(self, "MastersRoleArn", value=masters_role.role_arn)
            options.append(f"--role-arn {masters_role.role_arn}")
        if alb_controller is not None:
            from l2.eks._alb_controller import AlbController

            self.alb_controller = AlbController.create(
                self, cluster=self, version=alb_controller.version,
                additional_helm_chart_values=alb_controller.additional_helm_chart_values,
                overwrite_service_account=alb_controller.overwrite_service_account, policy=alb_controller.policy,
                removal_policy=alb_controller.removal_policy, repository=alb_controller.repository)
        min_capacity = DEFAULT_CAPACITY_COUNT if default_capacity is None else default_capacity
        if min_capacity > 0:
            instance_type = default_capacity_instance or ec2.InstanceType("m5.large")
            if default_capacity_type == DefaultCapacityType.EC2:
                self.default_capacity = self.add_auto_scaling_group_capacity(
                    "DefaultCapacity", instance_type=instance_type, min_capacity=min_capacity)
            else:
                self.default_nodegroup = self.add_nodegroup_capacity(
                    "DefaultCapacity", instance_types=[instance_type], min_size=min_capacity)
        if output_config_command and masters_role is None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-eks:clusterMastersroleNotSpecified",
                "'outputConfigCommand' will be ignored as 'mastersRole' has not been specified.")
        if (True if output_config_command is None else output_config_command) and masters_role is not None:
            postfix = " ".join(options)
            CfnOutput(self, "ConfigCommand", value=f"{update_config} {postfix}")
            CfnOutput(self, "GetTokenCommand", value=f"{get_token} {postfix}")
        self._define_core_dns_compute_type(core_dns_compute_type or CoreDnsComputeType.EC2)
        if removal_policy is not None:
            RemovalPolicies.of(self).apply(removal_policy)

    # -- attributes ------------------------------------------------------------------------------------
    @property
    def cluster_name(self) -> str:
        """The name of the cluster."""
        return self.get_resource_name_attribute(self._cluster_resource.ref)

    @property
    def cluster_arn(self) -> str:
        """The ARN of the cluster (computed once, as aws-cdk-lib's memoized getter)."""
        found: str | None = self.__dict__.get("_cluster_arn")
        if found is None:
            found = self.__dict__["_cluster_arn"] = self.get_resource_arn_attribute(
                self._cluster_resource.attr_arn, cluster_arn_components(self.physical_name))
        return found

    @property
    def cluster_open_id_connect_issuer_url(self) -> str:
        """The cluster's OIDC issuer URL."""
        return self._cluster_resource.attr_open_id_connect_issuer_url

    @property
    def cluster_open_id_connect_issuer(self) -> str:
        """The cluster's OIDC issuer (the URL without its scheme)."""
        return self._cluster_resource.attr_open_id_connect_issuer

    @property
    def aws_auth(self) -> AwsAuth:
        """The cluster's ``aws-auth`` ConfigMap (created on first use)."""
        from l2.eks._aws_auth import AwsAuth

        if self._aws_auth_ is None:
            self._aws_auth_ = AwsAuth(self, "AwsAuth", cluster=self)
        return self._aws_auth_

    @property
    def open_id_connect_provider(self) -> IOpenIdConnectProvider:
        """The cluster's OpenID Connect provider for IAM roles of service accounts (created on first use)."""
        from constructs import FeatureFlags
        from l2.eks._oidc import OidcProviderNative, OpenIdConnectProvider

        if self._open_id_connect_provider is None:
            if FeatureFlags.of(self).is_enabled("@aws-cdk/aws-eks:useNativeOidcProvider"):
                self._open_id_connect_provider = OidcProviderNative(
                    self, "OidcProviderNative", url=self.cluster_open_id_connect_issuer_url,
                    removal_policy=self._removal_policy)
            else:
                self._open_id_connect_provider = OpenIdConnectProvider(
                    self, "OpenIdConnectProvider", url=self.cluster_open_id_connect_issuer_url,
                    removal_policy=self._removal_policy)
        return self._open_id_connect_provider  # type: ignore[no-any-return]

    @property
    def eks_pod_identity_agent(self) -> IAddon | None:
        """The EKS Pod Identity Agent add-on (created on first use)."""
        from l2.eks._addon import Addon

        if self._eks_pod_identity_agent is None:
            self._eks_pod_identity_agent = Addon(self, "EksPodIdentityAgentAddon", cluster=self,
                                                 addon_name="eks-pod-identity-agent",
                                                 removal_policy=self._removal_policy)
        return self._eks_pod_identity_agent  # type: ignore[no-any-return]

    # -- capacity --------------------------------------------------------------------------------------
    def add_nodegroup_capacity(
        self,
        id: str,
        *,
        ami_type: NodegroupAmiType | None = None,
        capacity_type: CapacityType | None = None,
        desired_size: float | None = None,
        disk_size: float | None = None,
        enable_node_auto_repair: bool | None = None,
        force_update: bool | None = None,
        instance_types: Sequence[InstanceType] | None = None,
        labels: Mapping[str, str] | None = None,
        launch_template_spec: LaunchTemplateSpec | None = None,
        max_size: float | None = None,
        max_unavailable: float | None = None,
        max_unavailable_percentage: float | None = None,
        min_size: float | None = None,
        nodegroup_name: str | None = None,
        node_role: IRole | None = None,
        release_version: str | None = None,
        remote_access: NodegroupRemoteAccess | None = None,
        removal_policy: RemovalPolicy | None = None,
        subnets: SubnetSelection | None = None,
        tags: Mapping[str, str] | None = None,
        taints: Sequence[TaintSpec] | None = None,
    ) -> Nodegroup:
        """Add a managed node group (``Nodegroup<id>``; options as ``NodegroupOptions``)."""
        from l2.eks._nodegroup import Nodegroup
        from l2.eks._self_managed import node_type_for

        if any(node_type_for(t) in (NodeType.INFERENTIA, NodeType.TRAINIUM) for t in instance_types or []):
            self._add_neuron_device_plugin()
        return Nodegroup(self, f"Nodegroup{id}", cluster=self, ami_type=ami_type, capacity_type=capacity_type, desired_size=desired_size, disk_size=disk_size, enable_node_auto_repair=enable_node_auto_repair, force_update=force_update, instance_types=instance_types, labels=labels, launch_template_spec=launch_template_spec, max_size=max_size, max_unavailable=max_unavailable, max_unavailable_percentage=max_unavailable_percentage, min_size=min_size, nodegroup_name=nodegroup_name, node_role=node_role, release_version=release_version, remote_access=remote_access, removal_policy=removal_policy, subnets=subnets, tags=tags, taints=taints)

    def add_auto_scaling_group_capacity(
        self,
        id: str,
        *,
        instance_type: InstanceType,
        allow_all_outbound: bool | None = None,
        associate_public_ip_address: bool | None = None,
        auto_scaling_group_name: str | None = None,
        az_capacity_distribution_strategy: CapacityDistributionStrategy | None = None,
        block_devices: Sequence[BlockDevice] | None = None,
        capacity_rebalance: bool | None = None,
        cooldown: Duration | None = None,
        default_instance_warmup: Duration | None = None,
        deletion_protection: DeletionProtection | None = None,
        desired_capacity: float | None = None,
        group_metrics: Sequence[GroupMetrics] | None = None,
        health_check: HealthCheck | None = None,
        health_checks: HealthChecks | None = None,
        ignore_unmodified_size_properties: bool | None = None,
        instance_lifecycle_policy: InstanceLifecyclePolicy | None = None,
        instance_monitoring: Monitoring | None = None,
        key_name: str | None = None,
        key_pair: IKeyPair | None = None,
        max_capacity: float | None = None,
        max_instance_lifetime: Duration | None = None,
        min_capacity: float | None = None,
        new_instances_protected_from_scale_in: bool | None = None,
        notifications: Sequence[NotificationConfiguration] | None = None,
        signals: Signals | None = None,
        spot_price: str | None = None,
        ssm_session_permissions: bool | None = None,
        termination_policies: Sequence[TerminationPolicy] | None = None,
        termination_policy_custom_lambda_function_arn: str | None = None,
        update_policy: UpdatePolicy | None = None,
        vpc_subnets: SubnetSelection | None = None,
        bootstrap_enabled: bool | None = None,
        bootstrap_options: BootstrapOptions | None = None,
        machine_image_type: MachineImageType | None = None,
        map_role: bool | None = None,
        spot_interrupt_handler: bool | None = None,
    ) -> AutoScalingGroup:
        """Add self-managed capacity (options as ``AutoScalingGroupCapacityOptions``)."""
        from l2.eks._self_managed import add_auto_scaling_group_capacity

        return add_auto_scaling_group_capacity(self, id, instance_type=instance_type, allow_all_outbound=allow_all_outbound, associate_public_ip_address=associate_public_ip_address, auto_scaling_group_name=auto_scaling_group_name, az_capacity_distribution_strategy=az_capacity_distribution_strategy, block_devices=block_devices, capacity_rebalance=capacity_rebalance, cooldown=cooldown, default_instance_warmup=default_instance_warmup, deletion_protection=deletion_protection, desired_capacity=desired_capacity, group_metrics=group_metrics, health_check=health_check, health_checks=health_checks, ignore_unmodified_size_properties=ignore_unmodified_size_properties, instance_lifecycle_policy=instance_lifecycle_policy, instance_monitoring=instance_monitoring, key_name=key_name, key_pair=key_pair, max_capacity=max_capacity, max_instance_lifetime=max_instance_lifetime, min_capacity=min_capacity, new_instances_protected_from_scale_in=new_instances_protected_from_scale_in, notifications=notifications, signals=signals, spot_price=spot_price, ssm_session_permissions=ssm_session_permissions, termination_policies=termination_policies, termination_policy_custom_lambda_function_arn=termination_policy_custom_lambda_function_arn, update_policy=update_policy, vpc_subnets=vpc_subnets, bootstrap_enabled=bootstrap_enabled, bootstrap_options=bootstrap_options, machine_image_type=machine_image_type, map_role=map_role, spot_interrupt_handler=spot_interrupt_handler)

    def add_fargate_profile(
        self,
        id: str,
        *,
        selectors: Sequence[Selector],
        fargate_profile_name: str | None = None,
        pod_execution_role: IRole | None = None,
        removal_policy: RemovalPolicy | None = None,
        subnet_selection: SubnetSelection | None = None,
        vpc: IVpc | None = None,
    ) -> FargateProfile:
        """Add a Fargate profile (``fargate-profile-<id>``; options as ``FargateProfileOptions``)."""
        from l2.eks._fargate import FargateProfile

        return FargateProfile(self, f"fargate-profile-{id}", cluster=self, selectors=selectors, fargate_profile_name=fargate_profile_name, pod_execution_role=pod_execution_role, removal_policy=removal_policy, subnet_selection=subnet_selection, vpc=vpc)

    def grant_access(self, id: str, principal: str, access_policies: Sequence[IAccessPolicy], *,
                     access_entry_type: AccessEntryType | None = None) -> None:
        """Grant ``principal`` (an IAM ARN) the access policies through an access entry."""
        from l2.eks._access_entry import AccessEntry

        entry = self._access_entries.get(principal)
        if entry is not None:
            entry.add_access_policies(access_policies)
        else:
            self._access_entries[principal] = AccessEntry(
                self, id, principal=principal, cluster=self, access_policies=access_policies,
                access_entry_type=access_entry_type)

    def get_service_load_balancer_address(self, service_name: str, *, namespace: str | None = None,
                                          timeout: Duration | None = None) -> str:
        """The load balancer address of a Kubernetes service (read after deployment)."""
        from l2.eks._k8s import KubernetesObjectValue

        return KubernetesObjectValue(self, f"{service_name}LoadBalancerAddress", cluster=self,
                                     object_type="service", object_name=service_name, object_namespace=namespace,
                                     json_path=".status.loadBalancer.ingress[0].hostname", timeout=timeout).value

    def get_ingress_load_balancer_address(self, ingress_name: str, *, namespace: str | None = None,
                                          timeout: Duration | None = None) -> str:
        """The load balancer address of a Kubernetes ingress (read after deployment)."""
        from l2.eks._k8s import KubernetesObjectValue

        return KubernetesObjectValue(self, f"{ingress_name}LoadBalancerAddress", cluster=self,
                                     object_type="ingress", object_name=ingress_name, object_namespace=namespace,
                                     json_path=".status.loadBalancer.ingress[0].hostname", timeout=timeout).value

    # -- private ---------------------------------------------------------------------------------------
    def _add_neuron_device_plugin(self) -> KubernetesManifest:
        """The AWS Neuron device plugin for Inferentia/Trainium nodes (added once)."""
        if self._neuron_device_plugin is None:
            import json
            from pathlib import Path

            path = Path(__file__).parent / "_data" / "neuron-device-plugin.json"
            self._neuron_device_plugin = self.add_manifest("NeuronDevicePlugin", json.loads(path.read_text()))
        return self._neuron_device_plugin  # type: ignore[no-any-return]

    def _attach_fargate_profile(self, profile: Any) -> list[Any]:
        self._fargate_profiles.append(profile)
        self._kubectl_ready_barrier.node.add_dependency(profile)
        return self._fargate_profiles

    def _attach_kubectl_resource_scope(self, scope: Construct) -> Any:
        scope.node.add_dependency(self._kubectl_ready_barrier)
        return self._kubectl_resource_provider

    def _define_kubectl_provider(self, removal_policy: RemovalPolicy | None) -> Any:
        from l2.eks._kubectl_provider import KubectlProvider

        if self.stack.node.try_find_child(KUBECTL_PROVIDER_ID) is not None:
            raise ValidationError("Only a single EKS cluster can be defined within a CloudFormation stack", self)
        return KubectlProvider(self.stack, KUBECTL_PROVIDER_ID, cluster=self, removal_policy=removal_policy)

    def _select_private_subnets(self) -> list[ISubnet]:
        private_ids = [s.subnet_id for s in self.vpc.private_subnets]
        public_ids = [s.subnet_id for s in self.vpc.public_subnets]
        chosen: list[ISubnet] = []
        for placement in self.vpc_subnets:
            for subnet in select(self.vpc, placement).subnets:
                if subnet.subnet_id in private_ids or subnet.subnet_id not in public_ids:
                    chosen.append(subnet)
        return chosen

    def _tag_subnets(self) -> None:
        from l2 import ec2

        def tag_all(kind: str, subnets: Sequence[ISubnet], tag: str) -> None:
            for subnet in subnets:
                if not ec2.Subnet.is_vpc_subnet(subnet):
                    shown = "" if Token.is_unresolved(subnet.subnet_id) else f" {subnet.subnet_id}"
                    Annotations.of(self).add_warning_v2(
                        "@aws-cdk/aws-eks:clusterMustManuallyTagSubnet",
                        f'Could not auto-tag {kind} subnet{shown} with "{tag}=1", please remember to do this '
                        "manually")
                    continue
                Tags.of(subnet).add(tag, "1")

        tag_all("private", self.vpc.private_subnets, "kubernetes.io/role/internal-elb")
        tag_all("public", self.vpc.public_subnets, "kubernetes.io/role/elb")

    def _define_core_dns_compute_type(self, compute_type: CoreDnsComputeType) -> None:
        from l2.eks._k8s import KubernetesPatch

        if compute_type == CoreDnsComputeType.EC2:
            return

        def patch(value: CoreDnsComputeType) -> dict[str, Any]:
            return {"spec": {"template": {"metadata": {"annotations": {
                "eks.amazonaws.com/compute-type": value.value}}}}}

        KubernetesPatch(self, "CoreDnsComputeTypePatch", cluster=self, resource_name="deployment/coredns",
                        resource_namespace="kube-system", apply_patch=patch(CoreDnsComputeType.FARGATE),
                        restore_patch=patch(CoreDnsComputeType.EC2))

    def _validate_remote_networks(self, nodes: Sequence[RemoteNodeNetwork] | None,
                                  pods: Sequence[RemotePodNetwork] | None) -> None:
        if not nodes:
            if pods:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-eks:clusterRemotePodNetworksWithoutNodeNetworks",
                    "remotePodNetworks is specified without remoteNodeNetworks. remotePodNetworks will be ignored.")
            return
        from l2.eks._networks import validate_cross_overlap, validate_network_cidrs

        validate_network_cidrs(self, [n.cidrs for n in nodes], "node")
        if pods:
            validate_network_cidrs(self, [n.cidrs for n in pods], "pod")
            validate_cross_overlap(self, [n.cidrs for n in nodes], [n.cidrs for n in pods])


class ImportedCluster(ClusterBase):
    """A cluster defined outside the app (``Cluster.from_cluster_attributes``)."""

    def __init__(self, scope: Construct, id: str, props: Any) -> None:
        from l2 import ec2, iam

        super().__init__(scope, id)
        self._props = props
        self.cluster_name: str = props.cluster_name
        self.cluster_arn: str = self.stack.format_arn(**cluster_arn_components(props.cluster_name))  # type: ignore[arg-type]
        self.connections: Connections = ec2.Connections()
        self.kubectl_role: IRole | None = iam.Role.from_role_arn(self, "KubectlRole", props.kubectl_role_arn) \
            if props.kubectl_role_arn else None
        self.kubectl_lambda_role: IRole | None = props.kubectl_lambda_role
        self.kubectl_security_group: ISecurityGroup | None = ec2.SecurityGroup.from_security_group_id(
            self, "KubectlSecurityGroup", props.kubectl_security_group_id) if props.kubectl_security_group_id else None
        self.kubectl_environment: Mapping[str, str] | None = props.kubectl_environment
        self.kubectl_private_subnets: list[ISubnet] | None = [
            ec2.Subnet.from_subnet_id(self, f"KubectlSubnet{i}", subnet_id)
            for i, subnet_id in enumerate(props.kubectl_private_subnet_ids)] \
            if props.kubectl_private_subnet_ids else None
        self.kubectl_layer: ILayerVersion | None = props.kubectl_layer
        self.ip_family: IpFamily | None = props.ip_family
        self.awscli_layer: ILayerVersion | None = props.awscli_layer
        self.kubectl_memory: Size | None = props.kubectl_memory
        self.cluster_handler_security_group: ISecurityGroup | None = ec2.SecurityGroup.from_security_group_id(
            self, "ClusterHandlerSecurityGroup", props.cluster_handler_security_group_id) \
            if props.cluster_handler_security_group_id else None
        self.kubectl_provider: IKubectlProvider | None = props.kubectl_provider
        self.on_event_layer: ILayerVersion | None = props.on_event_layer
        self.prune: bool = True if props.prune is None else props.prune
        self.authentication_mode: AuthenticationMode | None = None
        self.eks_pod_identity_agent: IAddon | None = None
        for i, group_id in enumerate(props.security_group_ids or [], start=1):
            self.connections.add_security_group(
                ec2.SecurityGroup.from_security_group_id(self, f"SecurityGroup{i}", group_id))
        self._cluster_security_group: ISecurityGroup | None = None
        if props.cluster_security_group_id:
            self._cluster_security_group = ec2.SecurityGroup.from_security_group_id(
                self, "ClusterSecurityGroup", props.cluster_security_group_id)
            self.connections.add_security_group(self._cluster_security_group)

    def _require(self, value: Any, name: str) -> Any:
        if not value:
            raise ValidationError(f'"{name}" is not defined for this imported cluster', self)
        return value

    @property
    def vpc(self) -> IVpc:
        """The VPC of the cluster (when given)."""
        return self._require(self._props.vpc, "vpc")  # type: ignore[no-any-return]

    @property
    def cluster_security_group(self) -> ISecurityGroup:
        """The cluster security group (when its id was given)."""
        return self._require(self._cluster_security_group, "clusterSecurityGroup")  # type: ignore[no-any-return]

    @property
    def cluster_security_group_id(self) -> str:
        """The id of the cluster security group (when given)."""
        return self._require(self._props.cluster_security_group_id, "clusterSecurityGroupId")  # type: ignore[no-any-return]

    @property
    def cluster_endpoint(self) -> str:
        """The API server endpoint (when given)."""
        return self._require(self._props.cluster_endpoint, "clusterEndpoint")  # type: ignore[no-any-return]

    @property
    def cluster_certificate_authority_data(self) -> str:
        """The certificate authority data (when given)."""
        return self._require(self._props.cluster_certificate_authority_data,  # type: ignore[no-any-return]
                             "clusterCertificateAuthorityData")

    @property
    def cluster_encryption_config_key_arn(self) -> str:
        """The secrets encryption key (when given)."""
        return self._require(self._props.cluster_encryption_config_key_arn,  # type: ignore[no-any-return]
                             "clusterEncryptionConfigKeyArn")

    @property
    def open_id_connect_provider(self) -> IOpenIdConnectProvider:
        """The OpenID Connect provider (when given)."""
        return self._require(self._props.open_id_connect_provider, "openIdConnectProvider")  # type: ignore[no-any-return]

    @property
    def aws_auth(self) -> AwsAuth:
        """Not supported on imported clusters."""
        raise ValidationError('"awsAuth" is not supported on imported clusters', self)
