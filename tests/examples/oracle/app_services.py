"""examples/app_services written out with aws-cdk-lib: its L2 classes (same ids and props) for ``AppServices``; for
``AppServicesBeanstalk``, which uses pycdk's Elastic Beanstalk L2 (aws-cdk-lib has only L1 classes there), the
hand-written L1 template those L2s stand for (the same option settings, roles and instance profiles)."""

import json
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigatewayv2
from aws_cdk import aws_apigatewayv2_authorizers as apigatewayv2_authorizers
from aws_cdk import aws_apigatewayv2_integrations as apigatewayv2_integrations
from aws_cdk import aws_appconfig as appconfig
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_elasticbeanstalk as eb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3_assets as s3_assets
from aws_cdk import aws_sqs as sqs

from constructs import Construct

HERE = Path(__file__).resolve().parents[3] / "examples" / "app_services"
HANDLER_DIR = HERE / "handler"
"""The function's code: ``handler/features.py``."""
SCHEMA_FILE = HERE / "schema.graphql"
"""The GraphQL schema of the notes API."""

FEATURE_FLAGS = {
    "version": "1",
    "flags": {
        "dark_mode": {"name": "Dark mode"},
        "new_editor": {"name": "New note editor", "description": "The rich-text editor"},
    },
    "values": {"dark_mode": {"enabled": True}, "new_editor": {"enabled": False}},
}
"""The feature flags, in AppConfig's ``AWS.AppConfig.FeatureFlags`` format."""


app = cdk.App()
stack = cdk.Stack(
    app,
    "AppServices",
    description="Cognito-protected HTTP and GraphQL APIs with feature flags (pycdk example)",
)
user_pool = cognito.UserPool(
    stack,
    "Users",
    user_pool_name="app-users",
    self_sign_up_enabled=True,
    sign_in_aliases=cognito.SignInAliases(email=True),
    auto_verify=cognito.AutoVerifiedAttrs(email=True),
    password_policy=cognito.PasswordPolicy(min_length=12, require_symbols=True),
    mfa=cognito.Mfa.OPTIONAL,
    mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True),
    account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
client = user_pool.add_client(
    "WebClient",
    auth_flows=cognito.AuthFlow(user_srp=True),
    prevent_user_existence_errors=True,
)

application = appconfig.Application(stack, "FeatureFlags", application_name="app-services")
flags_environment = appconfig.Environment(
    stack, "ProdFlags", application=application, environment_name="prod"
)
flags = appconfig.HostedConfiguration(
    stack,
    "Flags",
    application=application,
    name="feature-flags",
    type=appconfig.ConfigurationType.FEATURE_FLAGS,
    content=appconfig.ConfigurationContent.from_inline_json(json.dumps(FEATURE_FLAGS)),
    deploy_to=[flags_environment],
    deployment_strategy=appconfig.DeploymentStrategy(
        stack,
        "Linear",
        rollout_strategy=appconfig.RolloutStrategy.linear(
            growth_factor=20, deployment_duration=cdk.Duration.minutes(10)
        ),
    ),
)

features_function = lambda_.Function(
    stack,
    "FeaturesFunction",
    code=lambda_.Code.from_asset(str(HANDLER_DIR), exclude=["__pycache__", "*.pyc"]),
    handler="features.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    timeout=cdk.Duration.seconds(10),
    description="GET /features: the deployed feature flags",
    environment={
        "APPCONFIG_APPLICATION_ID": application.application_id,
        "APPCONFIG_ENVIRONMENT_ID": flags_environment.environment_id,
        "APPCONFIG_PROFILE_ID": flags.configuration_profile_id,
    },
)
flags_environment.grant_read_config(features_function)

authorizer = apigatewayv2_authorizers.HttpUserPoolAuthorizer(
    "UsersAuthorizer", user_pool, user_pool_clients=[client]
)
http_api = apigatewayv2.HttpApi(
    stack,
    "HttpApi",
    api_name="app-services",
    default_authorizer=authorizer,
    cors_preflight=apigatewayv2.CorsPreflightOptions(
        allow_origins=["https://app.example.com"],
        allow_methods=[apigatewayv2.CorsHttpMethod.GET],
        allow_headers=["Authorization"],
    ),
)
http_api.add_routes(
    path="/features",
    methods=[apigatewayv2.HttpMethod.GET],
    integration=apigatewayv2_integrations.HttpLambdaIntegration("Features", features_function),
)

table = dynamodb.Table(
    stack,
    "Notes",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
graphql_api = appsync.GraphqlApi(
    stack,
    "NotesApi",
    name="notes",
    definition=appsync.Definition.from_file(str(SCHEMA_FILE)),
    authorization_config=appsync.AuthorizationConfig(
        default_authorization=appsync.AuthorizationMode(
            authorization_type=appsync.AuthorizationType.USER_POOL,
            user_pool_config=appsync.UserPoolConfig(user_pool=user_pool),
        )
    ),
    xray_enabled=True,
)
notes = graphql_api.add_dynamo_db_data_source("NotesSource", table)
notes.create_resolver(
    "GetNote",
    type_name="Query",
    field_name="getNote",
    request_mapping_template=appsync.MappingTemplate.dynamo_db_get_item("id", "id"),
    response_mapping_template=appsync.MappingTemplate.dynamo_db_result_item(),
)
notes.create_resolver(
    "ListNotes",
    type_name="Query",
    field_name="listNotes",
    request_mapping_template=appsync.MappingTemplate.dynamo_db_scan_table(),
    response_mapping_template=appsync.MappingTemplate.dynamo_db_result_list(),
)
notes.create_resolver(
    "CreateNote",
    type_name="Mutation",
    field_name="createNote",
    request_mapping_template=appsync.MappingTemplate.dynamo_db_put_item(
        appsync.PrimaryKey.partition("id").auto(), appsync.Values.projecting("input")
    ),
    response_mapping_template=appsync.MappingTemplate.dynamo_db_result_item(),
)
notes.create_resolver(
    "DeleteNote",
    type_name="Mutation",
    field_name="deleteNote",
    request_mapping_template=appsync.MappingTemplate.dynamo_db_delete_item("id", "id"),
    response_mapping_template=appsync.MappingTemplate.dynamo_db_result_item(),
)

cdk.CfnOutput(stack, "UserPoolId", value=user_pool.user_pool_id)
cdk.CfnOutput(stack, "UserPoolClientId", value=client.user_pool_client_id)
cdk.CfnOutput(stack, "HttpApiUrl", value=http_api.url or "")
cdk.CfnOutput(stack, "GraphqlUrl", value=graphql_api.graphql_url)

# --- AppServicesBeanstalk: the L1 template of the Elastic Beanstalk L2s -----------------------------------------
SOURCES = HERE / "beanstalk"
PLATFORM = "64bit Amazon Linux 2023 v4.3.0 running Python 3.12"
ENV = "aws:elasticbeanstalk:environment"
eb_stack = cdk.Stack(
    app, "AppServicesBeanstalk", description="A Beanstalk web and worker environment (pycdk example)"
)


def opt(namespace, name, value):
    return eb.CfnEnvironment.OptionSettingProperty(namespace=namespace, option_name=name, value=value)


def version(id_, source):
    scope = Construct(eb_stack, id_)
    asset = s3_assets.Asset(scope, "Source", path=str(source))
    return eb.CfnApplicationVersion(
        scope,
        "Resource",
        application_name=eb_application.ref,
        source_bundle=eb.CfnApplicationVersion.SourceBundleProperty(
            s3_bucket=asset.s3_bucket_name, s3_key=asset.s3_object_key
        ),
    )


def instance_role(scope):
    return iam.Role(
        scope,
        "InstanceRole",
        assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
        managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AWSElasticBeanstalkWebTier")],
    )


eb_application = eb.CfnApplication(
    Construct(eb_stack, "Notes"),
    "Resource",
    application_name="notes-web",
    description="The notes web site and its worker",
)
web_version = version("WebVersion", SOURCES / "web")
worker_version = version("WorkerVersion", SOURCES / "worker")

worker = Construct(eb_stack, "Worker")
queue = sqs.Queue(worker, "WorkerQueue")
worker_role = instance_role(worker)
queue.grant_consume_messages(worker_role)
worker_role.add_to_principal_policy(
    iam.PolicyStatement(actions=["cloudwatch:PutMetricData"], resources=["*"])
)
worker_profile = iam.InstanceProfile(worker, "InstanceProfile", role=worker_role)
eb.CfnEnvironment(
    worker,
    "Resource",
    application_name=eb_application.ref,
    solution_stack_name=PLATFORM,
    version_label=worker_version.ref,
    tier=eb.CfnEnvironment.TierProperty(name="Worker", type="SQS/HTTP"),
    option_settings=[
        opt(ENV, "EnvironmentType", "LoadBalanced"),
        opt(
            "aws:autoscaling:launchconfiguration", "IamInstanceProfile", worker_profile.instance_profile_name
        ),
        opt("aws:autoscaling:asg", "MaxSize", "2"),
        opt("aws:elasticbeanstalk:command", "DeploymentPolicy", "Immutable"),
        opt("aws:elasticbeanstalk:sqsd", "WorkerQueueURL", queue.queue_url),
        opt("aws:elasticbeanstalk:sqsd", "HttpPath", "/tasks"),
        opt("aws:elasticbeanstalk:sqsd", "VisibilityTimeout", "300"),
    ],
)

web = Construct(eb_stack, "Web")
web_role = instance_role(web)
web_profile = iam.InstanceProfile(web, "InstanceProfile", role=web_role)
web_service_role = iam.Role(
    web,
    "ServiceRole",
    assumed_by=iam.ServicePrincipal(
        "elasticbeanstalk.amazonaws.com", conditions={"StringEquals": {"sts:ExternalId": "elasticbeanstalk"}}
    ),
    managed_policies=[
        iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSElasticBeanstalkEnhancedHealth")
    ],
)
web_environment = eb.CfnEnvironment(
    web,
    "Resource",
    application_name=eb_application.ref,
    solution_stack_name=PLATFORM,
    version_label=web_version.ref,
    tier=eb.CfnEnvironment.TierProperty(name="WebServer", type="Standard"),
    option_settings=[
        opt(ENV, "EnvironmentType", "LoadBalanced"),
        opt(ENV, "ServiceRole", web_service_role.role_arn),
        opt(ENV, "LoadBalancerType", "application"),
        opt("aws:autoscaling:launchconfiguration", "IamInstanceProfile", web_profile.instance_profile_name),
        opt("aws:ec2:instances", "InstanceTypes", "t3.small"),
        opt("aws:autoscaling:asg", "MinSize", "2"),
        opt("aws:autoscaling:asg", "MaxSize", "4"),
        opt("aws:elasticbeanstalk:healthreporting:system", "SystemType", "enhanced"),
        opt("aws:elasticbeanstalk:command", "DeploymentPolicy", "Immutable"),
        opt("aws:elasticbeanstalk:application:environment", "WORKER_QUEUE_URL", queue.queue_url),
    ],
)
cdk.CfnOutput(eb_stack, "WebUrl", value=web_environment.attr_endpoint_url)
app.synth()
