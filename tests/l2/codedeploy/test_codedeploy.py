"""CodeDeploy: validation errors (messages name the construct path and the argument, as aws-cdk-lib's), type
errors, and behaviours the golden apps do not show (lazy alarms, hook rendering, dependencies, ECS groups)."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import (
    App,
    Construct,
    Duration,
    Resource,
    Stack,
    SynthesisError,
    UnscopedValidationError,
    ValidationError,
)
from l1.ecs import CfnService
from l1.interfaces.ecs import ServiceReference
from l2 import codedeploy, lambda_


def _alias(stack: Stack, id: str = "Alias") -> lambda_.Alias:
    fn = lambda_.Function(stack, f"{id}Fn", code=lambda_.Code.from_inline("def h(e, c): pass"),
                          handler="index.h", runtime=lambda_.Runtime.PYTHON_3_12)
    return lambda_.Alias(stack, id, alias_name="live", version=fn.current_version)


def _resource(template: dict[str, Any], type_: str) -> dict[str, Any]:
    found = [r for r in template["Resources"].values() if r["Type"] == type_]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda s: codedeploy.LambdaApplication(s, "X", application_name="bad name!"),
         '[S/X] Application name: "bad name!" can only contain letters (a-z, A-Z), numbers (0-9), periods (.), '
         "underscores (_), + (plus signs), = (equals signs), , (commas), @ (at signs), - (minus signs)."),
        (lambda s: codedeploy.ServerDeploymentConfig(s, "X", deployment_config_name="c" * 101,
                                                      minimum_healthy_hosts=codedeploy.MinimumHealthyHosts.count(1)),
         f'[S/X] Deployment config name: "{"c" * 101}" can be a max of 100 characters.'),
        (lambda s: codedeploy.LambdaDeploymentGroup(s, "X", alias=_alias(s), deployment_group_name="a/b"),
         '[S/X] Deployment group name: "a/b" can only contain letters'),
    ],
)
def test_fails_at_synthesis_on_invalid_names(stack: Stack, make: Any, message: str) -> None:
    make(stack)
    with pytest.raises(SynthesisError) as err:
        stack.node.root.synth(force=True)
    assert message in str(err.value)


def test_fails_when_deployment_in_alarm_is_asked_without_alarms(stack: Stack) -> None:
    codedeploy.LambdaDeploymentGroup(stack, "Group", alias=_alias(stack),
                                     auto_rollback=codedeploy.AutoRollbackConfig(deployment_in_alarm=True))
    with pytest.raises(ValidationError) as err:
        stack.node.root.synth(force=True)
    assert err.value.construct_path == "S/Group"
    assert "The auto-rollback setting 'deploymentInAlarm' does not have any effect unless you associate at least " \
           "one CloudWatch alarm with the Deployment Group" in str(err.value)


def test_an_alarm_added_after_construction_enables_rollback_on_alarm(stack: Stack, synth: Any) -> None:
    from l2 import cloudwatch

    group = codedeploy.LambdaDeploymentGroup(stack, "Group", alias=_alias(stack),
                                             auto_rollback=codedeploy.AutoRollbackConfig(deployment_in_alarm=True))
    group.add_alarm(cloudwatch.Alarm.from_alarm_arn(stack, "Alarm", "arn:aws:cloudwatch:us-east-1:1:alarm:Errors"))
    props = _resource(synth(stack), "AWS::CodeDeploy::DeploymentGroup")["Properties"]
    assert props["AlarmConfiguration"] == {"Alarms": [{"Name": "Errors"}], "Enabled": True}
    assert props["AutoRollbackConfiguration"] == {
        "Enabled": True, "Events": ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"],
    }


@pytest.mark.parametrize("hook", ["pre", "post"])
def test_fails_on_a_second_hook(stack: Stack, hook: str) -> None:
    group = codedeploy.LambdaDeploymentGroup(stack, "Group", alias=_alias(stack))
    add = group.add_pre_hook if hook == "pre" else group.add_post_hook
    add(_alias(stack, "One").lambda_)
    with pytest.raises(ValidationError) as err:
        add(_alias(stack, "Two").lambda_)
    assert err.value.bare_message == f"A {hook}-hook function is already defined for this deployment group"
    assert err.value.construct_path == "S/Group"


def test_the_alias_update_policy_names_only_the_hooks_given(stack: Stack, synth: Any) -> None:
    alias = _alias(stack)
    group = codedeploy.LambdaDeploymentGroup(stack, "Group", alias=alias)
    group.add_post_hook(_alias(stack, "Post").lambda_)
    template = synth(stack)
    policy = template["Resources"][stack.get_logical_id(alias.node.default_child)]["UpdatePolicy"]
    assert list(policy["CodeDeployLambdaAliasUpdate"]) == ["ApplicationName", "DeploymentGroupName",
                                                           "AfterAllowTrafficHook"]


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"compute_platform": codedeploy.ComputePlatform.SERVER,
          "traffic_routing": codedeploy.TrafficRouting.all_at_once()},
         "Traffic routing config must not be specified for a Server-base deployment configuration"),
        ({"traffic_routing": codedeploy.TrafficRouting.all_at_once()},
         "Traffic routing config must not be specified for a Server-base deployment configuration"),
        ({"compute_platform": codedeploy.ComputePlatform.LAMBDA,
          "minimum_healthy_hosts": codedeploy.MinimumHealthyHosts.count(1)},
         "Minimum healthy hosts config must only be specified for a Server-base deployment configuration"),
        ({"zonal_config": codedeploy.ZonalConfig(monitor_duration=Duration.millis(500))},
         "monitorDuration must be greater than or equal to 1 second or be equal to 0, got 500ms"),
        ({"zonal_config": codedeploy.ZonalConfig(first_zone_monitor_duration=Duration.millis(1))},
         "firstZoneMonitorDuration must be greater than or equal to 1 second or be equal to 0, got 1ms"),
    ],
)
def test_fails_on_settings_of_another_compute_platform(stack: Stack, props: dict[str, Any], message: str) -> None:
    class Config(codedeploy.BaseDeploymentConfig):
        pass

    with pytest.raises(ValidationError) as err:
        Config(stack, "Config", **props)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Config"


def test_fails_on_a_fractional_per_zone_minimum() -> None:
    with pytest.raises(UnscopedValidationError, match=(
        "The percentage or count value of minimumHealthyHostsPerZone must be an integer, got: 1.5"
    )):
        codedeploy.MinimumHealthyHostsPerZone.count(1.5)


def test_fails_on_more_than_three_tag_groups() -> None:
    with pytest.raises(UnscopedValidationError, match=(
        "An instance tag set can have a maximum of 3 instance tag groups, but 4 were provided"
    )):
        codedeploy.InstanceTagSet({"a": []}, {"b": []}, {"c": []}, {"d": []})


def test_fails_on_a_tag_filter_without_key_and_values(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        codedeploy.ServerDeploymentGroup(stack, "Group", ec2_instance_tags=codedeploy.InstanceTagSet({"": []}))
    assert err.value.bare_message == "Cannot specify both an empty key and no values for an instance tag filter"
    assert err.value.construct_path == "S/Group"


def test_fails_on_an_empty_load_balancer_list(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        codedeploy.ServerDeploymentGroup(stack, "Group", load_balancers=[])
    assert err.value.bare_message == "loadBalancers must be a non-empty array"
    assert err.value.construct_path == "S/Group"


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"percentage": 0, "interval": Duration.minutes(1)}, 'Invalid deployment config percentage "0".'),
        ({"percentage": 5, "interval": Duration.minutes(2881)}, 'Invalid deployment config interval "Duration.minutes(2881)".'),
    ],
)
def test_custom_lambda_config_fails_on_out_of_range_values(stack: Stack, props: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        codedeploy.CustomLambdaDeploymentConfig(stack, "Config", type=codedeploy.CustomLambdaDeploymentConfigType.CANARY,
                                                **props)
    assert err.value.bare_message.startswith(message)
    assert err.value.construct_path == "S/Config"


def test_a_custom_lambda_config_is_a_dependency_of_its_group(stack: Stack, synth: Any) -> None:
    config = codedeploy.CustomLambdaDeploymentConfig(
        stack, "Config", type=codedeploy.CustomLambdaDeploymentConfigType.CANARY, percentage=10,
        interval=Duration.minutes(5))
    codedeploy.LambdaDeploymentGroup(stack, "Group", alias=_alias(stack), deployment_config=config)
    group = _resource(synth(stack), "AWS::CodeDeploy::DeploymentGroup")
    # expected values: aws-cdk-lib 2.275's template for the same app
    assert group["Properties"]["DeploymentConfigName"] == "SConfigA1FFEA6D.LambdaCanary10Percent5Minutes"
    assert group["DependsOn"] == ["ConfigDeploymentConfigCustomResourcePolicyBEF7B2D9", "ConfigDeploymentConfig9F0AAB12"]


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"alias": "live"}, "alias"),
        ({"alias": None, "ignore_poll_alarms_failure": "true"}, "ignore_poll_alarms_failure"),
    ],
)
def test_wrong_types_are_type_errors_naming_the_argument(stack: Stack, kwargs: dict[str, Any], argument: str) -> None:
    if kwargs.get("alias") is None:
        kwargs["alias"] = _alias(stack)
    with pytest.raises(TypeError, match=argument):
        codedeploy.LambdaDeploymentGroup(stack, "Group", **kwargs)


def test_predefined_configs_take_the_account_and_region_of_the_group() -> None:
    stack = Stack(App(), "S", env={"account": "111111111111", "region": "eu-central-1"})
    group = codedeploy.LambdaDeploymentGroup(stack, "Group", alias=_alias(stack))
    assert stack.resolve(group.deployment_config.deployment_config_arn) == {"Fn::Join": ["", [
        "arn:", {"Ref": "AWS::Partition"},
        ":codedeploy:eu-central-1:111111111111:deploymentconfig:CodeDeployDefault.LambdaCanary10Percent5Minutes",
    ]]}


class _Cluster:
    cluster_name = "my-cluster"


class _Service(Resource):
    """An ECS service construct owning its ``CfnService`` (what ``EcsDeploymentGroup`` checks)."""

    def __init__(self, scope: Construct, id: str, controller: str | None) -> None:
        super().__init__(scope, id)
        self.cluster = _Cluster()
        self.service_name = "my-service"
        self.service_arn = "arn:aws:ecs:us-east-1:123456789012:service/my-cluster/my-service"
        CfnService(self, "Resource", deployment_controller={"type": controller} if controller else None)

    @property
    def service_ref(self) -> ServiceReference:
        """aws-cdk-lib's IService extends IServiceRef: a service has its reference."""
        return ServiceReference(service_arn=self.service_arn)


class _TargetGroup:
    def __init__(self, name: str) -> None:
        self.target_group_name = name
        self.target_group_arn = f"arn:{name}"
        self.load_balancer_arns = ""
        self.load_balancer_attached: Any = None


class _Listener:
    def __init__(self, arn: str) -> None:
        self.listener_arn = arn


def _blue_green(**kwargs: Any) -> codedeploy.EcsBlueGreenDeploymentConfig:
    return codedeploy.EcsBlueGreenDeploymentConfig(
        blue_target_group=_TargetGroup("blue"), green_target_group=_TargetGroup("green"),
        listener=_Listener("arn:prod"), **kwargs)  # type: ignore[arg-type]


def test_ecs_group_renders_services_target_groups_and_wait_times(stack: Stack, synth: Any) -> None:
    codedeploy.EcsDeploymentGroup(
        stack, "Group", service=_Service(stack, "Service", "CODE_DEPLOY"),
        blue_green_deployment_config=_blue_green(test_listener=_Listener("arn:test"),
                                                 deployment_approval_wait_time=Duration.hours(1),
                                                 termination_wait_time=Duration.minutes(10)),
        deployment_config=codedeploy.EcsDeploymentConfig.CANARY_10_PERCENT_5_MINUTES,
    )
    props = _resource(synth(stack), "AWS::CodeDeploy::DeploymentGroup")["Properties"]
    assert props["ECSServices"] == [{"ClusterName": "my-cluster", "ServiceName": "my-service"}]
    assert props["DeploymentConfigName"] == "CodeDeployDefault.ECSCanary10Percent5Minutes"
    assert props["BlueGreenDeploymentConfiguration"] == {
        "DeploymentReadyOption": {"ActionOnTimeout": "STOP_DEPLOYMENT", "WaitTimeInMinutes": 60},
        "TerminateBlueInstancesOnDeploymentSuccess": {"Action": "TERMINATE", "TerminationWaitTimeInMinutes": 10},
    }
    assert props["LoadBalancerInfo"] == {"TargetGroupPairInfoList": [{
        "ProdTrafficRoute": {"ListenerArns": ["arn:prod"]},
        "TargetGroups": [{"Name": "blue"}, {"Name": "green"}],
        "TestTrafficRoute": {"ListenerArns": ["arn:test"]},
    }]}


def test_ecs_group_fails_on_a_service_without_the_code_deploy_controller(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        codedeploy.EcsDeploymentGroup(stack, "Group", service=_Service(stack, "Service", "ECS"),
                                      blue_green_deployment_config=_blue_green())
    assert err.value.bare_message == (
        "The ECS service associated with the deployment group must use the CODE_DEPLOY deployment controller type"
    )
    assert err.value.construct_path == "S/Group"


def test_imported_groups_default_to_each_platform_s_default_config(stack: Stack) -> None:
    app = codedeploy.EcsApplication.from_ecs_application_name(stack, "App", "apps")
    ecs = codedeploy.EcsDeploymentGroup.from_ecs_deployment_group_attributes(
        stack, "Ecs", application=app, deployment_group_name="g")
    server = codedeploy.ServerDeploymentGroup.from_server_deployment_group_attributes(
        stack, "Server", application=codedeploy.ServerApplication.from_server_application_name(stack, "S", "s"),
        deployment_group_name="g")
    assert ecs.deployment_config.deployment_config_name == "CodeDeployDefault.ECSAllAtOnce"
    assert server.deployment_config.deployment_config_name == "CodeDeployDefault.OneAtATime"
    assert server.role is None and server.auto_scaling_groups is None
    assert ecs.deployment_group_ref.application_name == "apps"


def test_new_and_imported_resources_satisfy_their_interfaces(stack: Stack) -> None:
    cd = codedeploy
    lambda_app = cd.LambdaApplication(stack, "LambdaApp")
    server_app = cd.ServerApplication(stack, "ServerApp")
    ecs_app = cd.EcsApplication(stack, "EcsApp")
    pairs = [
        (cd.LambdaDeploymentGroup(stack, "LambdaGroup", alias=_alias(stack)), cd.ILambdaDeploymentGroup),
        (cd.ServerDeploymentGroup(stack, "ServerGroup"), cd.IServerDeploymentGroup),
        (lambda_app, cd.ILambdaApplication),
        (server_app, cd.IServerApplication),
        (ecs_app, cd.IEcsApplication),
        (cd.LambdaDeploymentConfig(stack, "LambdaConfig"), cd.ILambdaDeploymentConfig),
        (cd.ServerDeploymentConfig(stack, "ServerConfig", minimum_healthy_hosts=cd.MinimumHealthyHosts.count(1)),
         cd.IServerDeploymentConfig),
        (cd.EcsDeploymentConfig(stack, "EcsConfig"), cd.IEcsDeploymentConfig),
        (cd.LambdaDeploymentConfig.ALL_AT_ONCE, cd.IBindableDeploymentConfig),
        (cd.ServerDeploymentConfig.ONE_AT_A_TIME, cd.IServerDeploymentConfig),
        (cd.LambdaApplication.from_lambda_application_name(stack, "ImportedLambdaApp", "x"), cd.ILambdaApplication),
        (cd.LambdaDeploymentGroup.from_lambda_deployment_group_attributes(
            stack, "ImportedLambdaGroup", application=lambda_app, deployment_group_name="x"), cd.ILambdaDeploymentGroup),
        (cd.ServerDeploymentGroup.from_server_deployment_group_attributes(
            stack, "ImportedServerGroup", application=server_app, deployment_group_name="x"), cd.IServerDeploymentGroup),
        (cd.EcsDeploymentGroup.from_ecs_deployment_group_attributes(
            stack, "ImportedEcsGroup", application=ecs_app, deployment_group_name="x"), cd.IEcsDeploymentGroup),
        (cd.EcsDeploymentConfig.from_ecs_deployment_config_name(stack, "ImportedEcsConfig", "x"),
         cd.IEcsDeploymentConfig),
    ]
    assert [type(obj).__name__ for obj, proto in pairs if not isinstance(obj, proto)] == []


def test_ecs_group_depends_on_its_custom_config(stack: Stack, synth: Any) -> None:
    # expected values: aws-cdk-lib 2.275's template of integ.deployment-group.ts (ecs), same construct ids
    config = codedeploy.EcsDeploymentConfig(
        stack, "CanaryConfig",
        traffic_routing=codedeploy.TrafficRouting.time_based_canary(interval=Duration.minutes(1), percentage=20))
    codedeploy.EcsDeploymentGroup(
        stack, "BlueGreenDG", service=_Service(stack, "Service", "CODE_DEPLOY"),
        blue_green_deployment_config=_blue_green(termination_wait_time=Duration.minutes(1)),
        deployment_config=config, auto_rollback=codedeploy.AutoRollbackConfig(stopped_deployment=True))
    resources = synth(stack)["Resources"]
    assert resources["CanaryConfig039778DD"]["Properties"] == {
        "ComputePlatform": "ECS",
        "TrafficRoutingConfig": {"TimeBasedCanary": {"CanaryInterval": 1, "CanaryPercentage": 20},
                                 "Type": "TimeBasedCanary"},
    }
    assert resources["BlueGreenDGApplication3649479D"]["DependsOn"] == ["CanaryConfig039778DD"]
    group = resources["BlueGreenDG373AB9B0"]
    assert "CanaryConfig039778DD" in group["DependsOn"]
    assert group["Properties"]["DeploymentConfigName"] == {"Ref": "CanaryConfig039778DD"}
    assert group["Properties"]["AutoRollbackConfiguration"] == {
        "Enabled": True, "Events": ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_REQUEST"],
    }
    assert group["Properties"]["BlueGreenDeploymentConfiguration"]["DeploymentReadyOption"] == {
        "ActionOnTimeout": "CONTINUE_DEPLOYMENT", "WaitTimeInMinutes": 0,
    }


def _fargate_service(stack: Stack, controller: Any) -> Any:
    from l2 import ec2, ecs

    vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
    task = ecs.FargateTaskDefinition(stack, "Task")
    task.add_container("web", image=ecs.ContainerImage.from_registry("nginx"))
    return ecs.FargateService(stack, "Service", cluster=ecs.Cluster(stack, "Cluster", vpc=vpc), task_definition=task,
                              deployment_controller=ecs.DeploymentController(type=controller))


def test_ecs_group_fails_on_an_l2_service_with_the_ecs_controller(stack: Stack) -> None:
    from l2 import ecs

    service = _fargate_service(stack, ecs.DeploymentControllerType.ECS)
    with pytest.raises(ValidationError) as err:
        codedeploy.EcsDeploymentGroup(stack, "Group", service=service, blue_green_deployment_config=_blue_green())
    assert "must use the CODE_DEPLOY deployment controller type" in err.value.bare_message
    assert err.value.construct_path == "S/Group"


def test_ecs_group_fails_on_a_service_whose_task_definition_is_not_the_family(stack: Stack) -> None:
    from l2 import ecs

    service = _fargate_service(stack, ecs.DeploymentControllerType.CODE_DEPLOY)
    service.node.default_child.task_definition = service.task_definition.task_definition_arn
    with pytest.raises(ValidationError) as err:
        codedeploy.EcsDeploymentGroup(stack, "Group", service=service, blue_green_deployment_config=_blue_green())
    assert err.value.bare_message == (
        "The ECS service associated with the deployment group must specify the task definition using the task "
        "definition family name only. Otherwise, the task definition cannot be updated in the stack"
    )


def test_ecs_group_fails_on_a_service_of_the_wrong_type(stack: Stack) -> None:
    from l2 import ecs  # noqa: F401  (the hint's interface is checked once its module is loaded)

    with pytest.raises(TypeError, match="service"):
        codedeploy.EcsDeploymentGroup(stack, "Group", service="my-service",  # type: ignore[arg-type]
                                      blue_green_deployment_config=_blue_green())
