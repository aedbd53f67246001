"""aws-cdk's integ.pipeline-ecr-source: an ECR source action (its EventBridge rule) and a manual approval."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codepipeline-ecr-source")
bucket = s3.Bucket(stack, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
pipeline = codepipeline.Pipeline(stack, "MyPipeline", artifact_bucket=bucket)
repository = ecr.Repository(stack, "MyEcrRepo", removal_policy=cdk.RemovalPolicy.DESTROY)
source_stage = pipeline.add_stage(stage_name="Source")
source_stage.add_action(cpactions.EcrSourceAction(
    action_name="ECR_Source", output=codepipeline.Artifact(), repository=repository))
approve_stage = pipeline.add_stage(stage_name="Approve")
approve_stage.add_action(cpactions.ManualApprovalAction(action_name="ManualApproval"))
cdk.CfnOutput(stack, "LoginCommand", value=(
    f"aws ecr get-login-password --region {stack.region} | docker login --username AWS --password-stdin "
    f"{stack.account}.dkr.ecr.{stack.region}.amazonaws.com"))
cdk.CfnOutput(stack, "PushCommand", value=(
    f"docker tag public.ecr.aws/lambda/provided {repository.repository_uri_for_tag('latest')} && docker push "
    f"{repository.repository_uri_for_tag('latest')}"))
cdk.CfnOutput(stack, "PipelineConsoleLink", value=(
    f"https://{stack.region}.console.aws.amazon.com/codesuite/codepipeline/pipelines/{pipeline.pipeline_name}"
    f"/view?region={stack.region}"))
app.synth()
