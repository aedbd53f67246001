"""An EC2 service (placement, Cloud Map, exec, NLB targets, deployment alarms) and a Fargate service (capacity
provider strategy, Service Connect, scaling on memory and a schedule) in one cluster; an imported service."""

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
app = cdk.App()
stack = cdk.Stack(app, "ServicesMixed")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
cluster = ecs.Cluster(stack, "C", vpc=vpc, default_cloud_map_namespace=ecs.CloudMapNamespaceOptions(name="svc.local"))
cluster.add_capacity("Cap", instance_type=ec2.InstanceType("t3.small"))
td = ecs.Ec2TaskDefinition(stack, "TD")
c = td.add_container("web", image=ecs.ContainerImage.from_registry("nginx"), memory_limit_mib=256, port_mappings=[ecs.PortMapping(container_port=80, host_port=80)])
svc = ecs.Ec2Service(stack, "Svc", cluster=cluster, task_definition=td,
  placement_strategies=[ecs.PlacementStrategy.spread_across_instances(), ecs.PlacementStrategy.packed_by_cpu()],
  placement_constraints=[ecs.PlacementConstraint.distinct_instances()],
  cloud_map_options=ecs.CloudMapOptions(name="web"), deployment_controller=ecs.DeploymentController(type=ecs.DeploymentControllerType.ECS),
  enable_execute_command=True, propagate_tags=ecs.PropagatedTagSource.SERVICE, enable_ecs_managed_tags=True)
lb = elbv2.NetworkLoadBalancer(stack, "LB", vpc=vpc)
listener = lb.add_listener("L", port=80)
svc.register_load_balancer_targets(ecs.EcsTarget(container_name="web", container_port=80, new_target_group_id="ECS", listener=ecs.ListenerConfig.network_listener(listener, port=80)))
svc.enable_deployment_alarms(["a1"], behavior=ecs.AlarmBehavior.FAIL_ON_ALARM)
fg = ecs.FargateTaskDefinition(stack, "FTD", cpu=512, memory_limit_mib=1024)
fg.add_container("app", image=ecs.ContainerImage.from_registry("app"), port_mappings=[ecs.PortMapping(container_port=8080, name="api")])
fsvc = ecs.FargateService(stack, "FSvc", cluster=cluster, task_definition=fg, assign_public_ip=True,
  capacity_provider_strategies=[ecs.CapacityProviderStrategy(capacity_provider="FARGATE_SPOT", weight=2)],
  service_connect_configuration=ecs.ServiceConnectProps(services=[ecs.ServiceConnectService(port_mapping_name="api", port=80)]),
  platform_version=ecs.FargatePlatformVersion.LATEST, health_check_grace_period=cdk.Duration.seconds(30), min_healthy_percent=50, max_healthy_percent=150)
cluster.enable_fargate_capacity_providers()
s = fsvc.auto_scale_task_count(min_capacity=1, max_capacity=5)
s.scale_on_memory_utilization("Mem", target_utilization_percent=70)
s.scale_on_schedule("Night", schedule=appscaling.Schedule.cron(hour="0", minute="0"), min_capacity=1)
imp = ecs.FargateService.from_fargate_service_attributes(stack, "Imp", cluster=cluster, service_name="x")
cdk.CfnOutput(stack, "ImpArn", value=imp.service_arn)
cdk.CfnOutput(stack, "Metric", value=fsvc.metric_cpu_utilization().metric_name)

app.synth()
