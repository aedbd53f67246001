"""Port of aws-cdk's aws-eks-v2 integ.eks-cluster-removal-policy.ts: every EKS resource with a DESTROY policy.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content; no ``IntegTest`` construct.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_lambda as lambda_


def kubectl_layer(scope, id):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, id, code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksClusterRemovalPolicyStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        destroy = cdk.RemovalPolicy.DESTROY
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", removal_policy=destroy, prune=False, vpc=vpc,
                              version=eks.KubernetesVersion.V1_32,
                              default_capacity_type=eks.DefaultCapacityType.NODEGROUP,
                              kubectl_provider_options=eks.KubectlProviderOptions(
                                  kubectl_layer=kubectl_layer(self, "Kubectl")))
        cluster.cluster_security_group.add_ingress_rule(ec2.Peer.ipv4(vpc.vpc_cidr_block), ec2.Port.tcp(443),
                                                        "Allow VPC traffic")
        policy = eks.AccessPolicy(access_scope=eks.AccessScope(type=eks.AccessScopeType.CLUSTER),
                                  policy=eks.AccessPolicyArn.AMAZON_EKS_CLUSTER_ADMIN_POLICY)
        eks.AccessEntry(self, "AccessEntry", cluster=cluster, principal="arn:aws:iam::123456789012:user/test-user",
                        access_policies=[policy], removal_policy=destroy)
        eks.Addon(self, "Addon", cluster=cluster, addon_name="kube-proxy", removal_policy=destroy)
        eks.AlbController(self, "AlbControllerConstruct", cluster=cluster, version=eks.AlbControllerVersion.V2_8_2,
                          removal_policy=destroy)
        eks.Nodegroup(self, "Nodegroup", cluster=cluster,
                      instance_types=[ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM)],
                      removal_policy=destroy)
        eks.FargateProfile(self, "FargateProfileConstruct", cluster=cluster, fargate_profile_name="fp-construct",
                           selectors=[eks.Selector(namespace="fp-construct-ns")], removal_policy=destroy)
        eks.ServiceAccount(self, "PodIdentityServiceAccount", cluster=cluster, name="test-pod-identity",
                           removal_policy=destroy, identity_type=eks.IdentityType.POD_IDENTITY)
        eks.ServiceAccount(self, "ServiceAccount", cluster=cluster, name="test-irsa", removal_policy=destroy)
        eks.HelmChart(self, "HelmChart", cluster=cluster, chart="redis",
                      repository="https://charts.bitnami.com/bitnami", removal_policy=destroy)
        eks.KubernetesManifest(self, "K8sManifest", cluster=cluster, manifest=[{
            "apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "test-config"}, "data": {"key": "value"},
        }], removal_policy=destroy)
        eks.KubernetesObjectValue(self, "K8sObjectValue", cluster=cluster, object_type="service",
                                  object_name="kubernetes", object_namespace="default", json_path=".spec.type",
                                  removal_policy=destroy)
        eks.KubernetesPatch(self, "K8sPatch", cluster=cluster, resource_name="deployment/coredns",
                            resource_namespace="kube-system", apply_patch={"spec": {"replicas": 3}},
                            restore_patch={"spec": {"replicas": 2}}, removal_policy=destroy)


app = cdk.App()
EksClusterRemovalPolicyStack(app, "EksClusterV2RemovalPolicyStack")
app.synth()
