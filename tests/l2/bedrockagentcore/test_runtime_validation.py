"""Bad input to the AgentCore runtime constructs: the messages are aws-cdk-lib 2.275's (taken from the oracle),
and scoped errors name the construct path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import bedrockagentcore as ac
from l2 import iam

URI = "123456789012.dkr.ecr.us-east-1.amazonaws.com/agent:latest"
RUNTIME_ID = "rt_abc-0123456789"


def _art() -> ac.AgentRuntimeArtifact:
    return ac.AgentRuntimeArtifact.from_image_uri(URI)


SCOPED: dict[str, tuple[Callable[[Stack], object], str]] = {
    "bad_name": (lambda s: ac.Runtime(s, "R", runtime_name="1bad-name", agent_runtime_artifact=_art()),
                 "Runtime name must start with a letter and contain only letters, numbers, and underscores"),
    "long_desc": (lambda s: ac.Runtime(s, "R", description="x" * 1201, agent_runtime_artifact=_art()),
                  "The field Description is 1201 characters long but must be less than or equal to 1200 characters"),
    "env_key": (lambda s: ac.Runtime(s, "R", environment_variables={"1BAD": "v"}, agent_runtime_artifact=_art()),
                "Environment variable key '1BAD' must start with a letter or underscore and contain only letters, "
                "numbers, and underscores"),
    "env_many": (lambda s: ac.Runtime(s, "R", environment_variables={f"K{i}": "v" for i in range(51)},
                                      agent_runtime_artifact=_art()),
                 "Too many environment variables: 51. Maximum allowed is 50"),
    "env_value": (lambda s: ac.Runtime(s, "R", environment_variables={"K": "v" * 2049}, agent_runtime_artifact=_art()),
                  "Invalid environment variable value length for key 'K': 2049 characters. Values must not exceed "
                  "2048 characters"),
    "tag_aws": (lambda s: ac.Runtime(s, "R", tags={"aws:x": "v"}, agent_runtime_artifact=_art()),
                'Tag key "aws:x" cannot start with "aws:" as this prefix is reserved by AWS'),
    "tag_value": (lambda s: ac.Runtime(s, "R", tags={"k": "bad!"}, agent_runtime_artifact=_art()),
                  'Tag value for key "k" can only contain letters (a-z, A-Z), numbers (0-9), spaces, and special '
                  "characters (._:/=+@-)"),
    "idle": (lambda s: ac.Runtime(s, "R", lifecycle_configuration=ac.LifecycleConfiguration(
        idle_runtime_session_timeout=Duration.seconds(30)), agent_runtime_artifact=_art()),
        "Idle runtime session timeout must be between 60 seconds and 28800 seconds"),
    "max": (lambda s: ac.Runtime(s, "R", lifecycle_configuration=ac.LifecycleConfiguration(
        max_lifetime=Duration.hours(9)), agent_runtime_artifact=_art()),
        "Maximum lifetime must be between 60 seconds and 28800 seconds"),
    "headers": (lambda s: ac.Runtime(s, "R", request_header_configuration=ac.RequestHeaderConfiguration(
        allowlisted_headers=[]), agent_runtime_artifact=_art()),
        "Request header allow list contain between 1 and 20 headers"),
    "header_bad": (lambda s: ac.Runtime(s, "R", request_header_configuration=ac.RequestHeaderConfiguration(
        allowlisted_headers=["1x"]), agent_runtime_artifact=_art()),
        "Request header must start with a letter and contain only letters, numbers, underscores, and hyphens "
        "(max 256 characters)"),
    "role_arn": (lambda s: ac.Runtime(s, "R", execution_role=iam.Role.from_role_arn(
        s, "Imp", "arn:aws:iam::12345:role/x"), agent_runtime_artifact=_art()),
        "Invalid IAM role ARN format: arn:aws:iam::12345:role/x. Expected format: "
        "arn:<partition>:iam::<account-id>:role/<role-name> or "
        "arn:<partition>:iam::<account-id>:role/<path>/<role-name>"),
    "ci_name": (lambda s: ac.CodeInterpreterCustom(s, "R", code_interpreter_custom_name="1bad"),
                'The field Code interpreter name with value "1bad" does not match the required pattern '
                "/^[a-zA-Z][a-zA-Z0-9_]{0,47}$/"),
    "ci_tag": (lambda s: ac.CodeInterpreterCustom(s, "R", tags={"k": "bad!"}),
               'The field Tag value with value "bad!" does not match the required pattern /^[a-zA-Z0-9\\s._:/=+@-]*$/'),
    "connections": (lambda s: ac.Runtime(s, "R", agent_runtime_artifact=_art()).connections,
                    "Cannot manage network access without configuring a VPC"),
}

UNSCOPED: dict[str, tuple[Callable[[Stack], object], str]] = {
    "image_uri": (lambda s: ac.AgentRuntimeArtifact.from_image_uri("docker.io/agent:latest"),
                  "Invalid ECR container URI format: docker.io/agent:latest. Must be an ECR URI: "
                  "{account}.dkr.ecr.{region}.amazonaws.com/{repository}:{tag} (or .amazonaws.com.cn in the aws-cn "
                  "partition)"),
    "jwt_url": (lambda s: ac.RuntimeAuthorizerConfiguration.using_jwt("https://example.com"),
                "JWT discovery URL must end with /.well-known/openid-configuration"),
    "oauth_url": (lambda s: ac.RuntimeAuthorizerConfiguration.using_o_auth("https://example.com", "c"),
                  "OAuth discovery URL must end with /.well-known/openid-configuration"),
    "claim_op": (lambda s: ac.RuntimeCustomClaim.with_string_array_value("roles", ["a"],
                                                                         ac.CustomClaimOperator.EQUALS),
                 "Custom claim 'roles': STRING_ARRAY type only supports CONTAINS or CONTAINS_ANY operators, got EQUALS"),
    "ep_name": (lambda s: ac.RuntimeEndpoint(s, "E", endpoint_name="bad-name", agent_runtime_id=RUNTIME_ID),
                "Endpoint name must start with a letter and contain only letters, numbers, and underscores"),
    "ep_id": (lambda s: ac.RuntimeEndpoint(s, "E", agent_runtime_id="bad"),
              "Agent runtime ID must start with a letter, followed by up to 99 alphanumeric or underscore characters, "
              "then a hyphen, and exactly 10 alphanumeric characters"),
    "ep_version": (lambda s: ac.RuntimeEndpoint(s, "E", agent_runtime_id=RUNTIME_ID, agent_runtime_version="0"),
                   "Agent runtime version must be a number between 1 and 99999"),
    "ep_desc": (lambda s: ac.RuntimeEndpoint(s, "E", agent_runtime_id=RUNTIME_ID, description="x" * 257),
                "The field Description is 257 characters long but must be less than or equal to 256 characters"),
    "ep_tag": (lambda s: ac.RuntimeEndpoint(s, "E", agent_runtime_id=RUNTIME_ID, tags={"aws:k": "v"}),
               'Tag key "aws:k" cannot start with "aws:" as this prefix is reserved by AWS'),
}


@pytest.mark.parametrize("case", sorted(SCOPED))
def test_scoped_errors_have_aws_cdk_lib_message_and_path(stack: Stack, case: str) -> None:
    make, message = SCOPED[case]
    with pytest.raises(ValidationError) as err:
        make(stack)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/R"


@pytest.mark.parametrize("case", sorted(UNSCOPED))
def test_unscoped_errors_have_aws_cdk_lib_message(stack: Stack, case: str) -> None:
    make, message = UNSCOPED[case]
    with pytest.raises(UnscopedValidationError) as err:
        make(stack)
    assert err.value.bare_message == message


def test_cross_account_role_is_a_warning(stack: Stack) -> None:
    from assertions import Annotations

    env_stack = Stack(stack.node.root, "Env", env={"account": "111111111111", "region": "us-east-1"})
    ac.Runtime(env_stack, "R", agent_runtime_artifact=_art(),
               execution_role=iam.Role.from_role_arn(env_stack, "Imp", "arn:aws:iam::222222222222:role/x"))
    Annotations.from_stack(env_stack).has_warning(
        "/Env/R", "IAM role is from a different account (222222222222) than the stack account (111111111111). "
        "Ensure cross-account permissions are properly configured.")
