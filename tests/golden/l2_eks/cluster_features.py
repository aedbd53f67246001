"""Fargate clusters and profiles, service accounts (IRSA and Pod Identity), access entries and policies under the
API authentication mode, add-ons, self-managed capacity (EKS-optimized and Bottlerocket) and imports."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()

fargate_stack = cdk.Stack(app, "EksFargate")
fargate = eks.FargateCluster(
    fargate_stack, "Fargate", version=eks.KubernetesVersion.V1_32,
    kubectl_layer=lambda_.LayerVersion.from_layer_version_arn(
        fargate_stack, "Layer", "arn:aws:lambda:us-east-1:123456789012:layer:kubectl:3"))
fargate.add_fargate_profile("Apps", selectors=[eks.Selector(namespace="apps", labels={"tier": "web"})],
                            fargate_profile_name="apps")
sa = fargate.add_service_account("Reader", name="reader", namespace="apps", labels={"team": "a"})
sa.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
eks.Addon(fargate_stack, "CoreDns", cluster=fargate, addon_name="coredns", addon_version="v1.11.1-eksbuild.1",
          configuration_values={"replicaCount": 2}, preserve_on_delete=True)
cdk.CfnOutput(fargate_stack, "ProfileArn", value=fargate.default_profile.fargate_profile_arn)

api_stack = cdk.Stack(app, "EksApiAuth")
admin = iam.Role(api_stack, "Admin", assumed_by=iam.AccountRootPrincipal())
viewer = iam.Role(api_stack, "Viewer", assumed_by=iam.AccountRootPrincipal())
cluster = eks.Cluster(
    api_stack, "Cluster", version=eks.KubernetesVersion.V1_31, authentication_mode=eks.AuthenticationMode.API_AND_CONFIG_MAP,
    masters_role=admin, default_capacity=1, default_capacity_type=eks.DefaultCapacityType.EC2,
    default_capacity_instance=ec2.InstanceType("m6g.large"), cluster_name="api-cluster",
    kubectl_layer=lambda_.LayerVersion.from_layer_version_arn(
        api_stack, "Layer", "arn:aws:lambda:us-east-1:123456789012:layer:kubectl:4"),
    kubectl_memory=cdk.Size.gibibytes(2), kubectl_environment={"HTTPS_PROXY": "http://proxy:8080"})
cluster.grant_access("ViewerAccess", viewer.role_arn, [eks.AccessPolicy.from_access_policy_name(
    "AmazonEKSViewPolicy", access_scope_type=eks.AccessScopeType.NAMESPACE, namespaces=["apps"])])
eks.AccessEntry(api_stack, "Entry", cluster=cluster, principal="arn:aws:iam::123456789012:role/ops",
                access_policies=[eks.AccessPolicy(
                    access_scope=eks.AccessScope(type=eks.AccessScopeType.CLUSTER),
                    policy=eks.AccessPolicyArn.AMAZON_EKS_ADMIN_POLICY)],
                access_entry_type=eks.AccessEntryType.STANDARD)
cluster.add_auto_scaling_group_capacity("Bottlerocket", instance_type=ec2.InstanceType("t3.medium"),
                                        machine_image_type=eks.MachineImageType.BOTTLEROCKET, min_capacity=1)
cluster.add_service_account("PodIdentity", identity_type=eks.IdentityType.POD_IDENTITY)
cdk.CfnOutput(api_stack, "Issuer", value=cluster.cluster_open_id_connect_issuer)
cdk.CfnOutput(api_stack, "Ng", value=eks.Nodegroup.from_nodegroup_name(api_stack, "Imported", "ng-1").nodegroup_name)
app.synth()
