"""Port of aws-cdk's aws-eks-v2 integ.eks-pod-identity-target-role.ts: a Pod Identity service account of a
cluster in private subnets.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct (nor its assertions); the service account's ``targetRole`` (newer than
aws-cdk-lib 2.275) is left out, the target role is kept.
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


class EksPodIdentityTargetRoleStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1)
        self.cluster = eks.Cluster(self, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_32,
                                   vpc_subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)],
                                   kubectl_provider_options=eks.KubectlProviderOptions(
                                       kubectl_layer=kubectl_layer(self, "kubectlLayer")))
        self.target_role = iam.Role(self, "TargetRole", assumed_by=iam.ServicePrincipal("pods.eks.amazonaws.com"))
        self.cluster.add_service_account("ServiceAccount", identity_type=eks.IdentityType.POD_IDENTITY)


app = cdk.App()
EksPodIdentityTargetRoleStack(app, "eks-pod-identity-target-role-test")
app.synth()
