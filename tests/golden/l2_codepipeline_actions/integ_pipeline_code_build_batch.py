"""aws-cdk's integ.pipeline-code-build-batch: a batch CodeBuild action, actions running with the pipeline role."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codepipeline-codebuild-batch")
repository = codecommit.Repository(stack, "MyRepo", repository_name="MyIntegTestTempRepo")
bucket = s3.Bucket(stack, "MyBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY)
pipeline = codepipeline.Pipeline(stack, "Pipeline", artifact_bucket=bucket)
pipeline_role = pipeline.role
source_output = codepipeline.Artifact()
source_action = cpactions.CodeCommitSourceAction(action_name="Source", repository=repository, output=source_output,
                                                 role=pipeline_role)
pipeline.add_stage(stage_name="Source", actions=[source_action])
project = codebuild.PipelineProject(stack, "MyBuildProject", grant_report_group_permissions=False)
build_action = cpactions.CodeBuildAction(action_name="Build", project=project, execute_batch_build=True,
                                         input=source_output, role=pipeline_role)
pipeline.add_stage(stage_name="Build", actions=[build_action])
app.synth()
