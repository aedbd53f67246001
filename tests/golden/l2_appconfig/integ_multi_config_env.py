"""Port of aws-cdk's integ.multi-config-env.ts: two configurations deployed one after the other to one environment."""

from aws_cdk import App, Duration, Stack
from aws_cdk.aws_appconfig import (
    Application,
    ConfigurationContent,
    DeploymentStrategy,
    Environment,
    HostedConfiguration,
    RolloutStrategy,
)

app = App()
stack = Stack(app, "aws-appconfig-multi-config-env")
application = Application(stack, "MyApplicationForEnv")
env = Environment(stack, "MultiConfigEnvironment", application=application)
deployment_strategy = DeploymentStrategy(
    stack,
    "QuickDeploymentStrategy",
    rollout_strategy=RolloutStrategy.linear(deployment_duration=Duration.minutes(1), growth_factor=50),
)
HostedConfiguration(
    stack,
    "MyFirstConfig",
    application=application,
    content=ConfigurationContent.from_inline("first config content"),
    deployment_strategy=deployment_strategy,
    deploy_to=[env],
)
HostedConfiguration(
    stack,
    "MySecondConfig",
    application=application,
    content=ConfigurationContent.from_inline("second config content"),
    deployment_strategy=deployment_strategy,
    deploy_to=[env],
)
app.synth()
