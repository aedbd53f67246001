"""``KubectlProvider``: the function (behind a provider framework) that runs ``kubectl`` and Helm against a cluster.

Its handler is pycdk's own Python code (``_handlers/kubectl``): it writes the kubeconfig itself with boto3 (the
cluster's endpoint and a token signed for the handler's role, which gets a cluster-admin access entry), so it needs
the ``kubectl_layer`` (``kubectl`` and ``helm``); an ``awscli_layer`` is added when given (pycdk ships no AWS CLI
layer of its own, so none is added by default).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from constructs import (
    Aws,
    CfnCondition,
    Construct,
    Duration,
    Fn,
    RemovalPolicies,
    ValidationError,
)

if TYPE_CHECKING:
    from constructs import RemovalPolicy, Size
    from l2.ec2 import ISecurityGroup, ISubnet
    from l2.eks_v2._interfaces import ICluster, IKubectlProvider
    from l2.iam import IRole
    from l2.lambda_ import ILayerVersion

HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "kubectl")


class KubectlProvider(Construct):
    """The provider of a cluster's Kubernetes resources (manifests, Helm charts, patches, object values).

    Args:
        scope: the scope.
        id: the construct id.
        cluster: the cluster the provider issues ``kubectl`` commands against.
        kubectl_layer: a layer with ``kubectl`` and ``helm``.
        awscli_layer: a layer with the AWS CLI (default: none; pycdk's handler does not need it).
        environment: extra environment variables of the handler.
        memory: the memory of the handler (default: 1 GiB).
        private_subnets: subnets for the handler (default: outside any VPC).
        removal_policy: the removal policy of the provider's resources.
        role: the execution role of the handler (default: a new role).
        security_group: a security group of the handler (deprecated: use ``security_groups``).
        security_groups: the security groups of the handler in the VPC (default: the cluster security group).
    """

    @staticmethod
    def get_kubectl_provider(scope: Construct, cluster: ICluster) -> IKubectlProvider | None:
        """The kubectl provider of ``cluster``; a resource in ``scope`` waits for an owned cluster to be ready."""
        from l2.eks_v2._cluster import Cluster

        if isinstance(cluster, Cluster):
            cluster._depend_on_kubectl_barrier(scope)
        return cluster.kubectl_provider

    @staticmethod
    def require(scope: Construct, cluster: ICluster) -> IKubectlProvider:
        """``get_kubectl_provider``, raising when the cluster has none."""
        provider = KubectlProvider.get_kubectl_provider(scope, cluster)
        if provider is None:
            raise ValidationError(
                "Kubectl Provider is not defined in this cluster. Define it when creating the cluster", scope)
        return provider

    @staticmethod
    def from_kubectl_provider_attributes(scope: Construct, id: str, *, service_token: str,
                                         role: IRole | None = None) -> IKubectlProvider:
        """Import an existing kubectl provider.

        Args:
            scope: the scope of the import.
            id: its construct id.
            service_token: the ARN of the provider's framework function.
            role: the execution role of the handler (needed only for Helm charts from assets).
        """
        return _ImportedKubectlProvider(scope, id, service_token=service_token, role=role)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        kubectl_layer: ILayerVersion,
        awscli_layer: ILayerVersion | None = None,
        environment: Mapping[str, str] | None = None,
        memory: Size | None = None,
        private_subnets: Sequence[ISubnet] | None = None,
        removal_policy: RemovalPolicy | None = None,
        role: IRole | None = None,
        security_group: ISecurityGroup | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
    ) -> None:
        from l2 import ec2, iam, lambda_
        from l2.custom_resources import Provider

        super().__init__(scope, id)
        if security_group is not None and security_groups is not None:
            raise ValidationError(
                'Cannot specify both "securityGroup" and "securityGroups". Use "securityGroups" only.', self)
        vpc = cluster.vpc if private_subnets else None
        groups: list[ISecurityGroup] | None = None
        if private_subnets:
            if security_groups:
                groups = list(security_groups)
            elif security_group is not None:
                groups = [security_group]
            else:
                groups = [cluster.cluster_security_group]
        selection = ec2.SubnetSelection(subnets=list(private_subnets)) if private_subnets else None
        handler = lambda_.Function(
            self, "Handler", timeout=Duration.minutes(15),
            description="onEvent handler for EKS kubectl resource provider",
            memory_size=int(memory.to_mebibytes()) if memory is not None else 1024,
            environment={"AWS_STS_REGIONAL_ENDPOINTS": "regional", **(environment or {})}, role=role,
            code=lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"]),
            handler="index.handler", runtime=lambda_.Runtime.PYTHON_3_13,
            vpc=vpc, security_groups=groups, vpc_subnets=selection,
        )
        if awscli_layer is not None:
            handler.add_layers(awscli_layer)
        handler.add_layers(kubectl_layer)
        handler_role = cast("IRole", handler.role)
        handler_role.add_to_principal_policy(iam.PolicyStatement(actions=["eks:DescribeCluster"],
                                                                 resources=[cluster.cluster_arn]))
        if handler.is_bound_to_vpc:
            handler_role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(
                "service-role/AWSLambdaVPCAccessExecutionRole"))
        handler_role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(
            "AmazonEC2ContainerRegistryReadOnly"))
        has_ecr_public = CfnCondition(cast("Construct", cast("Construct", handler_role).node.scope), "HasEcrPublic",
                                      expression=Fn.condition_equals(Aws.PARTITION, "aws"))
        conditional = iam.ManagedPolicy.from_managed_policy_arn(self, "ConditionalPolicyArn", Fn.condition_if(
            has_ecr_public.logical_id,
            iam.ManagedPolicy.from_aws_managed_policy_name(
                "AmazonElasticContainerRegistryPublicReadOnly").managed_policy_arn,
            Aws.NO_VALUE,
        ).to_string())
        handler_role.add_managed_policy(iam.ManagedPolicy.from_managed_policy_arn(
            self, "conditionalPolicy", conditional.managed_policy_arn))
        provider = Provider(self, "Provider", on_event_handler=handler, vpc=vpc, vpc_subnets=selection,
                            security_groups=groups)
        self._service_token = provider.service_token
        self._role: IRole | None = handler_role
        if removal_policy is not None:
            RemovalPolicies.of(self).apply(removal_policy)

    @property
    def service_token(self) -> str:
        """The ARN of the provider's framework function (the custom resources' service token)."""
        return self._service_token

    @property
    def role(self) -> IRole | None:
        """The execution role of the handler."""
        return self._role


class _ImportedKubectlProvider(Construct):
    """A kubectl provider defined elsewhere (``KubectlProvider.from_kubectl_provider_attributes``)."""

    def __init__(self, scope: Construct, id: str, *, service_token: str, role: IRole | None) -> None:
        super().__init__(scope, id)
        self.service_token = service_token
        self.role = role
