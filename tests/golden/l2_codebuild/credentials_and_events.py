"""Source credentials of the three kinds, and the State/Phase change event fields in a rule target's input."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "CodeBuildCredentials")
codebuild.GitHubSourceCredentials(stack, "GitHub", access_token=cdk.SecretValue.secrets_manager("gh-token"))
codebuild.GitHubEnterpriseSourceCredentials(
    stack, "Ghe", access_token=cdk.SecretValue.unsafe_plain_text("ghe-token")
)
codebuild.BitBucketSourceCredentials(
    stack,
    "Bitbucket",
    username=cdk.SecretValue.secrets_manager("bb", json_field="username"),
    password=cdk.SecretValue.secrets_manager("bb", json_field="password"),
)
project = codebuild.Project(stack, "Project", build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}))
topic = sns.Topic(stack, "Topic")
project.on_state_change(
    "State",
    target=targets.SnsTopic(
        topic,
        message=events.RuleTargetInput.from_object(
            {
                "id": codebuild.StateChangeEvent.build_id,
                "status": codebuild.StateChangeEvent.build_status,
                "phase": codebuild.StateChangeEvent.current_phase,
                "project": codebuild.StateChangeEvent.project_name,
            }
        ),
    ),
)
project.on_phase_change(
    "Phase",
    target=targets.SnsTopic(
        topic,
        message=events.RuleTargetInput.from_text(
            f"{codebuild.PhaseChangeEvent.project_name} {codebuild.PhaseChangeEvent.build_id} "
            f"{codebuild.PhaseChangeEvent.completed_phase} {codebuild.PhaseChangeEvent.completed_phase_status} "
            f"{codebuild.PhaseChangeEvent.completed_phase_duration_seconds} {codebuild.PhaseChangeEvent.build_complete}"
        ),
    ),
)
app.synth()
