"""``enable_tracing``: turn on X-Ray active tracing on an L2 construct, with the permissions it needs."""

from __future__ import annotations

from typing import Any

from constructs import IConstruct, ValidationError

# The X-Ray actions a service's execution role needs to send traces (the same statements aws-cdk-lib adds for
# Lambda's ``tracing=ACTIVE`` and Step Functions' ``tracing_enabled=True``).
_WRITE_ACTIONS = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]
_SAMPLING_ACTIONS = ["xray:GetSamplingRules", "xray:GetSamplingTargets"]

SUPPORTED_TYPES = (
    "AWS::Lambda::Function", "AWS::StepFunctions::StateMachine", "AWS::ApiGateway::Stage",
    "AWS::ApiGateway::RestApi (its deployment stage)", "AWS::AppSync::GraphQLApi",
    "AWS::ECS::TaskDefinition (an X-Ray daemon sidecar)",
)
DAEMON_IMAGE = "public.ecr.aws/xray/aws-xray-daemon:latest"
"""The X-Ray daemon image ``enable_tracing`` runs next to an ECS task's containers."""


def enable_tracing(construct: IConstruct) -> None:
    """Turn on X-Ray active tracing for ``construct`` and grant what X-Ray needs.

    Does what the construct's own option does, so that ``enable_tracing(fn)`` right after construction gives
    the template ``tracing=Tracing.ACTIVE`` would:

    - ``lambda_.Function``: ``TracingConfig: {Mode: Active}`` and ``xray:PutTraceSegments`` /
      ``xray:PutTelemetryRecords`` on the function's role;
    - ``stepfunctions.StateMachine``: ``TracingConfiguration: {Enabled: true}`` and those two actions plus
      ``xray:GetSamplingRules`` / ``xray:GetSamplingTargets`` on the state machine's role;
    - ``apigateway.Stage``, or a ``RestApi``'s deployment stage: ``TracingEnabled: true`` (API Gateway
      needs no role);
    - ``appsync.GraphqlApi``: ``XrayEnabled: true`` (AppSync needs no role);
    - ``ecs.TaskDefinition``: an ``xray-daemon`` sidecar container (``DAEMON_IMAGE``, 32 CPU units, 256 MiB
      reserved, UDP port 2000; in ``awsvpc`` mode, e.g. Fargate, the app reaches it on ``127.0.0.1:2000``) and the
      managed policy ``AWSXRayDaemonWriteAccess`` on the task role.

    Args:
        construct: the L2 construct to trace.

    Raises:
        ValidationError: a construct of another kind (the message lists the supported ones).
    """
    target = construct
    stage = getattr(construct, "deployment_stage", None)
    if stage is not None:
        target = stage
    child: Any = target.node.default_child
    kind = getattr(child, "CFN_RESOURCE_TYPE_NAME", None)
    if kind == "AWS::Lambda::Function":
        child.tracing_config = {"mode": "Active"}
        _grant_to_role(target, _WRITE_ACTIONS)
    elif kind == "AWS::StepFunctions::StateMachine":
        _grant_to_role(target, _WRITE_ACTIONS + _SAMPLING_ACTIONS)
        child.tracing_configuration = {"enabled": True}
    elif kind == "AWS::ApiGateway::Stage":
        child.tracing_enabled = True
    elif kind == "AWS::AppSync::GraphQLApi":
        child.xray_enabled = True
    elif kind == "AWS::ECS::TaskDefinition":
        _add_daemon_sidecar(target)
    else:
        raise ValidationError(
            f"enable_tracing: construct of type {type(construct).__name__} (L1 {kind or 'none'}) does not support "
            f"X-Ray active tracing; supported: {', '.join(SUPPORTED_TYPES)}", construct)


def _grant_to_role(construct: Any, actions: list[str]) -> None:
    from l2 import iam

    construct.add_to_role_policy(iam.PolicyStatement(actions=list(actions), resources=["*"]))


def _add_daemon_sidecar(task_definition: Any) -> None:
    from l2 import ecs, iam

    task_definition.add_container(
        "xray-daemon", image=ecs.ContainerImage.from_registry(DAEMON_IMAGE), cpu=32, memory_reservation_mib=256,
        port_mappings=[ecs.PortMapping(container_port=2000, protocol=ecs.Protocol.UDP)])
    task_definition.task_role.add_managed_policy(
        iam.ManagedPolicy.from_aws_managed_policy_name("AWSXRayDaemonWriteAccess"))
