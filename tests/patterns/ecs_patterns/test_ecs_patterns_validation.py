"""``patterns.ecs_patterns``: bad input raises aws-cdk-lib 2.275's errors, naming the construct path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Duration, Stack, ValidationError
from l2 import applicationautoscaling as appscaling
from l2 import certificatemanager as acm
from l2 import ec2, ecs, sqs
from l2 import elasticloadbalancingv2 as elbv2
from patterns import ecs_patterns as p

IMAGE = "amazon/amazon-ecs-sample"


@pytest.fixture
def env() -> tuple[Stack, ecs.Cluster]:
    stack = Stack(App(), "S")
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
    return stack, ecs.Cluster(stack, "Cluster", vpc=vpc)


def _alb_image() -> p.ApplicationLoadBalancedTaskImageOptions:
    return p.ApplicationLoadBalancedTaskImageOptions(image=ecs.ContainerImage.from_registry(IMAGE))


def _raises(message: str, build: Callable[[], Any], path: str = "S/Svc") -> None:
    with pytest.raises(ValidationError) as info:
        build()
    assert message in str(info.value)
    assert path in str(info.value)


ALB_CASES: list[tuple[dict[str, Any], str]] = [
    ({"desired_count": 0}, "You must specify a desiredCount greater than 0"),
    ({"idle_timeout": Duration.seconds(4001)}, "Load balancer idle timeout must be between 1 and 4000 seconds."),
    ({"protocol": elbv2.ApplicationProtocol.HTTPS}, "A domain name and zone is required when using the HTTPS protocol"),
    ({"redirect_http": True}, "The HTTPS protocol must be used when redirecting HTTP traffic"),
    ({"domain_name": "api.example.com"},
     "A Route53 hosted domain zone name is required to configure the specified domain name"),
    ({"min_healthy_percent": 100, "max_healthy_percent": 100},
     "Minimum healthy percent must be less than maximum healthy percent."),
    ({"min_healthy_percent": 12.5}, "minHealthyPercent: Must be a non-negative integer; received 12.5"),
    ({"max_healthy_percent": -1}, "maxHealthyPercent: Must be a non-negative integer; received -1"),
    ({"cpu": 256, "container_cpu": 512},
     "containerCpu must be less than to cpu; received containerCpu: 512, cpu: 256"),
    ({"memory_limit_mib": 512, "container_memory_limit_mib": 1024},
     "containerMemoryLimitMiB must be less than to memoryLimitMiB; received containerMemoryLimitMiB: 1024, "
     "memoryLimitMiB: 512"),
]


@pytest.mark.parametrize(("kwargs", "message"), ALB_CASES, ids=[m[:40] for _, m in ALB_CASES])
def test_alb_fargate_service_errors(env: tuple[Stack, ecs.Cluster], kwargs: dict[str, Any], message: str) -> None:
    stack, cluster = env
    _raises(message, lambda: p.ApplicationLoadBalancedFargateService(
        stack, "Svc", cluster=cluster, task_image_options=_alb_image(), **kwargs))


def test_alb_certificate_needs_https(env: tuple[Stack, ecs.Cluster]) -> None:
    stack, cluster = env
    cert = acm.Certificate.from_certificate_arn(stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/x")
    _raises("The HTTPS protocol must be used when a certificate is given", lambda: p.ApplicationLoadBalancedFargateService(
        stack, "Svc", cluster=cluster, task_image_options=_alb_image(), certificate=cert,
        protocol=elbv2.ApplicationProtocol.HTTP))


def test_task_definition_or_image(env: tuple[Stack, ecs.Cluster]) -> None:
    stack, cluster = env
    definition = ecs.FargateTaskDefinition(stack, "Def")
    _raises("You must specify either a taskDefinition or an image, not both.",
            lambda: p.ApplicationLoadBalancedFargateService(
                stack, "Svc", cluster=cluster, task_definition=definition, task_image_options=_alb_image()))
    _raises("You must specify one of: taskDefinition or image",
            lambda: p.NetworkLoadBalancedFargateService(stack, "Svc2", cluster=cluster), "S/Svc2")
    _raises("You must specify either a taskDefinition or taskImageOptions, not both.",
            lambda: p.ApplicationLoadBalancedEc2Service(
                stack, "Svc3", cluster=cluster, task_definition=ecs.Ec2TaskDefinition(stack, "Ec2Def"),
                task_image_options=_alb_image()), "S/Svc3")


def test_cluster_and_vpc_are_exclusive(env: tuple[Stack, ecs.Cluster]) -> None:
    stack, cluster = env
    message = "You can only specify either vpc or cluster. Alternatively, you can leave both blank"
    _raises(message, lambda: p.NetworkLoadBalancedFargateService(
        stack, "Svc", cluster=cluster, vpc=cluster.vpc))
    _raises(message, lambda: p.QueueProcessingFargateService(
        stack, "Q", cluster=cluster, vpc=cluster.vpc, image=ecs.ContainerImage.from_registry(IMAGE)), "S/Q")


def test_queue_processing_errors(env: tuple[Stack, ecs.Cluster]) -> None:
    stack, cluster = env
    queue = sqs.Queue(stack, "Queue")
    image = ecs.ContainerImage.from_registry(IMAGE)
    _raises("retentionPeriod, maxReceiveCount can be set only when queue is not set. Specify them in the "
            "QueueProps of the queue",
            lambda: p.QueueProcessingFargateService(
                stack, "Q", cluster=cluster, image=image, queue=queue, retention_period=Duration.days(1),
                max_receive_count=5), "S/Q")
    _raises("cooldown cannot be more than 999999999, found: 1000000000",
            lambda: p.QueueProcessingFargateService(
                stack, "Q2", cluster=cluster, image=image, cooldown=Duration.seconds(1000000000)), "S/Q2")
    _raises("You must specify only one of taskDefinition or image",
            lambda: p.QueueProcessingFargateService(
                stack, "Q3", cluster=cluster, image=image, task_definition=ecs.FargateTaskDefinition(stack, "D")),
            "S/Q3")
    _raises("image must be specified for EC2 queue processing service",
            lambda: p.QueueProcessingEc2Service(stack, "Q4", cluster=cluster), "S/Q4")


def test_scheduled_task_errors(env: tuple[Stack, ecs.Cluster]) -> None:
    stack, cluster = env
    schedule = appscaling.Schedule.expression("rate(1 day)")
    image = p.ScheduledFargateTaskImageOptions(image=ecs.ContainerImage.from_registry(IMAGE))
    _raises("You must specify a desiredTaskCount greater than 0", lambda: p.ScheduledFargateTask(
        stack, "T", cluster=cluster, schedule=schedule, desired_task_count=0,
        scheduled_fargate_task_image_options=image), "S/T")
    _raises("You must specify either a scheduledFargateTaskDefinitionOptions or scheduledFargateTaskOptions, not "
            "both.", lambda: p.ScheduledFargateTask(
                stack, "T2", cluster=cluster, schedule=schedule, scheduled_fargate_task_image_options=image,
                scheduled_fargate_task_definition_options=p.ScheduledFargateTaskDefinitionOptions(
                    task_definition=ecs.FargateTaskDefinition(stack, "D"))), "S/T2")
    _raises("You must specify a taskDefinition or image",
            lambda: p.ScheduledEc2Task(stack, "T3", cluster=cluster, schedule=schedule), "S/T3")


def test_multiple_target_groups_errors(env: tuple[Stack, ecs.Cluster]) -> None:
    stack, cluster = env
    image = p.ApplicationLoadBalancedTaskImageProps(image=ecs.ContainerImage.from_registry(IMAGE))
    _raises("At least one load balancer must be specified", lambda: p.ApplicationMultipleTargetGroupsFargateService(
        stack, "M", cluster=cluster, task_image_options=image, load_balancers=[]), "S/M")
    _raises("At least one listener must be specified", lambda: p.ApplicationMultipleTargetGroupsFargateService(
        stack, "M2", cluster=cluster, task_image_options=image,
        load_balancers=[p.ApplicationLoadBalancerProps(name="lb", listeners=[])]), "S/M2")
    _raises("Load balancer idle timeout must be between 1 and 4000 seconds.",
            lambda: p.ApplicationMultipleTargetGroupsFargateService(
                stack, "M3", cluster=cluster, task_image_options=image,
                load_balancers=[p.ApplicationLoadBalancerProps(
                    name="lb3", idle_timeout=Duration.seconds(0), listeners=[p.ApplicationListenerProps(name="l")])]),
            "S/M3")
    _raises("A domain name and zone is required when using the HTTPS protocol",
            lambda: p.ApplicationMultipleTargetGroupsFargateService(
                stack, "M4", cluster=cluster, task_image_options=image,
                load_balancers=[p.ApplicationLoadBalancerProps(
                    name="lb4", listeners=[p.ApplicationListenerProps(
                        name="l4", protocol=elbv2.ApplicationProtocol.HTTPS)])]), "S/M4")
    _raises("You must specify only one of TaskDefinition or TaskImageOptions.",
            lambda: p.NetworkMultipleTargetGroupsFargateService(
                stack, "M5", cluster=cluster, task_definition=ecs.FargateTaskDefinition(stack, "D5"),
                task_image_options=p.NetworkLoadBalancedTaskImageProps(image=ecs.ContainerImage.from_registry(IMAGE))),
            "S/M5")


def test_wrong_types_are_type_errors(env: tuple[Stack, ecs.Cluster]) -> None:
    stack, cluster = env
    with pytest.raises(TypeError, match="desired_count"):
        p.ApplicationLoadBalancedFargateService(stack, "A", cluster=cluster, desired_count="2")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="schedule"):
        p.ScheduledFargateTask(stack, "B", cluster=cluster, schedule="rate(1 day)")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="cluster"):
        p.QueueProcessingFargateService(stack, "C", cluster="my-cluster")  # type: ignore[arg-type]


def test_imported_load_balancer_has_no_owned_load_balancer(env: tuple[Stack, ecs.Cluster]) -> None:
    stack, cluster = env
    imported = elbv2.ApplicationLoadBalancer.from_application_load_balancer_attributes(
        stack, "Lb", load_balancer_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a/b",
        security_group_id="sg-12345678", vpc=cluster.vpc, load_balancer_dns_name="lb.example.com",
    )
    service = p.ApplicationLoadBalancedFargateService(
        stack, "Svc", cluster=cluster, load_balancer=imported, task_image_options=_alb_image()
    )
    _raises(".loadBalancer can only be accessed if the class was constructed with an owned, not imported, load "
            "balancer", lambda: service.load_balancer)


def test_unknown_listener_name(env: tuple[Stack, ecs.Cluster]) -> None:
    stack, cluster = env
    _raises("Listener nope is not defined. Did you define listener with name nope?",
            lambda: p.NetworkMultipleTargetGroupsFargateService(
                stack, "Svc", cluster=cluster,
                task_image_options=p.NetworkLoadBalancedTaskImageProps(image=ecs.ContainerImage.from_registry(IMAGE)),
                target_groups=[p.NetworkTargetProps(container_port=80, listener="nope")]))


def test_scheduled_fargate_task_warns_of_ignored_props(env: tuple[Stack, ecs.Cluster]) -> None:
    from assertions import Annotations, Match

    stack, cluster = env
    p.ScheduledFargateTask(
        stack,
        "T",
        cluster=cluster,
        schedule=appscaling.Schedule.expression("rate(1 day)"),
        scheduled_fargate_task_image_options=p.ScheduledFargateTaskImageOptions(
            image=ecs.ContainerImage.from_registry(IMAGE)
        ),
        cpu=512,
        memory_limit_mib=1024,
    )
    annotations = Annotations.from_stack(stack)
    annotations.has_warning(
        "/S/T", Match.string_like_regexp(r"Property 'cpu' is ignored, use 'scheduledFargateTaskImageOptions.cpu'")
    )
    annotations.has_warning("/S/T", Match.string_like_regexp(r"Property 'memoryLimitMiB' is ignored"))
    annotations.has_no_warning("/S/T", Match.string_like_regexp(r"Property 'runtimePlatform' is ignored"))
