"""Pipeline features: stage placement, disabled transitions, stage conditions, variables, triggers, execution mode,
restart on update, key rotation, notifications, events, imports, custom action types, global variables."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "PipelineFeatures")
bucket = s3.Bucket(stack, "SourceBucket", versioned=True)
source_output = codepipeline.Artifact.artifact("Src")
variable = codepipeline.Variable(variable_name="env-name", default_value="dev", description="the environment")
connection_source = cpactions.CodeStarConnectionsSourceAction(
    action_name="GitHub", connection_arn="arn:aws:codeconnections:us-east-1:123456789012:connection/abc",
    owner="owner", repo="repo", output=codepipeline.Artifact("GitHubSource"), trigger_on_push=False,
    code_build_clone_output=True)
pipeline = codepipeline.Pipeline(
    stack, "Pipeline", pipeline_name="features-pipeline", pipeline_type=codepipeline.PipelineType.V2,
    execution_mode=codepipeline.ExecutionMode.QUEUED, restart_execution_on_update=True, cross_account_keys=True,
    enable_key_rotation=True, variables=[variable],
    triggers=[codepipeline.TriggerProps(
        provider_type=codepipeline.ProviderType.CODE_STAR_SOURCE_CONNECTION,
        git_configuration=codepipeline.GitConfiguration(
            source_action=connection_source,
            pull_request_filter=[codepipeline.GitPullRequestFilter(branches_includes=["main"],
                                                                   file_paths_excludes=["docs/**"])],
            push_filter=[codepipeline.GitPushFilter(branches_includes=["main"], file_paths_includes=["src/**"]),
                         codepipeline.GitPushFilter(tags_includes=["v*"])]))],
)
source_stage = pipeline.add_stage(stage_name="Source", actions=[
    cpactions.S3SourceAction(action_name="S3", bucket=bucket, bucket_key="src.zip", output=source_output,
                             trigger=cpactions.S3Trigger.NONE, variables_namespace="SrcNS"),
    connection_source,
])
project = codebuild.PipelineProject(stack, "Project")
build = cpactions.CodeBuildAction(action_name="Build", project=project, input=source_output,
                                  extra_inputs=[connection_source.action_properties.outputs[0]],
                                  environment_variables={
                                      "ENV": codebuild.BuildEnvironmentVariable(value=variable.reference()),
                                      "EXEC": codebuild.BuildEnvironmentVariable(
                                          value=codepipeline.GlobalVariables.EXECUTION_ID),
                                  })
deploy_stage = pipeline.add_stage(stage_name="Deploy", actions=[cpactions.ManualApprovalAction(
    action_name="Approve", additional_information="check it", external_entity_link="https://example.com",
    timeout=cdk.Duration.hours(1))], transition_to_enabled=False, transition_disabled_reason="not yet")
alarm = cloudwatch.Alarm(stack, "Alarm", metric=cloudwatch.Metric(namespace="Custom", metric_name="Errors"),
                         threshold=1, evaluation_periods=1)
pipeline.add_stage(
    stage_name="Build", actions=[build], placement=codepipeline.StagePlacement(right_before=deploy_stage),
    before_entry=codepipeline.Conditions(conditions=[codepipeline.Condition(
        result=codepipeline.Result.FAIL, rules=[codepipeline.Rule(
            name="AlarmCheck", provider="CloudWatchAlarm", version="1",
            configuration={"AlarmName": alarm.alarm_name, "WaitTime": "1"})])]),
    on_success=codepipeline.Conditions(conditions=[codepipeline.Condition(
        result=codepipeline.Result.FAIL, rules=[codepipeline.Rule(
            name="Commands", provider="Commands", version="1", commands=["echo ok"],
            input_artifacts=["Src"])])]),
    on_failure=codepipeline.FailureConditions(result=codepipeline.Result.RETRY,
                                              retry_mode=codepipeline.RetryMode.FAILED_ACTIONS),
)
pipeline.add_stage(stage_name="Verify", placement=codepipeline.StagePlacement(just_after=source_stage), actions=[
    cpactions.ManualApprovalAction(action_name="Look", additional_information=build.variable("VERSION")),
])
pipeline.add_variable(codepipeline.Variable(variable_name="extra"))
pipeline.add_to_role_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))

topic = sns.Topic(stack, "Topic")
pipeline.notify_on_execution_state_change("OnExecution", topic)
pipeline.notify_on_any_stage_state_change("OnStage", topic, detail_type=None, enabled=False)
pipeline.notify_on_any_action_state_change("OnAction", topic, notification_rule_name="actions-rule")
pipeline.notify_on_any_manual_approval_state_change("OnApproval", topic, created_by="me")
pipeline.notify_on("OnFailure", topic, events=[codepipeline.PipelineNotificationEvents.PIPELINE_EXECUTION_FAILED])
pipeline.on_event("AnyEvent", target=targets.SnsTopic(topic), description="every pipeline event")
deploy_stage.on_state_change("DeployChanges", targets.SnsTopic(topic))

imported = codepipeline.Pipeline.from_pipeline_arn(stack, "Imported",
                                                   "arn:aws:codepipeline:eu-west-1:111111111111:other-pipeline")
imported.on_state_change("ImportedChanges", target=targets.SnsTopic(topic))
imported.notify_on_execution_state_change("ImportedNotify", topic)

codepipeline.CustomActionRegistration(
    stack, "CustomAction", category=codepipeline.ActionCategory.DEPLOY, provider="MyProvider", version="3",
    artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=1, max_inputs=1, min_outputs=0, max_outputs=0),
    entity_url="https://example.com/entity", execution_url="https://example.com/exec",
    action_properties=[
        codepipeline.CustomActionProperty(name="Target", required=True, key=True, description="where",
                                          queryable=True, type="String"),
        codepipeline.CustomActionProperty(name="Token", required=False, secret=True),
    ])
cdk.CfnOutput(stack, "Version", value=pipeline.pipeline_version)
cdk.CfnOutput(stack, "Arn", value=pipeline.pipeline_arn)
cdk.CfnOutput(stack, "ImportedName", value=imported.pipeline_name)
cdk.CfnOutput(stack, "StageCount", value=str(pipeline.stage_count))
cdk.CfnOutput(stack, "Stages", value=",".join(s.stage_name for s in pipeline.stages))
cdk.CfnOutput(stack, "Second", value=pipeline.stage("Verify").stage_name)
cdk.CfnOutput(stack, "SourceArtifactName", value=str(source_output.artifact_name))
cdk.CfnOutput(stack, "ArtifactPath", value=codepipeline.ArtifactPath.artifact_path("Other", "file.json").location)
app.synth()
