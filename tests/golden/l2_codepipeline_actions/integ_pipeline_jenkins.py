"""aws-cdk's integ.pipeline-jenkins: a Jenkins provider (custom action types) and build/test actions."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codepipeline-jenkins")
bucket = s3.Bucket(stack, "MyBucket", versioned=True)
pipeline = codepipeline.Pipeline(stack, "Pipeline", artifact_bucket=bucket)
source_output = codepipeline.Artifact()
source_action = cpactions.S3SourceAction(action_name="S3", bucket_key="some/path", bucket=bucket,
                                         output=source_output)
pipeline.add_stage(stage_name="Source", actions=[source_action])
jenkins_provider = cpactions.JenkinsProvider(stack, "JenkinsProvider", provider_name="JenkinsProvider",
                                             server_url="http://myjenkins.com:8080", version="2")
pipeline.add_stage(stage_name="Build", actions=[
    cpactions.JenkinsAction(action_name="JenkinsBuild", jenkins_provider=jenkins_provider,
                            type=cpactions.JenkinsActionType.BUILD, project_name="JenkinsProject1",
                            inputs=[source_output], outputs=[codepipeline.Artifact()]),
    cpactions.JenkinsAction(action_name="JenkinsTest", jenkins_provider=jenkins_provider,
                            type=cpactions.JenkinsActionType.TEST, project_name="JenkinsProject2",
                            inputs=[source_output]),
    cpactions.JenkinsAction(action_name="JenkinsTest2", jenkins_provider=jenkins_provider,
                            type=cpactions.JenkinsActionType.TEST, project_name="JenkinsProject3",
                            inputs=[source_output]),
])
app.synth()
