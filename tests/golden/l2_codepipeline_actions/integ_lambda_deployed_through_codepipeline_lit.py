"""aws-cdk's integ.lambda-deployed-through-codepipeline.lit: a Lambda stack deployed by a pipeline, its code from
CloudFormation parameters assigned from a build artifact."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as codepipeline_actions
from aws_cdk import aws_lambda as lambda_

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
lambda_stack = cdk.Stack(app, "LambdaStack")
lambda_code = lambda_.Code.from_cfn_parameters()
lambda_.Function(lambda_stack, "Lambda", code=lambda_code, handler="index.handler",
                 runtime=lambda_.Runtime.NODEJS_20_X)
pipeline_stack = cdk.Stack(app, "PipelineStack")
pipeline = codepipeline.Pipeline(pipeline_stack, "Pipeline", cross_account_keys=True)
cdk_source_output = codepipeline.Artifact()
cdk_source_action = codepipeline_actions.CodeCommitSourceAction(
    repository=codecommit.Repository(pipeline_stack, "CdkCodeRepo", repository_name="CdkCodeRepo"),
    action_name="CdkCode_Source", output=cdk_source_output)
lambda_source_output = codepipeline.Artifact()
lambda_source_action = codepipeline_actions.CodeCommitSourceAction(
    repository=codecommit.Repository(pipeline_stack, "LambdaCodeRepo", repository_name="LambdaCodeRepo"),
    action_name="LambdaCode_Source", output=lambda_source_output)
pipeline.add_stage(stage_name="Source", actions=[cdk_source_action, lambda_source_action])
cdk_build_project = codebuild.Project(
    pipeline_stack, "CdkBuildProject",
    environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_7_0),
    build_spec=codebuild.BuildSpec.from_object({
        "version": "0.2",
        "phases": {"install": {"commands": "npm install"},
                   "build": {"commands": ["npm run build", "npm run cdk synth LambdaStack -- -o ."]}},
        "artifacts": {"files": "LambdaStack.template.yaml"},
    }))
cdk_build_output = codepipeline.Artifact()
cdk_build_action = codepipeline_actions.CodeBuildAction(
    action_name="CDK_Build", project=cdk_build_project, input=cdk_source_output, outputs=[cdk_build_output])
lambda_build_project = codebuild.Project(
    pipeline_stack, "LambdaBuildProject",
    environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_7_0),
    build_spec=codebuild.BuildSpec.from_object({
        "version": "0.2",
        "phases": {"install": {"commands": "npm install"}, "build": {"commands": "npm run build"}},
        "artifacts": {"files": ["index.js", "node_modules/**/*"]},
    }))
lambda_build_output = codepipeline.Artifact()
lambda_build_action = codepipeline_actions.CodeBuildAction(
    action_name="Lambda_Build", project=lambda_build_project, input=lambda_source_output,
    outputs=[lambda_build_output])
pipeline.add_stage(stage_name="Build", actions=[cdk_build_action, lambda_build_action])
pipeline.add_stage(stage_name="Deploy", actions=[codepipeline_actions.CloudFormationCreateUpdateStackAction(
    action_name="Lambda_CFN_Deploy", template_path=cdk_build_output.at_path("LambdaStack.template.yaml"),
    stack_name="LambdaStackDeployedName", admin_permissions=True,
    parameter_overrides=lambda_code.assign(bucket_name=lambda_build_output.s3_location.bucket_name,
                                           object_key=lambda_build_output.s3_location.object_key),
    extra_inputs=[lambda_build_output])])
app.synth()
