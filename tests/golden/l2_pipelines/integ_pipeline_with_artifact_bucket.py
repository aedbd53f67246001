"""Port of aws-cdk's pipelines integ.pipeline-with-artifact-bucket: the pipeline stores its artifacts in a bucket
passed in."""

from aws_cdk import App, Stack
from aws_cdk import aws_s3 as s3
from aws_cdk import pipelines
from constructs import Construct


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        source_bucket = s3.Bucket(self, "SourceBucket")
        pipelines.CodePipeline(self, "Pipeline", synth=pipelines.ShellStep(
            "Synth",
            input=pipelines.CodePipelineSource.s3(source_bucket, "key"),
            commands=["npm ci", "npm run build", "npx cdk synth"],
        ), artifact_bucket=s3.Bucket(self, "CustomArtifact"))


# The original sets the context "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2).
app = App()
PipelineStack(app, "PipelineStack")
app.synth()
