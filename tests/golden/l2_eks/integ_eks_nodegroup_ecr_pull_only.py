"""Port of aws-cdk's integ.eks-nodegroup-ecr-pull-only.ts: default and added node groups under the ECR pull-only flag.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); the flag is newer than 2.275, which keeps the ReadOnly policy.
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


class EksClusterEcrPullOnlyStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, default_capacity=1,
                              default_capacity_instance=ec2.InstanceType("t3.medium"),
                              version=eks.KubernetesVersion.V1_32, kubectl_layer=kubectl_layer(self))
        cluster.add_nodegroup_capacity("ExtraNodegroup", instance_types=[ec2.InstanceType("t3.medium")], min_size=1,
                                       max_size=1)


app = cdk.App(post_cli_context={"@aws-cdk/aws-eks:nodegroupUsePullOnlyEcrPolicy": True,
                               "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
                               "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
EksClusterEcrPullOnlyStack(app, "aws-cdk-eks-nodegroup-ecr-pull-only-test")
app.synth()
