"""examples/app_services: the user pool, the JWT-protected HTTP API, the AppSync API over DynamoDB, the flags."""

from __future__ import annotations

import io
import json
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


@pytest.fixture(scope="module")
def stack() -> Any:
    return stack_module.AppServicesStack(App(), "AppServices")


@pytest.fixture(scope="module")
def template(stack: Any) -> Template:
    return Template.from_stack(stack)


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


def test_pycdk_synth_writes_the_template(run_pycdk_synth: Callable[[str], tuple[Path, str]]) -> None:
    outdir, printed = run_pycdk_synth(EXAMPLE)
    template = json.loads((outdir / "AppServices.template.json").read_text())

    assert json.loads(printed)["Resources"] == template["Resources"]
    Template.from_json(template).resource_count_is("AWS::AppSync::Resolver", 4)


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
