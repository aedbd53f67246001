"""Lambda deployment groups: named application and group, custom canary/linear/all-at-once configurations, a given
role, hooks and alarms added later, rollback settings, alarm polling settings, grants and imports."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "LambdaFeatures")


def function(id):
    return lambda_.Function(stack, id, code=lambda_.Code.from_inline(f"def handler(e, c):\n    return '{id}'\n"),
                            handler="index.handler", runtime=lambda_.Runtime.PYTHON_3_12)


handler = function("Handler")
alias = lambda_.Alias(stack, "Live", alias_name="live", version=handler.current_version)

application = codedeploy.LambdaApplication(stack, "App", application_name="my-app")
canary = codedeploy.LambdaDeploymentConfig(
    stack, "Canary",
    traffic_routing=codedeploy.TimeBasedCanaryTrafficRouting(interval=cdk.Duration.minutes(15), percentage=5),
    deployment_config_name="my-canary",
)
codedeploy.LambdaDeploymentConfig(stack, "AllAtOnce")
codedeploy.LambdaDeploymentConfig(
    stack, "Linear",
    traffic_routing=codedeploy.TrafficRouting.time_based_linear(interval=cdk.Duration.hours(1), percentage=10),
)

role = iam.Role(stack, "DeployRole", assumed_by=iam.ServicePrincipal("codedeploy.amazonaws.com"))
errors = cloudwatch.Alarm(stack, "Errors", metric=alias.metric_errors(), threshold=1, evaluation_periods=1)
throttles = cloudwatch.Alarm(stack, "Throttles", metric=alias.metric_throttles(), threshold=1, evaluation_periods=1)

group = codedeploy.LambdaDeploymentGroup(
    stack, "Group",
    alias=alias,
    application=application,
    deployment_config=canary,
    deployment_group_name="my-group",
    role=role,
    alarms=[errors],
    auto_rollback=codedeploy.AutoRollbackConfig(stopped_deployment=True),
    ignore_poll_alarms_failure=True,
)
group.add_alarm(throttles)
group.add_pre_hook(function("Pre"))
group.add_post_hook(function("Post"))
group.grant_put_lifecycle_event_hook_execution_status(iam.Role(stack, "Reporter",
                                                               assumed_by=iam.AccountRootPrincipal()))

# no alarms, alarm checks skipped, no rollback at all
other_alias = lambda_.Alias(stack, "Beta", alias_name="beta", version=handler.current_version)
codedeploy.LambdaDeploymentGroup(
    stack, "Quiet",
    alias=other_alias,
    deployment_config=codedeploy.LambdaDeploymentConfig.ALL_AT_ONCE,
    ignore_alarm_configuration=True,
    auto_rollback=codedeploy.AutoRollbackConfig(failed_deployment=False, deployment_in_alarm=False),
)
third_alias = lambda_.Alias(stack, "Gamma", alias_name="gamma", version=handler.current_version)
codedeploy.LambdaDeploymentGroup(
    stack, "LinearGroup", alias=third_alias,
    deployment_config=codedeploy.LambdaDeploymentConfig.LINEAR_10_PERCENT_EVERY_3_MINUTES,
    alarms=[cloudwatch.Alarm(stack, "GammaErrors", metric=third_alias.metric_errors(), threshold=1,
                             evaluation_periods=1)],
    auto_rollback=codedeploy.AutoRollbackConfig(failed_deployment=False),
)

imported_app = codedeploy.LambdaApplication.from_lambda_application_name(stack, "ImportedApp", "their-app")
imported_app_arn = codedeploy.LambdaApplication.from_lambda_application_arn(
    stack, "ImportedAppArn", "arn:aws:codedeploy:eu-west-1:123456789012:application:far-app")
imported_config = codedeploy.LambdaDeploymentConfig.from_lambda_deployment_config_name(
    stack, "ImportedConfig", "their-config")
legacy_config = codedeploy.LambdaDeploymentConfig.import_(stack, "LegacyConfig", deployment_config_name="legacy")
imported_group = codedeploy.LambdaDeploymentGroup.from_lambda_deployment_group_attributes(
    stack, "ImportedGroup", application=imported_app, deployment_group_name="their-group",
    deployment_config=imported_config)
far_group = codedeploy.LambdaDeploymentGroup.from_lambda_deployment_group_attributes(
    stack, "FarGroup", application=imported_app_arn, deployment_group_name="far-group")

for name, value in [
    ("AppArn", application.application_arn),
    ("AppName", application.application_name),
    ("CanaryArn", canary.deployment_config_arn),
    ("CanaryName", canary.deployment_config_name),
    ("GroupArn", group.deployment_group_arn),
    ("GroupName", group.deployment_group_name),
    ("GroupConfig", group.deployment_config.deployment_config_name),
    ("ImportedAppArnOut", imported_app.application_arn),
    ("FarAppName", imported_app_arn.application_name),
    ("ImportedConfigArn", imported_config.deployment_config_arn),
    ("LegacyConfigArn", legacy_config.deployment_config_arn),
    ("ImportedGroupArn", imported_group.deployment_group_arn),
    ("ImportedGroupConfig", imported_group.deployment_config.deployment_config_arn),
    ("FarGroupArn", far_group.deployment_group_arn),
    ("FarGroupConfigArn", far_group.deployment_config.deployment_config_arn),
    ("PresetArn", codedeploy.LambdaDeploymentConfig.CANARY_10_PERCENT_30_MINUTES.deployment_config_arn),
]:
    cdk.CfnOutput(stack, name, value=value)

app.synth()
