"""Port of aws-cdk's aws-eks-v2 integ.eks-kubectl-security-groups.ts: three private clusters whose kubectl
handlers use two, one and the default (cluster) security groups.

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
from aws_cdk.aws_s3_assets import Asset


def kubectl_layer(scope, id):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, id, code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksKubectlSecurityGroupsStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        private = vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS).subnets
        sg1 = ec2.SecurityGroup(self, "KubectlSG1", vpc=vpc, allow_all_outbound=True,
                                description="First security group for kubectl handler (Cluster1)")
        sg2 = ec2.SecurityGroup(self, "KubectlSG2", vpc=vpc, allow_all_outbound=True,
                                description="Second security group for kubectl handler (Cluster1)")
        destroy = cdk.RemovalPolicy.DESTROY
        common = dict(vpc=vpc, version=eks.KubernetesVersion.V1_34, endpoint_access=eks.EndpointAccess.PRIVATE,
                      default_capacity_type=eks.DefaultCapacityType.NODEGROUP, default_capacity=0,
                      removal_policy=destroy)
        cluster1 = eks.Cluster(self, "Cluster1-MultipleSecurityGroups", **common,
                               kubectl_provider_options=eks.KubectlProviderOptions(kubectl_layer=kubectl_layer(self, "KubectlLayer1"), private_subnets=private, security_groups=[sg1, sg2]))
        cluster1.cluster_security_group.add_ingress_rule(sg1, ec2.Port.tcp(443), "Allow kubectl from custom SG1")
        cluster1.cluster_security_group.add_ingress_rule(sg2, ec2.Port.tcp(443), "Allow kubectl from custom SG2")
        cluster1.add_manifest("TestConfigMap1", {
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "test-configmap-multiple-sgs", "namespace": "default"},
            "data": {"test": "security-groups-multiple", "cluster": "cluster1"}})
        sg3 = ec2.SecurityGroup(self, "KubectlSG3", vpc=vpc, allow_all_outbound=True,
                                description="Custom security group for kubectl handler (Cluster2)")
        cluster2 = eks.Cluster(self, "Cluster2-SingleSecurityGroup", **common,
                               kubectl_provider_options=eks.KubectlProviderOptions(kubectl_layer=kubectl_layer(self, "KubectlLayer2"), private_subnets=private, security_groups=[sg3]))
        cluster2.cluster_security_group.add_ingress_rule(sg3, ec2.Port.tcp(443), "Allow kubectl from custom SG")
        cluster2.add_manifest("TestConfigMap2", {
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "test-configmap-single-sg", "namespace": "default"},
            "data": {"test": "security-group-single", "cluster": "cluster2"}})
        cluster3 = eks.Cluster(self, "Cluster3-DefaultSecurityGroup", **common,
                               kubectl_provider_options=eks.KubectlProviderOptions(kubectl_layer=kubectl_layer(self, "KubectlLayer3"), private_subnets=private))
        cluster3.add_manifest("TestConfigMap3", {
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "test-configmap-default-sg", "namespace": "default"},
            "data": {"test": "default-security-group", "cluster": "cluster3"}})


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksKubectlSecurityGroupsStack(app, "aws-cdk-eks-kubectl-security-groups-test")
app.synth()
