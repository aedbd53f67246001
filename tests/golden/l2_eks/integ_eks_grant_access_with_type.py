"""Port of aws-cdk's integ.eks-grant-access-with-type.ts: access entries of the EC2, HYBRID_LINUX and HYPERPOD_LINUX types and grantAccess.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_


def kubectl_layer(scope):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, "KubectlLayer", code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksGrantAccessWithType(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_30,
                              kubectl_layer=kubectl_layer(self), default_capacity=0,
                              authentication_mode=eks.AuthenticationMode.API_AND_CONFIG_MAP)
        ec2_role = iam.Role(self, "EC2Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
        eks.AccessEntry(self, "EC2Access", cluster=cluster, principal=ec2_role.role_arn, access_policies=[],
                        access_entry_type=eks.AccessEntryType.EC2)
        hybrid_role = iam.Role(self, "HybridRole", assumed_by=iam.ServicePrincipal("ssm.amazonaws.com"))
        eks.AccessEntry(self, "HybridAccess", cluster=cluster, principal=hybrid_role.role_arn, access_policies=[],
                        access_entry_type=eks.AccessEntryType.HYBRID_LINUX)
        hyperpod_role = iam.Role(self, "HyperpodRole", assumed_by=iam.ServicePrincipal("sagemaker.amazonaws.com"))
        eks.AccessEntry(self, "HyperpodAccess", cluster=cluster, principal=hyperpod_role.role_arn, access_policies=[],
                        access_entry_type=eks.AccessEntryType.HYPERPOD_LINUX)
        standard_role = iam.Role(self, "StandardRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        view = eks.AccessPolicy.from_access_policy_name("AmazonEKSViewPolicy",
                                                        access_scope_type=eks.AccessScopeType.CLUSTER)
        cluster.grant_access("StandardAccess", standard_role.role_arn, [view],
                             access_entry_type=eks.AccessEntryType.STANDARD)
        default_role = iam.Role(self, "DefaultRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        cluster.grant_access("DefaultAccess", default_role.role_arn, [eks.AccessPolicy.from_access_policy_name(
            "AmazonEKSViewPolicy", access_scope_type=eks.AccessScopeType.CLUSTER)])


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
                               "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
EksGrantAccessWithType(app, "aws-cdk-eks-grant-access-with-type")
app.synth()
