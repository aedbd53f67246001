"""aws-cdk's cloudformation/integ.stacksets: StackSet and stack-instances actions, the source an S3 asset."""

import os
import tempfile

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_s3_assets import Asset

# the original's test-artifact directory, written here so the app is self-contained
work = tempfile.mkdtemp()
with open(os.path.join(work, "template.yaml"), "w", newline="") as f:
    f.write("Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n")

app = App()
stack = Stack(app, "StackSetPipelineStack")
pipeline = codepipeline.Pipeline(stack, "Pipeline", artifact_bucket=s3.Bucket(
    stack, "ArtifactBucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True))
asset = Asset(stack, "Asset", path=work)
source_output = codepipeline.Artifact("SourceArtifact")
pipeline.add_stage(stage_name="Source", actions=[cpactions.S3SourceAction(
    action_name="Source", output=source_output, bucket=asset.bucket, bucket_key=asset.s3_object_key)])
accounts = ["1111", "2222"]
pipeline.add_stage(stage_name="Cfn", actions=[
    cpactions.CloudFormationDeployStackSetAction(
        action_name="StackSet", stack_set_name="TestStackSet",
        template=cpactions.StackSetTemplate.from_artifact_path(source_output.at_path("template.yaml")),
        stack_instances=cpactions.StackInstances.in_accounts(accounts, ["us-east-1", "eu-west-1"]), run_order=1),
    cpactions.CloudFormationDeployStackInstancesAction(
        action_name="Instances", stack_set_name="TestStackSet",
        stack_instances=cpactions.StackInstances.in_accounts(accounts, ["us-east-1", "eu-west-1"]), run_order=2),
])
app.synth()
