"""Port of aws-cdk's integ.lambda-pipeline: an S3 source triggered by CloudTrail events, then a Lambda invoke."""

import aws_cdk as cdk
from aws_cdk import aws_cloudtrail as cloudtrail
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

stack = cdk.Stack(app, "aws-cdk-codepipeline-lambda")

pipeline = codepipeline.Pipeline(stack, "Pipeline", cross_account_keys=True)

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
lambda_stage = pipeline.add_stage(stage_name="Lambda")
lambda_stage.add_action(cpactions.LambdaInvokeAction(action_name="Lambda", lambda_=lambda_fun))

app.synth()
