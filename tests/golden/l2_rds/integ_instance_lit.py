"""Port of aws-cdk's aws-rds integ.instance.lit.ts: an Oracle SE2 instance with a parameter group, an option group
(LOCATOR, OEM on a port), io1 storage, monitoring, insights, exported logs with retention, rotation, a CPU alarm
and an event rule targeting a function (NODEJS_20_X for the deprecated NODEJS_14_X)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-instance")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
engine = rds.DatabaseInstanceEngine.oracle_se2(version=rds.OracleEngineVersion.VER_19_0_0_0_2020_04_R1)
parameter_group = rds.ParameterGroup(stack, "ParameterGroup", engine=engine, parameters={"open_cursors": "2500"})
option_group = rds.OptionGroup(
    stack,
    "OptionGroup",
    engine=engine,
    configurations=[
        rds.OptionConfiguration(name="LOCATOR"),
        rds.OptionConfiguration(name="OEM", port=1158, vpc=vpc),
    ],
)
option_group.option_connections["OEM"].connections.allow_default_port_from_any_ipv4()
instance = rds.DatabaseInstance(
    stack,
    "Instance",
    engine=engine,
    license_model=rds.LicenseModel.BRING_YOUR_OWN_LICENSE,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM),
    multi_az=True,
    storage_type=rds.StorageType.IO1,
    credentials=rds.Credentials.from_username("syscdk"),
    vpc=vpc,
    database_name="ORCL",
    storage_encrypted=True,
    backup_retention=cdk.Duration.days(7),
    monitoring_interval=cdk.Duration.seconds(60),
    enable_performance_insights=True,
    cloudwatch_logs_exports=["trace", "audit", "alert", "listener"],
    cloudwatch_logs_retention=logs.RetentionDays.ONE_MONTH,
    auto_minor_version_upgrade=True,
    option_group=option_group,
    parameter_group=parameter_group,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
instance.connections.allow_default_port_from_any_ipv4()
instance.add_rotation_single_user()
cloudwatch.Alarm(stack, "HighCPU", metric=instance.metric_cpu_utilization(), threshold=90, evaluation_periods=1)
fn = lambda_.Function(
    stack,
    "Function",
    code=lambda_.Code.from_inline("exports.handler = (event) => console.log(event);"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
availability_rule = instance.on_event("Availability", target=targets.LambdaFunction(fn))
availability_rule.add_event_pattern(detail={"EventCategories": ["availability"]})
app.synth()
