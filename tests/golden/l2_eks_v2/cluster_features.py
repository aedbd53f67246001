"""aws_eks_v2 without a kubectl provider: Auto Mode (default and custom node pools), node-group and EC2 default
capacity, managed node groups, Fargate profiles, access entries, add-ons, imported clusters and outputs."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()

auto = cdk.Stack(app, "AutoMode", env=cdk.Environment(account="123456789012", region="us-east-1"))
vpc = ec2.Vpc(auto, "Vpc", nat_gateways=1, max_azs=2)
node_role = iam.Role(auto, "NodeRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
masters = iam.Role(auto, "Masters", assumed_by=iam.AccountRootPrincipal())
cluster = eks.Cluster(
    auto, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_34,
    compute=eks.ComputeConfig(node_pools=["system"], node_role=node_role),
    masters_role=masters, cluster_name="auto-cluster",
    cluster_logging=[eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT],
    control_plane_scaling_tier=eks.ControlPlaneScalingTier.TIER_XL,
    endpoint_access=eks.EndpointAccess.PUBLIC_AND_PRIVATE.only_from("1.2.3.4/32"),
    secrets_encryption_key=kms.Key(auto, "Key"),
    tags={"team": "platform", "env": "test"},
    bootstrap_cluster_creator_admin_permissions=False,
)
cluster.grant_access("Viewer", "arn:aws:iam::123456789012:role/viewer", [
    eks.AccessPolicy.from_access_policy_name("AmazonEKSViewPolicy", access_scope_type=eks.AccessScopeType.NAMESPACE,
                                             namespaces=["dev", "qa"]),
])
cluster.grant_access("Viewer2", "arn:aws:iam::123456789012:role/viewer", [
    eks.AccessPolicy.from_access_policy_name("AmazonEKSEditPolicy", access_scope_type=eks.AccessScopeType.CLUSTER),
])
cluster.grant_access("AutoNodes", node_role.role_arn, [], access_entry_type=eks.AccessEntryType.EC2)
cluster.grant_cluster_admin("Admin", "arn:aws:iam::123456789012:role/admin")
eks.Addon(auto, "CoreDns", cluster=cluster, addon_name="coredns", addon_version="v1.11.4-eksbuild.2",
          configuration_values={"replicaCount": 3}, preserve_on_delete=False)
agent = cluster.eks_pod_identity_agent
cdk.CfnOutput(auto, "Endpoint", value=cluster.cluster_endpoint)
cdk.CfnOutput(auto, "Arn", value=cluster.cluster_arn)
cdk.CfnOutput(auto, "Ca", value=cluster.cluster_certificate_authority_data)
cdk.CfnOutput(auto, "SgId", value=cluster.cluster_security_group_id)
cdk.CfnOutput(auto, "KeyArn", value=cluster.cluster_encryption_config_key_arn)
cdk.CfnOutput(auto, "Issuer", value=cluster.cluster_open_id_connect_issuer_url)

empty = cdk.Stack(app, "EmptyPools")
eks.Cluster(empty, "Cluster", version=eks.KubernetesVersion.V1_33, compute=eks.ComputeConfig(node_pools=[]),
            ip_family=eks.IpFamily.IP_V4, service_ipv4_cidr="172.20.0.0/16",
            remote_node_networks=[eks.RemoteNodeNetwork(cidrs=["10.100.0.0/16"])],
            remote_pod_networks=[eks.RemotePodNetwork(cidrs=["10.200.0.0/16"])])

ng = cdk.Stack(app, "Nodegroups")
ng_cluster = eks.Cluster(ng, "Cluster", version=eks.KubernetesVersion.V1_32,
                         default_capacity_type=eks.DefaultCapacityType.NODEGROUP, default_capacity=3,
                         default_capacity_instance=ec2.InstanceType("t3.large"), output_config_command=False,
                         masters_role=iam.Role(ng, "Masters", assumed_by=iam.AccountRootPrincipal()),
                         endpoint_access=eks.EndpointAccess.PRIVATE, cluster_name="ng-cluster")
ng_cluster.add_nodegroup_capacity(
    "Spot", instance_types=[ec2.InstanceType("m5.large"), ec2.InstanceType("m5a.large")],
    capacity_type=eks.CapacityType.SPOT, min_size=1, max_size=5, desired_size=2, disk_size=50,
    labels={"role": "spot"}, taints=[eks.TaintSpec(effect=eks.TaintEffect.NO_SCHEDULE, key="spot", value="true")],
    tags={"owner": "ops"}, max_unavailable_percentage=25, enable_node_auto_repair=True,
    ami_type=eks.NodegroupAmiType.AL2023_X86_64_STANDARD, nodegroup_name="spot-ng", force_update=False,
)
eks.Nodegroup(ng, "Arm", cluster=ng_cluster, instance_types=[ec2.InstanceType("m6g.large")], max_unavailable=1,
              remote_access=eks.NodegroupRemoteAccess(ssh_key_name="my-key"),
              subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS))
profile = ng_cluster.add_fargate_profile(
    "Apps", selectors=[eks.Selector(namespace="apps", labels={"tier": "web"}), eks.Selector(namespace="jobs")],
    fargate_profile_name="apps")
eks.FargateProfile(ng, "Second", cluster=ng_cluster, selectors=[eks.Selector(namespace="batch")],
                   vpc=ng_cluster.vpc, subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS))
cdk.Tags.of(profile).add("profile", "apps")
cdk.CfnOutput(ng, "ProfileArn", value=profile.fargate_profile_arn)
cdk.CfnOutput(ng, "ProfileName", value=profile.fargate_profile_name)

ec2_stack = cdk.Stack(app, "Ec2Capacity")
ec2_cluster = eks.Cluster(ec2_stack, "Cluster", version=eks.KubernetesVersion.V1_31,
                          default_capacity_type=eks.DefaultCapacityType.EC2, default_capacity=1)
ec2_cluster.add_auto_scaling_group_capacity(
    "Bottlerocket", instance_type=ec2.InstanceType("t3.small"), min_capacity=1,
    machine_image_type=eks.MachineImageType.BOTTLEROCKET)

imported = cdk.Stack(app, "Imported")
ivpc = ec2.Vpc(imported, "Vpc", max_azs=2)
ic = eks.Cluster.from_cluster_attributes(
    imported, "Imported", cluster_name="existing", vpc=ivpc, cluster_security_group_id="sg-123456",
    security_group_ids=["sg-abc"], cluster_endpoint="https://example.com")
eks.Nodegroup(imported, "Ng", cluster=ic, instance_types=[ec2.InstanceType("t3.medium")])
eks.AccessEntry(imported, "Entry", cluster=ic, principal="arn:aws:iam::123456789012:role/dev",
                access_entry_name="dev", access_entry_type=eks.AccessEntryType.STANDARD,
                access_policies=[eks.AccessPolicy(access_scope=eks.AccessScope(type=eks.AccessScopeType.CLUSTER),
                                                  policy=eks.AccessPolicyArn.AMAZON_EKS_ADMIN_POLICY)])
eks.Addon(imported, "VpcCni", cluster=ic, addon_name="vpc-cni")
cdk.CfnOutput(imported, "ImportedArn", value=ic.cluster_arn)
addon = eks.Addon.from_addon_attributes(imported, "ImportedAddon", addon_name="coredns", cluster_name="existing")
cdk.CfnOutput(imported, "AddonArn", value=addon.addon_arn)
by_arn = eks.Addon.from_addon_arn(imported, "AddonByArn",
                                  "arn:aws:eks:us-east-1:123456789012:addon/existing/vpc-cni/abc")
cdk.CfnOutput(imported, "AddonName", value=by_arn.addon_name)
entry = eks.AccessEntry.from_access_entry_attributes(
    imported, "ImportedEntry", access_entry_name="dev",
    access_entry_arn="arn:aws:eks:us-east-1:123456789012:access-entry/existing/role/123456789012/dev/abc")
cdk.CfnOutput(imported, "EntryName", value=entry.access_entry_name)
cdk.CfnOutput(imported, "EntryArn", value=entry.access_entry_arn)
cdk.CfnOutput(imported, "PolicyArn", value=eks.AccessPolicyArn.of("AmazonEKSAdminViewPolicy").policy_arn)
cdk.CfnOutput(imported, "NgName", value=eks.Nodegroup.from_nodegroup_name(imported, "ExistingNg", "ng-1").nodegroup_name)

app.synth()
