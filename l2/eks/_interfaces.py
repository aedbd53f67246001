"""The EKS interfaces: ``ICluster``, ``INodegroup``, ``IKubectlProvider``, ``IAccessEntry``, ``IAccessPolicy``
and ``IAddon`` (for type hints, as in aws-cdk-lib)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs.internals import protocols

if TYPE_CHECKING:
    from constructs import Construct, Duration, Node, RemovalPolicy, Size, Stack
    from l2.autoscaling import AutoScalingGroup
    from l2.ec2 import Connections, ISecurityGroup, ISubnet, IVpc
    from l2.eks._enums import AlbScheme, AuthenticationMode, IdentityType, IpFamily, MachineImageType
    from l2.eks._k8s import HelmChart, KubernetesManifest
    from l2.eks._service_account import ServiceAccount
    from l2.eks._structs import AccessScope, BootstrapOptions
    from l2.iam import IOpenIdConnectProvider, IRole
    from l2.lambda_ import ILayerVersion
    from l2.s3_assets import Asset


@runtime_checkable
class IKubectlProvider(Protocol):
    """The custom-resource provider that runs ``kubectl`` and Helm against a cluster."""

    @property
    def node(self) -> Node:
        """The construct tree node."""
        ...

    @property
    def service_token(self) -> str:
        """The ARN of the provider's framework function (the custom resources' service token)."""
        ...

    @property
    def role_arn(self) -> str:
        """The ARN of the role the handler assumes to issue ``kubectl`` commands."""
        ...

    @property
    def handler_role(self) -> IRole:
        """The execution role of the handler function."""
        ...


@runtime_checkable
class ICluster(Protocol, metaclass=protocols.OptionalMembersMeta):
    """An EKS cluster: ``Cluster``, ``FargateCluster`` or one imported with ``Cluster.from_cluster_attributes``."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({
            "authentication_mode", "awscli_layer", "cluster_handler_security_group", "eks_pod_identity_agent",
            "ip_family", "kubectl_environment", "kubectl_lambda_role", "kubectl_layer", "kubectl_memory",
            "kubectl_private_subnets", "kubectl_provider", "kubectl_role", "kubectl_security_group", "on_event_layer",
            "add_cdk8s_chart", "add_helm_chart", "add_manifest", "add_service_account",
            "connect_auto_scaling_group_capacity", "cluster_ref", "prune", "open_id_connect_provider", "vpc",
            "cluster_security_group", "cluster_security_group_id", "cluster_encryption_config_key_arn",
            "cluster_arn", "connections", "stack", "env", "apply_removal_policy",
        })

    @property
    def node(self) -> Node:
        """The construct tree node."""
        ...

    @property
    def cluster_name(self) -> str:
        """The physical name of the cluster."""
        ...

    @property
    def cluster_arn(self) -> str:
        """The ARN of the cluster."""
        ...

    @property
    def cluster_endpoint(self) -> str:
        """The API server endpoint URL."""
        ...

    @property
    def cluster_certificate_authority_data(self) -> str:
        """The certificate-authority-data of the cluster."""
        ...

    @property
    def cluster_security_group_id(self) -> str:
        """The id of the security group EKS created for the cluster."""
        ...

    @property
    def cluster_security_group(self) -> ISecurityGroup:
        """The security group EKS created for the cluster."""
        ...

    @property
    def cluster_encryption_config_key_arn(self) -> str:
        """The ARN of the KMS key that encrypts the cluster's secrets."""
        ...

    @property
    def open_id_connect_provider(self) -> IOpenIdConnectProvider:
        """The cluster's OpenID Connect provider (for IAM roles of service accounts)."""
        ...

    @property
    def prune(self) -> bool:
        """Whether manifests added to the cluster can be pruned."""
        ...

    @property
    def vpc(self) -> IVpc:
        """The VPC the cluster is in."""
        ...

    @property
    def connections(self) -> Connections:
        """The network connections of the cluster's control plane."""
        ...

    @property
    def stack(self) -> Stack:
        """The stack the cluster is defined in."""
        ...

    @property
    def kubectl_role(self) -> IRole | None:
        """The role the kubectl handler assumes (cluster administrator)."""
        ...

    @property
    def kubectl_lambda_role(self) -> IRole | None:
        """The execution role of the kubectl handler."""
        ...

    @property
    def kubectl_environment(self) -> Mapping[str, str] | None:
        """The environment of the kubectl handler."""
        ...

    @property
    def kubectl_security_group(self) -> ISecurityGroup | None:
        """The security group of the kubectl handler."""
        ...

    @property
    def kubectl_private_subnets(self) -> Sequence[ISubnet] | None:
        """The subnets of the kubectl handler."""
        ...

    @property
    def kubectl_provider(self) -> IKubectlProvider | None:
        """The kubectl provider of an imported cluster, when given."""
        ...

    @property
    def kubectl_layer(self) -> ILayerVersion | None:
        """The layer with ``kubectl`` and Helm."""
        ...

    @property
    def kubectl_memory(self) -> Size | None:
        """The memory of the kubectl handler."""
        ...

    @property
    def awscli_layer(self) -> ILayerVersion | None:
        """The layer with the AWS CLI, when given."""
        ...

    @property
    def on_event_layer(self) -> ILayerVersion | None:
        """The layer of the cluster handler's onEvent function, when given."""
        ...

    @property
    def cluster_handler_security_group(self) -> ISecurityGroup | None:
        """The security group of the cluster handler's functions, when given."""
        ...

    @property
    def ip_family(self) -> IpFamily | None:
        """The IP family of the cluster's pods and services."""
        ...

    @property
    def authentication_mode(self) -> AuthenticationMode | None:
        """The authentication mode of the cluster."""
        ...

    @property
    def eks_pod_identity_agent(self) -> IAddon | None:
        """The EKS Pod Identity Agent add-on of the cluster."""
        ...

    def add_manifest(self, id: str, *manifest: Mapping[str, object]) -> KubernetesManifest:
        """Apply Kubernetes resources to the cluster."""
        ...

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
        """Install a Helm chart on the cluster."""
        ...

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
        """Apply a cdk8s chart to the cluster."""
        ...

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
        """Create a Kubernetes service account with an IAM role."""
        ...

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
        """Connect self-managed capacity to the cluster."""
        ...


@runtime_checkable
class INodegroup(Protocol):
    """An EKS managed node group."""

    @property
    def node(self) -> Node:
        """The construct tree node."""
        ...

    @property
    def nodegroup_name(self) -> str:
        """The name of the node group."""
        ...


@runtime_checkable
class IAccessEntry(Protocol):
    """An EKS access entry."""

    @property
    def node(self) -> Node:
        """The construct tree node."""
        ...

    @property
    def access_entry_name(self) -> str:
        """The name of the access entry."""
        ...

    @property
    def access_entry_arn(self) -> str:
        """The ARN of the access entry."""
        ...


@runtime_checkable
class IAccessPolicy(Protocol):
    """An EKS access policy with its scope."""

    @property
    def access_scope(self) -> AccessScope:
        """Where the policy applies (the cluster or namespaces)."""
        ...

    @property
    def policy(self) -> str:
        """The ARN of the access policy."""
        ...


@runtime_checkable
class IAddon(Protocol):
    """An EKS add-on."""

    @property
    def node(self) -> Node:
        """The construct tree node."""
        ...

    @property
    def addon_name(self) -> str:
        """The name of the add-on."""
        ...

    @property
    def addon_arn(self) -> str:
        """The ARN of the add-on."""
        ...
