"""Port of aws-cdk's integ.eks-cluster-deletion-protection.ts: a cluster with deletion protection, a masters role and one default node.

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


class EksClusterDeletionProtectionStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        masters_role = iam.Role(self, "AdminRole", assumed_by=iam.AccountRootPrincipal())
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "ClusterWithProtection", vpc=vpc, masters_role=masters_role, default_capacity=1,
                              version=eks.KubernetesVersion.V1_32, kubectl_layer=kubectl_layer(self),
                              deletion_protection=True)
        cdk.CfnOutput(self, "ClusterWithProtectionName", value=cluster.cluster_name)


app = cdk.App()
EksClusterDeletionProtectionStack(app, "aws-cdk-eks-cluster-deletion-protection", env=cdk.Environment(region="us-east-1"))
app.synth()
