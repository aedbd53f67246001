"""Port of aws-cdk's aws-ecs/test/ec2/integ.lb-awsvpc-nw.ts: an EC2 service (awsvpc) behind an ALB."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef", network_mode=ecs.NetworkMode.AWS_VPC)
container = task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                                          memory_limit_mib=256)
container.add_port_mappings(ecs.PortMapping(container_port=80, protocol=ecs.Protocol.TCP))
service = ecs.Ec2Service(stack, "Service", cluster=cluster, task_definition=task_definition)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
listener = lb.add_listener("PublicListener", port=80, open=True)
listener.add_targets("ECS", port=80, targets=[service])
cdk.CfnOutput(stack, "LoadBalancerDNS", value=lb.load_balancer_dns_name)
app.synth()
