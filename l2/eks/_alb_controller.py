"""``AlbController``: the AWS Load Balancer Controller installed on a cluster (a Helm chart and a service account
with the controller's IAM policy)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from constructs import Aws, Construct, Duration, Names, Stack, ValidationError
from l2.eks._enums import AuthenticationMode
from l2.eks._k8s import HelmChart
from l2.eks._service_account import ServiceAccount
from l2.eks._structs import AlbControllerHelmChartOptions

if TYPE_CHECKING:
    from constructs import RemovalPolicy
    from l2.eks._cluster import Cluster
    from l2.eks._version import AlbControllerVersion

_POLICIES = Path(__file__).parent / "_data" / "alb-iam-policies.json"


@cache
def _policies() -> dict[str, Any]:
    return json.loads(_POLICIES.read_text())  # type: ignore[no-any-return]


def _policy_for(version: str) -> dict[str, Any]:
    data = _policies()
    return data["policies"][data["versions"][version]]  # type: ignore[no-any-return]


class AlbController(Construct):
    """The AWS Load Balancer Controller of a cluster (``Cluster(alb_controller=...)`` or ``AlbController.create``).

    Args:
        scope: the scope.
        id: the construct id.
        cluster: the cluster.
        version: the controller version.
        additional_helm_chart_values: extra values of the Helm chart.
        overwrite_service_account: whether an existing service account may be overwritten (default: false).
        policy: the controller's IAM policy document (required for a custom version).
        removal_policy: the removal policy of the controller's resources.
        repository: the image repository (default: the public ECR repository in us-west-2).
    """

    @staticmethod
    def create(
        scope: Construct,
        *,
        cluster: Cluster,
        version: AlbControllerVersion,
        additional_helm_chart_values: AlbControllerHelmChartOptions | None = None,
        overwrite_service_account: bool | None = None,
        policy: Mapping[str, object] | None = None,
        removal_policy: RemovalPolicy | None = None,
        repository: str | None = None,
    ) -> AlbController:
        """Create the controller of ``cluster`` as a child of the cluster's stack."""
        uid = f"{Names.node_unique_id(cluster.node)}-AlbController"
        return AlbController(Stack.of(scope), uid, cluster=cluster, version=version,
                             additional_helm_chart_values=additional_helm_chart_values,
                             overwrite_service_account=overwrite_service_account, policy=policy,
                             removal_policy=removal_policy, repository=repository)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: Cluster,
        version: AlbControllerVersion,
        additional_helm_chart_values: AlbControllerHelmChartOptions | None = None,
        overwrite_service_account: bool | None = None,
        policy: Mapping[str, object] | None = None,
        removal_policy: RemovalPolicy | None = None,
        repository: str | None = None,
    ) -> None:
        from l2 import iam

        super().__init__(scope, id)
        namespace = "kube-system"
        account = ServiceAccount(self, "alb-sa", namespace=namespace, name="aws-load-balancer-controller",
                                 cluster=cluster, overwrite_service_account=overwrite_service_account,
                                 removal_policy=removal_policy)
        if version.custom and not policy:
            raise ValidationError("'albControllerOptions.policy' is required when using a custom controller version",
                                  self)
        document: Any = policy if policy else _policy_for(version.version)
        for statement in document["Statement"]:
            rewritten = {**statement, "Resource": _rewrite(statement.get("Resource"))}
            if rewritten["Resource"] is None:
                del rewritten["Resource"]
            account.add_to_principal_policy(iam.PolicyStatement.from_json(rewritten))
        extra: dict[str, Any] = {}
        if additional_helm_chart_values is not None and additional_helm_chart_values.enable_waf is not None:
            extra["enableWaf"] = additional_helm_chart_values.enable_waf
        if additional_helm_chart_values is not None and additional_helm_chart_values.enable_wafv2 is not None:
            extra["enableWafv2"] = additional_helm_chart_values.enable_wafv2
        chart = HelmChart(
            self, "Resource", cluster=cluster, chart="aws-load-balancer-controller",
            repository="https://aws.github.io/eks-charts", namespace=namespace,
            release="aws-load-balancer-controller", version=version.helm_chart_version, wait=True,
            timeout=Duration.minutes(15),
            values={
                "clusterName": cluster.cluster_name,
                "serviceAccount": {"create": False, "name": account.service_account_name},
                "region": Stack.of(self).region,
                "vpcId": cluster.vpc.vpc_id,
                "image": {"repository": repository
                          or "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller",
                          "tag": version.version},
                **extra,
            },
            removal_policy=removal_policy,
        )
        chart.node.add_dependency(account)
        chart.node.add_dependency(cluster.open_id_connect_provider)  # type: ignore[arg-type]
        if cluster.authentication_mode != AuthenticationMode.API:
            chart.node.add_dependency(cluster.aws_auth)


def _rewrite(resources: Any) -> Any:
    def one(value: Any) -> Any:
        return value.replace("arn:aws:", f"arn:{Aws.PARTITION}:", 1) if isinstance(value, str) else value

    if resources is None:
        return None
    return [one(r) for r in resources] if isinstance(resources, list) else one(resources)
