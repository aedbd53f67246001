"""Port of aws-cdk's integ.eks-cluster-native-oidc.ts: a service account and an ALB controller on the native OIDC provider.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_lambda as lambda_


def kubectl_layer(scope):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, "KubectlLayer", code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksClusterNativeOidcStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        cluster = eks.Cluster(self, "Cluster", version=eks.KubernetesVersion.V1_32, kubectl_layer=kubectl_layer(self))
        eks.ServiceAccount(self, "ServiceAccount", cluster=cluster, name="test-service-account", namespace="default")
        eks.AlbController(self, "AlbController", cluster=cluster, version=eks.AlbControllerVersion.V2_8_2)


app = cdk.App(post_cli_context={"@aws-cdk/aws-eks:useNativeOidcProvider": True})
EksClusterNativeOidcStack(app, "aws-cdk-eks-cluster-native-oidc", env=cdk.Environment(region="us-east-1"))
app.synth()
