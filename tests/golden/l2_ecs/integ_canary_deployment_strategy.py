"""Port of aws-cdk's aws-ecs/test/base/integ.canary-deployment-strategy.ts: a CANARY deployment with an alternate
(green) target group."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-canary-deployment")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)
blue = elbv2.ApplicationTargetGroup(stack, "BlueTG", vpc=cluster.vpc, port=80, protocol=elbv2.ApplicationProtocol.HTTP,
                                    target_type=elbv2.TargetType.IP,
                                    health_check=elbv2.HealthCheck(path="/", healthy_http_codes="200"))
green = elbv2.ApplicationTargetGroup(stack, "GreenTG", vpc=cluster.vpc, port=80,
                                     protocol=elbv2.ApplicationProtocol.HTTP, target_type=elbv2.TargetType.IP,
                                     health_check=elbv2.HealthCheck(path="/", healthy_http_codes="200"))
lb_sg = ec2.SecurityGroup(stack, "LBSecurityGroup", vpc=cluster.vpc, allow_all_outbound=True)
ecs_sg = ec2.SecurityGroup(stack, "ECSSecurityGroup", vpc=cluster.vpc, allow_all_outbound=True)
ecs_sg.add_ingress_rule(lb_sg, ec2.Port.tcp(80))
alb = elbv2.ApplicationLoadBalancer(stack, "ALB", vpc=cluster.vpc, internet_facing=True, security_group=lb_sg,
                                    idle_timeout=cdk.Duration.seconds(60))
listener = alb.add_listener("ALBListener", port=80, default_action=elbv2.ListenerAction.fixed_response(404))
prod_rule = elbv2.ApplicationListenerRule(stack, "ALBProductionListenerRule", listener=listener, priority=1,
                                          conditions=[elbv2.ListenerCondition.path_patterns(["/*"])],
                                          action=elbv2.ListenerAction.weighted_forward([
                                              elbv2.WeightedTargetGroup(target_group=blue, weight=100),
                                              elbv2.WeightedTargetGroup(target_group=green, weight=0),
                                          ]))
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef", memory_limit_mib=512, cpu=256)
task_definition.add_container("container", container_name="nginx",
                              image=ecs.ContainerImage.from_registry("public.ecr.aws/nginx/nginx:latest"),
                              port_mappings=[ecs.PortMapping(name="api", container_port=80,
                                                             app_protocol=ecs.AppProtocol.http)])
service = ecs.FargateService(stack, "Service", cluster=cluster, task_definition=task_definition,
                             security_groups=[ecs_sg], deployment_strategy=ecs.DeploymentStrategy.CANARY,
                             canary_configuration=ecs.TrafficShiftConfig(step_percent=5.0,
                                                                         step_bake_time=cdk.Duration.minutes(10)))
target = service.load_balancer_target(
    container_name="nginx", container_port=80, protocol=ecs.Protocol.TCP,
    alternate_target=ecs.AlternateTarget("LBAlternateOptions", alternate_target_group=green,
                                         production_listener=ecs.ListenerRuleConfiguration.application_listener_rule(
                                             prod_rule)))
target.attach_to_application_target_group(blue)
app.synth()
