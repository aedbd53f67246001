"""Port of aws-cdk's aws-route53-targets integ.elastic-beanstalk-token-endpoint.ts: a record aliased to an
Elastic Beanstalk environment endpoint read by an AwsCustomResource (whose SDK call names an undefined
environment name: aws-cdk-lib drops it), with the zone id from the stack's region."""

import aws_cdk as cdk
from aws_cdk import aws_elasticbeanstalk as elasticbeanstalk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets
from aws_cdk import custom_resources as custom

app = cdk.App()
stack = cdk.Stack(app, "cdk-route53-ebs-token-endpoint-integ", env=cdk.Environment(region="us-east-1"))
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="test.public")
application_name = "MyTestApplication"
ebs_app = elasticbeanstalk.CfnApplication(stack, "Application", application_name=application_name)
instance_role = iam.Role(stack, f"{application_name}-aws-elasticbeanstalk-ec2-role",
                         assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
instance_role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AWSElasticBeanstalkWebTier"))
instance_role.add_managed_policy(
    iam.ManagedPolicy.from_aws_managed_policy_name("AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy"))
instance_profile_name = f"{application_name}-aws-elasticbeanstalk-ec2-instance-profile"
iam.CfnInstanceProfile(stack, instance_profile_name, instance_profile_name=instance_profile_name,
                       roles=[instance_role.role_name])
option_settings = [
    elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
        namespace="aws:autoscaling:launchconfiguration", option_name="IamInstanceProfile",
        value=instance_profile_name),
    elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
        namespace="aws:autoscaling:launchconfiguration", option_name="RootVolumeType", value="gp3"),
    elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
        namespace="aws:ec2:instances", option_name="InstanceTypes", value="t3.micro"),
    elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
        namespace="aws:elasticbeanstalk:environment", option_name="EnvironmentType", value="SingleInstance"),
]
ebs_env = elasticbeanstalk.CfnEnvironment(
    stack, "Environment", application_name=application_name,
    solution_stack_name="64bit Amazon Linux 2023 v6.5.0 running Node.js 22", option_settings=option_settings,
)
ebs_env.add_dependency(ebs_app)
get_environment_url = custom.AwsCustomResource(
    stack, "GetEnvironmentUrl",
    on_create=custom.AwsSdkCall(
        service="ElasticBeanstalk",
        action="describeEnvironments",
        parameters={"EnvironmentNames": [cdk.Token.as_string(ebs_env.environment_name)]},
        physical_resource_id=custom.PhysicalResourceId.of("EnvironmentUrl"),
        logging=custom.Logging.with_data_hidden(),
    ),
    policy=custom.AwsCustomResourcePolicy.from_sdk_calls(resources=custom.AwsCustomResourcePolicy.ANY_RESOURCE),
)
get_environment_url.node.add_dependency(ebs_env)
route53.ARecord(
    stack, "AliasRecord", zone=zone, record_name="test",
    target=route53.RecordTarget.from_alias(targets.ElasticBeanstalkEnvironmentEndpointTarget(
        get_environment_url.get_response_field("Environments.0.CNAME")
    )),
)
app.synth()
