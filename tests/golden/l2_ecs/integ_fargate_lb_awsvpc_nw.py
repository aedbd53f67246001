"""Port of aws-cdk's aws-ecs/test/fargate/integ.lb-awsvpc-nw.ts: a Fargate service behind an ALB, scaling on CPU."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef", memory_limit_mib=1024, cpu=512)
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              port_mappings=[ecs.PortMapping(container_port=80, protocol=ecs.Protocol.TCP)])
service = ecs.FargateService(stack, "Service", cluster=cluster, task_definition=task_definition)
scaling = service.auto_scale_task_count(max_capacity=10)
scaling.scale_on_cpu_utilization("ReasonableCpu", target_utilization_percent=10)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
listener = lb.add_listener("PublicListener", port=80, open=True)
listener.add_targets("Fargate", port=80, targets=[service])
cdk.CfnOutput(stack, "LoadBalancerDNS", value=lb.load_balancer_dns_name)
app.synth()
