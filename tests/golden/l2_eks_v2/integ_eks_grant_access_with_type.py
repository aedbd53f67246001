"""Port of aws-cdk's aws-eks-v2 integ.eks-grant-access-with-type.ts: access entries of the EC2_LINUX and STANDARD
types, through AccessEntry and grant_access.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_


def kubectl_layer(scope, id):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, id, code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksGrantAccessWithType(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, default_capacity_type=eks.DefaultCapacityType.NODEGROUP,
                              default_capacity=0, version=eks.KubernetesVersion.V1_33,
                              kubectl_provider_options=eks.KubectlProviderOptions(
                                  kubectl_layer=kubectl_layer(self, "kubectlLayer")))
        ec2_linux_role = iam.Role(self, "EC2LinuxRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
        eks.AccessEntry(self, "EC2LinuxAccess", cluster=cluster, principal=ec2_linux_role.role_arn,
                        access_policies=[], access_entry_type=eks.AccessEntryType.EC2_LINUX)
        standard_role = iam.Role(self, "StandardRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        cluster.grant_access("StandardAccess", standard_role.role_arn, [eks.AccessPolicy.from_access_policy_name(
            "AmazonEKSViewPolicy", access_scope_type=eks.AccessScopeType.CLUSTER)],
            access_entry_type=eks.AccessEntryType.STANDARD)
        default_role = iam.Role(self, "DefaultRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        cluster.grant_access("DefaultAccess", default_role.role_arn, [eks.AccessPolicy.from_access_policy_name(
            "AmazonEKSViewPolicy", access_scope_type=eks.AccessScopeType.CLUSTER)])


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksGrantAccessWithType(app, "aws-cdk-eks-grant-access-with-type")
app.synth()
