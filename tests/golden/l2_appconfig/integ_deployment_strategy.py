"""Port of aws-cdk's integ.deployment-strategy.ts: a linear deployment strategy."""

from aws_cdk import App, Duration, Stack
from aws_cdk.aws_appconfig import DeploymentStrategy, RolloutStrategy

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "aws-appconfig-deployment-strategy")

DeploymentStrategy(
    stack,
    "MyDeploymentStrategy",
    rollout_strategy=RolloutStrategy.linear(growth_factor=15, deployment_duration=Duration.minutes(5)),
)
app.synth()
