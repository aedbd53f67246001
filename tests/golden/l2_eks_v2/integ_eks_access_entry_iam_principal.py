"""Port of aws-cdk's aws-eks-v2 integ.eks-access-entry-iam-principal.ts: access entries for a role and a user, and
cluster-admin access for a role.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct. ``iamPrincipal`` and ``grantClusterAdminAccess`` (newer than aws-cdk-lib
2.275) are written as ``principal=<arn>`` and ``grant_cluster_admin(id, <arn>)``.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_s3_assets import Asset


def kubectl_layer(scope, id):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, id, code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksAccessEntryIamPrincipal(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, default_capacity_type=eks.DefaultCapacityType.NODEGROUP,
                              default_capacity=0, version=eks.KubernetesVersion.V1_33, kubectl_provider_options=eks.KubectlProviderOptions(kubectl_layer=kubectl_layer(self, "kubectlLayer")))
        role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        eks.AccessEntry(self, "AccessEntryRole", cluster=cluster, principal=role.role_arn,
                        access_entry_type=eks.AccessEntryType.STANDARD,
                        access_policies=[eks.AccessPolicy.from_access_policy_name(
                            "AmazonEKSClusterAdminPolicy", access_scope_type=eks.AccessScopeType.CLUSTER)])
        user = iam.User(self, "User")
        eks.AccessEntry(self, "AccessEntryUser", cluster=cluster, principal=user.user_arn,
                        access_entry_type=eks.AccessEntryType.STANDARD,
                        access_policies=[eks.AccessPolicy.from_access_policy_name(
                            "AmazonEKSViewPolicy", access_scope_type=eks.AccessScopeType.CLUSTER)])
        admin = iam.Role(self, "AdminRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        cluster.grant_cluster_admin("AdminRoleAccess", admin.role_arn)


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksAccessEntryIamPrincipal(app, "EKSAccessEntryIamPrincipal")
app.synth()
