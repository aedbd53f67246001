"""Port of aws-cdk's pipelines integ.newpipeline-with-cross-region-replication-buckets: a wave deploying to two
regions with the artifact buckets of those regions passed in."""

from aws_cdk import App, Environment, RemovalPolicy, Stack, Stage
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct

REGIONAL_BUCKETS = {
    "us-east-1": "us-east-1-newpipeline-with-cross-region-replication-buckets",
    "us-west-2": "us-west-2-newpipeline-with-cross-region-replication-buckets",
}


class RegionalS3Stack(Stack):
    def __init__(self, scope: Construct, id: str, bucket_name: str | None = None, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.bucket = s3.Bucket(self, "RegionalBucket", bucket_name=bucket_name,
                                block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
                                encryption=s3.BucketEncryption.S3_MANAGED, enforce_ssl=True, versioned=True,
                                auto_delete_objects=True, removal_policy=RemovalPolicy.DESTROY)


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, cross_region_replication_buckets=None, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        pipeline = pipelines.CodePipeline(self, "Pipeline", synth=pipelines.ShellStep(
            "Synth", input=pipelines.CodePipelineSource.git_hub("colifran/cdk-pipelines-demo", "main"),
            commands=["npm ci", "npm run build", "npx cdk synth"]),
            cross_region_replication_buckets=cross_region_replication_buckets)
        wave = pipeline.add_wave("MultiRegion")
        for region in REGIONAL_BUCKETS:
            wave.add_stage(AppStage(self, region, env=Environment(region=region)))


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack1 = Stack(self, "Queue1")
        sqs.Queue(stack1, "Queue")


# The original also sets "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2).
app = App(post_cli_context={"@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False})
us_east_1 = RegionalS3Stack(app, "usEast1S3Stack", env=Environment(region="us-east-1"),
                            bucket_name=REGIONAL_BUCKETS["us-east-1"])
us_west_2 = RegionalS3Stack(app, "usWest2S3Stack", env=Environment(region="us-west-2"),
                            bucket_name=REGIONAL_BUCKETS["us-west-2"])
PipelineStack(app, "PipelineStack", env=Environment(region="us-east-1"),
              cross_region_replication_buckets={"us-east-1": us_east_1.bucket, "us-west-2": us_west_2.bucket})
app.synth()
