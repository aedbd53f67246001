"""Port of aws-cdk's integ.eks-inference.ts: self-managed Inferentia capacity (the Neuron device plugin) and an ALB controller.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); the version helper's default (1.24) is written out.
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


class EksClusterInferenceStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_24,
                              kubectl_layer=kubectl_layer(self),
                              alb_controller=eks.AlbControllerOptions(version=eks.AlbControllerVersion.V2_5_1))
        cluster.add_auto_scaling_group_capacity("InferenceInstances", instance_type=ec2.InstanceType("inf1.2xlarge"),
                                                min_capacity=1)
        cluster.add_auto_scaling_group_capacity("Inference2Instances", instance_type=ec2.InstanceType("inf2.xlarge"),
                                                min_capacity=1)


app = cdk.App(post_cli_context={"@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections": False})
EksClusterInferenceStack(app, "aws-cdk-eks-cluster-inference")
app.synth()
