"""Port of aws-cdk's integ.nodegroup-repair-config.ts: a managed node group with node auto repair.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); the deprecated ``instanceType`` (not in 2.275's Python API) is passed as ``instance_types``; the assertion is dropped.
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


app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-eks-nodegroup-repair-config-test")
masters_role = iam.Role(stack, "AdminRole", assumed_by=iam.AccountRootPrincipal())
vpc = ec2.Vpc(stack, "Vpc", nat_gateways=1, restrict_default_security_group=False)
cluster = eks.Cluster(stack, "Cluster", vpc=vpc, masters_role=masters_role, default_capacity=0,
                      version=eks.KubernetesVersion.V1_31, kubectl_layer=kubectl_layer(stack))
cluster.add_nodegroup_capacity("MNG_AL2023_X86_64_STANDARD", ami_type=eks.NodegroupAmiType.AL2023_X86_64_STANDARD,
                               instance_types=[ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO)],
                               enable_node_auto_repair=True)
app.synth()
