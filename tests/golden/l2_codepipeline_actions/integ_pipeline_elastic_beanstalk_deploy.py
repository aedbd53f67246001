"""aws-cdk's integ.pipeline-elastic-beanstalk-deploy: an Elastic Beanstalk deploy action; the source object written by a
bucket deployment."""

import os
import tempfile
import zipfile

from aws_cdk import App, Fn, RemovalPolicy, Stack
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_elasticbeanstalk as elasticbeanstalk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as deploy

# the original's assets/nodejs.zip: a zip written here (fixed timestamps, so both runs hash the same bytes)
work = tempfile.mkdtemp()
zip_path = os.path.join(work, "nodejs.zip")
with zipfile.ZipFile(zip_path, "w") as z:
    z.writestr(zipfile.ZipInfo("index.js", date_time=(2020, 1, 1, 0, 0, 0)), "exports.handler = () => 'ok';\n")

app = App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack = Stack(app, "aws-cdk-codepipeline-elastic-beanstalk-deploy")
bucket = s3.Bucket(stack, "PipelineBucket", versioned=True, removal_policy=RemovalPolicy.DESTROY,
                   auto_delete_objects=True)
artifact = deploy.BucketDeployment(stack, "DeployApp", sources=[deploy.Source.asset(zip_path)],
                                   destination_bucket=bucket, extract=False)


def managed(id, arn):
    # the original passes { managedPolicyArn } literals; an imported managed policy renders the same
    return iam.ManagedPolicy.from_managed_policy_arn(stack, id, arn)


service_role = iam.Role(
    stack, "service-role", role_name="codepipeline-elasticbeanstalk-action-test-serivce-role",
    assumed_by=iam.ServicePrincipal("elasticbeanstalk.amazonaws.com"),
    managed_policies=[
        managed("EnhancedHealth", "arn:aws:iam::aws:policy/service-role/AWSElasticBeanstalkEnhancedHealth"),
        managed("ManagedUpdates", "arn:aws:iam::aws:policy/AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy"),
    ])
instance_profile_role = iam.Role(
    stack, "instance-profile-role", role_name="codepipeline-elasticbeanstalk-action-test-instance-profile-role",
    assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
    managed_policies=[
        managed("WebTier", "arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier"),
        managed("MulticontainerDocker", "arn:aws:iam::aws:policy/AWSElasticBeanstalkMulticontainerDocker"),
        managed("WorkerTier", "arn:aws:iam::aws:policy/AWSElasticBeanstalkWorkerTier"),
    ])
instance_profile = iam.CfnInstanceProfile(stack, "instance-profile", roles=[instance_profile_role.role_name],
                                          instance_profile_name=instance_profile_role.role_name)
beanstalk_app = elasticbeanstalk.CfnApplication(stack, "beastalk-app", application_name="codepipeline-test-app")
beanstalk_env = elasticbeanstalk.CfnEnvironment(
    stack, "beanstlk-env", application_name=beanstalk_app.application_name,
    environment_name="codepipeline-test-env", solution_stack_name="64bit Amazon Linux 2023 v6.5.2 running Node.js 20",
    option_settings=[
        elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
            namespace="aws:autoscaling:launchconfiguration", option_name="IamInstanceProfile",
            value=instance_profile.instance_profile_name),
        elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
            namespace="aws:elasticbeanstalk:environment", option_name="ServiceRole", value=service_role.role_name),
        elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
            namespace="aws:elasticbeanstalk:environment", option_name="LoadBalancerType", value="application"),
        elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
            namespace="aws:elasticbeanstalk:managedactions", option_name="ServiceRoleForManagedUpdates",
            value="AWSServiceRoleForElasticBeanstalkManagedUpdates"),
    ])
beanstalk_env.add_dependency(instance_profile)
beanstalk_env.add_dependency(beanstalk_app)
pipeline = codepipeline.Pipeline(stack, "Pipeline", artifact_bucket=bucket)
source_output = codepipeline.Artifact("SourceArtifact-issue-27117")
source_action = cpactions.S3SourceAction(action_name="Source", output=source_output, bucket=bucket,
                                         bucket_key=Fn.select(0, artifact.object_keys))
pipeline.add_stage(stage_name="Source", actions=[source_action])
pipeline.add_stage(stage_name="Deploy", actions=[cpactions.ElasticBeanstalkDeployAction(
    action_name="Deploy", input=source_output, environment_name=beanstalk_env.environment_name,
    application_name=beanstalk_app.application_name)])
app.synth()
