"""``KubectlProvider``: the nested stack whose function runs ``kubectl`` and Helm against a cluster.

Its handler is pycdk's own Python code (``_handlers/kubectl``): it writes the kubeconfig itself with boto3 (the
cluster's endpoint and a token signed for the kubectl role), so it needs the ``kubectl_layer`` (``kubectl`` and
``helm``) and no AWS CLI layer; an ``awscli_layer`` given to the cluster is still added.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from constructs import (
    Aws,
    CfnCondition,
    Construct,
    Duration,
    Fn,
    Names,
    NestedStack,
    RemovalPolicies,
    RemovalPolicy,
    Stack,
    ValidationError,
)

if TYPE_CHECKING:
    from l2.eks._interfaces import ICluster, IKubectlProvider
    from l2.iam import IRole

HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "kubectl")


class KubectlProvider(NestedStack):
    """The provider of a cluster's Kubernetes resources (manifests, Helm charts, patches, object values).

    Args:
        scope: the stack.
        id: the construct id.
        cluster: the cluster the provider issues ``kubectl`` commands against.
        removal_policy: the removal policy of the provider's resources (default: none).
    """

    @staticmethod
    def get_or_create(scope: Construct, cluster: ICluster) -> IKubectlProvider:
        """The kubectl provider of ``cluster`` for a resource defined in ``scope`` (created on first use)."""
        from l2.eks._cluster import Cluster

        if isinstance(cluster, Cluster):
            provider = cluster._attach_kubectl_resource_scope(scope)
        elif cluster.kubectl_provider is not None:
            return cluster.kubectl_provider
        else:
            uid = f"{Names.node_unique_id(cluster.node)}-KubectlProvider"
            stack = Stack.of(scope)
            provider = stack.node.try_find_child(uid)
            if provider is None:
                provider = KubectlProvider(stack, uid, cluster=cluster)
        if isinstance(provider, KubectlProvider):
            provider._consumers.append(scope)
        return provider

    @staticmethod
    def from_kubectl_provider_attributes(scope: Construct, id: str, *, function_arn: str, handler_role: IRole,
                                         kubectl_role_arn: str) -> IKubectlProvider:
        """Import an existing kubectl provider.

        Args:
            scope: the scope of the import.
            id: its construct id.
            function_arn: the ARN of the provider's framework function.
            handler_role: the execution role of the handler.
            kubectl_role_arn: the role the handler assumes to issue ``kubectl`` commands.
        """
        return _ImportedKubectlProvider(scope, id, function_arn=function_arn, handler_role=handler_role,
                                        kubectl_role_arn=kubectl_role_arn)

    def __init__(self, scope: Construct, id: str, *, cluster: ICluster,
                 removal_policy: RemovalPolicy | None = None) -> None:
        from l2 import ec2, iam, lambda_
        from l2.custom_resources import Provider

        super().__init__(scope, id)
        self._consumers: list[Construct] = []
        kubectl_role = cluster.kubectl_role
        if kubectl_role is None:
            raise ValidationError(
                '"kubectlRole" is not defined, cannot issue kubectl commands against this cluster', self)
        if cluster.kubectl_private_subnets and cluster.kubectl_security_group is None:
            raise ValidationError('"kubectlSecurityGroup" is required if "kubectlSubnets" is specified', self)
        memory = cluster.kubectl_memory.to_mebibytes() if cluster.kubectl_memory is not None else 1024
        in_vpc: dict[str, Any] = {}
        if cluster.kubectl_private_subnets:
            in_vpc = {"vpc": cluster.vpc,
                      "vpc_subnets": ec2.SubnetSelection(subnets=list(cluster.kubectl_private_subnets))}
            if cluster.kubectl_security_group is not None:
                in_vpc["security_groups"] = [cluster.kubectl_security_group]
        # the keys of aws-cdk-lib's literal in its order (undefined ones too), then the code its handler class adds
        handler = lambda_.Function(
            self, "Handler", timeout=Duration.minutes(15),
            description="onEvent handler for EKS kubectl resource provider", memory_size=int(memory),
            environment={"AWS_STS_REGIONAL_ENDPOINTS": "regional", **(cluster.kubectl_environment or {})},
            role=cluster.kubectl_lambda_role, vpc=in_vpc.get("vpc"), security_groups=in_vpc.get("security_groups"),
            vpc_subnets=in_vpc.get("vpc_subnets"),
            code=lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"]),
            handler="index.handler", runtime=lambda_.Runtime.PYTHON_3_13,
        )
        if cluster.awscli_layer is not None:
            handler.add_layers(cluster.awscli_layer)
        if cluster.kubectl_layer is not None:
            handler.add_layers(cluster.kubectl_layer)
        handler_role = cast("IRole", handler.role)
        self._handler_role = handler_role
        handler_role.add_to_principal_policy(iam.PolicyStatement(actions=["eks:DescribeCluster"],
                                                                 resources=[cluster.cluster_arn]))
        if handler.is_bound_to_vpc:
            handler_role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(
                "service-role/AWSLambdaVPCAccessExecutionRole"))
        handler_role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(
            "AmazonEC2ContainerRegistryPullOnly"))
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
        kubectl_role.grant(handler_role, "sts:AssumeRole")
        provider = Provider(self, "Provider", on_event_handler=handler, **in_vpc)
        if removal_policy is not None:
            RemovalPolicies.of(self).apply(removal_policy)
        self._service_token = provider.service_token
        self._role_arn = kubectl_role.role_arn

    def _to_cloudformation(self) -> dict[str, Any]:
        """The template, with the handler's subnet parameters before its security group's, as aws-cdk-lib wires them.

        aws-cdk-lib finds cross-stack references in the properties as its L2 wrote them (``VpcConfig`` with
        ``subnetIds`` first); pycdk finds them while rendering (``SecurityGroupIds`` first, alphabetically). The
        parameters are reordered here, in the template and in this stack's resource in the parent.
        """
        template = super()._to_cloudformation()
        keys = list(template)
        if "Parameters" in template and "Outputs" in template:
            # aws-cdk-lib wires references in construct pre-order: the outputs come first when a resource using
            # this provider (e.g. the cluster's aws-auth map) precedes it, the parameters (read by its handler)
            # otherwise
            outputs_first = self._consumer_precedes()
            if outputs_first and keys.index("Parameters") < keys.index("Outputs"):
                template["Parameters"] = template.pop("Parameters")
            elif not outputs_first and keys.index("Outputs") < keys.index("Parameters"):
                template["Outputs"] = template.pop("Outputs")
        params = template.get("Parameters")
        vpc_config = template.get("Resources", {}).get("Handler886CB40B", {}).get("Properties", {}).get("VpcConfig")
        if not params or not isinstance(vpc_config, dict):
            return template
        groups = _refs(vpc_config.get("SecurityGroupIds"))
        subnets = _refs(vpc_config.get("SubnetIds"))
        names = list(params)
        if not groups or not subnets or max(names.index(n) for n in groups if n in names) > min(
                names.index(n) for n in subnets if n in names):
            return template
        rest = [n for n in names if n not in groups]
        last = max(rest.index(n) for n in subnets if n in rest)
        order = rest[: last + 1] + [n for n in names if n in groups] + rest[last + 1:]
        template["Parameters"] = {n: params[n] for n in order}
        self._parameters = {n: self._parameters[n] for n in order if n in self._parameters} | {
            n: v for n, v in self._parameters.items() if n not in order}
        return template

    def _consumer_precedes(self) -> bool:
        """Whether a resource using this provider comes before it in the parent stack's construct pre-order."""
        order = {id(c): i for i, c in enumerate(Stack.of(self.node.scope).node.find_all())}  # type: ignore[arg-type]
        mine = order.get(id(self), -1)
        return any(order.get(id(c), mine) < mine for c in self._consumers)

    @property
    def service_token(self) -> str:
        """The ARN of the provider's framework function (the custom resources' service token)."""
        return self._service_token

    @property
    def role_arn(self) -> str:
        """The ARN of the role the handler assumes."""
        return self._role_arn

    @property
    def handler_role(self) -> IRole:
        """The execution role of the handler."""
        return self._handler_role


def _refs(values: Any) -> list[str]:
    """The parameter names a list of ``{"Ref": name}`` values refers to."""
    if not isinstance(values, list):
        return []
    return [v["Ref"] for v in values if isinstance(v, dict) and isinstance(v.get("Ref"), str)]


class _ImportedKubectlProvider(Construct):
    """A kubectl provider defined elsewhere (``KubectlProvider.from_kubectl_provider_attributes``)."""

    def __init__(self, scope: Construct, id: str, *, function_arn: str, handler_role: IRole,
                 kubectl_role_arn: str) -> None:
        super().__init__(scope, id)
        self.service_token = function_arn
        self.role_arn = kubectl_role_arn
        self.handler_role = handler_role
