"""Port of aws-cdk's aws-eks-v2 integ.eks-cluster-native-oidc.ts: the native OIDC provider (feature flag) used
by a service account and the ALB controller.

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


class EksClusterNativeOidcStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        cluster = eks.Cluster(self, "Cluster", version=eks.KubernetesVersion.V1_32,
                              kubectl_provider_options=eks.KubectlProviderOptions(
                                  kubectl_layer=kubectl_layer(self, "kubectlLayer")))
        eks.ServiceAccount(self, "ServiceAccount", cluster=cluster, name="test-service-account", namespace="default")
        eks.AlbController(self, "AlbController", cluster=cluster, version=eks.AlbControllerVersion.V2_8_2)


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True},
              post_cli_context={"@aws-cdk/aws-eks:useNativeOidcProvider": True})
EksClusterNativeOidcStack(app, "aws-cdk-eks-v2-alpha-cluster-native-oidc", env=cdk.Environment(region="us-east-1"))
app.synth()
