"""aws-cdk's integ.pipeline-code-deploy: a CodeDeploy server deployment action."""

import aws_cdk as cdk
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codepipeline-codedeploy")
application = codedeploy.ServerApplication(stack, "CodeDeployApplication", application_name="IntegTestDeployApp")
deployment_config = codedeploy.ServerDeploymentConfig(
    stack, "CustomDeployConfig", minimum_healthy_hosts=codedeploy.MinimumHealthyHosts.count(0))
deployment_group = codedeploy.ServerDeploymentGroup(
    stack, "CodeDeployGroup", application=application, deployment_group_name="IntegTestDeploymentGroup",
    deployment_config=deployment_config)
bucket = s3.Bucket(stack, "CodeDeployPipelineIntegTest", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY)
pipeline = codepipeline.Pipeline(stack, "Pipeline", artifact_bucket=bucket)
source_stage = pipeline.add_stage(stage_name="Source")
source_output = codepipeline.Artifact("SourceOutput")
source_stage.add_action(cpactions.S3SourceAction(action_name="S3Source", bucket_key="application.zip",
                                                 output=source_output, bucket=bucket))
deploy_stage = pipeline.add_stage(stage_name="Deploy")
deploy_stage.add_action(cpactions.CodeDeployServerDeployAction(
    action_name="CodeDeploy", deployment_group=deployment_group, input=source_output))
app.synth()
