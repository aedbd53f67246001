"""Bad input to the EKS constructs fails with aws-cdk-lib's messages, naming the construct path."""

from __future__ import annotations

import pytest

import constructs as cdk
from constructs import ValidationError
from l2 import ec2, eks, lambda_


@pytest.fixture()
def stack() -> cdk.Stack:
    return cdk.Stack(cdk.App(), "S")


def _layer(stack: cdk.Stack) -> lambda_.ILayerVersion:
    existing = stack.node.try_find_child("L")
    if existing is not None:
        return existing  # type: ignore[return-value]
    return lambda_.LayerVersion.from_layer_version_arn(stack, "L", "arn:aws:lambda:us-east-1:123456789012:layer:k:1")


def _cluster(stack: cdk.Stack, id: str = "C", **kwargs: object) -> eks.Cluster:
    return eks.Cluster(stack, id, version=eks.KubernetesVersion.V1_33, kubectl_layer=_layer(stack), **kwargs)


def test_service_ipv4_cidr_needs_ipv4(stack: cdk.Stack) -> None:
    with pytest.raises(ValidationError, match=r"Cannot specify serviceIpv4Cidr with ipFamily equal to "
                                              r"IpFamily.IP_V6\n    at path \[S/C\]"):
        _cluster(stack, service_ipv4_cidr="10.0.0.0/16", ip_family=eks.IpFamily.IP_V6)


def test_handler_security_group_needs_placement_in_vpc(stack: cdk.Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc")
    group = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
    with pytest.raises(ValidationError, match="Cannot specify clusterHandlerSecurityGroup without "
                                              r"placeClusterHandlerInVpc set to true\n    at path \[S/C\]"):
        _cluster(stack, vpc=vpc, cluster_handler_security_group=group)


def test_one_cluster_per_stack(stack: cdk.Stack) -> None:
    _cluster(stack, default_capacity=0)
    with pytest.raises(ValidationError, match=r"Only a single EKS cluster can be defined within a CloudFormation "
                                              r"stack\n    at path \[S/D\]"):
        eks.Cluster(stack, "D", version=eks.KubernetesVersion.V1_33, kubectl_layer=_layer(stack), default_capacity=0)


def test_cluster_name_length(stack: cdk.Stack) -> None:
    with pytest.raises(ValidationError, match="Cluster name cannot be more than 100 characters"):
        _cluster(stack, cluster_name="x" * 101)


def test_wrong_version_type_is_a_type_error(stack: cdk.Stack) -> None:
    with pytest.raises(TypeError, match=r"argument 'version' expects KubernetesVersion, got str .*S/C"):
        eks.Cluster(stack, "C", version="1.33", kubectl_layer=_layer(stack))  # type: ignore[arg-type]


def test_remote_networks_must_not_overlap(stack: cdk.Stack) -> None:
    with pytest.raises(ValidationError, match="Remote node network CIDR block 10.0.0.0/16 should not overlap with "
                                              "remote pod network CIDR block 10.0.1.0/24"):
        _cluster(stack, remote_node_networks=[eks.RemoteNodeNetwork(cidrs=["10.0.0.0/16"])],
                 remote_pod_networks=[eks.RemotePodNetwork(cidrs=["10.0.1.0/24"])])


def test_private_endpoint_cannot_be_narrowed() -> None:
    with pytest.raises(cdk.UnscopedValidationError, match="Cannot restric public access to endpoint when private "
                                                          "access is disabled"):
        eks.EndpointAccess.PUBLIC.only_from("10.0.0.0/8")


def test_nodegroup_sizes(stack: cdk.Stack) -> None:
    cluster = _cluster(stack, default_capacity=0)
    with pytest.raises(ValidationError, match=r"Desired capacity 5 can't be greater than max size 3\n    at path "
                                              r"\[S/C/NodegroupNg\]"):
        cluster.add_nodegroup_capacity("Ng", desired_size=5, max_size=3)
    with pytest.raises(ValidationError, match="maxUnavailable and maxUnavailablePercentage are not allowed to be "
                                              "defined together"):
        cluster.add_nodegroup_capacity("Ng2", max_unavailable=1, max_unavailable_percentage=10)


def test_nodegroup_ami_type_must_match_instances(stack: cdk.Stack) -> None:
    cluster = _cluster(stack, default_capacity=0)
    with pytest.raises(ValidationError, match="The specified AMI does not match the instance types architecture, "
                                              "either specify one of AL2_ARM_64, AL2023_ARM_64_STANDARD, "
                                              "BOTTLEROCKET_ARM_64 or don't specify any"):
        cluster.add_nodegroup_capacity("Ng", instance_types=[ec2.InstanceType("m6g.large")],
                                       ami_type=eks.NodegroupAmiType.AL2_X86_64)


def test_helm_chart_needs_a_chart_and_a_short_timeout(stack: cdk.Stack) -> None:
    cluster = _cluster(stack, default_capacity=0)
    with pytest.raises(ValidationError, match=r"Either 'chart' or 'chartAsset' must be specified to install a helm "
                                              r"chart\n    at path \[S/C/chart-Empty\]"):
        cluster.add_helm_chart("Empty")
    with pytest.raises(ValidationError, match="Helm chart timeout cannot be higher than 15 minutes."):
        cluster.add_helm_chart("Slow", chart="x", timeout=cdk.Duration.minutes(16))


def test_fargate_profile_selectors(stack: cdk.Stack) -> None:
    cluster = _cluster(stack, default_capacity=0)
    with pytest.raises(ValidationError, match="Fargate profile requires at least one selector"):
        cluster.add_fargate_profile("None", selectors=[])
    with pytest.raises(ValidationError, match="Fargate profile supports up to five selectors"):
        cluster.add_fargate_profile("Many", selectors=[eks.Selector(namespace=f"n{i}") for i in range(6)])


def test_restricted_access_entry_types_take_no_policies(stack: cdk.Stack) -> None:
    cluster = _cluster(stack, default_capacity=0, authentication_mode=eks.AuthenticationMode.API)
    policy = eks.AccessPolicy.from_access_policy_name("AmazonEKSViewPolicy",
                                                      access_scope_type=eks.AccessScopeType.CLUSTER)
    with pytest.raises(ValidationError, match="Access entry type 'HYBRID_LINUX' cannot have access policies "
                                              "attached"):
        eks.AccessEntry(stack, "E", cluster=cluster, principal="arn:aws:iam::123456789012:role/x",
                        access_policies=[policy], access_entry_type=eks.AccessEntryType.HYBRID_LINUX)


def test_api_mode_has_no_aws_auth(stack: cdk.Stack) -> None:
    cluster = _cluster(stack, default_capacity=0, authentication_mode=eks.AuthenticationMode.API)
    with pytest.raises(ValidationError, match="ConfigMap not supported in the AuthenticationMode"):
        cluster.aws_auth  # noqa: B018


def test_imported_cluster_attributes_that_were_not_given(stack: cdk.Stack) -> None:
    imported = eks.Cluster.from_cluster_attributes(stack, "I", cluster_name="existing")
    with pytest.raises(ValidationError, match=r'"vpc" is not defined for this imported cluster\n    at path \[S/I\]'):
        imported.vpc  # noqa: B018
    with pytest.raises(ValidationError, match='"awsAuth" is not supported on imported clusters'):
        imported.aws_auth  # noqa: B018
    with pytest.raises(ValidationError, match='"kubectlRole" is not defined, cannot issue kubectl commands'):
        imported.add_manifest("M", {"kind": "Namespace"})


def test_service_account_name_must_be_a_dns_name(stack: cdk.Stack) -> None:
    cluster = _cluster(stack, default_capacity=0)
    with pytest.raises(ValueError, match="The name of a ServiceAccount object must be a valid DNS subdomain name."):
        cluster.add_service_account("Sa", name="Not_Valid")
