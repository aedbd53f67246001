"""Port of aws-cdk's integ.environment.ts: an environment with alarm monitors (generated role, given role, composite)."""

from aws_cdk import App, Duration, PhysicalName, Stack
from aws_cdk.aws_appconfig import (
    Application,
    ConfigurationContent,
    DeploymentStrategy,
    Environment,
    HostedConfiguration,
    Monitor,
    RolloutStrategy,
)
from aws_cdk.aws_cloudwatch import Alarm, ComparisonOperator, CompositeAlarm, Metric, TreatMissingData
from aws_cdk.aws_iam import Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal

app = App()
stack = Stack(app, "aws-appconfig-environment")

app_for_env = Application(stack, "MyApplicationForEnv", application_name="AppForEnvTest")
alarm = Alarm(
    stack,
    "StartDeploymentCallCountAlarm",
    alarm_name="AppConfigStartDeploymentCallCountAlarm",
    metric=Metric(
        namespace="AWS/AppConfig",
        metric_name="CallCount",
        dimensions_map={"Type": "API", "Resource": "StartDeployment", "Service": "AWS AppConfig"},
        statistic="SUM",
        period=Duration.minutes(5),
    ),
    threshold=300,
    comparison_operator=ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluation_periods=3,
    treat_missing_data=TreatMissingData.NOT_BREACHING,
    actions_enabled=False,
)
policy = PolicyStatement(effect=Effect.ALLOW, actions=["cloudwatch:DescribeAlarms"], resources=["*"])
document = PolicyDocument(statements=[policy])
role = Role(
    stack,
    "MyRole",
    role_name=PhysicalName.GENERATE_IF_NEEDED,
    assumed_by=ServicePrincipal("appconfig.amazonaws.com"),
    inline_policies={"AllowAppConfigMonitorAlarmPolicy": document},
)
composite_alarm = CompositeAlarm(stack, "MyCompositeAlarm", alarm_rule=alarm)

env = Environment(
    stack,
    "MyEnvironment",
    application=app_for_env,
    description="This is the environment for integ testing",
    monitors=[
        Monitor.from_cloud_watch_alarm(alarm),
        Monitor.from_cfn_monitors_property(alarm_arn=alarm.alarm_arn, alarm_role_arn=role.role_arn),
        Monitor.from_cloud_watch_alarm(composite_alarm),
    ],
)

HostedConfiguration(
    stack,
    "MyConfig",
    application=app_for_env,
    content=ConfigurationContent.from_inline("config content"),
    deployment_strategy=DeploymentStrategy(
        stack,
        "MyDeploymentStrategy",
        rollout_strategy=RolloutStrategy.linear(deployment_duration=Duration.minutes(1), growth_factor=50),
    ),
    deploy_to=[env],
)
app.synth()
