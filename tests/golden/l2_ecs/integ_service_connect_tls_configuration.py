"""Port of aws-cdk's aws-ecs/test/base/integ.service-connect-tls-configuration.ts: Service Connect TLS (the private
CA's ARN written out: pycdk has no ``aws_acmpca`` L2 yet, and ``from_certificate_authority_arn`` only keeps it)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_servicediscovery as servicediscovery

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs")
vpc = ec2.Vpc(stack, "Vpc")
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef")
namespace = servicediscovery.PrivateDnsNamespace(stack, "ns", name="foobar.com", vpc=vpc)
ca_arn = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/123456789012"
kms_key = kms.Key(stack, "KmsKey", enable_key_rotation=True, enabled=True)
kms_key.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
task_definition.add_container("container", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              port_mappings=[ecs.PortMapping(name="api", container_port=80)])
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ecs.amazonaws.com"),
                managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AWSPrivateCAFullAccess")])
role.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
role.add_to_policy(iam.PolicyStatement(actions=["secretsmanager:*"], resources=["*"]))
kms_key.grant(role, "kms:*")
ecs.FargateService(stack, "FargateService", cluster=cluster, task_definition=task_definition,
                   service_connect_configuration=ecs.ServiceConnectProps(
                       services=[ecs.ServiceConnectService(
                           port_mapping_name="api", dns_name="api", port=80,
                           tls=ecs.ServiceConnectTlsConfiguration(aws_pca_authority_arn=ca_arn, role=role,
                                                                  kms_key=kms_key))],
                       namespace=namespace.namespace_arn),
                   min_healthy_percent=0, max_healthy_percent=100)
app.synth()
