"""Hand-written L1 Elastic Beanstalk app: what pycdk's elasticbeanstalk.Application / ApplicationVersion /
Environment must synthesize (web with traffic splitting, worker with periodic tasks, single instance).

Option namespaces, names and values follow the Elastic Beanstalk developer guide ("General options for all
environments"); tests/l2/elasticbeanstalk/test_eb_l1_equivalence.py builds the same stack with the L2s.
"""

import aws_cdk as cdk
from _files import WEB_SOURCE, WORKER_SOURCE_WITH_CRON
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticbeanstalk as eb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3_assets as s3_assets
from aws_cdk import aws_sqs as sqs
from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "BeanstalkEnvironments")
STACK_NAME = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"
ENV = "aws:elasticbeanstalk:environment"


def opt(namespace, name, value):
    return eb.CfnEnvironment.OptionSettingProperty(namespace=namespace, option_name=name, value=value)


def version(id_, source):
    scope = Construct(stack, id_)
    asset = s3_assets.Asset(scope, "Source", path=source)
    return eb.CfnApplicationVersion(
        scope, "Resource", application_name=application.ref,
        source_bundle=eb.CfnApplicationVersion.SourceBundleProperty(s3_bucket=asset.s3_bucket_name,
                                                                    s3_key=asset.s3_object_key))


def instance_role(scope):
    role = iam.Role(scope, "InstanceRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
                    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AWSElasticBeanstalkWebTier")])
    return role


def service_role(scope, *policies, id_="ServiceRole"):
    return iam.Role(scope, id_, assumed_by=iam.ServicePrincipal(
        "elasticbeanstalk.amazonaws.com", conditions={"StringEquals": {"sts:ExternalId": "elasticbeanstalk"}}),
        managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(p) for p in policies])


application_scope = Construct(stack, "Shop")
lifecycle_role = service_role(application_scope, "service-role/AWSElasticBeanstalkEnhancedHealth",
                              "AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy", id_="LifecycleRole")
application = eb.CfnApplication(
    application_scope, "Resource", application_name="shop", description="The shop and its order worker",
    resource_lifecycle_config=eb.CfnApplication.ApplicationResourceLifecycleConfigProperty(
        service_role=lifecycle_role.role_arn,
        version_lifecycle_config=eb.CfnApplication.ApplicationVersionLifecycleConfigProperty(
            max_count_rule=eb.CfnApplication.MaxCountRuleProperty(delete_source_from_s3=True, enabled=True,
                                                                  max_count=50))))
web_version = version("WebV1", WEB_SOURCE)
worker_version = version("WorkerV1", WORKER_SOURCE_WITH_CRON)

vpc = ec2.Vpc.from_vpc_attributes(
    stack, "Vpc", vpc_id="vpc-0a1b2c3d", availability_zones=["us-east-1a", "us-east-1b"],
    public_subnet_ids=["subnet-pub1", "subnet-pub2"], private_subnet_ids=["subnet-priv1", "subnet-priv2"])
app_sg = ec2.SecurityGroup.from_security_group_id(stack, "AppSg", "sg-0123456789abcdef0")

# web server: load-balanced (ALB), VPC, enhanced health, managed updates, X-Ray, traffic splitting
web = Construct(stack, "Web")
web_role = instance_role(web)
web_profile = iam.InstanceProfile(web, "InstanceProfile", role=web_role)
web_service = service_role(web, "service-role/AWSElasticBeanstalkEnhancedHealth",
                           "AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy")
eb.CfnEnvironment(
    web, "Resource", application_name=application.ref, environment_name="shop-web",
    solution_stack_name=STACK_NAME, version_label=web_version.ref,
    tier=eb.CfnEnvironment.TierProperty(name="WebServer", type="Standard"),
    option_settings=[
        opt(ENV, "EnvironmentType", "LoadBalanced"),
        opt(ENV, "ServiceRole", web_service.role_arn),
        opt(ENV, "LoadBalancerType", "application"),
        opt("aws:autoscaling:launchconfiguration", "IamInstanceProfile", web_profile.instance_profile_name),
        opt("aws:autoscaling:launchconfiguration", "SecurityGroups", cdk.Fn.join(",", [app_sg.security_group_id])),
        opt("aws:ec2:instances", "InstanceTypes", "t3.small,t3.medium"),
        opt("aws:autoscaling:asg", "MinSize", "2"),
        opt("aws:autoscaling:asg", "MaxSize", "6"),
        opt("aws:ec2:vpc", "VPCId", "vpc-0a1b2c3d"),
        opt("aws:ec2:vpc", "Subnets", cdk.Fn.join(",", ["subnet-priv1", "subnet-priv2"])),
        opt("aws:ec2:vpc", "ELBSubnets", cdk.Fn.join(",", ["subnet-pub1", "subnet-pub2"])),
        opt("aws:elasticbeanstalk:healthreporting:system", "SystemType", "enhanced"),
        opt("aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled", "true"),
        opt("aws:elasticbeanstalk:managedactions", "PreferredStartTime", "Sun:10:00"),
        opt("aws:elasticbeanstalk:managedactions", "ServiceRoleForManagedUpdates", web_service.role_arn),
        opt("aws:elasticbeanstalk:managedactions:platformupdate", "UpdateLevel", "minor"),
        opt("aws:elasticbeanstalk:managedactions:platformupdate", "InstanceRefreshEnabled", "true"),
        opt("aws:elasticbeanstalk:xray", "XRayEnabled", "true"),
        opt("aws:elasticbeanstalk:command", "DeploymentPolicy", "TrafficSplitting"),
        opt("aws:elasticbeanstalk:trafficsplitting", "NewVersionPercent", "15"),
        opt("aws:elasticbeanstalk:trafficsplitting", "EvaluationTime", "10"),
        opt("aws:elasticbeanstalk:application:environment", "STAGE", "prod"),
        opt("aws:elasticbeanstalk:application:environment", "ORDERS_TABLE", "orders"),
    ],
)

# worker: its own queue, periodic tasks, rolling with an additional batch of one instance
worker = Construct(stack, "Worker")
queue = sqs.Queue(worker, "WorkerQueue")
worker_role = instance_role(worker)
queue.grant_consume_messages(worker_role)
worker_role.add_to_principal_policy(iam.PolicyStatement(actions=["cloudwatch:PutMetricData"], resources=["*"]))
worker_role.add_to_principal_policy(iam.PolicyStatement(
    actions=["dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:UpdateItem"],
    resources=[stack.format_arn(service="dynamodb", resource="table",
                                resource_name="*-stack-AWSEBWorkerCronLeaderRegistry*")]))
worker_profile = iam.InstanceProfile(worker, "InstanceProfile", role=worker_role)
eb.CfnEnvironment(
    worker, "Resource", application_name=application.ref, solution_stack_name=STACK_NAME,
    version_label=worker_version.ref, tier=eb.CfnEnvironment.TierProperty(name="Worker", type="SQS/HTTP"),
    option_settings=[
        opt(ENV, "EnvironmentType", "LoadBalanced"),
        opt("aws:autoscaling:launchconfiguration", "IamInstanceProfile", worker_profile.instance_profile_name),
        opt("aws:autoscaling:asg", "MinSize", "1"),
        opt("aws:autoscaling:asg", "MaxSize", "3"),
        opt("aws:elasticbeanstalk:command", "DeploymentPolicy", "RollingWithAdditionalBatch"),
        opt("aws:elasticbeanstalk:command", "BatchSizeType", "Fixed"),
        opt("aws:elasticbeanstalk:command", "BatchSize", "1"),
        opt("aws:elasticbeanstalk:sqsd", "WorkerQueueURL", queue.queue_url),
        opt("aws:elasticbeanstalk:sqsd", "HttpPath", "/tasks"),
        opt("aws:elasticbeanstalk:sqsd", "HttpConnections", "10"),
        opt("aws:elasticbeanstalk:sqsd", "VisibilityTimeout", "600"),
        opt("aws:elasticbeanstalk:sqsd", "MaxRetries", "5"),
    ],
)

# single instance on a platform ARN, immutable deployments, basic health: no service role
staging = Construct(stack, "Staging")
staging_role = instance_role(staging)
staging_profile = iam.InstanceProfile(staging, "InstanceProfile", role=staging_role)
eb.CfnEnvironment(
    staging, "Resource", application_name=application.ref, description="Staging",
    platform_arn="arn:aws:elasticbeanstalk:us-east-1::platform/Python 3.11 running on 64bit Amazon Linux 2023/4.3.0",
    tier=eb.CfnEnvironment.TierProperty(name="WebServer", type="Standard"),
    option_settings=[
        opt(ENV, "EnvironmentType", "SingleInstance"),
        opt("aws:autoscaling:launchconfiguration", "IamInstanceProfile", staging_profile.instance_profile_name),
        opt("aws:elasticbeanstalk:healthreporting:system", "SystemType", "basic"),
        opt("aws:elasticbeanstalk:command", "DeploymentPolicy", "Immutable"),
    ],
)
app.synth()
