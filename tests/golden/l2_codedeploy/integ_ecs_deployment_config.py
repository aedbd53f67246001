"""Port of aws-cdk integ ecs/integ.deployment-config.ts: a linear EcsDeploymentConfig."""

import aws_cdk as cdk
from aws_cdk import aws_codedeploy as codedeploy

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codedeploy-ecs-config")

codedeploy.EcsDeploymentConfig(
    stack, "LinearConfig",
    traffic_routing=codedeploy.TrafficRouting.time_based_linear(interval=cdk.Duration.minutes(1), percentage=5),
)

app.synth()
