"""Port of aws-cdk's aws-rds integ.instance-database-insights.ts: PostgreSQL instances with advanced (15-month
retention) and standard Database Insights."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-integ-instance-database-insights")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
r5 = ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE)
engine = rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_9)
rds.DatabaseInstance(
    stack,
    "PostgresInstanceAdvanced",
    engine=engine,
    instance_type=r5,
    vpc=vpc,
    allocated_storage=100,
    database_insights_mode=rds.DatabaseInsightsMode.ADVANCED,
    performance_insight_retention=rds.PerformanceInsightRetention.MONTHS_15,
)
rds.DatabaseInstance(
    stack,
    "PostgresInstanceStandard",
    engine=engine,
    instance_type=r5,
    vpc=vpc,
    allocated_storage=100,
    database_insights_mode=rds.DatabaseInsightsMode.STANDARD,
    enable_performance_insights=True,
)
app.synth()
