"""aws-cdk's integ.pipeline-ecr-build-and-publish-public: ECR build-and-publish to the public gallery."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_ecr as ecr

app = cdk.App()
stack = cdk.Stack(app, "codepipeline-ecr-build-and-publish-public")
connection_arn = "arn:aws:codestar-connections:us-east-1:123456789012:connection/mock-connection-id"
cdk.Annotations.of(stack).add_warning_v2(
    "integ:connection-arn", "You must specify your connection ARN in the CONNECTION_ARN environment variable")
cdk.Annotations.of(stack).add_warning_v2(
    "integ:repo-owner", "You must specify your repository owner in the REPO_OWNER environment variable")
cdk.Annotations.of(stack).add_warning_v2(
    "integ:repo-name", "You must specify your repository name in the REPO_NAME environment variable")
source_output = codepipeline.Artifact()
source_action = cpactions.CodeStarConnectionsSourceAction(
    action_name="CodeStarConnectionsSourceAction", output=source_output, connection_arn=connection_arn,
    owner="MOCK", repo="MOCK")
repository_name = "my-repo/test-repository"
ecr.CfnPublicRepository(stack, "Repository", repository_name=repository_name)
build_action = cpactions.EcrBuildAndPublishAction(
    action_name="EcrBuildAndPublishAction", repository_name=repository_name,
    registry_type=cpactions.RegistryType.PUBLIC, dockerfile_directory_path="./my-dir", image_tags=["my-tag"],
    input=source_output)
codepipeline.Pipeline(stack, "Pipeline", pipeline_type=codepipeline.PipelineType.V2, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source_action]),
    codepipeline.StageProps(stage_name="Build", actions=[build_action]),
])
app.synth()
