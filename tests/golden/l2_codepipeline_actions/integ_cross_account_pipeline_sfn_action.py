"""aws-cdk's integ.cross-account-pipeline-sfn-action: a Step Functions action on a state machine of another
account's stack."""

import os
import tempfile
import zipfile

from aws_cdk import App, Environment, Fn, PhysicalName, RemovalPolicy, Stack
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as codepipeline_actions
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_iam import AccountPrincipal, Role
from aws_cdk.aws_kms import Key
from constructs import Construct

# the original's assets/nodejs.zip: a zip written here (fixed timestamps, so both runs hash the same bytes)
work = tempfile.mkdtemp()
zip_path = os.path.join(work, "nodejs.zip")
with zipfile.ZipFile(zip_path, "w") as z:
    z.writestr(zipfile.ZipInfo("index.js", date_time=(2020, 1, 1, 0, 0, 0)), "exports.handler = () => 'ok';\n")

account = "123456789012"
cross_account = "234567890123"
region = "us-east-1"  # adapted: the original reads CDK_DEFAULT_REGION (its snapshot was made with one set)


class StepFunctionStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.state_machine = sfn.StateMachine(
            self, "CrossAccountStateMachine",
            definition=sfn.Pass(self, "PassState", result=sfn.Result.from_object(
                {"message": "Hello from cross-account Step Function!"})),
            state_machine_name="CrossAccountStateMachine")
        self.cross_account_role = Role(self, "CrossAccountRole", role_name=PhysicalName.GENERATE_IF_NEEDED,
                                       assumed_by=AccountPrincipal(account))
        self.state_machine.grant_start_execution(self.cross_account_role)


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, state_machine: sfn.IStateMachine, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        source_bucket_key = Key(self, "SourceBucketKey", description="SourceBucketKey")
        bucket = s3.Bucket(self, "SourceBucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True,
                           versioned=True, encryption_key=source_bucket_key)
        bucket_deployment = s3deploy.BucketDeployment(self, "BucketDeployment",
                                                      sources=[s3deploy.Source.asset(zip_path)],
                                                      destination_bucket=bucket, extract=False)
        zip_key = Fn.select(0, bucket_deployment.object_keys)
        source_output = codepipeline.Artifact("SourceArtifact")
        source_action = codepipeline_actions.S3SourceAction(action_name="Source", output=source_output,
                                                            bucket=bucket, bucket_key=zip_key)
        build_output = codepipeline.Artifact("BuildOutput")
        pipeline = codepipeline.Pipeline(
            self, "CrossAccountStepFunctionsPipeline", pipeline_name="cross-account-sfn-pipeline",
            cross_account_keys=True,
            artifact_bucket=s3.Bucket(self, "ArtifactBucket", encryption=s3.BucketEncryption.KMS,
                                      removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True))
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
        pipeline.add_stage(stage_name="InvokeStepFunction", actions=[codepipeline_actions.StepFunctionInvokeAction(
            action_name="InvokeStateMachine", state_machine=state_machine,
            state_machine_input=codepipeline_actions.StateMachineInput.literal({"source": "codepipeline"}))])


app = App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": True,
})
step_function_stack = StepFunctionStack(app, "CrossAccountStepFunctionStack",
                                        env=Environment(account=cross_account, region=region))
pipeline_stack = PipelineStack(app, "CdkPipelineStepFunctionsActionStack", step_function_stack.state_machine,
                               env=Environment(account=account, region=region))
pipeline_stack.add_dependency(step_function_stack)
app.synth()
