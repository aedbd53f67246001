"""The X-Ray L2s against aws-cdk-lib: each builds a stack whose template must equal, byte for byte, the one
aws-cdk-lib synthesized for a golden app (tests/golden/l2_xray): hand-written L1 resources, or, for
``enable_tracing``, the constructs' own tracing options."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from constructs import App, CfnOutput, Duration, Stack

FIXTURES = Path(__file__).parents[2] / "golden" / "l2_xray" / "fixtures"


def _xray_resources(app: App) -> Stack:
    from l2 import iam, xray

    stack = Stack(app, "XRayResources")
    xray.Group(stack, "SlowCheckout", group_name="slow-checkout",
               filter_expression='service("checkout") AND responsetime > 5',
               insights_enabled=True, notifications_enabled=True)
    plain = xray.Group(stack, "Everything")
    xray.SamplingRule(
        stack, "CheckoutRule", rule_name="checkout-posts", priority=10, fixed_rate=0.25, reservoir_size=5,
        service_name="checkout", service_type="AWS::ECS::Container", host="shop.example.com", http_method="POST",
        url_path="/api/checkout/*", attributes={"tier": "gold"},
        sampling_rate_boost=xray.SamplingRateBoost(max_rate=0.5, cooldown_window=_minutes(10)),
    )
    xray.SamplingRule(stack, "CatchAll", priority=9999, fixed_rate=0.01, reservoir_size=0)
    policy = xray.ResourcePolicy(stack, "SnsTracing", policy_name="sns-tracing")
    policy.add_statements(iam.PolicyStatement(
        sid="SNSAccess", actions=["xray:PutTraceSegments", "xray:GetSamplingRules", "xray:GetSamplingTargets"],
        principals=[iam.ServicePrincipal("sns.amazonaws.com")], resources=["*"],
        conditions={"StringEquals": {"aws:SourceAccount": stack.account}},
    ))
    reader = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
    plain.grant_read(reader)
    CfnOutput(stack, "GroupArn", value=plain.group_arn)
    return stack


def _minutes(n: int) -> Duration:
    return Duration.minutes(n)


def _tracing_switch(app: App) -> Stack:
    from l2 import apigateway, xray
    from l2 import lambda_ as lambda_
    from l2 import stepfunctions as sfn

    stack = Stack(app, "TracingSwitch")
    fn = lambda_.Function(
        stack, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
    )
    xray.enable_tracing(fn)
    api = apigateway.LambdaRestApi(stack, "Api", handler=fn)
    xray.enable_tracing(api)
    machine = sfn.StateMachine(stack, "Machine",
                               definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Hi")))
    xray.enable_tracing(machine)
    from l2 import ecs

    task = ecs.FargateTaskDefinition(stack, "Task")
    task.add_container("app", image=ecs.ContainerImage.from_registry("public.ecr.aws/docker/library/nginx:latest"),
                       memory_limit_mib=512)
    xray.enable_tracing(task)
    return stack


@pytest.mark.parametrize(("app_name", "build"), [
    ("xray_resources_l1", _xray_resources),
    ("tracing_switch", _tracing_switch),
])
def test_l2_template_equals_the_aws_cdk_lib_template(app_name: str, build: Callable[[App], Stack],
                                                    tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = build(app)
    app.synth()
    name = f"{stack.artifact_id}.template.json"
    assert (tmp_path / name).read_bytes() == (FIXTURES / app_name / name).read_bytes()
