"""ApplicationLoadBalanced{Fargate,Ec2}Service options: certificates, DNS record types, redirect, target protocol,
Cloud Map, deployment settings, task image options, logging choices and an imported load balancer."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_ecs_patterns as p
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_servicediscovery as sd

app = cdk.App()
stack = cdk.Stack(app, "AlbServiceFeatures")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
namespace = sd.PrivateDnsNamespace(stack, "Namespace", name="internal.local", vpc=vpc)
zone = route53.HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z123", zone_name="example.com")
certificate = acm.Certificate.from_certificate_arn(
    stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/abcd"
)
task_role = iam.Role(stack, "TaskRole", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
image = ecs.ContainerImage.from_registry("nginx")

web = p.ApplicationLoadBalancedFargateService(
    stack,
    "Web",
    cluster=cluster,
    cpu=512,
    memory_limit_mib=1024,
    desired_count=3,
    certificate=certificate,
    domain_name="web.example.com",
    domain_zone=zone,
    record_type=p.ApplicationLoadBalancedServiceRecordType.CNAME,
    redirect_http=True,
    listener_port=8443,
    ssl_policy=elbv2.SslPolicy.RECOMMENDED_TLS,
    target_protocol=elbv2.ApplicationProtocol.HTTPS,
    protocol_version=elbv2.ApplicationProtocolVersion.HTTP2,
    load_balancer_name="web-lb",
    service_name="web",
    health_check_grace_period=cdk.Duration.seconds(90),
    min_healthy_percent=50,
    max_healthy_percent=200,
    propagate_tags=ecs.PropagatedTagSource.SERVICE,
    enable_ecs_managed_tags=True,
    platform_version=ecs.FargatePlatformVersion.VERSION1_4,
    deployment_controller=ecs.DeploymentController(type=ecs.DeploymentControllerType.ECS),
    circuit_breaker=ecs.DeploymentCircuitBreaker(rollback=True),
    cloud_map_options=ecs.CloudMapOptions(name="web", cloud_map_namespace=namespace),
    task_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    runtime_platform=ecs.RuntimePlatform(
        cpu_architecture=ecs.CpuArchitecture.ARM64, operating_system_family=ecs.OperatingSystemFamily.LINUX
    ),
    container_cpu=256,
    container_memory_limit_mib=512,
    task_image_options=p.ApplicationLoadBalancedTaskImageOptions(
        image=image,
        container_name="app",
        container_port=8080,
        environment={"STAGE": "prod"},
        docker_labels={"team": "web"},
        family="web-family",
        task_role=task_role,
        command=["nginx", "-g", "daemon off;"],
    ),
)
web.target_group.configure_health_check(path="/health")

alias = p.ApplicationLoadBalancedFargateService(
    stack,
    "Alias",
    cluster=cluster,
    domain_name="alias.example.com",
    domain_zone=zone,
    protocol=elbv2.ApplicationProtocol.HTTPS,
    public_load_balancer=False,
    open_listener=False,
    task_image_options=p.ApplicationLoadBalancedTaskImageOptions(image=image, enable_logging=False),
)

p.ApplicationLoadBalancedFargateService(
    stack,
    "NoRecord",
    cluster=cluster,
    domain_name="none.example.com",
    domain_zone=zone,
    record_type=p.ApplicationLoadBalancedServiceRecordType.NONE,
    task_image_options=p.ApplicationLoadBalancedTaskImageOptions(
        image=image,
        log_driver=ecs.LogDrivers.aws_logs(stream_prefix="custom", log_retention=logs.RetentionDays.ONE_WEEK),
    ),
)

imported_lb = elbv2.ApplicationLoadBalancer.from_application_load_balancer_attributes(
    stack,
    "ImportedLb",
    load_balancer_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/shared/1234567890abcdef",
    security_group_id="sg-12345678",
    load_balancer_dns_name="shared.example.com",
    vpc=vpc,
)
task_definition = ecs.FargateTaskDefinition(stack, "SharedDef")
task_definition.add_container("main", image=image, port_mappings=[ecs.PortMapping(container_port=80)])
p.ApplicationLoadBalancedFargateService(
    stack,
    "OnImportedLb",
    cluster=cluster,
    load_balancer=imported_lb,
    task_definition=task_definition,
    listener_port=8080,
)

cluster.add_asg_capacity_provider(
    ecs.AsgCapacityProvider(
        stack,
        "Provider",
        auto_scaling_group=autoscaling.AutoScalingGroup(
            stack,
            "Asg",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.small"),
            machine_image=ecs.EcsOptimizedImage.amazon_linux2(),
        ),
    )
)
p.ApplicationLoadBalancedEc2Service(
    stack,
    "Ec2Web",
    cluster=cluster,
    cpu=256,
    memory_limit_mib=512,
    memory_reservation_mib=256,
    placement_strategies=[ecs.PlacementStrategy.spread_across_instances()],
    placement_constraints=[ecs.PlacementConstraint.distinct_instances()],
    enable_execute_command=True,
    task_image_options=p.ApplicationLoadBalancedTaskImageOptions(
        image=image, entry_point=["/entry.sh"], execution_role=iam.Role(
            stack, "ExecRole", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com")
        ),
    ),
)

cdk.CfnOutput(stack, "WebLb", value=web.load_balancer.load_balancer_arn)
cdk.CfnOutput(stack, "WebListener", value=web.listener.listener_arn)
cdk.CfnOutput(stack, "WebRedirect", value=web.redirect_listener.listener_arn)
cdk.CfnOutput(stack, "AliasCert", value=alias.certificate.certificate_arn)
cdk.CfnOutput(stack, "WebCount", value=str(web.internal_desired_count))

app.synth()
