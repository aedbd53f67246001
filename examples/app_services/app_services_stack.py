"""Cognito-protected HTTP and GraphQL APIs over DynamoDB, with AppConfig feature flags.

- ``Users``: a Cognito user pool (e-mail sign-in, self sign-up, strong passwords, optional TOTP MFA) and an app
  client for the web front end.
- ``FeatureFlags``: an AppConfig application with a ``prod`` environment and a hosted feature-flags profile,
  deployed to it linearly over 10 minutes.
- ``HttpApi``: API Gateway v2 with the user pool as its JWT authorizer; ``GET /features`` runs
  ``handler/features.py``, which reads the deployed flags through AppConfig Data.
- ``NotesApi``: an AppSync GraphQL API (``schema.graphql``) whose default auth is the user pool, resolving
  ``getNote``, ``listNotes``, ``createNote`` and ``deleteNote`` straight against the ``Notes`` DynamoDB table
  (VTL mapping templates, no functions), with X-Ray tracing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from constructs import CfnOutput, Construct, Duration, RemovalPolicy, Stack
from l2 import (
    apigatewayv2,
    apigatewayv2_authorizers,
    apigatewayv2_integrations,
    appconfig,
    appsync,
    cognito,
    dynamodb,
    lambda_,
)

HERE = Path(__file__).resolve().parent
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


class AppServicesStack(Stack):
    """The user pool, the feature flags, the HTTP API and the GraphQL API.

    Attributes:
        user_pool: the Cognito user pool.
        client: its app client.
        flags_environment: the AppConfig environment the flags deploy to.
        flags: the hosted feature-flags configuration.
        features_function: the function behind ``GET /features``.
        http_api: the HTTP API.
        table: the notes table.
        graphql_api: the AppSync API.
    """

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.user_pool = cognito.UserPool(
            self,
            "Users",
            user_pool_name="app-users",
            self_sign_up_enabled=True,
            sign_in_aliases=cognito.SignInAliases(email=True),
            auto_verify=cognito.AutoVerifiedAttrs(email=True),
            password_policy=cognito.PasswordPolicy(min_length=12, require_symbols=True),
            mfa=cognito.Mfa.OPTIONAL,
            mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True),
            account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
            removal_policy=RemovalPolicy.DESTROY,
        )
        self.client = self.user_pool.add_client(
            "WebClient",
            auth_flows=cognito.AuthFlow(user_srp=True),
            prevent_user_existence_errors=True,
        )

        application = appconfig.Application(self, "FeatureFlags", application_name="app-services")
        self.flags_environment = appconfig.Environment(
            self, "ProdFlags", application=application, environment_name="prod"
        )
        self.flags = appconfig.HostedConfiguration(
            self,
            "Flags",
            application=application,
            name="feature-flags",
            type=appconfig.ConfigurationType.FEATURE_FLAGS,
            content=appconfig.ConfigurationContent.from_inline_json(json.dumps(FEATURE_FLAGS)),
            deploy_to=[self.flags_environment],
            deployment_strategy=appconfig.DeploymentStrategy(
                self,
                "Linear",
                rollout_strategy=appconfig.RolloutStrategy.linear(
                    growth_factor=20, deployment_duration=Duration.minutes(10)
                ),
            ),
        )

        self.features_function = lambda_.Function(
            self,
            "FeaturesFunction",
            code=lambda_.Code.from_asset(str(HANDLER_DIR), exclude=["__pycache__", "*.pyc"]),
            handler="features.handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            timeout=Duration.seconds(10),
            description="GET /features: the deployed feature flags",
            environment={
                "APPCONFIG_APPLICATION_ID": application.application_id,
                "APPCONFIG_ENVIRONMENT_ID": self.flags_environment.environment_id,
                "APPCONFIG_PROFILE_ID": self.flags.configuration_profile_id,
            },
        )
        self.flags_environment.grant_read_config(self.features_function)

        authorizer = apigatewayv2_authorizers.HttpUserPoolAuthorizer(
            "UsersAuthorizer", self.user_pool, user_pool_clients=[self.client]
        )
        self.http_api = apigatewayv2.HttpApi(
            self,
            "HttpApi",
            api_name="app-services",
            default_authorizer=authorizer,
            cors_preflight=apigatewayv2.CorsPreflightOptions(
                allow_origins=["https://app.example.com"],
                allow_methods=[apigatewayv2.CorsHttpMethod.GET],
                allow_headers=["Authorization"],
            ),
        )
        self.http_api.add_routes(
            path="/features",
            methods=[apigatewayv2.HttpMethod.GET],
            integration=apigatewayv2_integrations.HttpLambdaIntegration("Features", self.features_function),
        )

        self.table = dynamodb.Table(
            self,
            "Notes",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
            removal_policy=RemovalPolicy.DESTROY,
        )
        self.graphql_api = appsync.GraphqlApi(
            self,
            "NotesApi",
            name="notes",
            definition=appsync.Definition.from_file(str(SCHEMA_FILE)),
            authorization_config=appsync.AuthorizationConfig(
                default_authorization=appsync.AuthorizationMode(
                    authorization_type=appsync.AuthorizationType.USER_POOL,
                    user_pool_config=appsync.UserPoolConfig(user_pool=self.user_pool),
                )
            ),
            xray_enabled=True,
        )
        notes = self.graphql_api.add_dynamo_db_data_source("NotesSource", self.table)
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

        CfnOutput(self, "UserPoolId", value=self.user_pool.user_pool_id)
        CfnOutput(self, "UserPoolClientId", value=self.client.user_pool_client_id)
        CfnOutput(self, "HttpApiUrl", value=self.http_api.url or "")
        CfnOutput(self, "GraphqlUrl", value=self.graphql_api.graphql_url)
