"""examples/app_services: the user pool, the JWT-protected HTTP API, the AppSync API over DynamoDB, the flags; the
Beanstalk web and worker environments; their apps."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from example_support import cfn_lint_errors, load_module

from assertions import Match, Template
from constructs import App

EXAMPLE = "app_services"
stack_module = load_module(EXAMPLE, "app_services_stack.py")
features = load_module(EXAMPLE, "handler/features.py")
beanstalk_module = load_module(EXAMPLE, "beanstalk_stack.py")
# the bundles are whole folders: importing their apps must not leave __pycache__ in them (it would change the
# bundles' asset hashes, which test_example_oracle.py checks)
_writes_bytecode, sys.dont_write_bytecode = sys.dont_write_bytecode, True
try:
    web_app = load_module(EXAMPLE, "beanstalk/web/application.py")
    worker_app = load_module(EXAMPLE, "beanstalk/worker/application.py")
finally:
    sys.dont_write_bytecode = _writes_bytecode


@pytest.fixture(scope="module")
def stack() -> Any:
    return stack_module.AppServicesStack(App(), "AppServices")


@pytest.fixture(scope="module")
def template(stack: Any) -> Template:
    return Template.from_stack(stack)


@pytest.fixture(scope="module")
def beanstalk() -> Any:
    return beanstalk_module.BeanstalkStack(App(), "AppServicesBeanstalk")


@pytest.fixture(scope="module")
def beanstalk_template(beanstalk: Any) -> Template:
    return Template.from_stack(beanstalk)


def _id(stack: Any, construct: Any) -> str:
    return stack.resolve(construct.node.default_child.logical_id)


def test_the_user_pool_signs_in_by_email_with_strong_passwords_and_optional_totp(template: Template) -> None:
    template.has_resource_properties(
        "AWS::Cognito::UserPool",
        {
            "UserPoolName": "app-users",
            "UsernameAttributes": ["email"],
            "AutoVerifiedAttributes": ["email"],
            "MfaConfiguration": "OPTIONAL",
            "EnabledMfas": ["SOFTWARE_TOKEN_MFA"],
            "Policies": {"PasswordPolicy": Match.object_like({"MinimumLength": 12, "RequireSymbols": True})},
            "AccountRecoverySetting": {"RecoveryMechanisms": [{"Name": "verified_email", "Priority": 1}]},
        },
    )
    template.has_resource_properties(
        "AWS::Cognito::UserPoolClient",
        {
            "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            "PreventUserExistenceErrors": "ENABLED",
        },
    )


def test_every_http_route_needs_a_jwt_from_the_pool_for_the_web_client(
    stack: Any, template: Template
) -> None:
    authorizer_id = template.get_resource_id("AWS::ApiGatewayV2::Authorizer")

    template.has_resource_properties(
        "AWS::ApiGatewayV2::Authorizer",
        {
            "AuthorizerType": "JWT",
            "IdentitySource": ["$request.header.Authorization"],
            "JwtConfiguration": {
                "Audience": [{"Ref": _id(stack, stack.client)}],
                "Issuer": {
                    "Fn::Join": [
                        "",
                        [
                            "https://cognito-idp.",
                            {"Ref": "AWS::Region"},
                            ".amazonaws.com/",
                            {"Ref": _id(stack, stack.user_pool)},
                        ],
                    ]
                },
            },
        },
    )
    template.all_resources_properties(
        "AWS::ApiGatewayV2::Route", {"AuthorizationType": "JWT", "AuthorizerId": {"Ref": authorizer_id}}
    )
    template.has_resource_properties("AWS::ApiGatewayV2::Route", {"RouteKey": "GET /features"})
    template.has_resource_properties(
        "AWS::ApiGatewayV2::Api",
        {
            "CorsConfiguration": Match.object_like(
                {"AllowOrigins": ["https://app.example.com"], "AllowMethods": ["GET"]}
            )
        },
    )


def test_the_flags_are_a_hosted_feature_flags_profile_deployed_linearly(
    stack: Any, template: Template
) -> None:
    template.has_resource_properties(
        "AWS::AppConfig::ConfigurationProfile",
        {"LocationUri": "hosted", "Name": "feature-flags", "Type": "AWS.AppConfig.FeatureFlags"},
    )
    template.has_resource_properties(
        "AWS::AppConfig::HostedConfigurationVersion",
        {"Content": json.dumps(stack_module.FEATURE_FLAGS), "ContentType": "application/json"},
    )
    template.has_resource_properties(
        "AWS::AppConfig::DeploymentStrategy",
        {"GrowthType": "LINEAR", "GrowthFactor": 20, "DeploymentDurationInMinutes": 10},
    )
    template.has_resource_properties(
        "AWS::AppConfig::Deployment", {"EnvironmentId": {"Ref": _id(stack, stack.flags_environment)}}
    )


def test_the_features_function_may_read_only_the_prod_configuration(stack: Any, template: Template) -> None:
    template.has_resource_properties(
        "AWS::Lambda::Function",
        {
            "Handler": "features.handler",
            "Environment": {
                "Variables": {
                    "APPCONFIG_APPLICATION_ID": {
                        "Ref": template.get_resource_id("AWS::AppConfig::Application")
                    },
                    "APPCONFIG_ENVIRONMENT_ID": {"Ref": _id(stack, stack.flags_environment)},
                    "APPCONFIG_PROFILE_ID": {
                        "Ref": template.get_resource_id("AWS::AppConfig::ConfigurationProfile")
                    },
                }
            },
        },
    )
    template.has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": {
                "Statement": [
                    Match.object_like(
                        {
                            "Action": [
                                "appconfig:GetLatestConfiguration",
                                "appconfig:StartConfigurationSession",
                            ],
                            "Resource": {"Fn::Join": ["", Match.array_with(["/configuration/*"])]},
                        }
                    )
                ],
                "Version": "2012-10-17",
            }
        },
    )


def test_the_graphql_api_uses_the_pool_and_resolves_every_field_against_the_table(
    stack: Any, template: Template
) -> None:
    template.has_resource_properties(
        "AWS::AppSync::GraphQLApi",
        {
            "AuthenticationType": "AMAZON_COGNITO_USER_POOLS",
            "UserPoolConfig": Match.object_like({"UserPoolId": {"Ref": _id(stack, stack.user_pool)}}),
            "XrayEnabled": True,
        },
    )
    template.has_resource_properties(
        "AWS::AppSync::GraphQLSchema", {"Definition": stack_module.SCHEMA_FILE.read_text()}
    )
    template.has_resource_properties(
        "AWS::AppSync::DataSource",
        {
            "Type": "AMAZON_DYNAMODB",
            "DynamoDBConfig": Match.object_like({"TableName": {"Ref": _id(stack, stack.table)}}),
        },
    )
    resolvers = template.find_resources("AWS::AppSync::Resolver")
    fields = sorted((r["Properties"]["TypeName"], r["Properties"]["FieldName"]) for r in resolvers.values())
    assert fields == [
        ("Mutation", "createNote"),
        ("Mutation", "deleteNote"),
        ("Query", "getNote"),
        ("Query", "listNotes"),
    ]
    template.all_resources_properties("AWS::AppSync::Resolver", {"DataSourceName": "NotesSource"})


def test_the_template_passes_cfn_lint(template: Template) -> None:
    assert cfn_lint_errors(template.to_json()) == []


def test_snapshot(template: Template, template_snapshot: Any) -> None:
    assert template_snapshot == template


def test_pycdk_synth_writes_both_templates_and_the_bundles(
    run_pycdk_synth: Callable[[str], tuple[Path, str]],
) -> None:
    outdir, printed = run_pycdk_synth(EXAMPLE)
    template = json.loads((outdir / "AppServices.template.json").read_text())
    beanstalk = json.loads((outdir / "AppServicesBeanstalk.template.json").read_text())
    bundles = {
        version["Properties"]["SourceBundle"]["S3Key"].removesuffix(".zip")
        for version in Template.from_json(beanstalk)
        .find_resources("AWS::ElasticBeanstalk::ApplicationVersion")
        .values()
    }
    contents = sorted(
        sorted(str(p.relative_to(outdir / f"asset.{h}")) for p in (outdir / f"asset.{h}").rglob("*"))
        for h in bundles
    )

    assert printed == ""  # like the CDK CLI, it prints a template only when the app has a single stack
    Template.from_json(template).resource_count_is("AWS::AppSync::Resolver", 4)
    assert contents == [
        [".ebextensions", ".ebextensions/01-health.config", "application.py"],
        ["application.py"],
    ]


# --- the Beanstalk stack -------------------------------------------------------------------------------------------


def _option(environment: dict[str, Any], namespace: str, name: str) -> Any:
    (value,) = [
        o["Value"]
        for o in environment["Properties"]["OptionSettings"]
        if (o["Namespace"], o["OptionName"]) == (namespace, name)
    ]
    return value


def test_both_environments_deploy_immutably_on_the_same_platform(
    beanstalk: Any, beanstalk_template: Template
) -> None:
    environments = beanstalk_template.find_resources("AWS::ElasticBeanstalk::Environment")

    assert len(environments) == 2
    for environment in environments.values():
        assert environment["Properties"]["SolutionStackName"] == beanstalk_module.PLATFORM
        assert _option(environment, "aws:elasticbeanstalk:command", "DeploymentPolicy") == "Immutable"
        assert _option(environment, "aws:elasticbeanstalk:environment", "EnvironmentType") == "LoadBalanced"


def test_the_web_environment_is_an_alb_fleet_with_enhanced_health_that_knows_the_queue(
    beanstalk: Any, beanstalk_template: Template
) -> None:
    web = beanstalk_template.to_json()["Resources"][_id(beanstalk, beanstalk.web)]
    queue = {"Ref": _id(beanstalk, beanstalk.worker.worker_queue)}

    assert web["Properties"]["Tier"] == {"Name": "WebServer", "Type": "Standard"}
    assert _option(web, "aws:elasticbeanstalk:environment", "LoadBalancerType") == "application"
    assert _option(web, "aws:ec2:instances", "InstanceTypes") == "t3.small"
    assert (
        _option(web, "aws:autoscaling:asg", "MinSize"),
        _option(web, "aws:autoscaling:asg", "MaxSize"),
    ) == ("2", "4")
    assert _option(web, "aws:elasticbeanstalk:healthreporting:system", "SystemType") == "enhanced"
    assert _option(web, "aws:elasticbeanstalk:application:environment", "WORKER_QUEUE_URL") == queue


def test_the_worker_reads_its_own_queue_and_may_only_consume_it(
    beanstalk: Any, beanstalk_template: Template
) -> None:
    worker = beanstalk_template.to_json()["Resources"][_id(beanstalk, beanstalk.worker)]
    queue_id = _id(beanstalk, beanstalk.worker.worker_queue)

    assert worker["Properties"]["Tier"] == {"Name": "Worker", "Type": "SQS/HTTP"}
    assert _option(worker, "aws:elasticbeanstalk:sqsd", "WorkerQueueURL") == {"Ref": queue_id}
    assert _option(worker, "aws:elasticbeanstalk:sqsd", "HttpPath") == "/tasks"
    beanstalk_template.has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": {
                "Statement": [
                    Match.object_like(
                        {
                            "Action": Match.array_with(["sqs:ReceiveMessage", "sqs:DeleteMessage"]),
                            "Resource": {"Fn::GetAtt": [queue_id, "Arn"]},
                        }
                    ),
                    {"Action": "cloudwatch:PutMetricData", "Effect": "Allow", "Resource": "*"},
                ],
                "Version": "2012-10-17",
            }
        },
    )
    beanstalk_template.resource_count_is("AWS::IAM::InstanceProfile", 2)


def test_the_beanstalk_template_passes_cfn_lint(beanstalk_template: Template) -> None:
    assert cfn_lint_errors(beanstalk_template.to_json()) == []


def test_beanstalk_snapshot(beanstalk_template: Template, template_snapshot: Any) -> None:
    assert template_snapshot == beanstalk_template


def _call(app: Any, method: str, path: str, body: bytes = b"") -> tuple[str, Any]:
    status: list[str] = []
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }
    chunks = app.application(environ, lambda s, headers: status.append(s))
    return status[0], json.loads(b"".join(chunks))


def test_the_web_app_says_which_queue_the_worker_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKER_QUEUE_URL", "https://sqs/queue")

    assert _call(web_app, "GET", "/") == (
        "200 OK",
        {"service": "notes-web", "worker_queue": "https://sqs/queue"},
    )
    assert _call(web_app, "GET", "/x")[0] == "404 Not Found"


def test_the_worker_app_accepts_json_tasks_posted_to_tasks() -> None:
    assert _call(worker_app, "POST", "/tasks", b'{"kind": "reindex"}') == ("200 OK", {"done": "reindex"})
    assert _call(worker_app, "POST", "/tasks", b"{nope")[0] == "400 Bad Request"
    assert _call(worker_app, "GET", "/tasks")[0] == "400 Bad Request"


# --- the handler, against a fake AppConfig Data client -----------------------------------------------------------


class FakeAppConfigData:
    """The two ``appconfigdata`` calls the handler makes; records the session's identifiers."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.session: dict[str, str] = {}

    def start_configuration_session(self, **identifiers: str) -> dict[str, str]:
        self.session = identifiers
        return {"InitialConfigurationToken": "token-1"}

    def get_latest_configuration(self, *, ConfigurationToken: str) -> dict[str, Any]:
        assert ConfigurationToken == "token-1"
        return {"Configuration": io.BytesIO(json.dumps(self.document).encode())}


def test_the_handler_returns_the_deployed_flags_for_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (("APPLICATION", "app"), ("ENVIRONMENT", "env"), ("PROFILE", "profile")):
        monkeypatch.setenv(f"APPCONFIG_{name}_ID", value)
    client = FakeAppConfigData({"new_editor": {"enabled": False}, "dark_mode": {"enabled": True}})
    event = {"requestContext": {"authorizer": {"jwt": {"claims": {"cognito:username": "ana", "sub": "1"}}}}}

    response = features.handler(event, None, client)

    assert response["statusCode"] == 200
    assert json.loads(response["body"]) == {
        "user": "ana",
        "features": {"dark_mode": True, "new_editor": False},
    }
    assert client.session == {
        "ApplicationIdentifier": "app",
        "EnvironmentIdentifier": "env",
        "ConfigurationProfileIdentifier": "profile",
    }
