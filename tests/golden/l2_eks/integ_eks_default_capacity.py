"""Port of aws-cdk's integ.eks-default-capacity.ts: a cluster with two default nodes.

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


class EksDefaultCapacityStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1, restrict_default_security_group=False)
        eks.Cluster(self, "Cluster", vpc=vpc, default_capacity=2, version=eks.KubernetesVersion.of("1.32"),
                    kubectl_layer=kubectl_layer(self))


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
EksDefaultCapacityStack(app, "aws-cdk-eks-default-capacity-test")
app.synth()
