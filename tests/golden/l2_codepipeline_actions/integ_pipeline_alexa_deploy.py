"""aws-cdk's integ.pipeline-alexa-deploy: an Alexa skill deploy action."""

from aws_cdk import App, RemovalPolicy, SecretValue, Stack
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack = Stack(app, "aws-cdk-codepipeline-alexa-deploy")
bucket = s3.Bucket(stack, "PipelineBucket", versioned=True, removal_policy=RemovalPolicy.DESTROY)
source_output = codepipeline.Artifact("SourceArtifact")
source_action = cpactions.S3SourceAction(action_name="Source", output=source_output, bucket=bucket, bucket_key="key")
codepipeline.Pipeline(stack, "Pipeline", cross_account_keys=True, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source_action]),
    codepipeline.StageProps(stage_name="Deploy", actions=[cpactions.AlexaSkillDeployAction(
        action_name="DeploySkill", run_order=1, input=source_output, client_id="clientId",
        client_secret=SecretValue.unsafe_plain_text("clientSecret"),
        refresh_token=SecretValue.unsafe_plain_text("refreshToken"),
        skill_id="amzn1.ask.skill.12345678-1234-1234-1234-123456789012")]),
])
app.synth()
