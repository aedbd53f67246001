"""Bad input to the aws_eks_v2 constructs fails with aws-cdk-lib's messages, naming the construct path."""

from __future__ import annotations

import pytest

import constructs as cdk
from constructs import ValidationError
from l2 import ec2, iam, lambda_
from l2 import eks_v2 as eks


@pytest.fixture()
def stack() -> cdk.Stack:
    return cdk.Stack(cdk.App(), "S")


def _layer(stack: cdk.Stack) -> lambda_.ILayerVersion:
    return lambda_.LayerVersion.from_layer_version_arn(stack, "L", "arn:aws:lambda:us-east-1:123456789012:layer:k:1")


def test_auto_mode_node_pools_are_checked(stack: cdk.Stack) -> None:
    with pytest.raises(ValidationError, match=r"Invalid node pool values: gpu\. Valid values are: general-purpose, "
                                              r"system\n    at path \[S/C\]"):
        eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33,
                    compute=eks.ComputeConfig(node_pools=["system", "gpu"]))


def test_auto_mode_takes_no_default_capacity(stack: cdk.Stack) -> None:
    with pytest.raises(ValidationError, match="Cannot specify defaultCapacity or defaultCapacityInstance when using "
                                              "Auto Mode"):
        eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33, default_capacity=2)


def test_compute_needs_auto_mode(stack: cdk.Stack) -> None:
    with pytest.raises(ValidationError, match=r"Cannot specify compute without using DefaultCapacityType.AUTOMODE"):
        eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33, compute=eks.ComputeConfig(node_pools=[]),
                    default_capacity_type=eks.DefaultCapacityType.NODEGROUP)


def test_auto_mode_rejects_self_managed_addons(stack: cdk.Stack) -> None:
    with pytest.raises(ValidationError, match=r"bootstrapSelfManagedAddons cannot be true when using EKS Auto Mode"
                                              r"\n    at path \[S/C\]"):
        eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33, bootstrap_self_managed_addons=True)


def test_service_ipv4_cidr_needs_ipv4(stack: cdk.Stack) -> None:
    with pytest.raises(ValidationError, match=r"Cannot specify serviceIpv4Cidr with ipFamily equal to "
                                              r"IpFamily.IP_V6\n    at path \[S/C\]"):
        eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33, service_ipv4_cidr="10.0.0.0/16",
                    ip_family=eks.IpFamily.IP_V6)


def test_remote_pod_networks_need_node_networks(stack: cdk.Stack) -> None:
    with pytest.raises(ValidationError, match="remotePodNetworks cannot be specified without remoteNodeNetworks"):
        eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33,
                    remote_pod_networks=[eks.RemotePodNetwork(cidrs=["10.0.0.0/16"])])


def test_private_endpoint_needs_private_subnets(stack: cdk.Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", subnet_configuration=[
        ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC)])
    with pytest.raises(ValidationError, match="Vpc must contain private subnets when public endpoint access is "
                                              "disabled"):
        eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33, vpc=vpc,
                    vpc_subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)],
                    endpoint_access=eks.EndpointAccess.PRIVATE)


def test_kubectl_security_group_and_groups_conflict(stack: cdk.Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc")
    group = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
    with pytest.raises(ValidationError, match=r'Cannot specify both "securityGroup" and "securityGroups"\. Use '
                                              r'"securityGroups" only\.\n    at path \[S/C\]'):
        eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33, vpc=vpc,
                    kubectl_provider_options=eks.KubectlProviderOptions(
                        kubectl_layer=_layer(stack), security_group=group, security_groups=[group]))


def test_manifests_need_a_kubectl_provider(stack: cdk.Stack) -> None:
    cluster = eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33)
    with pytest.raises(ValidationError, match=r"Kubectl Provider is not defined in this cluster\. Define it when "
                                              r"creating the cluster\n    at path \[S/C/manifest-M\]"):
        cluster.add_manifest("M", {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x"}})


def test_fargate_profile_selector_count(stack: cdk.Stack) -> None:
    cluster = eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33)
    with pytest.raises(ValidationError, match=r"Fargate profile requires at least one selector\n    at path "
                                              r"\[S/C/fargate-profile-P\]"):
        cluster.add_fargate_profile("P", selectors=[])
    with pytest.raises(ValidationError, match="Fargate profile supports up to five selectors"):
        cluster.add_fargate_profile("Q", selectors=[eks.Selector(namespace=f"n{i}") for i in range(6)])


def test_service_account_name_must_be_a_dns_name(stack: cdk.Stack) -> None:
    cluster = eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33,
                          kubectl_provider_options=eks.KubectlProviderOptions(kubectl_layer=_layer(stack)))
    with pytest.raises(ValidationError, match=r"The name of a ServiceAccount object must be a valid DNS subdomain "
                                              r"name\.\n    at path \[S/C/Sa\]"):
        cluster.add_service_account("Sa", name="Not_Valid")


def test_wrong_version_type_is_a_type_error(stack: cdk.Stack) -> None:
    with pytest.raises(TypeError, match=r"argument 'version' expects KubernetesVersion, got str .*S/C"):
        eks.Cluster(stack, "C", version="1.33")  # type: ignore[arg-type]


def test_imported_cluster_attributes_must_be_given(stack: cdk.Stack) -> None:
    imported = eks.Cluster.from_cluster_attributes(stack, "I", cluster_name="x")
    with pytest.raises(ValidationError, match='"vpc" is not defined for this imported cluster'):
        _ = imported.vpc
    with pytest.raises(ValidationError, match='"clusterEndpoint" is not defined for this imported cluster'):
        _ = imported.cluster_endpoint


def test_grant_access_merges_policies_of_one_principal(stack: cdk.Stack) -> None:
    from assertions import Template

    cluster = eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33)
    role = iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal())
    for id, name in (("A", "AmazonEKSViewPolicy"), ("B", "AmazonEKSEditPolicy")):
        cluster.grant_access(id, role.role_arn, [eks.AccessPolicy.from_access_policy_name(
            name, access_scope_type=eks.AccessScopeType.CLUSTER)])
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::EKS::AccessEntry", 1)
    policies = next(iter(template.find_resources("AWS::EKS::AccessEntry").values()))["Properties"]["AccessPolicies"]
    assert len(policies) == 2


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"desired_size": 5, "max_size": 3}, "Desired capacity 5 can't be greater than max size 3"),
    ({"max_unavailable": 1, "max_unavailable_percentage": 10},
     "maxUnavailable and maxUnavailablePercentage are not allowed to be defined together"),
    ({"instance_types": [ec2.InstanceType("m5.large"), ec2.InstanceType("m6g.large")]},
     "instanceTypes of different architectures is not allowed"),
])
def test_nodegroup_checks(stack: cdk.Stack, kwargs: dict[str, object], message: str) -> None:
    cluster = eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33)
    with pytest.raises(ValidationError, match=message):
        eks.Nodegroup(stack, "N", cluster=cluster, **kwargs)  # type: ignore[arg-type]


def test_access_entry_type_without_policies(stack: cdk.Stack) -> None:
    cluster = eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33)
    with pytest.raises(ValidationError, match=r"Access entry type 'HYBRID_LINUX' cannot have access policies "
                                              r"attached\. Use AccessEntryType\.STANDARD"):
        eks.AccessEntry(stack, "E", cluster=cluster, principal="arn:aws:iam::123456789012:role/x",
                        access_entry_type=eks.AccessEntryType.HYBRID_LINUX,
                        access_policies=[eks.AccessPolicy.from_access_policy_name(
                            "AmazonEKSViewPolicy", access_scope_type=eks.AccessScopeType.CLUSTER)])


def test_helm_chart_timeout_is_capped(stack: cdk.Stack) -> None:
    cluster = eks.Cluster(stack, "C", version=eks.KubernetesVersion.V1_33,
                          kubectl_provider_options=eks.KubectlProviderOptions(kubectl_layer=_layer(stack)))
    with pytest.raises(ValidationError, match=r"Helm chart timeout cannot be higher than 15 minutes\.\n    at path "
                                              r"\[S/C/chart-H\]"):
        cluster.add_helm_chart("H", chart="x", timeout=cdk.Duration.minutes(20))
