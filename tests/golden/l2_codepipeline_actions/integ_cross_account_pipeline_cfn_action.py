"""aws-cdk's integ.cross-account-pipeline-cfn-action: a CloudFormation action in another account (a support stack
with the action's role, the trust scoped to the pipeline role under the reduceCrossAccountActionRoleTrustScope
flag)."""

import os
import tempfile

from aws_cdk import App, Environment, Fn, RemovalPolicy, Stack
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as codepipeline_actions
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from aws_cdk.aws_kms import Key
from constructs import Construct

# the original's cloudformation/test-artifact directory, written here so the app is self-contained
work = tempfile.mkdtemp()
with open(os.path.join(work, "template.yaml"), "w", newline="") as f:
    f.write("Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n")

account = "123456789012"
cross_account = "234567890123"
region = "us-east-1"  # adapted: the original reads CDK_DEFAULT_REGION (its snapshot was made with one set)


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        source_bucket_key = Key(self, "SourceBucketKey")
        bucket = s3.Bucket(self, "SourceBucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True,
                           versioned=True, encryption_key=source_bucket_key)
        bucket_deployment = s3deploy.BucketDeployment(self, "BucketDeployment", sources=[s3deploy.Source.asset(work)],
                                                      destination_bucket=bucket, extract=False)
        zip_key = Fn.select(0, bucket_deployment.object_keys)
        source_output = codepipeline.Artifact("SourceArtifact")
        source_action = codepipeline_actions.S3SourceAction(action_name="Source", output=source_output,
                                                            bucket=bucket, bucket_key=zip_key)
        build_output = codepipeline.Artifact("BuildOutput")
        pipeline = codepipeline.Pipeline(
            self, "CrossAccountCloudformationPipeline", pipeline_name="cross-account-cfn-pipeline",
            cross_account_keys=True,
            artifact_bucket=s3.Bucket(self, "ArtifactBucket", encryption=s3.BucketEncryption.KMS,
                                      removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True,
                                      bucket_name="integ-cross-account-pipeline-artifact-bucket"))
        pipeline.add_stage(stage_name="Source", actions=[source_action])
        pipeline.add_stage(stage_name="Build", actions=[codepipeline_actions.CodeBuildAction(
            action_name="BuildAction",
            project=codebuild.PipelineProject(
                self, "BuildProject",
                environment=codebuild.BuildEnvironment(
                    build_image=codebuild.LinuxArmBuildImage.AMAZON_LINUX_2_STANDARD_3_0,
                    compute_type=codebuild.ComputeType.SMALL),
                build_spec=codebuild.BuildSpec.from_object({
                    "version": "0.2",
                    "phases": {"install": {"commands": ["npm install -y jq"]},
                               "build": {"commands": ['echo "Starting build..."']}},
                })),
            input=source_output, outputs=[build_output])])
        pipeline.add_stage(stage_name="CFN", actions=[codepipeline_actions.CloudFormationCreateUpdateStackAction(
            action_name="CFNDeploy", stack_name="aws-cdk-codepipeline-cross-account-deploy-stack",
            template_path=source_output.at_path("template.yaml"), admin_permissions=False,
            account=cross_account)])


app = App(post_cli_context={"@aws-cdk/pipelines:reduceCrossAccountActionRoleTrustScope": True})
PipelineStack(app, "CdkPipelineCfnActionStack", env=Environment(account=account, region=region))
app.synth()
