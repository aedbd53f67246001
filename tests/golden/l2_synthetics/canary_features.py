"""Canary features beyond the integ tests: cron/once/expression/rate schedules, time to live, retention periods,
a given role, code from a bucket, a VPC with given security groups and subnets, a generated long name, metrics
on an alarm, imports by name and ARN, and a group filled with add_canary."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_synthetics as synthetics

SCRIPT = "exports.handler = async () => 'ok';"

app = cdk.App()
stack = cdk.Stack(app, "CanaryFeatures")

cron = synthetics.Canary(
    stack, "CronCanaryWithAVeryLongConstructIdThatIsHashed",
    runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_9_1,
    test=synthetics.Test.custom(handler="index.handler", code=synthetics.Code.from_inline(SCRIPT)),
    schedule=synthetics.Schedule.cron(hour="8", week_day="MON-FRI"),
    time_to_live=cdk.Duration.hours(2),
    success_retention_period=cdk.Duration.days(7),
    failure_retention_period=cdk.Duration.days(14),
    start_after_creation=False,
    environment_variables={},
)
once = synthetics.Canary(
    stack, "Once",
    runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PLAYWRIGHT_3_0,
    test=synthetics.Test.custom(handler="index.handler", code=synthetics.Code.from_inline(SCRIPT)),
    schedule=synthetics.Schedule.once(),
    browser_configs=[synthetics.BrowserType.FIREFOX],
    dry_run_and_update=True,
)
role = iam.Role(stack, "CanaryRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
code_bucket = s3.Bucket.from_bucket_name(stack, "CodeBucket", "my-canary-code")
from_bucket = synthetics.Canary(
    stack, "FromBucket",
    canary_name="from_bucket",
    runtime=synthetics.Runtime.SYNTHETICS_PYTHON_SELENIUM_3_0,
    test=synthetics.Test.custom(handler="canary.handler",
                                code=synthetics.Code.from_bucket(code_bucket, "canary.zip", "v1")),
    role=role,
    schedule=synthetics.Schedule.expression("rate(15 minutes)"),
    cleanup=synthetics.Cleanup.NOTHING,
    provisioned_resource_cleanup=False,
)
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
group = ec2.SecurityGroup(stack, "Group", vpc=vpc)
in_vpc = synthetics.Canary(
    stack, "InVpc",
    runtime=synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_6_2,
    test=synthetics.Test.custom(handler="index.handler", code=synthetics.Code.from_inline(SCRIPT)),
    schedule=synthetics.Schedule.rate(cdk.Duration.minutes(30)),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    security_groups=[group],
    max_retries=1,
)
in_vpc.connections.allow_to_any_ipv4(ec2.Port.tcp(443))

cloudwatch.Alarm(stack, "Failures", metric=cron.metric_failed(period=cdk.Duration.minutes(15)),
                 threshold=1, evaluation_periods=1)
cloudwatch.Alarm(stack, "Success", metric=once.metric_success_percent(statistic="Minimum", label="ok"),
                 threshold=90, evaluation_periods=2,
                 comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD)
cloudwatch.Alarm(stack, "Slow", metric=from_bucket.metric_duration(), threshold=30, evaluation_periods=1)

by_name = synthetics.Canary.from_canary_name(stack, "ByName", "existing-canary")
by_arn = synthetics.Canary.from_canary_arn(
    stack, "ByArn", "arn:aws:synthetics:eu-west-1:111122223333:canary:other-canary")
canary_group = synthetics.Group(stack, "CanaryGroup", canaries=[cron])
canary_group.add_canary(once)
canary_group.add_canary(by_name)
canary_group.add_canary(by_arn)
empty_group = synthetics.Group(stack, "EmptyGroup")
imported_group = synthetics.Group.from_group_arn(
    stack, "ImportedGroup", "arn:aws:synthetics:eu-west-1:111122223333:group:shared")

cdk.CfnOutput(stack, "CanaryId", value=cron.canary_id)
cdk.CfnOutput(stack, "CanaryState", value=cron.canary_state)
cdk.CfnOutput(stack, "CanaryArn", value=from_bucket.canary_arn)
cdk.CfnOutput(stack, "BucketName", value=once.artifacts_bucket.bucket_name)
cdk.CfnOutput(stack, "RoleArn", value=once.role.role_arn)
cdk.CfnOutput(stack, "ImportedArn", value=by_name.canary_arn)
cdk.CfnOutput(stack, "ImportedId", value=by_arn.canary_id)
cdk.CfnOutput(stack, "GroupId", value=canary_group.group_id)
cdk.CfnOutput(stack, "GroupArn", value=canary_group.group_arn)
cdk.CfnOutput(stack, "GroupName", value=empty_group.group_name)
cdk.CfnOutput(stack, "ImportedGroupName", value=imported_group.group_name)
cdk.CfnOutput(stack, "ImportedGroupArn", value=imported_group.group_arn)
app.synth()
