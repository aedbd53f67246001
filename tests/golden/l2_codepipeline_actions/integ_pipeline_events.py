"""aws-cdk's integ.pipeline-events: pipeline, stage and action state-change rules sending to an SNS topic."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-pipeline-event-target")
pipeline = codepipeline.Pipeline(stack, "MyPipeline")
repository = codecommit.Repository(stack, "CodeCommitRepo", repository_name="foo")
project = codebuild.PipelineProject(stack, "BuildProject", grant_report_group_permissions=False)
source_output = codepipeline.Artifact("Source")
source_action = cpactions.CodeCommitSourceAction(
    action_name="CodeCommitSource", output=source_output, repository=repository,
    trigger=cpactions.CodeCommitTrigger.POLL)
source_stage = pipeline.add_stage(stage_name="Source", actions=[source_action])
pipeline.add_stage(stage_name="Build", actions=[cpactions.CodeBuildAction(
    action_name="CodeBuildAction", input=source_output, project=project, outputs=[codepipeline.Artifact()])])
topic = sns.Topic(stack, "MyTopic")
event_pipeline = events.EventField.from_path("$.detail.pipeline")
event_state = events.EventField.from_path("$.detail.state")
pipeline.on_state_change("OnPipelineStateChange", target=targets.SnsTopic(
    topic, message=events.RuleTargetInput.from_text(f"Pipeline {event_pipeline} changed state to {event_state}")))
source_stage.on_state_change("OnSourceStateChange", targets.SnsTopic(topic))
source_action.on_state_change("OnActionStateChange", targets.SnsTopic(topic)).add_event_pattern(
    detail={"state": ["STARTED"]})
app.synth()
