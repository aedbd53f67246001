"""Port of aws-cdk's aws-rds integ.instance-with-metric.ts: a public PostgreSQL instance exporting its logs (three
months' retention) and a metric filter on its log group; every resource destroyed on removal."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_logs as logs
from aws_cdk import aws_rds as rds
from constructs import IConstruct


@jsii.implements(cdk.IAspect)
class DestroyAll:
    def visit(self, node: IConstruct) -> None:
        if cdk.CfnResource.is_cfn_resource(node):
            node.apply_removal_policy(cdk.RemovalPolicy.DESTROY)


app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-instance-with-metric", termination_protection=False)
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
instance = rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_18_3),
    vpc=vpc,
    multi_az=False,
    publicly_accessible=True,
    iam_authentication=True,
    cloudwatch_logs_exports=["postgresql"],
    cloudwatch_logs_retention=logs.RetentionDays.THREE_MONTHS,
)
logs.MetricFilter(
    stack,
    "MetricFilter",
    log_group=instance.cloudwatch_log_groups["postgresql"],
    filter_pattern=logs.FilterPattern.any_term("ERROR", "Caused by", "error"),
    metric_name="integ-test-rds-instance-metric",
    metric_namespace="integ-test-rds",
    default_value=0,
    metric_value="1",
)
app.synth()
