"""Port of aws-cdk's aws-eks-v2 integ.eks-cluster-imported.ts: manifests, Helm charts and service accounts on a
cluster imported with the kubectl provider of a cluster of the same stack.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct. The cdk8s chart (``cdk8s``/``cdk8s-plus-27`` are not in the oracle
venv) is left out; the ``test-chart`` folder is a stand-in ``Chart.yaml`` and ``hello-k8s`` is written out.
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


HELLO = [
    {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "hello-kubernetes"},
     "spec": {"type": "LoadBalancer", "ports": [{"port": 80, "targetPort": 8080}],
              "selector": {"app": "hello-kubernetes"}}},
    {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "hello-kubernetes"},
     "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "hello-kubernetes"}},
              "template": {"metadata": {"labels": {"app": "hello-kubernetes"}},
                           "spec": {"containers": [{"name": "hello-kubernetes",
                                                    "image": "paulbouwer/hello-kubernetes:1.5",
                                                    "ports": [{"containerPort": 8080}]}]}}}},
]


def chart_folder():
    folder = tempfile.mkdtemp()
    with open(os.path.join(folder, "Chart.yaml"), "w") as handle:
        handle.write("apiVersion: v2\nname: test-chart\nversion: 0.1.0\n")
    return folder


class EksClusterStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=3, nat_gateways=1, restrict_default_security_group=False)
        cfn_exec_role_arn = self.format_arn(service="iam", region="", resource="role",
                                            resource_name="cdk-*-cfn-exec-role-*")
        masters_role = iam.Role(self, "EksAdminRole", role_name=f"eksAdminrole-{cdk.Stack.of(self).stack_name}",
                                assumed_by=iam.AccountRootPrincipal().with_conditions(
                                    {"ArnLike": {"aws:PrincipalArn": cfn_exec_role_arn}}))
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, default_capacity_type=eks.DefaultCapacityType.NODEGROUP,
                              default_capacity=2, version=eks.KubernetesVersion.V1_32,
                              kubectl_provider_options=eks.KubectlProviderOptions(
                                  kubectl_layer=kubectl_layer(self, "kubectlLayer")),
                              masters_role=masters_role)
        main = cluster.stack.node.find_child("Cluster")
        kubectl_provider = main.node.find_child("KubectlProvider")
        cr_provider = kubectl_provider.node.try_find_child("Provider")
        imported_provider = eks.KubectlProvider.from_kubectl_provider_attributes(
            self, "KubectlProvider", service_token=cr_provider.service_token, role=kubectl_provider.role)
        imported = eks.Cluster.from_cluster_attributes(
            self, "ImportedCluster", cluster_name=cluster.cluster_name,
            open_id_connect_provider=cluster.open_id_connect_provider, vpc=vpc, kubectl_provider=imported_provider)
        imported.add_manifest("HelloApp", *HELLO)
        eks.KubernetesManifest(self, "HelloAppWithoutValidation", cluster=imported, manifest=[{
            "apiVersion": "v1", "kind": "ConfigMap", "data": {"hello": "world"}, "metadata": {"name": "config-map"},
            "unknown": {"key": "value"},
        }], skip_validation=True)
        imported.add_helm_chart("dashboard", chart="headlamp", version="0.40.0",
                                repository="https://kubernetes-sigs.github.io/headlamp/")
        imported.add_helm_chart("test-chart", chart_asset=Asset(self, "ChartAsset", path=chart_folder()))
        namespace = imported.add_manifest("nginx-namespace", {"apiVersion": "v1", "kind": "Namespace",
                                                              "metadata": {"name": "nginx"}})
        ingress = imported.add_helm_chart("nginx-ingress", chart="nginx-ingress",
                                          repository="https://helm.nginx.com/stable", namespace="nginx", wait=True,
                                          release="nginx-ingress", version="0.17.1",
                                          values={"controller": {"service": {"create": False}}},
                                          create_namespace=False, timeout=cdk.Duration.minutes(15))
        ingress.node.add_dependency(namespace)
        imported.add_service_account("MyServiceAccount", name="sa")
        imported.add_service_account("MyExtendedServiceAccount", name="ext-sa",
                                     annotations={"eks.amazonaws.com/sts-regional-endpoints": "false"},
                                     labels={"some-label": "with-some-value"})
        cdk.CfnOutput(self, "ClusterRole", value=cluster.role.role_arn)
        cdk.CfnOutput(self, "EksMastersRoleOutput", value=masters_role.role_arn)


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksClusterStack(app, "aws-cdk-eks-import-cluster-test")
app.synth()
