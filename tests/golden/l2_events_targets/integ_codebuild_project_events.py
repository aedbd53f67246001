"""Port of aws-cdk's integ test codebuild/integ.project-events.ts: CodeBuild state and phase change rules to an
SNS topic, and a CodeCommit commit rule starting the build (dead-letter queue, retry policy) and notifying."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()

stack = cdk.Stack(app, "aws-cdk-codebuild-events")

repo = codecommit.Repository(stack, "MyRepo", repository_name="aws-cdk-codebuild-events")
project = codebuild.Project(stack, "MyProject", source=codebuild.Source.code_commit(repository=repo))

queue = sqs.Queue(stack, "MyQueue")
dead_letter_queue = sqs.Queue(stack, "DeadLetterQueue")

topic = sns.Topic(stack, "MyTopic")
topic.add_subscription(subs.SqsSubscription(queue))

project.on_state_change("StateChange", target=targets.SnsTopic(topic))

project.on_phase_change(
    "PhaseChange",
    target=targets.SnsTopic(
        topic,
        message=events.RuleTargetInput.from_text(
            f"Build phase changed to {codebuild.PhaseChangeEvent.completed_phase}"),
    ),
)

on_commit_rule = repo.on_commit(
    "OnCommit",
    target=targets.CodeBuildProject(
        project, dead_letter_queue=dead_letter_queue, max_event_age=cdk.Duration.hours(2), retry_attempts=2,
    ),
    branches=["master"],
)

on_commit_rule.add_target(targets.SnsTopic(
    topic,
    message=events.RuleTargetInput.from_text(
        f"A commit was pushed to the repository {codecommit.ReferenceEvent.repository_name} "
        f"on branch {codecommit.ReferenceEvent.reference_name}",
    ),
))

app.synth()
