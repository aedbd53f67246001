"""aws-cdk's integ.pipeline-cross-region-support-stack-deletion: a CloudFormation action in another region makes
a cross-region support stack (replication bucket, key and alias)."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "PipelineCrossRegionSupportStackDeletionTest",
                  env=cdk.Environment(account="123456789012", region="us-east-1"))
bucket = s3.Bucket(stack, "SourceBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY)
source_output = codepipeline.Artifact()
source_action = cpactions.S3SourceAction(action_name="S3Source", bucket_key="path/to/artifact.zip", bucket=bucket,
                                         output=source_output)
codepipeline.Pipeline(stack, "Pipeline", artifact_bucket=bucket, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source_action]),
    codepipeline.StageProps(stage_name="Deploy", actions=[cpactions.CloudFormationCreateUpdateStackAction(
        action_name="DeployCrossRegion", stack_name="test-stack", template_path=source_output.at_path("template.yml"),
        admin_permissions=False, region="us-west-2")]),
])
app.synth()
