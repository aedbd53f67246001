"""Elastic Beanstalk L2: the combinations Elastic Beanstalk rejects, refused at synth word for word; roles,
grants, metrics and the generated cron.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assertions import Match, Template
from constructs import App, Duration, Stack, ValidationError
from l2 import elasticbeanstalk as eb
from l2 import iam, sqs

SOURCES = Path(__file__).parents[2] / "golden" / "l2_elasticbeanstalk" / "_sources"
STACK_NAME = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


@pytest.fixture
def application(stack: Stack) -> eb.Application:
    return eb.Application(stack, "App")


def _env(stack: Stack, application: eb.Application, **kwargs: Any) -> eb.Environment:
    kwargs.setdefault("solution_stack_name", STACK_NAME)
    return eb.Environment(stack, "Env", application=application, **kwargs)


SINGLE = {"environment_type": eb.EnvironmentType.SINGLE_INSTANCE}
WORKER = {"tier": eb.EnvironmentTier.WORKER}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"solution_stack_name": None}, "give exactly one of solution_stack_name and platform_arn to choose the platform"),
    ({"platform_arn": "arn:aws:elasticbeanstalk:us-east-1::platform/x"},
     "give exactly one of solution_stack_name and platform_arn to choose the platform"),
    ({**SINGLE, "deployment_policy": eb.DeploymentPolicy.rolling()},
     "deployment policy Rolling is not available for a single-instance environment: use AllAtOnce or Immutable, "
     "or EnvironmentType.LOAD_BALANCED"),
    ({**SINGLE, "deployment_policy": eb.DeploymentPolicy.rolling_with_additional_batch()},
     "deployment policy RollingWithAdditionalBatch is not available for a single-instance environment: use "
     "AllAtOnce or Immutable, or EnvironmentType.LOAD_BALANCED"),
    ({**SINGLE, "deployment_policy": eb.DeploymentPolicy.traffic_splitting()},
     "deployment policy TrafficSplitting is not available for a single-instance environment: use AllAtOnce or "
     "Immutable, or EnvironmentType.LOAD_BALANCED"),
    ({**WORKER, "deployment_policy": eb.DeploymentPolicy.traffic_splitting()},
     "deployment policy TrafficSplitting is not available for a worker environment: it splits load balancer "
     "traffic; use Immutable"),
    ({"load_balancer_type": eb.LoadBalancerType.CLASSIC, "deployment_policy": eb.DeploymentPolicy.traffic_splitting()},
     "deployment policy TrafficSplitting needs an Application Load Balancer, got load_balancer_type CLASSIC"),
    ({**SINGLE, "load_balancer_type": eb.LoadBalancerType.APPLICATION},
     "load_balancer_type is not available for a single-instance environment: it has no load balancer"),
    ({**WORKER, "load_balancer_type": eb.LoadBalancerType.NETWORK},
     "load_balancer_type is not available for a worker environment: it has no load balancer"),
    ({**SINGLE, "max_capacity": 2},
     "min_capacity and max_capacity are not available for a single-instance environment: it always runs one "
     "instance; use EnvironmentType.LOAD_BALANCED to scale"),
    ({"min_capacity": 0}, "min_capacity must be 1 to 10000, got 0"),
    ({"max_capacity": 10001}, "max_capacity must be 1 to 10000, got 10001"),
    ({"min_capacity": 5, "max_capacity": 2}, "min_capacity (5) must not exceed max_capacity (2)"),
    ({"deployment_policy": eb.DeploymentPolicy.rolling(eb.BatchSize.percentage(0))},
     "BatchSize.percentage must be 1 to 100, got 0"),
    ({"max_capacity": 4, "deployment_policy": eb.DeploymentPolicy.rolling(eb.BatchSize.fixed(5))},
     "BatchSize.fixed must be 1 to max_capacity (4), got 5"),
    ({"deployment_policy": eb.DeploymentPolicy.traffic_splitting(new_version_percent=101)},
     "traffic_splitting new_version_percent must be 1 to 100, got 101"),
    ({"deployment_policy": eb.DeploymentPolicy.traffic_splitting(evaluation_time=Duration.minutes(2))},
     "traffic_splitting evaluation_time must be 3 to 600 minutes, got 2 minutes"),
    ({"managed_updates": eb.ManagedUpdates(preferred_start_time="Sun:10:00", update_level=eb.UpdateLevel.PATCH)},
     "managed_updates needs health_reporting=HealthReporting.ENHANCED: Elastic Beanstalk applies managed platform "
     "updates only to environments with enhanced health reporting"),
    ({"health_reporting": eb.HealthReporting.ENHANCED,
      "managed_updates": eb.ManagedUpdates(preferred_start_time="Sunday 10am", update_level=eb.UpdateLevel.PATCH)},
     "managed_updates.preferred_start_time must be 'Day:HH:MM' in UTC (e.g. 'Sun:10:00'), got 'Sunday 10am'"),
    ({"worker_http_path": "/jobs"}, "worker_queue and the worker_* options are only for EnvironmentTier.WORKER"),
    ({**WORKER, "worker_http_connections": 101}, "worker_http_connections must be 1 to 100, got 101"),
    ({**WORKER, "worker_max_retries": 0}, "worker_max_retries must be 1 to 100, got 0"),
    ({"environment_name": "abc"}, "environment_name must be 4 to 40 characters long, got 3 characters"),
])
def test_fails_on_combinations_beanstalk_rejects(stack: Stack, application: eb.Application, kwargs: dict[str, Any],
                                                 message: str) -> None:
    with pytest.raises(ValidationError) as err:
        _env(stack, application, **kwargs)
    assert str(err.value) == f"{message}\n    at path [S/Env]"


def test_immutable_is_allowed_on_a_single_instance(stack: Stack, application: eb.Application) -> None:
    # the developer guide's table of deployment policies allows Immutable for single-instance environments
    env = _env(stack, application, **SINGLE, deployment_policy=eb.DeploymentPolicy.immutable())
    assert env.load_balancer_type is None


def _version(stack: Stack, application: eb.Application, **kwargs: Any) -> eb.ApplicationVersion:
    return eb.ApplicationVersion(stack, "V", application=application, source_path=str(SOURCES / "worker"),
                                 **kwargs)


def test_fails_on_cron_tasks_for_a_web_server(stack: Stack, application: eb.Application) -> None:
    version = _version(stack, application, cron_tasks=[eb.PeriodicTask(name="t", url="/t", schedule="* * * * *")])
    with pytest.raises(ValidationError) as err:
        _env(stack, application, version=version)
    assert str(err.value) == ("the version has cron_tasks but the environment is a web server: periodic tasks run "
                              "only in EnvironmentTier.WORKER\n    at path [S/Env]")


def test_fails_on_cron_tasks_with_a_fifo_queue(stack: Stack, application: eb.Application) -> None:
    version = _version(stack, application, cron_tasks=[eb.PeriodicTask(name="t", url="/t", schedule="* * * * *")])
    queue = sqs.Queue(stack, "Q", fifo=True)
    with pytest.raises(ValidationError) as err:
        _env(stack, application, **WORKER, version=version, worker_queue=queue)
    assert str(err.value) == ("periodic tasks (cron_tasks) do not work with a FIFO worker queue: use a standard "
                              "queue\n    at path [S/Env]")


def test_fails_on_duplicate_cron_task_names(stack: Stack, application: eb.Application) -> None:
    task = eb.PeriodicTask(name="t", url="/t", schedule="* * * * *")
    with pytest.raises(ValidationError) as err:
        _version(stack, application, cron_tasks=[task, task])
    assert str(err.value) == "cron_tasks names must be unique, got duplicates: t\n    at path [S/V]"


def test_fails_on_cron_tasks_next_to_a_cron_yaml(stack: Stack, application: eb.Application) -> None:
    folder = SOURCES / "worker_with_cron"
    with pytest.raises(ValidationError) as err:
        eb.ApplicationVersion(stack, "V", application=application, source_path=str(folder),
                              cron_tasks=[eb.PeriodicTask(name="t", url="/t", schedule="* * * * *")])
    assert str(err.value) == (f"cron_tasks given but '{folder}/cron.yaml' exists: keep one of the two"
                              "\n    at path [S/V]")


def test_fails_on_a_missing_source(stack: Stack, application: eb.Application) -> None:
    with pytest.raises(ValidationError) as err:
        eb.ApplicationVersion(stack, "V", application=application, source_path="/nonexistent/app")
    assert str(err.value) == ("source_path '/nonexistent/app' does not exist: give the application's folder or a "
                              ".zip of it\n    at path [S/V]")


def test_generated_cron_yaml_equals_the_hand_written_one() -> None:
    tasks = [eb.PeriodicTask(name="nightly-report", url="/tasks/report", schedule="0 3 * * *"),
             eb.PeriodicTask(name="cleanup", url="/tasks/cleanup", schedule="*/30 * * * *")]
    from l2.elasticbeanstalk._application import render_cron_yaml

    assert render_cron_yaml(tasks) == (SOURCES / "worker_with_cron" / "cron.yaml").read_text()


def test_a_given_worker_queue_is_the_only_queue_the_instances_may_read(stack: Stack,
                                                                      application: eb.Application) -> None:
    queue = sqs.Queue(stack, "Jobs")
    env = _env(stack, application, **WORKER, worker_queue=queue)
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::SQS::Queue", 1)
    template.has_resource_properties("AWS::IAM::Policy", {"PolicyDocument": {"Statement": [
        {"Action": ["sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl", "sqs:DeleteMessage",
                    "sqs:GetQueueAttributes"],
         "Effect": "Allow", "Resource": {"Fn::GetAtt": [Match.string_like_regexp("^Jobs"), "Arn"]}},
        {"Action": "cloudwatch:PutMetricData", "Effect": "Allow", "Resource": "*"},
    ]}})
    assert env.service_role is None


def test_grants_and_metrics(stack: Stack, application: eb.Application) -> None:
    env = _env(stack, application)
    deployer = iam.Role(stack, "Deployer", assumed_by=iam.AccountRootPrincipal())
    env.grant_deploy(deployer)
    application.grant_create_version(deployer)
    metric = env.metric_environment_health()
    assert (metric.namespace, metric.metric_name, metric.statistic) == (
        "AWS/ElasticBeanstalk", "EnvironmentHealth", "Maximum")
    assert stack.resolve(metric.dimensions) == {"EnvironmentName": stack.resolve(env.resource.ref)}
    template = Template.from_stack(stack)
    template.has_resource_properties("AWS::IAM::Policy", {"PolicyDocument": {"Statement": Match.array_with([
        Match.object_like({"Action": "elasticbeanstalk:UpdateEnvironment"}),
        Match.object_like({"Action": "elasticbeanstalk:CreateApplicationVersion"}),
    ])}})


def test_wrong_types_are_type_errors(stack: Stack, application: eb.Application) -> None:
    with pytest.raises(TypeError):
        _env(stack, application, min_capacity="2")  # type: ignore[arg-type]


@pytest.mark.parametrize(("policy", "settings"), [
    (eb.DeploymentPolicy.all_at_once(), [("DeploymentPolicy", "AllAtOnce")]),
    (eb.DeploymentPolicy.rolling(eb.BatchSize.percentage(25)),
     [("DeploymentPolicy", "Rolling"), ("BatchSizeType", "Percentage"), ("BatchSize", "25")]),
    (eb.DeploymentPolicy.rolling(), [("DeploymentPolicy", "Rolling")]),
])
def test_deployment_policies_become_command_options(stack: Stack, application: eb.Application, policy: Any,
                                                     settings: list[tuple[str, str]]) -> None:
    # namespace aws:elasticbeanstalk:command, names and values of the developer guide's general options
    _env(stack, application, deployment_policy=policy)
    [env] = Template.from_stack(stack).find_resources("AWS::ElasticBeanstalk::Environment").values()
    command = [(o["OptionName"], o["Value"]) for o in env["Properties"]["OptionSettings"]
               if o["Namespace"] == "aws:elasticbeanstalk:command"]
    assert command == settings


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"max_versions": 10, "max_age": Duration.days(30)},
     "give at most one of max_versions and max_age: an application has one version lifecycle rule"),
    ({"max_versions": 1001}, "max_versions must be 1 to 1000, got 1001"),
    ({"max_age": Duration.days(181)}, "max_age must be 1 to 180 days, got 181 days"),
    ({"delete_source_from_s3": True},
     "delete_source_from_s3 and lifecycle_role need a version lifecycle rule: give max_versions or max_age"),
    ({"application_name": "a" * 101}, "application_name must be 1 to 100 characters long, got 101 characters"),
])
def test_fails_on_application_settings_beanstalk_rejects(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    # ranges of the developer guide's application version lifecycle settings (1..1000 versions, 1..180 days)
    with pytest.raises(ValidationError) as err:
        eb.Application(stack, "A", **kwargs)
    assert str(err.value) == f"{message}\n    at path [S/A]"


def test_max_age_becomes_a_max_age_rule(stack: Stack) -> None:
    eb.Application(stack, "A", max_age=Duration.days(90))
    Template.from_stack(stack).has_resource_properties("AWS::ElasticBeanstalk::Application", {
        "ResourceLifecycleConfig": {"VersionLifecycleConfig": {"MaxAgeRule": {"Enabled": True, "MaxAgeInDays": 90}}}})


def test_fails_on_a_version_of_another_application(stack: Stack, application: eb.Application) -> None:
    other = eb.Application(stack, "Other")
    version = eb.ApplicationVersion(stack, "V", application=other, source_path=str(SOURCES / "web"))
    with pytest.raises(ValidationError) as err:
        _env(stack, application, version=version)
    assert str(err.value) == ("the version belongs to another application: an environment deploys versions of its "
                              "own application\n    at path [S/Env]")


def test_fails_on_a_short_cname_prefix(stack: Stack, application: eb.Application) -> None:
    with pytest.raises(ValidationError) as err:
        _env(stack, application, cname_prefix="abc")
    assert str(err.value) == "cname_prefix must be 4 to 63 characters long, got 3 characters\n    at path [S/Env]"


def test_imported_application_and_environment_grant_on_their_arns() -> None:
    stack = Stack(App(), "S", env={"account": "123456789012", "region": "eu-west-1"})
    app = eb.Application.from_application_name(stack, "App", "shop")
    env = eb.Environment.from_environment_attributes(stack, "Env", application_name="shop",
                                                     environment_name="shop-web")
    assert isinstance(app, eb.IApplication) and isinstance(env, eb.IEnvironment)
    role = iam.Role(stack, "Deployer", assumed_by=iam.AccountRootPrincipal())
    env.grant_deploy(role)
    app.grant(role, "elasticbeanstalk:DescribeApplications")
    # ARN formats of the Service Authorization Reference for Elastic Beanstalk
    Template.from_stack(stack).has_resource_properties("AWS::IAM::Policy", {"PolicyDocument": {"Statement": [
        {"Action": "elasticbeanstalk:UpdateEnvironment", "Effect": "Allow", "Resource": {"Fn::Join": ["", [
            "arn:", {"Ref": "AWS::Partition"}, ":elasticbeanstalk:eu-west-1:123456789012:environment/shop/shop-web"]]}},
        {"Action": "elasticbeanstalk:DescribeApplications", "Effect": "Allow", "Resource": {"Fn::Join": ["", [
            "arn:", {"Ref": "AWS::Partition"}, ":elasticbeanstalk:eu-west-1:123456789012:application/shop"]]}},
    ]}})
