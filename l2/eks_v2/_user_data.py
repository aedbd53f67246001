"""The user data of self-managed EKS nodes: Amazon Linux's ``/etc/eks/bootstrap.sh`` and Bottlerocket's settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Stack

if TYPE_CHECKING:
    from l2.autoscaling import AutoScalingGroup
    from l2.eks_v2._structs import BootstrapOptions

ON_DEMAND = "OnDemand"
SPOT = "Ec2Spot"


def _spot_price(group: Any) -> Any:
    return getattr(group, "spot_price", None) or getattr(group, "_spot_price", None)


def render_amazon_linux_user_data(cluster: Any, group: AutoScalingGroup,
                                  options: BootstrapOptions | None = None) -> list[str]:
    """The bootstrap commands of an Amazon Linux EKS node."""
    from l2.eks_v2._structs import BootstrapOptions

    opts = options or BootstrapOptions()
    stack = Stack.of(group)
    logical_id = group.node.default_child.logical_id  # type: ignore[union-attr]
    extra: list[str] = []
    try:
        endpoint, authority = cluster.cluster_endpoint, cluster.cluster_certificate_authority_data
        extra.append(f"--apiserver-endpoint '{endpoint}'")
        extra.append(f"--b64-cluster-ca '{authority}'")
    except Exception:
        pass
    extra.append(f"--use-max-pods {'false' if opts.use_max_pods is False else 'true'}")
    if opts.aws_api_retry_attempts:
        extra.append(f"--aws-api-retry-attempts {int(opts.aws_api_retry_attempts)}")
    if opts.enable_docker_bridge:
        extra.append("--enable-docker-bridge true")
    if opts.docker_config_json:
        extra.append(f"--docker-config-json '{opts.docker_config_json}'")
    if opts.dns_cluster_ip:
        extra.append(f"--dns-cluster-ip {opts.dns_cluster_ip}")
    if opts.additional_args:
        extra.append(opts.additional_args)
    spot = bool(_spot_price(group))
    label = SPOT if spot else ON_DEMAND
    taints = "--register-with-taints=spotInstance=true:PreferNoSchedule" if spot else ""
    kubelet = f"--node-labels lifecycle={label} {taints} {opts.kubelet_extra_args or ''}".strip()
    return [
        "set -o xtrace",
        f'/etc/eks/bootstrap.sh {cluster.cluster_name} --kubelet-extra-args "{kubelet}" {" ".join(extra)}'.strip(),
        f"/opt/aws/bin/cfn-signal --exit-code $? --stack {stack.stack_name} --resource {logical_id} "
        f"--region {stack.region}",
    ]


def render_bottlerocket_user_data(cluster: Any) -> list[str]:
    """The settings of a Bottlerocket EKS node."""
    return [
        "[settings.kubernetes]",
        f'api-server="{cluster.cluster_endpoint}"',
        f'cluster-certificate="{cluster.cluster_certificate_authority_data}"',
        f'cluster-name="{cluster.cluster_name}"',
    ]
