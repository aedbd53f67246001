"""Port of aws-cdk's aws-eks-v2 integ.eks-auto.ts: Auto Mode clusters with the default and with empty node pools.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


def kubectl_layer(scope, id):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, id, code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksMinimalCluster(Construct):
    def __init__(self, scope, id, *, vpc, compute=None):
        super().__init__(scope, id)
        eks.Cluster(self, "cluster", vpc=vpc, version=eks.KubernetesVersion.V1_33,
                    kubectl_provider_options=eks.KubectlProviderOptions(kubectl_layer=kubectl_layer(self, "kubectl")),
                    default_capacity_type=eks.DefaultCapacityType.AUTOMODE, compute=compute)


class EksAutoModeBaseStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1)
        EksMinimalCluster(self, "hello-eks", vpc=vpc)


class EksAutoModeNodePoolsStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1)
        EksMinimalCluster(self, "hello-eks", vpc=vpc, compute=eks.ComputeConfig(node_pools=[]))


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True}, post_cli_context={
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksAutoModeBaseStack(app, "eks-auto-mode-stack", env=cdk.Environment(region="us-east-1"))
EksAutoModeNodePoolsStack(app, "eks-auto-mode-empty-nodepools-stack", env=cdk.Environment(region="us-east-1"))
app.synth()
