"""Port of aws-cdk's aws-scheduler-targets integ.lambda-invoke.ts: imported and same-stack functions as targets."""

import datetime
import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_scheduler as scheduler
from aws_cdk.aws_scheduler_targets import LambdaInvoke

work = tempfile.mkdtemp()
with open(os.path.join(work, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async (event) => ({ received: event });\n")

tagging = iam.PolicyStatement(actions=["lambda:TagResource"], resources=["*"])
app = cdk.App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
        "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    }
)
lambda_stack = cdk.Stack(app, "aws-cdk-schedule-lambda")
func_name = "FirstSelfTaggingLambda"
func_to_be_imported = lambda_.Function(
    lambda_stack,
    "MyLambda",
    code=lambda_.AssetCode.from_asset(work),
    handler="index.handler",
    timeout=cdk.Duration.seconds(30),
    runtime=lambda_.Runtime.NODEJS_LATEST,
    function_name=func_name,
)
func_to_be_imported.add_to_role_policy(tagging)
imported_arn = lambda_stack.format_arn(
    service="lambda", resource="function", resource_name=func_name, arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME
)
func_to_be_imported.add_environment("FUNC_ARN", imported_arn)

schedule_stack = cdk.Stack(app, "aws-cdk-schedule")
schedule_stack.add_dependency(lambda_stack)
imported_func = lambda_.Function.from_function_attributes(
    schedule_stack, "importedFromFirstStack", function_arn=imported_arn, skip_permissions=True
)
scheduler.Schedule(
    schedule_stack,
    "ScheduleWithImportedLambda",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=LambdaInvoke(
        imported_func, input=scheduler.ScheduleTargetInput.from_object({"tagValue": "importedLambdaTagValue"})
    ),
)
second_name = "SecondSelfTaggingLambda"
same_stack_func = lambda_.Function(
    schedule_stack,
    "MyLambda",
    code=lambda_.AssetCode.from_asset(work),
    handler="index.handler",
    timeout=cdk.Duration.seconds(30),
    runtime=lambda_.Runtime.NODEJS_LATEST,
    function_name=second_name,
)
same_stack_func.add_to_role_policy(tagging)
same_arn = schedule_stack.format_arn(
    service="lambda", resource="function", resource_name=second_name, arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME
)
same_stack_func.add_environment("FUNC_ARN", same_arn)
scheduler.Schedule(
    schedule_stack,
    "ScheduleWithSameStackLambda",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=LambdaInvoke(
        same_stack_func, input=scheduler.ScheduleTargetInput.from_object({"tagValue": "sameStackLambdaTagValue"})
    ),
)
scheduler.Schedule(
    schedule_stack,
    "ScheduleWithStaticDate",
    schedule=scheduler.ScheduleExpression.at(datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)),
    target=LambdaInvoke(same_stack_func, max_event_age=cdk.Duration.minutes(1), retry_attempts=1),
)
app.synth()
