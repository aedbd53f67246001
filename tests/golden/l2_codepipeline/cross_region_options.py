"""Cross-region options: support stacks per pipeline stack (no reuse) without KMS keys, and a replication bucket
made in the stack of an action's resource when that stack is in the action's region."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns

app = cdk.App()
env = cdk.Environment(account="123456789012", region="us-east-1")
west = cdk.Stack(app, "WestResources", env=cdk.Environment(account="123456789012", region="us-west-2"))
target_bucket = s3.Bucket(west, "Target", bucket_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
stack = cdk.Stack(app, "CrossRegionPipeline", env=env)
source_bucket = s3.Bucket(stack, "Source")
source_output = codepipeline.Artifact()
pipeline = codepipeline.Pipeline(
    stack, "Pipeline", cross_account_keys=False, reuse_cross_region_support_stacks=False, stages=[
        codepipeline.StageProps(stage_name="Source", actions=[cpactions.S3SourceAction(
            action_name="S3", bucket=source_bucket, bucket_key="app.zip", output=source_output)]),
        codepipeline.StageProps(stage_name="Deploy", actions=[
            cpactions.S3DeployAction(action_name="West", bucket=target_bucket, input=source_output),
            cpactions.CloudFormationCreateUpdateStackAction(
                action_name="EuStack", stack_name="eu", template_path=source_output.at_path("t.yaml"),
                admin_permissions=False, region="eu-west-1"),
        ]),
    ])
topic = sns.Topic(stack, "Topic")
for region, support in sorted(pipeline.cross_region_support.items()):
    cdk.CfnOutput(stack, f"Support{region.replace('-', '')}", value=support.stack.stack_name)
app.synth()
