"""The EKS control plane as a custom resource: ``ClusterResource`` and its nested-stack ``ClusterResourceProvider``.

The ``Custom::AWSCDK-EKS-Cluster`` resource creates the cluster with a role of its own (the creation role), which then
administers the cluster and is the role the kubectl handler assumes. The provider's two functions run pycdk's own
handler (``_handlers/cluster_resource``: boto3 ``CreateCluster``/``UpdateClusterConfig``/``DeleteCluster``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from constructs import Construct, CustomResource, Duration, Lazy, NestedStack, Stack, Token, ValidationError

if TYPE_CHECKING:
    from l2.custom_resources import Provider
    from l2.ec2 import ISecurityGroup, ISubnet, IVpc
    from l2.iam import Role
    from l2.kms import IKey
    from l2.lambda_ import Code, Function, IFunction, ILayerVersion

HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "cluster_resource")
CLUSTER_RESOURCE_TYPE = "Custom::AWSCDK-EKS-Cluster"
PROVIDER_ID = "@aws-cdk/aws-eks.ClusterResourceProvider"


def cluster_arn_components(cluster_name: str) -> dict[str, str]:
    """The ARN components of a cluster named ``cluster_name``."""
    return {"service": "eks", "resource": "cluster", "resource_name": cluster_name}


def _own_code() -> Code:
    """The code of a provider's second handler: a code asset of its own, as each of aws-cdk-lib's handler classes
    has (the same hash, staged once)."""
    from l2 import lambda_

    return lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"])


class ClusterResourceProvider(NestedStack):
    """The stack's provider of ``Custom::AWSCDK-EKS-Cluster`` resources (create it with ``get_or_create``)."""

    @staticmethod
    def get_or_create(
        scope: Construct,
        *,
        subnets: Sequence[ISubnet] | None,
        vpc: IVpc,
        environment: Mapping[str, str] | None,
        on_event_layer: ILayerVersion | None,
        security_group: ISecurityGroup | None,
    ) -> ClusterResourceProvider:
        """Return the stack's provider, creating it on first use."""
        stack = Stack.of(scope)
        existing = stack.node.try_find_child(PROVIDER_ID)
        if isinstance(existing, ClusterResourceProvider):
            return existing
        return ClusterResourceProvider(stack, PROVIDER_ID, subnets=subnets, vpc=vpc, environment=environment,
                                       on_event_layer=on_event_layer, security_group=security_group)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        subnets: Sequence[ISubnet] | None,
        vpc: IVpc,
        environment: Mapping[str, str] | None,
        on_event_layer: ILayerVersion | None,
        security_group: ISecurityGroup | None,
    ) -> None:
        from l2 import ec2, lambda_
        from l2.custom_resources import Provider

        super().__init__(scope, id)
        in_vpc: dict[str, Any] = {}
        if subnets:
            in_vpc = {"vpc": vpc, "vpc_subnets": ec2.SubnetSelection(subnets=list(subnets))}
        if security_group is not None:
            in_vpc["security_groups"] = [security_group]
        env = {"AWS_STS_REGIONAL_ENDPOINTS": "regional", **(environment or {})}
        # as aws-cdk-lib's handler classes get them: its literal (the VPC keys undefined outside a VPC; the layer it
        # adds when none is given, a proxy-agent layer, pycdk's handler does without), then their code
        code = lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"])
        literal: dict[str, Any] = {
            "vpc": in_vpc.get("vpc"), "vpc_subnets": in_vpc.get("vpc_subnets"),
            "security_groups": in_vpc.get("security_groups"),
        }
        layers: dict[str, Any] = {"layers": [on_event_layer]} if on_event_layer is not None else {}
        self.on_event_handler: Function = lambda_.Function(
            self, "OnEventHandler", description="onEvent handler for EKS cluster resource provider",
            environment=env, timeout=Duration.minutes(1), **literal,
            **layers,
            code=code, handler="cluster.on_event", runtime=lambda_.Runtime.PYTHON_3_13,
        )
        self.is_complete_handler: Function = lambda_.Function(
            self, "IsCompleteHandler", description="isComplete handler for EKS cluster resource provider",
            environment=env, timeout=Duration.minutes(1), **literal,
            code=_own_code(), handler="cluster.is_complete", runtime=lambda_.Runtime.PYTHON_3_13,
        )
        self.provider: Provider = Provider(
            self, "Provider",
            on_event_handler=cast("IFunction", self.on_event_handler),
            is_complete_handler=cast("IFunction", self.is_complete_handler),
            total_timeout=Duration.hours(1), query_interval=Duration.minutes(1),
            disable_waiter_state_machine_logging=True, **in_vpc,
        )

    @property
    def service_token(self) -> str:
        """The ARN of the provider's framework function."""
        return self.provider.service_token

    def _to_cloudformation(self) -> dict[str, Any]:
        """The template, its ``Outputs`` before its ``Parameters`` as aws-cdk-lib writes them.

        aws-cdk-lib wires cross-stack references in construct pre-order: the cluster (which reads this stack's
        outputs) comes before this provider (whose handlers in the VPC read the subnets as parameters).
        """
        template = super()._to_cloudformation()
        keys = list(template)
        if "Parameters" in template and "Outputs" in template and keys.index("Parameters") < keys.index("Outputs"):
            template["Parameters"] = template.pop("Parameters")
        return template


class ClusterResource(Construct):
    """The ``Custom::AWSCDK-EKS-Cluster`` resource of a ``Cluster`` (private to the module)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str | None,
        role_arn: str,
        version: str,
        config: Mapping[str, Any],
        vpc: IVpc,
        subnets: Sequence[ISubnet] | None,
        environment: Mapping[str, str] | None,
        on_event_layer: ILayerVersion | None,
        cluster_handler_security_group: ISecurityGroup | None,
        secrets_encryption_key: IKey | None,
    ) -> None:
        super().__init__(scope, id)
        if not role_arn:
            raise ValidationError('"roleArn" is required', self)
        provider = ClusterResourceProvider.get_or_create(
            self, subnets=subnets, vpc=vpc, environment=environment, on_event_layer=on_event_layer,
            security_group=cluster_handler_security_group,
        )
        self.admin_role: Role = self._create_admin_role(provider, name, role_arn, secrets_encryption_key)
        self.resource = CustomResource(
            self, "Resource", resource_type=CLUSTER_RESOURCE_TYPE, service_token=provider.service_token,
            properties={"Config": {"name": name, "version": version, "roleArn": role_arn, **config},
                        "AssumeRoleArn": self.admin_role.role_arn, "AttributesRevision": 5},
        )
        self.resource.node.add_dependency(self.admin_role)
        self.ref: str = self.resource.ref

    def _att(self, name: str) -> str:
        return Token.as_string(self.resource.get_att(name))

    @property
    def attr_endpoint(self) -> str:
        """The API server endpoint."""
        return self._att("Endpoint")

    @property
    def attr_arn(self) -> str:
        """The cluster's ARN."""
        return self._att("Arn")

    @property
    def attr_certificate_authority_data(self) -> str:
        """The cluster's certificate authority data."""
        return self._att("CertificateAuthorityData")

    @property
    def attr_cluster_security_group_id(self) -> str:
        """The security group EKS creates for the cluster."""
        return self._att("ClusterSecurityGroupId")

    @property
    def attr_encryption_config_key_arn(self) -> str:
        """The secrets encryption key."""
        return self._att("EncryptionConfigKeyArn")

    @property
    def attr_open_id_connect_issuer_url(self) -> str:
        """The OIDC issuer URL."""
        return self._att("OpenIdConnectIssuerUrl")

    @property
    def attr_open_id_connect_issuer(self) -> str:
        """The OIDC issuer (the URL without its scheme)."""
        return self._att("OpenIdConnectIssuer")

    def _create_admin_role(self, provider: ClusterResourceProvider, name: str | None, role_arn: str,
                           key: IKey | None) -> Role:
        from l2 import iam

        stack = Stack.of(self)
        on_event_role = provider.provider.on_event_handler.role
        is_complete_role = provider.provider.is_complete_handler.role  # type: ignore[union-attr]
        creation_role = iam.Role(self, "CreationRole", assumed_by=iam.CompositePrincipal(
            cast("iam.IPrincipal", on_event_role), cast("iam.IPrincipal", is_complete_role)))
        creation_role.add_to_policy(iam.PolicyStatement(actions=["iam:PassRole"], resources=[role_arn]))

        def cluster_arns() -> list[str]:
            resolved = stack.resolve(name)
            arn = stack.format_arn(**cluster_arn_components(resolved))  # type: ignore[arg-type]
            return [arn, f"{arn}/*"] if resolved else ["*"]

        def profile_arn() -> str:
            resolved = stack.resolve(name)
            if not resolved:
                return "*"
            return stack.format_arn(service="eks", resource="fargateprofile", resource_name=f"{resolved}/*")

        creation_role.add_to_policy(iam.PolicyStatement(
            actions=["eks:CreateCluster", "eks:DescribeCluster", "eks:DescribeUpdate", "eks:DeleteCluster",
                     "eks:UpdateClusterVersion", "eks:UpdateClusterConfig", "eks:CreateFargateProfile",
                     "eks:TagResource", "eks:UntagResource"],
            resources=Lazy.list(cluster_arns),
        ))
        creation_role.add_to_policy(iam.PolicyStatement(
            actions=["eks:DescribeFargateProfile", "eks:DeleteFargateProfile"],
            resources=[Lazy.string(profile_arn)],
        ))
        creation_role.add_to_policy(iam.PolicyStatement(actions=["iam:GetRole", "iam:listAttachedRolePolicies"],
                                                        resources=["*"]))
        creation_role.add_to_policy(iam.PolicyStatement(actions=["iam:CreateServiceLinkedRole"], resources=["*"]))
        creation_role.add_to_policy(iam.PolicyStatement(
            actions=["ec2:DescribeInstances", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSecurityGroups",
                     "ec2:DescribeSubnets", "ec2:DescribeRouteTables", "ec2:DescribeDhcpOptions",
                     "ec2:DescribeVpcs"],
            resources=["*"],
        ))
        if key is not None:
            creation_role.add_to_policy(iam.PolicyStatement(
                actions=["kms:Encrypt", "kms:Decrypt", "kms:DescribeKey", "kms:CreateGrant"],
                resources=[key.key_arn],
            ))
        return creation_role
