"""An ECS cluster, a Fargate task definition with two containers, and a service."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "L1Ecs")

cluster = ecs.CfnCluster(
    stack,
    "Cluster",
    cluster_name="golden",
    cluster_settings=[ecs.CfnCluster.ClusterSettingsProperty(name="containerInsights", value="enabled")],
    capacity_providers=["FARGATE", "FARGATE_SPOT"],
)
task = ecs.CfnTaskDefinition(
    stack,
    "Task",
    family="golden-web",
    cpu="256",
    memory="512",
    network_mode="awsvpc",
    requires_compatibilities=["FARGATE"],
    execution_role_arn="arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
    container_definitions=[
        ecs.CfnTaskDefinition.ContainerDefinitionProperty(
            name="web",
            image="public.ecr.aws/nginx/nginx:latest",
            essential=True,
            port_mappings=[ecs.CfnTaskDefinition.PortMappingProperty(container_port=80, protocol="tcp")],
            environment=[{"name": "MODE", "value": "golden"}],
            log_configuration=ecs.CfnTaskDefinition.LogConfigurationProperty(
                log_driver="awslogs",
                options={"awslogs-group": "/ecs/golden", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"},
            ),
            health_check={"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], "interval": 30, "retries": 3},
        ),
        ecs.CfnTaskDefinition.ContainerDefinitionProperty(
            name="sidecar",
            image="public.ecr.aws/docker/library/busybox:latest",
            essential=False,
            command=["sleep", "3600"],
            depends_on=[ecs.CfnTaskDefinition.ContainerDependencyProperty(container_name="web", condition="START")],
        ),
    ],
    runtime_platform=ecs.CfnTaskDefinition.RuntimePlatformProperty(cpu_architecture="ARM64", operating_system_family="LINUX"),
)
ecs.CfnService(
    stack,
    "Service",
    cluster=cluster.ref,
    task_definition=task.ref,
    desired_count=2,
    launch_type="FARGATE",
    network_configuration=ecs.CfnService.NetworkConfigurationProperty(
        awsvpc_configuration=ecs.CfnService.AwsVpcConfigurationProperty(
            subnets=["subnet-1", "subnet-2"], assign_public_ip="DISABLED"
        )
    ),
    deployment_configuration=ecs.CfnService.DeploymentConfigurationProperty(
        maximum_percent=200,
        minimum_healthy_percent=50,
        deployment_circuit_breaker={"enable": True, "rollback": True},
    ),
)

cdk.CfnOutput(stack, "ClusterArn", value=cluster.attr_arn)

app.synth()
