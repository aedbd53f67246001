"""Port of aws-cdk's integ.eks-al2023-ng.ts: AL2023 node groups (x86_64 and arm64).

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


class EksClusterStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        masters_role = iam.Role(self, "AdminRole", assumed_by=iam.AccountRootPrincipal())
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, masters_role=masters_role, default_capacity=0,
                              version=eks.KubernetesVersion.V1_29, kubectl_layer=kubectl_layer(self))
        cluster.add_nodegroup_capacity("NG1", ami_type=eks.NodegroupAmiType.AL2023_X86_64_STANDARD)
        cluster.add_nodegroup_capacity("NG2", ami_type=eks.NodegroupAmiType.AL2023_ARM_64_STANDARD)


app = cdk.App()
EksClusterStack(app, "aws-cdk-eks-cluster-al2023-ng-test")
app.synth()
