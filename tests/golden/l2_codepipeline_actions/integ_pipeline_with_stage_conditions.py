"""Port of aws-cdk's integ.pipeline-with-stage-conditions: entry, success and failure conditions on a stage."""

import aws_cdk as cdk
from aws_cdk import aws_cloudtrail as cloudtrail
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})

stack = cdk.Stack(app, "aws-cdk-codepipeline-stage-conditions")

pipeline = codepipeline.Pipeline(
    stack,
    "Pipeline",
    pipeline_name="my-pipeline-stage-test",
    pipeline_type=codepipeline.PipelineType.V2,
    cross_account_keys=True,
)

source_stage = pipeline.add_stage(stage_name="Source")
bucket = s3.Bucket(stack, "PipelineBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY)
key = "key"
trail = cloudtrail.Trail(stack, "CloudTrail")
trail.add_s3_event_selector(
    [cloudtrail.S3EventSelector(bucket=bucket, object_prefix=key)],
    read_write_type=cloudtrail.ReadWriteType.WRITE_ONLY,
    include_management_events=False,
)
source_stage.add_action(cpactions.S3SourceAction(
    action_name="Source",
    output=codepipeline.Artifact("SourceArtifact"),
    bucket=bucket,
    bucket_key=key,
    trigger=cpactions.S3Trigger.EVENTS,
))

lambda_fun = lambda_.Function(
    stack,
    "LambdaFun",
    code=lambda_.InlineCode("""
    exports.handler = function () {
      console.log("Hello, world!");
    };
  """),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,  # STANDARD_NODEJS_RUNTIME
)

metric = cloudwatch.Metric(
    namespace="AWS/Lambda",
    metric_name="Errors",
    dimensions_map={"FunctionName": lambda_fun.function_name},
    period=cdk.Duration.minutes(5),
    statistic="Sum",
)
alarm = cloudwatch.Alarm(
    stack,
    "ErrorAlarm",
    metric=metric,
    threshold=1,
    evaluation_periods=1,
    comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
)
lambda_stage = pipeline.add_stage(
    stage_name="Lambda",
    before_entry=codepipeline.Conditions(conditions=[codepipeline.Condition(
        rules=[codepipeline.Rule(
            name="LambdaCheck",
            provider="LambdaInvoke",
            version="1",
            configuration={"FunctionName": lambda_fun.function_name},
        )],
        result=codepipeline.Result.FAIL,
    )]),
    # OnSuccess condition - checks after successful stage completion
    on_success=codepipeline.Conditions(conditions=[codepipeline.Condition(
        result=codepipeline.Result.FAIL,
        rules=[codepipeline.Rule(
            name="CloudWatchCheck",
            provider="LambdaInvoke",
            version="1",
            configuration={"AlarmName": alarm.alarm_name, "WaitTime": "300", "FunctionName": "funcName2"},
        )],
    )]),
    # OnFailure condition - handles stage failure
    on_failure=codepipeline.FailureConditions(conditions=[codepipeline.Condition(
        result=codepipeline.Result.ROLLBACK,
        rules=[codepipeline.Rule(
            name="RollBackOnFailure",
            provider="LambdaInvoke",
            version="1",
            configuration={"AlarmName": alarm.alarm_name, "WaitTime": "300", "FunctionName": "funcName1"},
        )],
    )]),
)
lambda_stage.add_action(cpactions.LambdaInvokeAction(action_name="Lambda", lambda_=lambda_fun))

app.synth()
