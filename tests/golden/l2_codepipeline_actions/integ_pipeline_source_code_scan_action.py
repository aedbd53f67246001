"""aws-cdk's integ.pipeline-source-code-scan-action: an Inspector source code scan with thresholds."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={"@aws-cdk/pipelines:reduceStageRoleTrustScope": False})
stack = cdk.Stack(app, "codepipeline-source-code-scan-action")
connection_arn = "arn:aws:codestar-connections:us-east-1:123456789012:connection/mock-connection-id"
cdk.Annotations.of(stack).add_warning_v2(
    "integ:connection-arn", "You must specify your connection ARN in the CONNECTION_ARN environment variable")
cdk.Annotations.of(stack).add_warning_v2(
    "integ:repo-owner", "You must specify your repository owner in the REPO_OWNER environment variable")
cdk.Annotations.of(stack).add_warning_v2(
    "integ:repo-name", "You must specify your repository name in the REPO_NAME environment variable")
source_output = codepipeline.Artifact()
source_action = cpactions.CodeStarConnectionsSourceAction(
    action_name="CodeStarConnectionsSourceAction", output=source_output, connection_arn=connection_arn,
    owner="MOCK", repo="MOCK")
scan_output = codepipeline.Artifact()
scan_action = cpactions.InspectorSourceCodeScanAction(
    action_name="InspectorSourceCodeScanAction", input=source_output, output=scan_output, critical_threshold=1,
    high_threshold=1, medium_threshold=1, low_threshold=1)
deploy_bucket = s3.Bucket(stack, "DeployBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
deploy_action = cpactions.S3DeployAction(action_name="DeployAction", input=scan_output, bucket=deploy_bucket,
                                         object_key="my-key")
codepipeline.Pipeline(stack, "Pipeline", pipeline_type=codepipeline.PipelineType.V2, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source_action]),
    codepipeline.StageProps(stage_name="Invoke", actions=[scan_action]),
    codepipeline.StageProps(stage_name="Deploy", actions=[deploy_action]),
])
app.synth()
