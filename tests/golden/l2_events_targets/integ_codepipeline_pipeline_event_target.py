"""Port of aws-cdk's integ test codepipeline/integ.pipeline-event-target.ts: a scheduled rule starting a
CodePipeline pipeline (dead-letter queue, retry policy); the pipeline's actions are a hand-written ``IAction``.

The TypeScript's ``MockActionProps`` adds ``configuration`` to ``ActionProperties``; here it is a separate
argument (the configuration is what ``bind`` returns, as in the original).
"""

import jsii

import aws_cdk as cdk
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sqs as sqs


@jsii.implements(codepipeline.IAction)
class MockAction:
    def __init__(self, props, configuration=None):
        self._action_properties = props
        self._configuration = configuration

    @property
    def action_properties(self):
        return self._action_properties

    def bind(self, scope, stage, *, bucket, role):
        return codepipeline.ActionConfig(configuration=self._configuration)

    def on_state_change(self, name, target=None, **kwargs):
        raise Exception("onStateChange() is not available on MockAction")


app = cdk.App(post_cli_context={"@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False})
stack = cdk.Stack(app, "pipeline-events")

repo = codecommit.Repository(stack, "Repo", repository_name="TestRepository")

pipeline = codepipeline.Pipeline(stack, "pipelinePipeline22F2A91D", cross_account_keys=True)

src_artifact = codepipeline.Artifact("Src")
pipeline.add_stage(
    stage_name="Source",
    actions=[MockAction(
        codepipeline.ActionProperties(
            action_name="CodeCommit", category=codepipeline.ActionCategory.SOURCE, provider="CodeCommit",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=0, min_outputs=1,
                                                              max_outputs=1),
            outputs=[src_artifact],
        ),
        configuration={"RepositoryName": repo.repository_name, "BranchName": "master"},
    )],
)
pipeline.add_stage(
    stage_name="Build",
    actions=[MockAction(codepipeline.ActionProperties(
        action_name="Hello", category=codepipeline.ActionCategory.APPROVAL, provider="Manual",
        artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=0, min_outputs=0, max_outputs=0),
    ))],
)

queue = sqs.Queue(stack, "dlq")

events.Rule(
    stack, "rule", schedule=events.Schedule.expression("rate(1 minute)"),
    targets=[targets.CodePipeline(pipeline, dead_letter_queue=queue, max_event_age=cdk.Duration.hours(2),
                                  retry_attempts=2)],
)

app.synth()
