"""Bad input to the pipeline and its actions: aws-cdk-lib's messages, the construct path, TypeErrors for wrong
types. (What valid input renders is pinned by the golden apps in tests/golden/l2_codepipeline*.)"""

from __future__ import annotations

import re

import pytest

from constructs import App, Duration, Stack, UnscopedValidationError, ValidationError
from l2 import codebuild, codepipeline, s3
from l2 import codepipeline_actions as cpactions


def _source(stack: Stack, output: codepipeline.Artifact | None = None, name: str = "Src") -> cpactions.S3SourceAction:
    bucket = stack.node.try_find_child("Bucket") or s3.Bucket(stack, "Bucket")
    return cpactions.S3SourceAction(action_name=name, bucket=bucket, bucket_key="k.zip",  # type: ignore[arg-type]
                                    output=output or codepipeline.Artifact())


def _approval(name: str = "Approve") -> cpactions.ManualApprovalAction:
    return cpactions.ManualApprovalAction(action_name=name)


def _errors(app: App) -> str:
    with pytest.raises(Exception) as info:
        app.synth()
    return str(info.value)


# -- the pipeline's own arguments ---------------------------------------------------------------------------------
def test_fails_key_rotation_without_cross_account_keys(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=re.escape(
            "Setting 'enableKeyRotation' to true also requires 'crossAccountKeys' to be enabled")) as info:
        codepipeline.Pipeline(stack, "P", enable_key_rotation=True, cross_account_keys=False)
    assert "S/P" in str(info.value)


def test_fails_artifact_bucket_with_replication_buckets(stack: Stack) -> None:
    bucket = s3.Bucket(stack, "B")
    with pytest.raises(ValidationError, match="Only one of artifactBucket and crossRegionReplicationBuckets"):
        codepipeline.Pipeline(stack, "P", artifact_bucket=bucket, cross_region_replication_buckets={"us-east-1": bucket})


@pytest.mark.parametrize("mode", [codepipeline.ExecutionMode.QUEUED, codepipeline.ExecutionMode.PARALLEL])
def test_fails_v2_execution_modes_on_a_v1_pipeline(stack: Stack, mode: codepipeline.ExecutionMode) -> None:
    with pytest.raises(ValidationError, match=f"{mode.value} execution mode can only be used with V2 pipelines"):
        codepipeline.Pipeline(stack, "P", pipeline_type=codepipeline.PipelineType.V1, execution_mode=mode)


def test_fails_a_pipeline_name_codepipeline_refuses(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=re.escape(
            "Pipeline name must match regular expression: /^[a-zA-Z0-9.@_-]{1,100}$/, got 'my pipeline'")):
        codepipeline.Pipeline(stack, "P", pipeline_name="my pipeline")


def test_wrong_types_are_type_errors_naming_the_argument(stack: Stack) -> None:
    with pytest.raises(TypeError, match="pipeline_type"):
        codepipeline.Pipeline(stack, "P", pipeline_type="V2")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="artifact_bucket"):
        codepipeline.Pipeline(stack, "Q", artifact_bucket="my-bucket")  # type: ignore[arg-type]


# -- stages -------------------------------------------------------------------------------------------------------
def test_fails_duplicate_stage_and_action_names(stack: Stack) -> None:
    pipeline = codepipeline.Pipeline(stack, "P")
    stage = pipeline.add_stage(stage_name="Source", actions=[_source(stack)])
    with pytest.raises(ValidationError, match="Stage with duplicate name 'Source' added to the Pipeline"):
        pipeline.add_stage(stage_name="Source")
    with pytest.raises(ValidationError, match="Stage Source already contains an action with name 'Src'"):
        stage.add_action(_source(stack))


def test_fails_bad_stage_placements(stack: Stack) -> None:
    pipeline = codepipeline.Pipeline(stack, "P")
    first = pipeline.add_stage(stage_name="A")
    other = codepipeline.Pipeline(stack, "Other").add_stage(stage_name="X")
    with pytest.raises(ValidationError, match="you can only provide at most one placement property, but "
                                              "'rightBefore, justAfter' were given"):
        pipeline.add_stage(stage_name="B", placement=codepipeline.StagePlacement(right_before=first, just_after=first))
    with pytest.raises(ValidationError, match="the requested Stage to add it before, 'X', was not found"):
        pipeline.add_stage(stage_name="C", placement=codepipeline.StagePlacement(right_before=other))
    with pytest.raises(ValidationError, match="the requested Stage to add it after, 'X', was not found"):
        pipeline.add_stage(stage_name="D", placement=codepipeline.StagePlacement(just_after=other))
    with pytest.raises(ValidationError, match="Pipeline does not contain a stage named 'Nope'. Available stages: A"):
        pipeline.stage("Nope")


def test_structure_errors_are_reported_at_synthesis() -> None:
    app = App()
    stack = Stack(app, "S")
    pipeline = codepipeline.Pipeline(stack, "P")
    pipeline.add_stage(stage_name="Build", actions=[_approval(), _source(stack)])
    message = _errors(app)
    assert "Action Approve in stage Build: first stage may only contain Source actions" in message
    assert "Pipeline must have at least two stages" in message


def test_source_actions_only_in_the_first_stage_and_artifacts_produced_before_use() -> None:
    app = App()
    stack = Stack(app, "S")
    pipeline = codepipeline.Pipeline(stack, "P")
    unproduced = codepipeline.Artifact("Missing")
    pipeline.add_stage(stage_name="Source", actions=[_source(stack, codepipeline.Artifact("Out"))])
    pipeline.add_stage(stage_name="Build", actions=[
        _source(stack, name="Late"),
        cpactions.CodeBuildAction(action_name="B", project=codebuild.PipelineProject(stack, "Proj"), input=unproduced),
    ])
    pipeline.add_stage(stage_name="Empty")
    message = _errors(app)
    assert "Action Late in stage Build: Source actions may only occur in first stage" in message
    assert "Action 'B' is using input Artifact 'Missing', which is not being produced in this pipeline" in message
    assert "Stage 'Empty' must have at least one action" in message


def test_variables_and_triggers_need_a_v2_pipeline() -> None:
    app = App()
    stack = Stack(app, "S")
    source = cpactions.CodeStarConnectionsSourceAction(
        action_name="Git", connection_arn="arn:aws:codeconnections:us-east-1:123456789012:connection/x", owner="o",
        repo="r", output=codepipeline.Artifact())
    pipeline = codepipeline.Pipeline(stack, "P", pipeline_type=codepipeline.PipelineType.V1,
                                     variables=[codepipeline.Variable(variable_name="v")])
    pipeline.add_trigger(provider_type=codepipeline.ProviderType.CODE_STAR_SOURCE_CONNECTION,
                         git_configuration=codepipeline.GitConfiguration(
                             source_action=source, push_filter=[codepipeline.GitPushFilter(tags_includes=["v*"])]))
    pipeline.add_stage(stage_name="Source", actions=[source])
    pipeline.add_stage(stage_name="Approve", actions=[_approval()])
    message = _errors(app)
    assert "Pipeline variables can only be used with V2 pipelines" in message
    assert "Triggers can only be used with V2 pipelines" in message
    with pytest.raises(ValidationError, match="Variable with duplicate name 'v' added to the Pipeline"):
        pipeline.add_variable(codepipeline.Variable(variable_name="v"))
    with pytest.raises(ValidationError, match="Trigger with duplicate source action 'Git' added to the Pipeline"):
        pipeline.add_trigger(provider_type=codepipeline.ProviderType.CODE_STAR_SOURCE_CONNECTION,
                             git_configuration=codepipeline.GitConfiguration(
                                 source_action=source, push_filter=[codepipeline.GitPushFilter(tags_includes=["x"])]))


# -- triggers, variables, rules, artifacts ------------------------------------------------------------------------
def _connection() -> cpactions.CodeStarConnectionsSourceAction:
    return cpactions.CodeStarConnectionsSourceAction(
        action_name="Git", connection_arn="arn:aws:codeconnections:us-east-1:123456789012:connection/x", owner="o",
        repo="r", output=codepipeline.Artifact())


@pytest.mark.parametrize(("config", "message"), [
    ({}, "must specify either GitPushFilter or GitPullRequestFilter for the trigger with sourceAction with name 'Git'"),
    ({"push_filter": [codepipeline.GitPushFilter(tags_includes=["a"])] * 4},
     "length of GitPushFilter for sourceAction with name 'Git' must be less than or equal to 3, got 4"),
    ({"push_filter": [codepipeline.GitPushFilter(file_paths_includes=["src/**"])]},
     "cannot specify filePaths without branches for sourceAction with name 'Git'"),
    ({"push_filter": [codepipeline.GitPushFilter()]},
     "must specify either tags or branches in GitpushFilter for sourceAction with name 'Git'"),
    ({"push_filter": [codepipeline.GitPushFilter(tags_includes=[str(i) for i in range(9)])]},
     "maximum length of tagsIncludes in GitPushFilter for sourceAction with name 'Git' is 8, got 9"),
    ({"pull_request_filter": [codepipeline.GitPullRequestFilter(file_paths_includes=["a"])]},
     "must specify branches in GitPullRequestFilter for sourceAction with name 'Git'"),
])
def test_fails_git_configurations_codepipeline_refuses(config: dict, message: str) -> None:
    with pytest.raises(UnscopedValidationError, match=re.escape(message)):
        codepipeline.Trigger(provider_type=codepipeline.ProviderType.CODE_STAR_SOURCE_CONNECTION,
                             git_configuration=codepipeline.GitConfiguration(source_action=_connection(), **config))


def test_fails_triggers_on_other_source_providers(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError, match="must be 'CodeStarSourceConnection', got 'S3'"):
        codepipeline.Trigger(provider_type=codepipeline.ProviderType.CODE_STAR_SOURCE_CONNECTION,
                             git_configuration=codepipeline.GitConfiguration(
                                 source_action=_source(stack), push_filter=[codepipeline.GitPushFilter(
                                     tags_includes=["v"])]))


def test_fails_bad_variables_rules_and_artifacts() -> None:
    with pytest.raises(UnscopedValidationError, match=re.escape("Variable name must match regular expression")):
        codepipeline.Variable(variable_name="bad name")
    with pytest.raises(UnscopedValidationError, match="Default value for variable 'v' must be between 1 and 1000"):
        codepipeline.Variable(variable_name="v", default_value="")
    with pytest.raises(UnscopedValidationError, match="Description for variable 'v' must not be greater than 200"):
        codepipeline.Variable(variable_name="v", description="x" * 201)
    with pytest.raises(UnscopedValidationError, match=re.escape("Rule name must match regular expression")):
        codepipeline.Rule(name="bad rule")
    with pytest.raises(UnscopedValidationError, match=re.escape("Artifact name must match regular expression")):
        codepipeline.Artifact("bad.name")
    with pytest.raises(UnscopedValidationError, match="The length of the artifactFiles array must be between 1 and 10"):
        codepipeline.Artifact("a", [])
    artifact = codepipeline.Artifact("named")
    with pytest.raises(UnscopedValidationError, match="Artifact already has name 'named', cannot override it"):
        artifact._set_name("other")


# -- actions ------------------------------------------------------------------------------------------------------
def test_fails_bad_action_arguments(stack: Stack) -> None:
    bucket = s3.Bucket(stack, "B")
    with pytest.raises(UnscopedValidationError, match="Property bucketKey cannot be an empty string"):
        cpactions.S3SourceAction(action_name="S", bucket=bucket, bucket_key="", output=codepipeline.Artifact())
    with pytest.raises(UnscopedValidationError, match="timeout must be between 5 minutes and 86400 minutes"):
        cpactions.ManualApprovalAction(action_name="A", timeout=Duration.minutes(1))
    with pytest.raises(UnscopedValidationError, match="The length of the commands array must be between 1 and 50"):
        cpactions.CommandsAction(action_name="C", commands=[], input=codepipeline.Artifact())
    commands = cpactions.CommandsAction(action_name="C", commands=["ls"], input=codepipeline.Artifact(),
                                        output_variables=["A"])
    with pytest.raises(UnscopedValidationError, match="Variable 'B' is not exported by `outputVariables`"):
        commands.variable("B")
    with pytest.raises(UnscopedValidationError, match="Exactly one of 'input' or 'imageFile' can be provided"):
        art = codepipeline.Artifact()
        from l2 import ecs

        service = ecs.BaseService.from_service_arn_with_cluster(
            stack, "Svc", "arn:aws:ecs:us-east-1:123456789012:service/cluster/svc"
        )
        cpactions.EcsDeployAction(action_name="E", service=service, input=art, image_file=art.at_path("x.json"))
    with pytest.raises(UnscopedValidationError, match="'failureTolerancePercentage': must be a whole number"):
        cpactions.CloudFormationDeployStackInstancesAction(
            action_name="I", stack_set_name="s", failure_tolerance_percentage=101,
            stack_instances=cpactions.StackInstances.in_accounts(["1"], ["us-east-1"]))
    with pytest.raises(UnscopedValidationError, match="'regions' may not be an empty list"):
        cpactions.StackInstances.in_accounts(["1"], [])
    with pytest.raises(UnscopedValidationError, match="percentage must be a positive integer between 1 and 100"):
        cpactions.Ec2MaxInstances.percentage(0)


def test_fails_using_an_action_before_it_is_in_a_pipeline(stack: Stack) -> None:
    from l2 import iam

    action = cpactions.ManualApprovalAction(action_name="A")
    role = iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal())
    with pytest.raises(UnscopedValidationError, match="Cannot grant permissions before binding action to a stage"):
        action.grant_manual_approval(role)
    with pytest.raises(UnscopedValidationError, match="Action must be added to a stage that is part of a pipeline"):
        action.on_state_change("Rule")


def _action(category: codepipeline.ActionCategory, **props: object) -> cpactions.Action:
    return cpactions.Action(action_name="X", provider="Custom", category=category,  # type: ignore[arg-type]
                            artifact_bounds=codepipeline.ActionArtifactBounds(
                                min_inputs=0, max_inputs=0, min_outputs=0, max_outputs=0), **props)


def test_fails_cross_region_source_actions_and_unknown_environments() -> None:
    app = App()
    stack = Stack(app, "S", env={"account": "123456789012", "region": "us-east-1"})
    with pytest.raises(ValidationError, match="Source action 'X' must be in the same region as the pipeline"):
        codepipeline.Pipeline(stack, "P").add_stage(
            stage_name="Src", actions=[_action(codepipeline.ActionCategory.SOURCE, region="us-west-2")])
    agnostic = Stack(app, "A")
    with pytest.raises(ValidationError, match="must have an explicitly set region"):
        codepipeline.Pipeline(agnostic, "P").add_stage(
            stage_name="Deploy", actions=[_action(codepipeline.ActionCategory.DEPLOY, region="us-west-2")])
    no_account = Stack(app, "R", env={"region": "us-east-1"})
    with pytest.raises(ValidationError, match="You need to specify an explicit account when using CodePipeline's "
                                              "cross-region support"):
        codepipeline.Pipeline(no_account, "P").add_stage(
            stage_name="Deploy", actions=[_action(codepipeline.ActionCategory.DEPLOY, region="us-west-2")])


def test_fails_cross_account_actions_without_a_key() -> None:
    app = App()
    stack = Stack(app, "S", env={"account": "123456789012", "region": "us-east-1"})
    pipeline = codepipeline.Pipeline(stack, "P", cross_account_keys=False)
    with pytest.raises(ValidationError, match="Artifact Bucket must have a KMS Key to add cross-account action 'X' "
                                              "\\(pipeline account: '123456789012', action account: '999999999999'\\)"):
        pipeline.add_stage(stage_name="Deploy", actions=[_action(codepipeline.ActionCategory.DEPLOY,
                                                                 account="999999999999")])
    with pytest.raises(ValidationError, match="Specifying a Role is not supported for actions with an owner different "
                                              "than 'AWS' - got 'Custom'"):
        pipeline.add_stage(stage_name="Other", actions=[_action(
            codepipeline.ActionCategory.DEPLOY, owner="Custom", role=pipeline.role)])
