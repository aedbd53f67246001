"""``l2.appconfig``: validation errors (messages as aws-cdk-lib's), the id hashes, type checks and behaviour."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Duration, Stack, ValidationError
from l2 import appconfig
from l2.appconfig._private.hash import get_hash, stringify_objects


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def template(stack: Stack) -> dict[str, Any]:
    return stack.node.root.synth(force=True).get_stack_artifact(stack.artifact_id).template  # type: ignore[no-any-return, attr-defined]


# -- the hashes in construct ids: expected values computed with Node (crypto sha256, JSON.stringify/Object.assign) --
def test_stringify_objects_is_javascripts_object_assign_of_strings() -> None:
    assert stringify_objects("abc", 1) == '{"0":"a","1":"b","2":"c"}'
    assert stringify_objects("arn:aws:x", "MyExt", 2) == '{"0":"M","1":"y","2":"E","3":"x","4":"t","5":"w","6":"s","7":":","8":"x"}'


def test_get_hash_is_the_first_five_hex_digits_of_sha256_upper_case() -> None:
    assert get_hash(stringify_objects("MyExt", 1)) == "2AD61"
    assert get_hash(stringify_objects("résumé")) == "50A68"
    assert get_hash("prod") == "6754A"


# -- validation: aws-cdk-lib's messages, with the construct path --------------------------------------------
def test_application_arn_without_id(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Missing required application id from application ARN") as err:
        appconfig.Application.from_application_arn(stack, "A", "arn:aws:appconfig:us-east-1:123456789012:application")
    assert err.value.construct_path == "S"


def test_environment_arn_without_environment_id(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="format should be /\\$/{applicationId}/environment//\\$/{environmentId}"):
        appconfig.Environment.from_environment_arn(
            stack, "E", "arn:aws:appconfig:us-east-1:123456789012:application/abc/environment"
        )


def test_extension_arn_without_version(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Missing required parameters for extension ARN"):
        appconfig.Extension.from_extension_arn(stack, "X", "arn:aws:appconfig:us-east-1:123456789012:extension/abc")


def test_deployment_strategy_arn_without_id(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Missing required deployment strategy id from deployment strategy ARN"):
        appconfig.DeploymentStrategy.from_deployment_strategy_arn(
            stack, "D", "arn:aws:appconfig:us-east-1:123456789012:deploymentstrategy"
        )


def test_cfn_monitor_needs_an_alarm_arn() -> None:
    with pytest.raises(ValidationError, match='You must specify an alarmArn property to use "fromCfnMonitorsProperty".'):
        appconfig.Monitor.from_cfn_monitors_property(alarm_role_arn="arn:aws:iam::123456789012:role/r")


def test_deploying_to_an_environment_of_unknown_name(stack: Stack) -> None:
    env = appconfig.Environment.from_environment_arn(
        stack, "E", "arn:aws:appconfig:us-east-1:123456789012:application/abc/environment/def"
    )
    config = appconfig.HostedConfiguration(
        stack, "H", application=appconfig.Application(stack, "App"), content=appconfig.ConfigurationContent.from_inline("x")
    )
    with pytest.raises(ValidationError, match="Environment name must be known to add a Deployment") as err:
        env.add_deployment(config)
    assert err.value.construct_path == "S/E"


def test_two_default_named_extensions_at_one_resource_collide_as_in_aws_cdk_lib(stack: Stack) -> None:
    # the version number does not enter the id hash (JavaScript's Object.assign ignores numbers)
    application = appconfig.Application(stack, "App")
    queue_arn = "arn:aws:sqs:us-east-1:123456789012:q"
    from l2 import sqs

    queue = sqs.Queue.from_queue_arn(stack, "Q", queue_arn)
    application.on_deployment_start(appconfig.SqsDestination(queue))
    with pytest.raises(Exception, match="There is already a Construct with name 'Extension"):
        application.pre_start_deployment(appconfig.SqsDestination(queue), latest_version_number=2)


# -- type checks -------------------------------------------------------------------------------------------
def test_rollout_strategy_must_be_a_rollout_strategy(stack: Stack) -> None:
    with pytest.raises(TypeError, match="rollout_strategy"):
        appconfig.DeploymentStrategy(stack, "D", rollout_strategy="ALL_AT_ONCE")  # type: ignore[arg-type]


def test_pipeline_must_be_a_pipeline(stack: Stack) -> None:
    from l2 import codepipeline  # noqa: F401 - loaded, so the IPipeline hint is checked

    class NotAPipeline:
        pipeline_name = "my-pipeline"

    with pytest.raises(TypeError, match="pipeline"):
        appconfig.ConfigurationSource.from_pipeline(NotAPipeline())  # type: ignore[arg-type]


def test_monitors_must_be_monitors(stack: Stack) -> None:
    application = appconfig.Application(stack, "App")
    with pytest.raises(TypeError, match="monitors"):
        appconfig.Environment(stack, "E", application=application, monitors=["arn:alarm"])  # type: ignore[list-item]


# -- behaviour ---------------------------------------------------------------------------------------------
def test_presets_and_growth_types() -> None:
    canary = appconfig.RolloutStrategy.CANARY_10_PERCENT_20_MINUTES
    assert (canary.growth_factor, canary.growth_type) == (10, appconfig.GrowthType.EXPONENTIAL)
    assert canary.deployment_duration.to_minutes() == 20
    linear = appconfig.RolloutStrategy.linear(growth_factor=5, deployment_duration=Duration.minutes(3))
    assert linear.growth_type is appconfig.GrowthType.LINEAR and linear.final_bake_time is None
    assert appconfig.DeploymentStrategyId.ALL_AT_ONCE.id == "AppConfig.AllAtOnce"
    assert appconfig.DeploymentStrategyId.from_string("abc1234").id == "abc1234"


def test_configuration_content_types(tmp_path: Any) -> None:
    assert appconfig.ConfigurationContent.from_inline("x").content_type == "application/octet-stream"
    assert appconfig.ConfigurationContent.from_inline_json("{}").content_type == "application/json"
    assert appconfig.ConfigurationContent.from_inline_text("x").content_type == "text/plain"
    assert appconfig.ConfigurationContent.from_inline_yaml("x").content_type == "application/x-yaml"
    # npm mime-types' table (what aws-cdk-lib uses): .yaml is text/yaml; unknown extensions fall back to JSON
    yaml_file = tmp_path / "c.yaml"
    yaml_file.write_text("a: 1")
    assert appconfig.ConfigurationContent.from_file(str(yaml_file)).content_type == "text/yaml"
    odd = tmp_path / "c.unknownext"
    odd.write_text("{}")
    content = appconfig.ConfigurationContent.from_file(str(odd))
    assert (content.content, content.content_type) == ("{}", "application/json")


def test_layer_arns() -> None:
    assert appconfig.Application.get_lambda_layer_version_arn("us-east-1") == (
        "arn:aws:lambda:us-east-1:027255383542:layer:AWS-AppConfig-Extension:128"
    )
    assert appconfig.Application.get_lambda_layer_version_arn("cn-north-1", appconfig.Platform.ARM_64) is None


def test_pipeline_source_has_no_retrieval_role(stack: Stack) -> None:
    from l2 import codepipeline

    pipeline = codepipeline.Pipeline.from_pipeline_arn(
        stack, "Pipeline", "arn:aws:codepipeline:us-east-1:123456789012:my-pipeline"
    )
    config = appconfig.SourcedConfiguration(
        stack,
        "C",
        application=appconfig.Application(stack, "App"),
        location=appconfig.ConfigurationSource.from_pipeline(pipeline),
    )
    assert config.retrieval_role is None
    profile = next(r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::AppConfig::ConfigurationProfile")
    assert profile["Properties"]["LocationUri"] == "codepipeline://my-pipeline"
    assert "RetrievalRoleArn" not in profile["Properties"]


def test_environments_of_an_application(stack: Stack) -> None:
    application = appconfig.Application(stack, "App")
    env = application.add_environment("E")
    other = appconfig.Environment(stack, "Other", application=application)
    assert application.environments() == [env, other]
    assert isinstance(env, appconfig.IEnvironment) and isinstance(application, appconfig.IApplication)
