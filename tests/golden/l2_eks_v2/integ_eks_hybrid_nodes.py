"""Port of aws-cdk's aws-eks-v2 integ.eks-hybrid-nodes.ts: remote node and pod networks (no kubectl provider).

Adapted: no IntegTest construct.
"""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks


class EksHybridNodesStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False,
                      cidr="10.0.0.0/16")
        eks.Cluster(self, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_32,
                    remote_node_networks=[eks.RemoteNodeNetwork(cidrs=["172.16.0.0/16"])],
                    remote_pod_networks=[eks.RemotePodNetwork(cidrs=["192.168.0.0/16"])])


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True}, post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
EksHybridNodesStack(app, "aws-cdk-eks-cluster-hybrid-nodes")
app.synth()
