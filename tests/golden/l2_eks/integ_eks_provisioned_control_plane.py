"""Port of aws-cdk's integ.eks-provisioned-control-plane.ts: a cluster with a provisioned control plane tier.

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


class EksProvisionedControlPlaneStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        eks.Cluster(self, "Cluster", version=eks.KubernetesVersion.V1_32, kubectl_layer=kubectl_layer(self),
                    control_plane_scaling_tier=eks.ControlPlaneScalingTier.STANDARD)


app = cdk.App()
EksProvisionedControlPlaneStack(app, "EksProvisionedControlPlaneStack")
app.synth()
