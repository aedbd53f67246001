"""aws-cdk's integ.pipeline-cfn: S3 sources and a CloudFormation change set with artifact parameter overrides."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_iam import Role, ServicePrincipal

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack = cdk.Stack(app, "aws-cdk-codepipeline-cloudformation")
pipeline = codepipeline.Pipeline(stack, "Pipeline", cross_account_keys=True)
bucket = s3.Bucket(stack, "PipelineBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY)
source_output = codepipeline.Artifact("SourceArtifact")
additional_artifact = codepipeline.Artifact("AdditionalArtifact")
source = cpactions.S3SourceAction(action_name="Source", output=source_output, bucket=bucket, bucket_key="key")
role = Role(stack, "CfnChangeSetRole", assumed_by=ServicePrincipal("cloudformation.amazonaws.com"))
pipeline.add_stage(stage_name="Source", actions=[
    source,
    cpactions.S3SourceAction(action_name="AdditionalSource", output=additional_artifact, bucket=bucket,
                             bucket_key="additional/key"),
])
pipeline.add_stage(stage_name="CFN", actions=[
    cpactions.CloudFormationCreateReplaceChangeSetAction(
        action_name="DeployCFN", change_set_name="ChangeSetIntegTest", stack_name="IntegTest-TestActionStack",
        deployment_role=role, template_path=source_output.at_path("test.yaml"), admin_permissions=False,
        parameter_overrides={
            "BucketName": source_output.bucket_name,
            "ObjectKey": source_output.object_key,
            "Url": additional_artifact.url,
            "OtherParam": source_output.get_param("params.json", "OtherParam"),
        },
        extra_inputs=[additional_artifact],
    ),
])
app.synth()
