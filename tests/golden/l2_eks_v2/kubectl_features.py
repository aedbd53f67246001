"""aws_eks_v2 with a kubectl provider: every ``KubectlProviderOptions`` field, Helm chart, patch and object-value
options, service accounts with policies, a custom default Fargate profile, connected self-managed capacity and an
imported provider."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
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


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True})

stack = cdk.Stack(app, "KubectlOptions")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
handler_role = iam.Role(stack, "HandlerRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
group = ec2.SecurityGroup(stack, "HandlerSg", vpc=vpc)
cluster = eks.FargateCluster(
    stack, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_33, prune=True,
    default_profile=eks.FargateProfileOptions(selectors=[eks.Selector(namespace="apps")],
                                              fargate_profile_name="apps-profile"),
    kubectl_provider_options=eks.KubectlProviderOptions(
        kubectl_layer=kubectl_layer(stack, "Kubectl"), awscli_layer=kubectl_layer(stack, "AwsCli"),
        role=handler_role, environment={"HTTPS_PROXY": "http://proxy:3128"}, memory=cdk.Size.gibibytes(4),
        security_group=group, removal_policy=cdk.RemovalPolicy.RETAIN),
    endpoint_access=eks.EndpointAccess.PUBLIC_AND_PRIVATE, cluster_logging=[eks.ClusterLoggingTypes.AUDIT],
)
cluster.add_helm_chart("Chart", chart="nginx", repository="https://charts.example.com", version="1.2.3",
                       namespace="web", release="web-nginx", values={"replicas": 2}, wait=True,
                       timeout=cdk.Duration.minutes(10), create_namespace=False, skip_crds=True, atomic=True)
eks.KubernetesPatch(stack, "Patch", cluster=cluster, resource_name="deployment/web", resource_namespace="web",
                    apply_patch={"spec": {"replicas": 3}}, restore_patch={"spec": {"replicas": 1}},
                    patch_type=eks.PatchType.MERGE)
value = eks.KubernetesObjectValue(stack, "Value", cluster=cluster, object_type="configmap", object_name="cfg",
                                  json_path=".data.key", timeout=cdk.Duration.minutes(2))
cdk.CfnOutput(stack, "ObjectValue", value=value.value)
cdk.CfnOutput(stack, "ServiceAddress", value=cluster.get_service_load_balancer_address("web", namespace="web"))
manifest = eks.KubernetesManifest(stack, "Manifest", cluster=cluster, overwrite=True, prune=False,
                                  ingress_alb=True, ingress_alb_scheme=eks.AlbScheme.INTERNET_FACING, manifest=[{
                                      "apiVersion": "networking.k8s.io/v1", "kind": "Ingress",
                                      "metadata": {"name": "web", "namespace": "web"},
                                      "spec": {"defaultBackend": {"service": {"name": "web", "port": {"number": 80}}}},
                                  }])
account = cluster.add_service_account("Sa", name="web-sa", namespace="web", labels={"app": "web"})
account.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
account.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
cdk.CfnOutput(stack, "SaRole", value=account.role.role_arn)

asg_stack = cdk.Stack(app, "SelfManaged")
asg_cluster = eks.Cluster(asg_stack, "Cluster", version=eks.KubernetesVersion.V1_31,
                          default_capacity_type=eks.DefaultCapacityType.EC2, default_capacity=0,
                          kubectl_provider_options=eks.KubectlProviderOptions(
                              kubectl_layer=kubectl_layer(asg_stack, "Kubectl")))
asg = autoscaling.AutoScalingGroup(asg_stack, "Asg", vpc=asg_cluster.vpc, instance_type=ec2.InstanceType("t3.medium"),
                                   machine_image=eks.EksOptimizedImage(kubernetes_version="1.31",
                                                                       node_type=eks.NodeType.STANDARD,
                                                                       cpu_arch=eks.CpuArch.X86_64))
asg_cluster.connect_auto_scaling_group_capacity(asg, bootstrap_options=eks.BootstrapOptions(
    use_max_pods=False, enable_docker_bridge=True, dns_cluster_ip="10.100.0.10", additional_args="--foo"))
asg_cluster.add_auto_scaling_group_capacity("Gpu", instance_type=ec2.InstanceType("g4dn.xlarge"), min_capacity=1,
                                            bootstrap_enabled=False)
asg_cluster.add_auto_scaling_group_capacity("Inf", instance_type=ec2.InstanceType("inf1.xlarge"), min_capacity=1)

imported_stack = cdk.Stack(app, "ImportedProvider")
provider = eks.KubectlProvider.from_kubectl_provider_attributes(
    imported_stack, "Provider", service_token="arn:aws:lambda:us-east-1:123456789012:function:provider",
    role=iam.Role.from_role_arn(imported_stack, "Role", "arn:aws:iam::123456789012:role/provider"))
imported = eks.Cluster.from_cluster_attributes(imported_stack, "Cluster", cluster_name="existing",
                                               kubectl_provider=provider, prune=False,
                                               open_id_connect_provider=iam.OpenIdConnectProvider.from_open_id_connect_provider_arn(
                                                   imported_stack, "Oidc",
                                                   "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"))
imported.add_manifest("Ns", {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "team"}})
imported.add_service_account("Sa", name="team-sa", namespace="team")
imported.add_helm_chart("Chart", chart="redis", repository="https://charts.bitnami.com/bitnami")
app.synth()
