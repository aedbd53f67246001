"""examples/fargate_service: the service, its alarms, the cfn-init fleet, ``pycdk synth``, cfn-lint, the server."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from example_support import cfn_lint_errors, load_module

from assertions import Capture, Match, Template
from constructs import App

EXAMPLE = "fargate_service"
stack_module = load_module(EXAMPLE, "fargate_service_stack.py")
server = load_module(EXAMPLE, "image/server.py")


@pytest.fixture(scope="module")
def stack() -> Any:
    return stack_module.FargateServiceStack(App(context=stack_module.CONTEXT), "FargateService")


@pytest.fixture(scope="module")
def template(stack: Any) -> Template:
    return Template.from_stack(stack)


def _id(stack: Any, construct: Any) -> str:
    return stack.resolve(construct.node.default_child.logical_id)


def test_the_vpc_has_two_azs_of_public_and_private_subnets_and_one_nat_gateway(template: Template) -> None:
    template.resource_count_is("AWS::EC2::VPC", 1)
    template.resource_count_is("AWS::EC2::Subnet", 4)
    template.resource_count_is("AWS::EC2::NatGateway", 1)
    template.resource_count_is("AWS::EC2::InternetGateway", 1)


def test_the_task_runs_the_image_built_from_the_example_folder(template: Template) -> None:
    image = Capture()
    template.has_resource_properties(
        "AWS::ECS::TaskDefinition",
        {
            "Cpu": "256",
            "Memory": "512",
            "RequiresCompatibilities": ["FARGATE"],
            "ContainerDefinitions": [
                Match.object_like(
                    {
                        "Image": {"Fn::Sub": image},
                        "PortMappings": [{"ContainerPort": 8080, "Protocol": "tcp"}],
                        "Environment": [{"Name": "GREETING", "Value": "hello from Fargate"}],
                    }
                )
            ],
        },
    )
    repository, tag = image.as_string().rsplit(":", 1)
    assert repository.endswith("/cdk-hnb659fds-container-assets-${AWS::AccountId}-${AWS::Region}")
    assert len(tag) == 64 and int(tag, 16) >= 0


def test_the_service_runs_two_tasks_in_private_subnets_with_a_circuit_breaker(
    stack: Any, template: Template
) -> None:
    template.has_resource_properties(
        "AWS::ECS::Service",
        {
            "DesiredCount": 2,
            "LaunchType": "FARGATE",
            "DeploymentConfiguration": Match.object_like(
                {"DeploymentCircuitBreaker": {"Enable": True, "Rollback": True}}
            ),
            "NetworkConfiguration": {
                "AwsvpcConfiguration": Match.object_like(
                    {
                        "AssignPublicIp": "DISABLED",
                        "Subnets": [{"Ref": Match.string_like_regexp("^VpcPrivateSubnet")}] * 2,
                    }
                )
            },
        },
    )
    template.has_resource_properties(
        "AWS::ElasticLoadBalancingV2::LoadBalancer", {"Scheme": "internet-facing", "Type": "application"}
    )
    template.has_resource_properties(
        "AWS::ElasticLoadBalancingV2::TargetGroup",
        {"HealthCheckPath": "/health", "Matcher": {"HttpCode": "200"}, "TargetType": "ip", "Port": 80},
    )
    template.has_resource_properties(
        "AWS::ApplicationAutoScaling::ScalableTarget", {"MinCapacity": 2, "MaxCapacity": 6}
    )
    template.has_resource_properties(
        "AWS::ApplicationAutoScaling::ScalingPolicy",
        {
            "PolicyType": "TargetTrackingScaling",
            "TargetTrackingScalingPolicyConfiguration": Match.object_like(
                {
                    "TargetValue": 60,
                    "PredefinedMetricSpecification": {
                        "PredefinedMetricType": "ECSServiceAverageCPUUtilization"
                    },
                }
            ),
        },
    )


def test_both_alarms_notify_the_topic_when_raised_and_cleared(stack: Any, template: Template) -> None:
    topic = {"Ref": _id(stack, stack.alarm_topic)}

    template.resource_count_is("AWS::CloudWatch::Alarm", 2)
    template.all_resources_properties(
        "AWS::CloudWatch::Alarm", {"AlarmActions": [topic], "OKActions": [topic]}
    )
    template.has_resource_properties(
        "AWS::CloudWatch::Alarm",
        {
            "Namespace": "AWS/ECS",
            "MetricName": "CPUUtilization",
            "Threshold": 80,
            "EvaluationPeriods": 3,
            "Period": 60,
            "Dimensions": Match.array_with([{"Name": "ServiceName", "Value": Match.any_value()}]),
        },
    )
    template.has_resource_properties(
        "AWS::CloudWatch::Alarm",
        {
            "Namespace": "AWS/ApplicationELB",
            "MetricName": "UnHealthyHostCount",
            "Threshold": 1,
            "ComparisonOperator": "GreaterThanOrEqualToThreshold",
            "TreatMissingData": "notBreaching",
        },
    )


def test_the_fleet_is_configured_by_cfn_init_and_waits_for_every_signal(
    stack: Any, template: Template
) -> None:
    group_id = _id(stack, stack.fleet)
    user_data = Capture()

    template.has_resource(
        "AWS::AutoScaling::AutoScalingGroup",
        {
            "Properties": Match.object_like({"MinSize": "2", "MaxSize": "4"}),
            "CreationPolicy": {"ResourceSignal": {"Count": 2, "Timeout": "PT10M"}},
            "UpdatePolicy": Match.object_like(
                {
                    "AutoScalingRollingUpdate": Match.object_like(
                        {"MaxBatchSize": 1, "MinInstancesInService": 1, "WaitOnResourceSignals": True}
                    )
                }
            ),
            "Metadata": {
                "AWS::CloudFormation::Init": {
                    "configSets": {"default": ["config"]},
                    "config": {
                        "packages": {"yum": {"nginx": []}},
                        "files": {
                            "/usr/share/nginx/html/index.html": Match.object_like(
                                {"content": stack_module.NGINX_PAGE, "mode": "000644"}
                            )
                        },
                        "commands": {"10-check-config": {"command": "nginx -t"}},
                        "services": {"sysvinit": {"nginx": {"enabled": True, "ensureRunning": True}}},
                    },
                }
            },
        },
    )
    template.has_resource_properties(
        "AWS::EC2::LaunchTemplate",
        {
            "LaunchTemplateData": Match.object_like(
                {"InstanceType": "t3.micro", "UserData": {"Fn::Base64": user_data}}
            )
        },
    )
    script = "".join(part for part in user_data.as_object()["Fn::Join"][1] if isinstance(part, str))
    assert f"cfn-init -v --region  --stack  --resource {group_id} -c default" in script
    assert f"cfn-signal -e $? --region  --stack  --resource {group_id}" in script


def test_the_fleet_takes_http_from_the_load_balancer_only(stack: Any, template: Template) -> None:
    template.has_resource_properties(
        "AWS::EC2::SecurityGroupIngress",
        {
            "IpProtocol": "tcp",
            "FromPort": 80,
            "ToPort": 80,
            "Description": "HTTP from the ALB",
            "SourceSecurityGroupId": {
                "Fn::GetAtt": [Match.string_like_regexp("^ServiceLBSecurityGroup"), "GroupId"]
            },
        },
    )


def test_the_template_passes_cfn_lint(template: Template) -> None:
    assert cfn_lint_errors(template.to_json()) == []


def test_snapshot(template: Template, template_snapshot: Any) -> None:
    assert template_snapshot == template


def test_pycdk_synth_writes_the_template_and_the_docker_image_asset(
    run_pycdk_synth: Callable[[str], tuple[Path, str]],
) -> None:
    outdir, printed = run_pycdk_synth(EXAMPLE)
    template = json.loads((outdir / "FargateService.template.json").read_text())
    (image_hash,) = json.loads((outdir / "FargateService.assets.json").read_text())["dockerImages"]

    assert json.loads(printed)["Resources"] == template["Resources"]
    assert sorted(p.name for p in (outdir / f"asset.{image_hash}").iterdir()) == [".dockerignore", "Dockerfile", "server.py"]


@pytest.mark.parametrize(
    ("path", "status", "body"),
    [
        ("/health", 200, {"status": "ok"}),
        ("/", 200, {"message": "hello"}),
        ("/nope", 404, {"message": "no route /nope"}),
    ],
)
def test_the_server_answers_its_routes(
    path: str, status: int, body: dict[str, str], monkeypatch: Any
) -> None:
    monkeypatch.delenv("GREETING", raising=False)
    assert server.respond(path) == (status, body)
