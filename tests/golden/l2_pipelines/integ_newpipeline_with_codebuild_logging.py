"""Port of aws-cdk's pipelines integ.newpipeline-with-codebuild-logging: CloudWatch and S3 logging for every
CodeBuild project (code_build_defaults), waves of stages."""

from aws_cdk import App, Stack, Stage
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        bucket = s3.Bucket.from_bucket_name(self, "LogBucket", "bucket-name")
        log_group = logs.LogGroup.from_log_group_name(self, "LogGroup", "log-group-name")
        pipeline = pipelines.CodePipeline(self, "Pipeline", synth=pipelines.ShellStep(
            "Synth",
            input=pipelines.CodePipelineSource.git_hub("colifran/cdk-pipelines-demo", "main"),
            commands=["npm ci", "npm run build", "npx cdk synth"],
        ), code_build_defaults=pipelines.CodeBuildOptions(logging=codebuild.LoggingOptions(
            cloud_watch=codebuild.CloudWatchLoggingOptions(log_group=log_group),
            s3=codebuild.S3LoggingOptions(bucket=bucket))))
        pipeline.add_stage(AppStage(self, "Beta"))
        group = pipeline.add_wave("Wave1")
        group.add_stage(AppStage(self, "Prod1"))
        group.add_stage(AppStage(self, "Prod2"))
        group2 = pipeline.add_wave("Wave2")
        group2.add_stage(AppStage(self, "Prod3"))
        group2.add_stage(AppStage(self, "Prod4"))
        group2.add_stage(AppStage(self, "Prod5"))
        group2.add_stage(AppStage(self, "Prod6"))


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack1 = Stack(self, "Stack1")
        queue1 = sqs.Queue(stack1, "Queue")
        stack2 = Stack(self, "Stack2")
        sqs.Queue(stack2, "OtherQueue", dead_letter_queue=sqs.DeadLetterQueue(queue=queue1, max_receive_count=5))


# The original also sets "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2).
app = App(post_cli_context={"@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False})
PipelineStack(app, "PipelineStack")
app.synth()
