"""Bad input to the AppSync constructs fails as aws-cdk-lib's does: its message, the construct path, TypeErrors."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from constructs import Duration, Expiration, Stack, UnscopedValidationError, ValidationError
from l2 import appsync, iam, lambda_

SCHEMA = "type Query {\n  hello: String\n}\n"


@pytest.fixture
def schema(tmp_path: Path) -> appsync.SchemaFile:
    path = tmp_path / "schema.graphql"
    path.write_text(SCHEMA)
    return appsync.SchemaFile.from_asset(str(path))


def _fn(stack: Stack, id: str = "Fn") -> lambda_.Function:
    return lambda_.Function(
        stack, id, runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler", code=lambda_.Code.from_inline("x")
    )


def _mode(kind: appsync.AuthorizationType, **kwargs: Any) -> appsync.AuthorizationMode:
    return appsync.AuthorizationMode(authorization_type=kind, **kwargs)


def _raises(message: str, path: str, build: Callable[[], object]) -> None:
    with pytest.raises(ValidationError) as info:
        build()
    assert message in str(info.value)
    assert path in str(info.value)


GRAPHQL_CASES: list[tuple[str, dict[str, Any]]] = [
    ("You must specify a query depth limit between 0 and 75.", {"query_depth_limit": 76}),
    ("You must specify a resolver count limit between 0 and 10000.", {"resolver_count_limit": 10001}),
    ("You must specify `ownerContact` as a string of 256 characters or less.", {"owner_contact": "x" * 257}),
]


@pytest.mark.parametrize(("message", "kwargs"), GRAPHQL_CASES, ids=[c[0][:40] for c in GRAPHQL_CASES])
def test_fails_on_graphql_api_limits(
    stack: Stack, schema: appsync.SchemaFile, message: str, kwargs: dict[str, Any]
) -> None:
    _raises(message, "S/Api", lambda: appsync.GraphqlApi(stack, "Api", name="api", schema=schema, **kwargs))


def test_fails_without_schema_or_with_both(stack: Stack, schema: appsync.SchemaFile) -> None:
    _raises(
        "You must specify a GraphQL schema or source APIs in property definition.",
        "S/None",
        lambda: appsync.GraphqlApi(stack, "None", name="api"),
    )
    _raises(
        "You cannot specify both properties schema and definition.",
        "S/Both",
        lambda: appsync.GraphqlApi(
            stack, "Both", name="api", schema=schema, definition=appsync.Definition.from_schema(schema)
        ),
    )


@pytest.mark.parametrize(
    ("message", "modes"),
    [
        ("Missing OIDC Configuration", [appsync.AuthorizationType.OIDC]),
        ("Missing User Pool Configuration", [appsync.AuthorizationType.USER_POOL]),
        ("Missing Lambda Configuration", [appsync.AuthorizationType.LAMBDA]),
        ("You can't duplicate API_KEY configuration.", [appsync.AuthorizationType.API_KEY] * 2),
        ("You can't duplicate IAM configuration.", [appsync.AuthorizationType.IAM] * 2),
    ],
)
def test_fails_on_bad_authorization_modes(
    stack: Stack, schema: appsync.SchemaFile, message: str, modes: list[appsync.AuthorizationType]
) -> None:
    config = appsync.AuthorizationConfig(
        default_authorization=_mode(modes[0]), additional_authorization_modes=[_mode(m) for m in modes[1:]]
    )
    _raises(message, "S/Api", lambda: appsync.GraphqlApi(
        stack, "Api", name="api", schema=schema, authorization_config=config
    ))


def test_fails_on_two_lambda_authorizers(stack: Stack, schema: appsync.SchemaFile) -> None:
    handler = appsync.LambdaAuthorizerConfig(handler=_fn(stack))
    config = appsync.AuthorizationConfig(
        default_authorization=_mode(appsync.AuthorizationType.LAMBDA, lambda_authorizer_config=handler),
        additional_authorization_modes=[_mode(appsync.AuthorizationType.LAMBDA, lambda_authorizer_config=handler)],
    )
    _raises(
        "You can only have a single AWS Lambda function configured to authorize your API.",
        "S/Api",
        lambda: appsync.GraphqlApi(stack, "Api", name="api", schema=schema, authorization_config=config),
    )


@pytest.mark.parametrize("days", [0.5, 366])
def test_fails_on_api_key_expiry_out_of_range(stack: Stack, schema: appsync.SchemaFile, days: float) -> None:
    key = appsync.ApiKeyConfig(expires=Expiration.after(Duration.hours(days * 24)))
    config = appsync.AuthorizationConfig(
        default_authorization=_mode(appsync.AuthorizationType.API_KEY, api_key_config=key)
    )
    _raises("API key expiration must be between 1 and 365 days.", "S/Api", lambda: appsync.GraphqlApi(
        stack, "Api", name="api", schema=schema, authorization_config=config
    ))


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("1abc", "v", "Key '1abc' must begin with a letter and can only contain letters, numbers, and underscores"),
        ("a", "v", "Key 'a' must be between 2 and 64 characters long, got 1"),
        ("ok", "v" * 513, "Value for 'ok' is too long. Values can be up to 512 characters long, got 513"),
    ],
)
def test_fails_on_bad_environment_variables(
    stack: Stack, schema: appsync.SchemaFile, key: str, value: str, message: str
) -> None:
    api = appsync.GraphqlApi(stack, "Api", name="api", schema=schema)
    _raises(message, "S/Api", lambda: api.add_environment_variable(key, value))


def test_more_than_50_environment_variables_fail_at_synthesis(
    stack: Stack, schema: appsync.SchemaFile, synth: Callable[[Stack], dict[str, Any]]
) -> None:
    appsync.GraphqlApi(
        stack, "Api", name="api", schema=schema, environment_variables={f"Key{i}": "v" for i in range(51)}
    )
    with pytest.raises(Exception, match="Only 50 environment variables can be set, got 51"):
        synth(stack)


def test_merged_api_has_no_schema_and_takes_no_environment_variables(stack: Stack, schema: appsync.SchemaFile) -> None:
    source = appsync.GraphqlApi(stack, "Source", name="source", schema=schema)
    merged = appsync.GraphqlApi(
        stack, "Merged", name="merged",
        definition=appsync.Definition.from_source_apis(source_apis=[appsync.SourceApi(source_api=source)]),
    )
    _raises("Schema does not exist for AppSync merged APIs.", "S/Merged", lambda: merged.schema)
    _raises(
        "Environment variables are not supported for merged APIs", "S/Merged",
        lambda: merged.add_environment_variable("Key", "v"),
    )
    _raises(
        "Cannot retrieve the appSyncDomainName without a domainName configuration", "S/Merged",
        lambda: merged.app_sync_domain_name,
    )


def test_resolver_checks(stack: Stack, schema: appsync.SchemaFile) -> None:
    api = appsync.GraphqlApi(stack, "Api", name="api", schema=schema)
    none = api.add_none_data_source("None")
    code = appsync.Code.from_inline("export function request() {}")
    template = appsync.MappingTemplate.from_string("{}")
    _raises("Code is required when specifying a runtime", "S/Api", lambda: none.create_resolver(
        "R1", type_name="Query", field_name="a", runtime=appsync.FunctionRuntime.JS_1_0_0
    ))
    _raises("Mapping templates cannot be used alongside code", "S/Api", lambda: none.create_resolver(
        "R2", type_name="Query", field_name="a", code=code, runtime=appsync.FunctionRuntime.JS_1_0_0,
        request_mapping_template=template,
    ))
    func = none.create_function("F", name="f", request_mapping_template=template, response_mapping_template=template)
    _raises("Pipeline Resolver cannot have data source. Received: None", "S/Api", lambda: none.create_resolver(
        "R3", type_name="Query", field_name="a", pipeline_config=[func]
    ))
    _raises("Caching config TTL must be between 1 and 3600 seconds. Received: 3601", "S/Api",
            lambda: none.create_resolver("R4", type_name="Query", field_name="a",
                                         caching_config=appsync.CachingConfig(ttl=Duration.seconds(3601))))
    _raises(
        "Caching config keys must begin with $context.arguments, $context.source or $context.identity. "
        "Received: $context.other",
        "S/Api",
        lambda: none.create_resolver("R5", type_name="Query", field_name="a", caching_config=appsync.CachingConfig(
            ttl=Duration.seconds(60), caching_keys=["$context.other"]
        )),
    )
    _raises("maxBatchSize can only be set for the data source of type LambdaDataSource'", "S/Api",
            lambda: none.create_function("F2", name="f2", max_batch_size=5))


def test_unscoped_errors() -> None:
    with pytest.raises(UnscopedValidationError, match="AppSync Inline code cannot be empty"):
        appsync.Code.from_inline("")
    with pytest.raises(UnscopedValidationError, match=re.escape("At least 1 custom ARN must be provided.")):
        appsync.IamResource.custom()


def test_event_api_checks(stack: Stack) -> None:
    _raises("`apiName` must be between 1 and 50 characters, got: 51 characters.", "S",
            lambda: appsync.EventApi(stack, "Long", api_name="x" * 51))
    _raises(
        "`ownerContact` must contain only alphanumeric characters, underscores, hyphens, spaces, and periods, got: a@b",
        "S/Contact", lambda: appsync.EventApi(stack, "Contact", api_name="api", owner_contact="a@b"),
    )
    key = appsync.AppSyncAuthProvider(authorization_type=appsync.AppSyncAuthorizationType.API_KEY)
    _raises("You must specify key names when configuring more than 1 API key.", "S/Keys", lambda: appsync.EventApi(
        stack, "Keys", api_name="api", authorization_config=appsync.EventApiAuthConfig(auth_providers=[key, key])
    ))
    oidc = appsync.AppSyncAuthProvider(authorization_type=appsync.AppSyncAuthorizationType.OIDC)
    _raises(
        "OPENID_CONNECT authorization type is specified but OIDC Authorizer Configuration is missing in the "
        "AuthProvider",
        "S/Oidc",
        lambda: appsync.EventApi(
            stack, "Oidc", api_name="api", authorization_config=appsync.EventApiAuthConfig(auth_providers=[oidc])
        ),
    )
    _raises("Missing authorization configuration for AWS_IAM", "S/Modes", lambda: appsync.EventApi(
        stack, "Modes", api_name="api",
        authorization_config=appsync.EventApiAuthConfig(
            connection_auth_mode_types=[appsync.AppSyncAuthorizationType.IAM]
        ),
    ))
    _raises(
        "Empty AuthModeTypes array is not allowed, if specifying, you must specify a valid mode", "S/Empty",
        lambda: appsync.EventApi(
            stack, "Empty", api_name="api", authorization_config=appsync.EventApiAuthConfig(
                default_publish_auth_mode_types=[]
            ),
        ),
    )
    api = appsync.EventApi(stack, "Api", api_name="api")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    _raises(
        "Cannot use grant method because IAM Authorization mode is missing in the auth providers on this API.",
        "S/Api", lambda: api.grant_publish(role),
    )
    _raises(
        "Cannot retrieve the appSyncDomainName without a domainName configuration", "S/Api",
        lambda: api.custom_http_endpoint,
    )


def test_channel_namespace_checks(stack: Stack) -> None:
    api = appsync.EventApi(stack, "Api", api_name="api")
    _raises("`channelNamespaceName` must be between 1 and 50 characters, got: 51 characters.", "S/Api",
            lambda: api.add_channel_namespace("x" * 51))
    _raises(
        "No data source provided. AWS_LAMBDA data source is required for Direct handler behavior type", "S/Api/Ns1",
        lambda: api.add_channel_namespace("Ns1", publish_handler_config=appsync.HandlerConfig(direct=True)),
    )
    http = api.add_http_data_source("Http", "https://example.com")
    _raises(
        "Direct integration is only supported for AWS_LAMBDA data sources.", "S/Api/Ns2",
        lambda: api.add_channel_namespace(
            "Ns2", subscribe_handler_config=appsync.HandlerConfig(data_source=http, direct=True)
        ),
    )
    _raises(
        "LambdaInvokeType is only supported for Direct handler behavior type", "S/Api/Ns3",
        lambda: api.add_channel_namespace("Ns3", publish_handler_config=appsync.HandlerConfig(
            data_source=http, lambda_invoke_type=appsync.LambdaInvokeType.EVENT
        )),
    )
    _raises(
        "API is missing authorization configuration for AWS_IAM", "S/Api/Ns4",
        lambda: api.add_channel_namespace("Ns4", authorization_config=appsync.NamespaceAuthConfig(
            publish_auth_mode_types=[appsync.AppSyncAuthorizationType.IAM]
        )),
    )


def test_wrong_types_are_type_errors(stack: Stack, schema: appsync.SchemaFile) -> None:
    with pytest.raises(TypeError, match="name"):
        appsync.GraphqlApi(stack, "Api", name=1, schema=schema)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="visibility"):
        appsync.GraphqlApi(stack, "Api2", name="api", schema=schema, visibility="PRIVATE")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="api_name"):
        appsync.EventApi(stack, "Events", api_name=5)  # type: ignore[arg-type]


def test_struct_mappings_are_accepted_as_jsii_does(stack: Stack, schema: appsync.SchemaFile,
                                                   synth: Callable[[Stack], dict[str, Any]]) -> None:
    appsync.GraphqlApi(
        stack, "Api", name="api", schema=schema,
        authorization_config={"default_authorization": {"authorization_type": appsync.AuthorizationType.IAM}},
    )
    resources = synth(stack)["Resources"]
    api = next(r for r in resources.values() if r["Type"] == "AWS::AppSync::GraphQLApi")
    assert api["Properties"]["AuthenticationType"] == "AWS_IAM"
    assert not any(r["Type"] == "AWS::AppSync::ApiKey" for r in resources.values())

