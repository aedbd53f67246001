"""Port of aws-cdk's pipelines integ.pipeline-with-customsynthesizer: stages in another region, one with a stack
synthesizer of its own qualifier; Lambda code assets published by the pipeline."""

import os
import tempfile

from aws_cdk import App, DefaultStackSynthesizer, Environment, RemovalPolicy, Stack, Stage
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import pipelines
from constructs import Construct

# the original's testhelpers/assets folder is not in the source index: a stand-in, same on both sides
ASSETS = tempfile.mkdtemp()
with open(os.path.join(ASSETS, "index.py"), "w", encoding="utf-8") as f:
    f.write("def handler(event, context):\n    return None\n")


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        bucket = s3.Bucket(self, "assetsBucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
        pipeline = pipelines.CodePipeline(self, "Pipeline", synth=pipelines.ShellStep(
            "Synth", input=pipelines.CodePipelineSource.s3(bucket, "cdk-sample.zip"),
            commands=["npm ci", "npm run build", "npx cdk synth"]))
        pipeline.add_stage(DeploymentStage(self, "Staging", environment_abbreviation="dev", region="us-east-1"))
        pipeline.add_stage(DeploymentStage(self, "Production", environment_abbreviation="prd", region="us-east-1"))


class LambdaStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        lambda_.Function(self, "LambdaFN", runtime=lambda_.Runtime.PYTHON_3_10, handler="index.handler",
                         code=lambda_.Code.from_asset(ASSETS))


class DeploymentStage(Stage):
    def __init__(self, scope: Construct, id: str, *, environment_abbreviation: str, region: str) -> None:
        super().__init__(scope, id)
        synth = DefaultStackSynthesizer()
        if environment_abbreviation == "dev":
            synth = DefaultStackSynthesizer(qualifier="dev")
        LambdaStack(self, f"{environment_abbreviation}-lambda-stack", env=Environment(region=region),
                    synthesizer=synth)


# The original also sets "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2).
app = App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": True,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": True,
})
PipelineStack(app, "pipeline-asset-stack", env=Environment(region="us-east-1", account="123456789012"))
app.synth()
