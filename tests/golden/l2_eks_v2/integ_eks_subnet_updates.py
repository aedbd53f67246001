"""Port of aws-cdk's aws-eks-v2 integ.eks-subnet-updates.ts: a cluster in public subnets only.

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


class EksClusterStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1)
        eks.Cluster(self, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_33,
                    kubectl_provider_options=eks.KubectlProviderOptions(
                        kubectl_layer=kubectl_layer(self, "kubectlLayer")),
                    default_capacity_type=eks.DefaultCapacityType.NODEGROUP, default_capacity=0,
                    endpoint_access=eks.EndpointAccess.PUBLIC_AND_PRIVATE,
                    vpc_subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)])


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True}, post_cli_context={
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksClusterStack(app, "aws-cdk-eks-cluster-stack")
app.synth()
