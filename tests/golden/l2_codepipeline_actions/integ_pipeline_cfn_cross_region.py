"""aws-cdk's integ.pipeline-cfn-cross-region: a CloudFormation action whose region is the pipeline's own."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
region = "us-west-2"
stack = cdk.Stack(app, "aws-cdk-codepipeline-cloudformation-cross-region", env=cdk.Environment(region=region))
bucket = s3.Bucket(stack, "MyBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY)
source_output = codepipeline.Artifact()
source_action = cpactions.S3SourceAction(action_name="S3", bucket_key="some/path", bucket=bucket,
                                         output=source_output)
codepipeline.Pipeline(stack, "MyPipeline", artifact_bucket=bucket, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source_action]),
    codepipeline.StageProps(stage_name="CFN", actions=[cpactions.CloudFormationCreateUpdateStackAction(
        action_name="CFN_Deploy", stack_name="aws-cdk-codepipeline-cross-region-deploy-stack",
        template_path=source_output.at_path("template.yml"), admin_permissions=False, region=region)]),
])
app.synth()
