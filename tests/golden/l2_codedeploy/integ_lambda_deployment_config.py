"""Port of aws-cdk integ lambda/integ.deployment-config.ts: a linear LambdaDeploymentConfig and the deprecated
CustomLambdaDeploymentConfig."""

import aws_cdk as cdk
from aws_cdk import aws_codedeploy as codedeploy

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-codedeploy-lambda-config")

codedeploy.LambdaDeploymentConfig(
    stack, "LinearConfig",
    traffic_routing=codedeploy.TrafficRouting.time_based_linear(interval=cdk.Duration.minutes(1), percentage=5),
)

codedeploy.CustomLambdaDeploymentConfig(
    stack, "CustomConfig",
    interval=cdk.Duration.minutes(1),
    percentage=5,
    type=codedeploy.CustomLambdaDeploymentConfigType.LINEAR,
    deployment_config_name="hello",
)

app.synth()
