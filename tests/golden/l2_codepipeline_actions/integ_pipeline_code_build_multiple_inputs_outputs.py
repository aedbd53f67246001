"""aws-cdk's integ.pipeline-code-build-multiple-inputs-outputs: CodeBuild actions with extra inputs (primary
source) and several outputs."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codepipeline-codebuild-multiple-inputs-outputs")
repository = codecommit.Repository(stack, "MyRepo", repository_name="MyIntegTestTempRepo")
bucket = s3.Bucket(stack, "MyBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY)
pipeline = codepipeline.Pipeline(stack, "Pipeline", artifact_bucket=bucket)
pipeline_role = pipeline.role
source1_output = codepipeline.Artifact()
source_action1 = cpactions.CodeCommitSourceAction(action_name="Source1", repository=repository,
                                                  output=source1_output, role=pipeline_role)
source2_output = codepipeline.Artifact()
source_action2 = cpactions.S3SourceAction(action_name="Source2", bucket_key="some/path", bucket=bucket,
                                          output=source2_output, role=pipeline_role)
pipeline.add_stage(stage_name="Source", actions=[source_action1, source_action2])
project = codebuild.PipelineProject(stack, "MyBuildProject", grant_report_group_permissions=False)
build_action = cpactions.CodeBuildAction(
    action_name="Build1", project=project, input=source1_output, extra_inputs=[source2_output],
    outputs=[codepipeline.Artifact(), codepipeline.Artifact()], role=pipeline_role)
test_action = cpactions.CodeBuildAction(
    type=cpactions.CodeBuildActionType.TEST, action_name="Build2", project=project, input=source2_output,
    extra_inputs=[source1_output], outputs=[codepipeline.Artifact("CustomOutput2")], role=pipeline_role)
pipeline.add_stage(stage_name="Build", actions=[build_action, test_action])
app.synth()
