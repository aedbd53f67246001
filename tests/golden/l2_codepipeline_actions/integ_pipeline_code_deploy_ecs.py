"""aws-cdk's integ.pipeline-code-deploy-ecs: a CodeDeploy ECS blue/green action on imported groups."""

import aws_cdk as cdk
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={"@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False})
stack = cdk.Stack(app, "aws-cdk-codepipeline-codedeploy-ecs")
application = codedeploy.EcsApplication.from_ecs_application_name(stack, "CodeDeployApplication",
                                                                  "IntegTestDeployApp")
deployment_group = codedeploy.EcsDeploymentGroup.from_ecs_deployment_group_attributes(
    stack, "CodeDeployGroup", application=application, deployment_group_name="IntegTestDeploymentGroup")
bucket = s3.Bucket(stack, "CodeDeployPipelineIntegTest", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY)
pipeline = codepipeline.Pipeline(stack, "Pipeline", artifact_bucket=bucket)
source_stage = pipeline.add_stage(stage_name="Source")
source_output = codepipeline.Artifact("SourceOutput")
source_stage.add_action(cpactions.S3SourceAction(action_name="S3Source", bucket_key="application.zip",
                                                 output=source_output, bucket=bucket))
deploy_stage = pipeline.add_stage(stage_name="Deploy")
deploy_stage.add_action(cpactions.CodeDeployEcsDeployAction(
    action_name="CodeDeploy", deployment_group=deployment_group,
    task_definition_template_file=codepipeline.ArtifactPath(source_output, "task-definition-test.json"),
    app_spec_template_file=codepipeline.ArtifactPath(source_output, "appspec-test.json"),
    container_image_inputs=[cpactions.CodeDeployEcsContainerImageInput(
        input=source_output, task_definition_placeholder="PLACEHOLDER")]))
app.synth()
