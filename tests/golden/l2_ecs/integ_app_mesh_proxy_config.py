"""Port of aws-cdk's aws-ecs/test/ec2/integ.app-mesh-proxy-config.ts: an App Mesh proxy configuration."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ-appmesh-proxy")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))
prox = ecs.ProxyConfigurations.app_mesh_proxy_configuration(
    container_name="envoy",
    properties=ecs.AppMeshProxyConfigurationProps(
        ignored_uid=1337, proxy_ingress_port=15000, proxy_egress_port=15001, app_ports=[9080, 9081],
        egress_ignored_i_ps=["169.254.170.2", "169.254.169.254"]))
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef", network_mode=ecs.NetworkMode.AWS_VPC,
                                        proxy_configuration=prox, ipc_mode=ecs.IpcMode.HOST,
                                        pid_mode=ecs.PidMode.TASK)
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_limit_mib=256)
task_definition.add_container("envoy", image=ecs.ContainerImage.from_registry("envoyproxy/envoy:v1.16.2"),
                              memory_limit_mib=256)
ecs.Ec2Service(stack, "Service", cluster=cluster, task_definition=task_definition)
app.synth()
