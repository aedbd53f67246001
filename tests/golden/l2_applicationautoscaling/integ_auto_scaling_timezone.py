"""Port of aws-cdk's scalable-target/integ.auto-scaling-timezone: a scheduled action with a time zone on a Lambda
alias's provisioned concurrency. Adapted: 2.275 takes a ``TimeZone`` (the TypeScript passes the zone's name)."""

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-applicationautoscaling-timezone-integ")

fn = lambda_.Function(
    stack,
    "MyLambda",
    code=lambda_.InlineCode("foo"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_LATEST,
)

version = fn.current_version

alias = lambda_.Alias(stack, "Alias", alias_name="prod", version=version)

scaling_target = alias.add_auto_scaling(min_capacity=3, max_capacity=50)

scaling_target.scale_on_schedule(
    "ScaleUpInTheMorning",
    schedule=appscaling.Schedule.cron(hour="8", minute="0"),
    time_zone=cdk.TimeZone.AMERICA_NEW_YORK,
    min_capacity=20,
)

app.synth()
