"""Port of aws-cdk's aws-eks-v2 integ.eks-inference-nodegroup.ts: Inferentia node groups (the Neuron device
plugin) with the ALB controller.

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


class EksClusterInferenceStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_32,
                              kubectl_provider_options=eks.KubectlProviderOptions(
                                  kubectl_layer=kubectl_layer(self, "kubectlLayer")),
                              alb_controller=eks.AlbControllerOptions(version=eks.AlbControllerVersion.V2_8_2),
                              default_capacity_type=eks.DefaultCapacityType.NODEGROUP)
        cluster.add_nodegroup_capacity("InferenceInstances", instance_types=[ec2.InstanceType("inf1.2xlarge")])
        cluster.add_nodegroup_capacity("Inference2Instances", instance_types=[ec2.InstanceType("inf2.xlarge")])


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections": False,
    "@aws-cdk/aws-eks:useNativeOidcProvider": True,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksClusterInferenceStack(app, "aws-cdk-eks-cluster-inference-nodegroup")
app.synth()
