"""Port of aws-cdk's aws-ecs/test/ec2/integ.clb-host-nw.ts: an EC2 service in host network mode behind a classic
load balancer."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancing as elb

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))
task_definition = ecs.Ec2TaskDefinition(
    stack, "TaskDef", network_mode=ecs.NetworkMode.HOST, ipc_mode=ecs.IpcMode.HOST, pid_mode=ecs.PidMode.TASK
)
container = task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                                          memory_limit_mib=256)
container.add_port_mappings(ecs.PortMapping(container_port=80, protocol=ecs.Protocol.TCP))
service = ecs.Ec2Service(stack, "Service", cluster=cluster, task_definition=task_definition)
lb = elb.LoadBalancer(stack, "LB", vpc=vpc)
lb.add_listener(external_port=80)
lb.add_target(service)
cdk.CfnOutput(stack, "LoadBalancerDNS", value=lb.load_balancer_dns_name)
app.synth()
