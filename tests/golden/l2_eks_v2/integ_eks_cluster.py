"""Port of aws-cdk's aws-eks-v2 integ.eks-cluster.ts: the full cluster test (Fargate profile, self-managed
x86/arm/Bottlerocket/spot capacity, x86/spot/arm/Graviton3/custom-AMI/GPU node groups, manifests, Helm charts,
service accounts, a second cluster without self-managed add-ons, outputs).

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content; the cdk8s chart (``cdk8s``/``cdk8s-plus-27`` are not in the oracle venv) is left out, the
``test-chart`` folder is a stand-in ``Chart.yaml`` and ``hello-k8s`` is written out; the cluster's
``controlPlaneScalingConfig`` (not a prop of aws-cdk-lib 2.275) is left out; no ``IntegTest`` construct.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_kms as kms
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
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "SecretsKey")
        self.vpc = ec2.Vpc(self, "Vpc", max_azs=3, nat_gateways=1, restrict_default_security_group=False)
        vpc_subnets = [ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
                       ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)]
        self.cluster = cluster = eks.Cluster(
            self, "Cluster", vpc=self.vpc, vpc_subnets=vpc_subnets,
            default_capacity_type=eks.DefaultCapacityType.NODEGROUP, default_capacity=2,
            version=eks.KubernetesVersion.V1_32, secrets_encryption_key=key, tags={"foo": "bar"},
            cluster_logging=[eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUTHENTICATOR,
                             eks.ClusterLoggingTypes.SCHEDULER],
            kubectl_provider_options=eks.KubectlProviderOptions(kubectl_layer=kubectl_layer(self, "kubectlLayer")))
        cluster.add_fargate_profile("default", selectors=[eks.Selector(namespace="default")])
        cluster.add_auto_scaling_group_capacity("Nodes", instance_type=ec2.InstanceType("t2.medium"), min_capacity=3)
        cluster.add_auto_scaling_group_capacity("NodesArm", instance_type=ec2.InstanceType("m6g.medium"),
                                                min_capacity=1)
        cluster.add_auto_scaling_group_capacity("BottlerocketNodes", instance_type=ec2.InstanceType("t3.small"),
                                                min_capacity=2, machine_image_type=eks.MachineImageType.BOTTLEROCKET)
        cluster.add_auto_scaling_group_capacity("spot", spot_price="0.1094", instance_type=ec2.InstanceType("t3.large"),
                                                max_capacity=10, bootstrap_options=eks.BootstrapOptions(
                                                    kubelet_extra_args="--node-labels foo=bar,goo=far",
                                                    aws_api_retry_attempts=5))
        role = cluster.default_capacity.role if cluster.default_capacity else None
        cluster.add_nodegroup_capacity("extra-ng", instance_types=[ec2.InstanceType("t3.small")], min_size=1,
                                       max_size=4, max_unavailable=3, node_role=role)
        cluster.add_nodegroup_capacity("extra-ng-spot", instance_types=[
            ec2.InstanceType("c5.large"), ec2.InstanceType("c5a.large"), ec2.InstanceType("m7i-flex.large")],
            min_size=3, node_role=role, capacity_type=eks.CapacityType.SPOT)
        cluster.add_nodegroup_capacity("extra-ng-arm", instance_types=[ec2.InstanceType("m6g.medium")], min_size=1,
                                       max_unavailable_percentage=33, node_role=role)
        cluster.add_nodegroup_capacity("extra-ng-arm3", instance_types=[ec2.InstanceType("c7g.large")], min_size=1,
                                       node_role=role)
        user_data = ec2.UserData.for_linux()
        user_data.add_commands("set -o xtrace", f"/etc/eks/bootstrap.sh {cluster.cluster_name}")
        lt = ec2.CfnLaunchTemplate(self, "LaunchTemplate", launch_template_data=ec2.CfnLaunchTemplate.LaunchTemplateDataProperty(
            image_id=eks.EksOptimizedImage(kubernetes_version=eks.KubernetesVersion.V1_25.version).get_image(self).image_id,
            instance_type=ec2.InstanceType("t3.small").to_string(),
            user_data=cdk.Fn.base64(user_data.render())))
        cluster.add_nodegroup_capacity("extra-ng2", min_size=1, node_role=(
            cluster.default_nodegroup.role if cluster.default_nodegroup else None) or role,
            launch_template_spec=eks.LaunchTemplateSpec(id=lt.ref, version=lt.attr_default_version_number))
        cluster.add_nodegroup_capacity("extra-ng-gpu", instance_types=[
            ec2.InstanceType("p2.xlarge"), ec2.InstanceType("g5.xlarge"), ec2.InstanceType("g6e.xlarge")],
            min_size=1, node_role=role)
        cluster.add_manifest("HelloApp", *HELLO)
        cdk.CfnOutput(self, "ControlPlaneScalingTier", value="standard",
                      description="Control plane scaling tier configured")
        eks.KubernetesManifest(self, "HelloAppWithoutValidation", cluster=cluster, manifest=[{
            "apiVersion": "v1", "kind": "ConfigMap", "data": {"hello": "world"}, "metadata": {"name": "config-map"},
            "unknown": {"key": "value"},
        }], skip_validation=True)
        cluster.add_helm_chart("dashboard", chart="headlamp", version="0.39.0",
                               repository="https://kubernetes-sigs.github.io/headlamp/")
        cluster.add_helm_chart("test-chart", chart_asset=Asset(self, "ChartAsset", path=chart_folder()))
        namespace = cluster.add_manifest("nginx-namespace", {"apiVersion": "v1", "kind": "Namespace",
                                                             "metadata": {"name": "nginx"}})
        ingress = cluster.add_helm_chart("nginx-ingress", chart="nginx-ingress",
                                         repository="https://helm.nginx.com/stable", namespace="nginx", wait=True,
                                         release="nginx-ingress", version="0.17.1",
                                         values={"controller": {"service": {"create": False}}},
                                         create_namespace=False, timeout=cdk.Duration.minutes(15))
        ingress.node.add_dependency(namespace)
        cluster.add_service_account("MyServiceAccount")
        cluster.add_service_account("MyServiceAccountWithOverwrite", overwrite_service_account=True)
        cluster.add_service_account("MyExtendedServiceAccount",
                                    annotations={"eks.amazonaws.com/sts-regional-endpoints": "false"},
                                    labels={"some-label": "with-some-value"})
        eks.Cluster(self, "ClusterWithoutAddons", vpc=self.vpc, version=eks.KubernetesVersion.V1_32,
                    bootstrap_self_managed_addons=False)
        cdk.CfnOutput(self, "ClusterEndpoint", value=cluster.cluster_endpoint)
        cdk.CfnOutput(self, "ClusterArn", value=cluster.cluster_arn)
        cdk.CfnOutput(self, "ClusterCertificateAuthorityData", value=cluster.cluster_certificate_authority_data)
        cdk.CfnOutput(self, "ClusterSecurityGroupId", value=cluster.cluster_security_group_id)
        cdk.CfnOutput(self, "ClusterEncryptionConfigKeyArn", value=cluster.cluster_encryption_config_key_arn)
        cdk.CfnOutput(self, "ClusterName", value=cluster.cluster_name)
        cdk.CfnOutput(self, "NodegroupName", value=cluster.default_nodegroup.nodegroup_name)


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections": False,
    "@aws-cdk/aws-eks:useNativeOidcProvider": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksClusterStack(app, "aws-cdk-eks-cluster", env=cdk.Environment(region="us-east-1"))
app.synth()
