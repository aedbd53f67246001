"""Port of aws-cdk's integ.elastic-beanstalk-environment-target.ts: A records aliased to an Elastic Beanstalk
environment, with and without target health evaluation; the alias targets are overridden with the environment's
CNAME (read by an AwsCustomResource) and a zone id from a region mapping built from RegionInfo (IntegTest dropped).

The application bundle the original uploads (``integ.elastic-beanstalk-environment-target-assets``) is only partly
in the source index; a small stand-in directory is written to a temporary folder (same asset hash on both sides).
"""

import os
import tempfile

import jsii

import aws_cdk as cdk
from aws_cdk import aws_elasticbeanstalk as elasticbeanstalk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_assets as s3assets
from aws_cdk import custom_resources as custom
from aws_cdk.region_info import RegionInfo



@jsii.implements(targets.IAliasRecordTargetProps)
class AliasProps:
    """The TypeScript's ``{ evaluateTargetHealth: true }`` (a jsii interface: implemented by a class)."""

    def __init__(self, evaluate_target_health=None):
        self._evaluate_target_health = evaluate_target_health

    @property
    def evaluate_target_health(self):
        return self._evaluate_target_health

    @property
    def hosted_zone_id(self):
        return None


SOLUTION_STACK_NAME_NODEJS_20 = "64bit Amazon Linux 2023 v6.11.1 running Node.js 20"

assets_dir = tempfile.mkdtemp()
with open(os.path.join(assets_dir, "package.json"), "w", newline="") as f:
    f.write('{\n  "name": "eb-app",\n  "version": "1.0.0",\n  "main": "index.js",\n'
            '  "scripts": { "start": "node index.js" }\n}\n')
with open(os.path.join(assets_dir, "index.js"), "w", newline="") as f:
    f.write("require('http').createServer((req, res) => res.end('ok')).listen(process.env.PORT || 8080);\n")


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)

        ebs_hosted_zone_mapping = cdk.CfnMapping(self, "EbsHostedZoneMapping")
        for region in RegionInfo.regions:
            if region.ebs_env_endpoint_hosted_zone_id:
                ebs_hosted_zone_mapping.set_value(region.name, "hostedZoneId", region.ebs_env_endpoint_hosted_zone_id)

        s3bucket = s3.Bucket(self, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
        asset = s3assets.Asset(self, "Asset", path=assets_dir)
        asset.node.add_dependency(s3bucket)

        app = elasticbeanstalk.CfnApplication(self, "Application")

        app_version = elasticbeanstalk.CfnApplicationVersion(
            self, "ApplicationVersion", application_name=app.ref,
            source_bundle=elasticbeanstalk.CfnApplicationVersion.SourceBundleProperty(
                s3_bucket=asset.s3_bucket_name, s3_key=asset.s3_object_key),
        )
        app_version.node.add_dependency(app)
        app_version.node.add_dependency(asset)

        instance_role = iam.Role(self, "EbsEc2Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
        instance_role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AWSElasticBeanstalkWebTier"))

        instance_profile = iam.CfnInstanceProfile(self, "EbsInstanceProfile", roles=[instance_role.role_name])

        eb = elasticbeanstalk.CfnEnvironment(
            self, "Environment", application_name=app.ref, solution_stack_name=SOLUTION_STACK_NAME_NODEJS_20,
            option_settings=[
                elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
                    namespace="aws:autoscaling:launchconfiguration", option_name="IamInstanceProfile",
                    value=instance_profile.ref),
                elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
                    namespace="aws:autoscaling:asg", option_name="MinSize", value="1"),
                elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
                    namespace="aws:autoscaling:asg", option_name="MaxSize", value="1"),
                elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
                    namespace="aws:ec2:instances", option_name="InstanceTypes", value="t3.micro"),
            ],
            version_label=app_version.ref,
        )
        eb.node.add_dependency(app)

        get_environment_url = custom.AwsCustomResource(
            self, "GetEnvironmentUrl",
            on_create=custom.AwsSdkCall(
                service="ElasticBeanstalk", action="describeEnvironments",
                parameters={"EnvironmentNames": [cdk.Token.as_string(eb.environment_name)]},
                physical_resource_id=custom.PhysicalResourceId.of("EnvironmentUrl"),
                logging=custom.Logging.with_data_hidden(),
            ),
            policy=custom.AwsCustomResourcePolicy.from_sdk_calls(resources=custom.AwsCustomResourcePolicy.ANY_RESOURCE),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        get_environment_url.node.add_dependency(eb)

        zone = route53.PublicHostedZone(self, "HostedZone", zone_name="test.public")

        hosted_zone_id = ebs_hosted_zone_mapping.find_in_map(cdk.Aws.REGION, "hostedZoneId")

        alias_without_health_check = route53.ARecord(
            self, "Alias", zone=zone, record_name="without-health-check",
            target=route53.RecordTarget.from_alias(targets.ElasticBeanstalkEnvironmentEndpointTarget(
                "http://placeholder.placeholder.us-east-1.elasticbeanstalk.com")),
        )
        alias_without_health_check.node.add_dependency(get_environment_url)
        alias_without_health_check.node.default_child.alias_target = route53.CfnRecordSet.AliasTargetProperty(
            hosted_zone_id=hosted_zone_id, dns_name=get_environment_url.get_response_field("Environments.0.CNAME"),
        )

        alias_with_health_check = route53.ARecord(
            self, "AliasWithHealthCheck", zone=zone, record_name="with-health-check",
            target=route53.RecordTarget.from_alias(targets.ElasticBeanstalkEnvironmentEndpointTarget(
                "http://placeholder.placeholder.us-east-1.elasticbeanstalk.com", AliasProps(evaluate_target_health=True))),
        )
        alias_with_health_check.node.add_dependency(get_environment_url)
        alias_with_health_check.node.default_child.alias_target = route53.CfnRecordSet.AliasTargetProperty(
            hosted_zone_id=hosted_zone_id, dns_name=get_environment_url.get_response_field("Environments.0.CNAME"),
            evaluate_target_health=True,
        )


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestStack(app, "aws-cdk-elasticbeanstalk-integ")
app.synth()
