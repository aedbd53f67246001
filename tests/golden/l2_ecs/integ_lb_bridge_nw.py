"""Port of aws-cdk's aws-ecs/test/ec2/integ.lb-bridge-nw.ts: an EC2 service (bridge, host port 8080) behind an ALB."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ-ecs")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
container = task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                                          memory_limit_mib=256)
container.add_port_mappings(ecs.PortMapping(container_port=80, host_port=8080, protocol=ecs.Protocol.TCP))
service = ecs.Ec2Service(stack, "Service", cluster=cluster, task_definition=task_definition)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
listener = lb.add_listener("PublicListener", port=80, open=True)
listener.add_targets("ECS", port=80, targets=[service])
cdk.CfnOutput(stack, "LoadBalancerDNS", value=lb.load_balancer_dns_name)
app.synth()
