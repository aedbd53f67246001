"""lambda_: the Function options beyond the basics (VPC, SnapStart, storage, durability, file systems, logging
levels, profiling, extensions), CodeSigningConfig and the newer EventSourceMapping options.

Every error message below is aws-cdk-lib 2.275.0's, word for word (read from its output for the same call).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assertions import Template
from constructs import App, Duration, Size, Stack, UnscopedValidationError, ValidationError
from l2 import ec2, kms, lambda_, signer


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


@pytest.fixture
def vpc(stack: Stack) -> Any:
    return ec2.Vpc(stack, "V", max_azs=1)


def _fn(stack: Stack, id: str = "Fn", **kwargs: Any) -> lambda_.Function:
    options: dict[str, Any] = {"runtime": lambda_.Runtime.PYTHON_3_12, "handler": "i.h",
                               "code": lambda_.Code.from_inline("x")}
    options.update(kwargs)
    return lambda_.Function(stack, id, **options)


# (kwargs needing a VPC, message) — without a VPC each is refused
VPC_ONLY = [
    ({"allow_all_outbound": False}, "Cannot configure 'allowAllOutbound' without configuring a VPC"),
    ({"vpc_subnets": ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)},
     "Cannot configure 'vpcSubnets' without configuring a VPC"),
    ({"ipv6_allowed_for_dual_stack": True}, "Cannot configure 'ipv6AllowedForDualStack' without configuring a VPC"),
    ({"allow_all_ipv6_outbound": True}, "Cannot configure 'allowAllIpv6Outbound' without configuring a VPC"),
]


@pytest.mark.parametrize(("kwargs", "message"), VPC_ONLY)
def test_fails_on_vpc_options_without_a_vpc(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=f"^{message}"):
        _fn(stack, **kwargs)


def test_fails_on_security_groups_without_a_vpc(stack: Stack, vpc: Any) -> None:
    sg = ec2.SecurityGroup(stack, "SG", vpc=vpc)
    with pytest.raises(ValidationError, match="^Cannot configure 'securityGroups' without configuring a VPC"):
        _fn(stack, security_groups=[sg])


@pytest.mark.parametrize(("kwarg", "name"), [("allow_all_outbound", "allowAllOutbound"),
                                             ("allow_all_ipv6_outbound", "allowAllIpv6Outbound")])
def test_fails_on_outbound_flags_with_given_security_groups(stack: Stack, vpc: Any, kwarg: str, name: str) -> None:
    sg = ec2.SecurityGroup(stack, "SG", vpc=vpc)
    with pytest.raises(ValidationError, match=f"^Configure '{name}' directly on the supplied SecurityGroups."):
        _fn(stack, vpc=vpc, security_groups=[sg], **{kwarg: True})


def test_fails_on_public_subnets_unless_allowed(stack: Stack, vpc: Any) -> None:
    public = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)
    with pytest.raises(ValidationError, match="^Lambda Functions in a public subnet can NOT access the internet. If "
                                              "you are aware of this limitation and would still like to place the "
                                              "function in a public subnet, set `allowPublicSubnet` to true"):
        _fn(stack, vpc=vpc, vpc_subnets=public)
    fn = _fn(stack, "Allowed", vpc=vpc, vpc_subnets=public, allow_public_subnet=True)
    assert fn.is_bound_to_vpc


def test_a_vpc_function_gets_a_security_group_and_the_vpc_access_policy(stack: Stack, vpc: Any) -> None:
    fn = _fn(stack, vpc=vpc)
    template = Template.from_stack(stack)
    template.has_resource_properties("AWS::EC2::SecurityGroup", {
        "GroupDescription": "Automatic security group for Lambda Function SFn8C14A72D",
    })
    role = template.find_resources("AWS::IAM::Role")
    (props,) = [r["Properties"] for r in role.values()]
    arns = [a["Fn::Join"][1][2] for a in props["ManagedPolicyArns"]]
    assert arns == [":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                    ":iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"]
    assert fn.connections.security_groups


def test_connections_of_a_function_outside_a_vpc_fail(stack: Stack) -> None:
    fn = _fn(stack)
    assert not fn.is_bound_to_vpc
    with pytest.raises(ValidationError, match='^Only VPC-associated Lambda Functions have security groups to manage. '
                                              'Supply the "vpc" parameter when creating the Lambda, or '
                                              '"securityGroupId" when importing it.'):
        _ = fn.connections


SNAP = lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS

CONSTRUCTOR_ERRORS: list[tuple[str, dict[str, Any], str]] = [
    ("snap start runtime", {"snap_start": SNAP, "runtime": lambda_.Runtime.NODEJS_20_X},
     "SnapStart currently not supported by runtime nodejs20.x"),
    ("snap start tenancy", {"snap_start": SNAP, "tenancy_config": lambda_.TenancyConfig.PER_TENANT},
     "SnapStart is not supported for functions with tenant isolation mode"),
    ("snap start storage", {"snap_start": SNAP, "ephemeral_storage_size": Size.mebibytes(1024)},
     "SnapStart is currently not supported using more than 512 MiB Ephemeral Storage"),
    ("storage range", {"ephemeral_storage_size": Size.mebibytes(256)},
     r"Ephemeral storage size must be between 512 and 10240 MB, received Size.mebibytes\(256\)."),
    ("durable timeout", {"durable_config": lambda_.DurableConfig(execution_timeout=Duration.seconds(0))},
     "executionTimeout must be between 1 and 31622400 seconds, got 0"),
    ("durable retention", {"durable_config": lambda_.DurableConfig(execution_timeout=Duration.hours(1),
                                                                   retention_period=Duration.days(91))},
     "retentionPeriodInDays must be between 1 and 90 days, got 91"),
    ("mount path", {"filesystem": lambda_.FileSystem(arn="arn:x", local_mount_path="/data")},
     r"Local mount path should match with \^/mnt/\[a-zA-Z0-9-_.\]\+\$ but given /data."),
    ("filesystem without vpc", {"filesystem": lambda_.FileSystem(arn="arn:x", local_mount_path="/mnt/data")},
     "Cannot configure 'filesystem' without configuring a VPC."),
    ("both log formats", {"log_format": "JSON", "logging_format": lambda_.LoggingFormat.JSON},
     "Only define LogFormat or LoggingFormat, not both."),
    ("both app levels", {"logging_format": lambda_.LoggingFormat.JSON, "application_log_level": "INFO",
                         "application_log_level_v2": lambda_.ApplicationLogLevel.INFO},
     "Only define applicationLogLevel or applicationLogLevelV2, not both."),
    ("both system levels", {"logging_format": lambda_.LoggingFormat.JSON, "system_log_level": "INFO",
                            "system_log_level_v2": lambda_.SystemLogLevel.INFO},
     "Only define systemLogLevel or systemLogLevelV2, not both."),
    ("profiling runtime", {"profiling": True, "runtime": lambda_.Runtime.NODEJS_20_X},
     "CodeGuru profiling is not supported by runtime nodejs20.x"),
    ("extension port", {"params_and_secrets": lambda_.ParamsAndSecretsLayerVersion.from_version_arn(
        "arn:l", http_port=0)}, "HTTP port must be between 1 and 65535 inclusive - provided: 0"),
    ("extension ttl", {"params_and_secrets": lambda_.ParamsAndSecretsLayerVersion.from_version_arn(
        "arn:l", secrets_manager_ttl=Duration.seconds(301))},
     "Maximum TTL for a cached secret is 300 seconds - provided: 301 seconds"),
    ("extension cache", {"params_and_secrets": lambda_.ParamsAndSecretsLayerVersion.from_version_arn(
        "arn:l", cache_size=1001)}, "Cache size must be between 0 and 1000 inclusive - provided: 1001"),
    ("extension connections", {"params_and_secrets": lambda_.ParamsAndSecretsLayerVersion.from_version_arn(
        "arn:l", max_connections=0)}, "Maximum connections must be at least 1 - provided: 0"),
]


@pytest.mark.parametrize(("kwargs", "message"), [(k, m) for _, k, m in CONSTRUCTOR_ERRORS],
                         ids=[name for name, _, _ in CONSTRUCTOR_ERRORS])
def test_fails_on_invalid_options(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=f"^{message}"):
        _fn(stack, **kwargs)


def test_image_code_needs_the_image_handler_and_runtime() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(UnscopedValidationError,
                       match="^handler must be `Handler.FROM_IMAGE` when using image asset for Lambda function"):
        _fn(stack, handler=lambda_.Handler.FROM_IMAGE)


def test_snap_start_renders_apply_on_and_warns(stack: Stack) -> None:
    _fn(stack, snap_start=SNAP)
    template = Template.from_stack(stack)
    template.has_resource_properties("AWS::Lambda::Function", {"SnapStart": {"ApplyOn": "PublishedVersions"}})


def test_params_and_secrets_environment_uses_javascript_value_text(stack: Stack) -> None:
    _fn(stack, params_and_secrets=lambda_.ParamsAndSecretsLayerVersion.from_version_arn(
        "arn:aws:lambda:us-east-1:1:layer:ext:1", cache_enabled=False, parameter_store_timeout=Duration.seconds(1)))
    env = Template.from_stack(stack).find_resources("AWS::Lambda::Function")
    (fn,) = env.values()
    # aws-cdk-lib renders the values with JavaScript's toString: false, 1000, 1000 ms
    assert fn["Properties"]["Environment"]["Variables"] == {
        "PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED": "false",
        "PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE": "1000",
        "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": "2773",
        "PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL": "info",
        "PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS": "3",
        "SECRETS_MANAGER_TIMEOUT_MILLIS": "0",
        "SECRETS_MANAGER_TTL": "300",
        "SSM_PARAMETER_STORE_TIMEOUT_MILLIS": "1000",
        "SSM_PARAMETER_STORE_TTL": "300",
    }
    assert fn["Properties"]["Layers"] == ["arn:aws:lambda:us-east-1:1:layer:ext:1"]


def _profile(stack: Stack) -> signer.ISigningProfile:
    return signer.SigningProfile.from_signing_profile_attributes(stack, "P", signing_profile_name="p",
                                                                 signing_profile_version="v1")


# the version ARN aws-cdk-lib 2.275.0 writes for that imported profile
PROFILE_VERSION_ARN = {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":signer:", {"Ref": "AWS::Region"}, ":",
                                         {"Ref": "AWS::AccountId"}, "://signing-profiles/p/v1"]]}


def test_code_signing_config_renders_publishers_and_policy(stack: Stack) -> None:
    csc = lambda_.CodeSigningConfig(stack, "C", signing_profiles=[_profile(stack)], description="d",
                                    untrusted_artifact_on_deployment=lambda_.UntrustedArtifactOnDeployment.ENFORCE)
    _fn(stack, code_signing_config=csc)
    template = Template.from_stack(stack)
    # the shape aws-cdk-lib 2.275.0 synthesizes for the same props
    template.has_resource_properties("AWS::Lambda::CodeSigningConfig", {
        "AllowedPublishers": {"SigningProfileVersionArns": [PROFILE_VERSION_ARN]},
        "CodeSigningPolicies": {"UntrustedArtifactOnDeployment": "Enforce"},
        "Description": "d",
    })
    template.has_resource_properties("AWS::Lambda::Function", {
        "CodeSigningConfigArn": {"Fn::GetAtt": ["C375D67C5", "CodeSigningConfigArn"]},
    })


def test_code_signing_config_defaults_to_warn(stack: Stack) -> None:
    lambda_.CodeSigningConfig(stack, "C", signing_profiles=[_profile(stack)])
    Template.from_stack(stack).has_resource_properties("AWS::Lambda::CodeSigningConfig", {
        "AllowedPublishers": {"SigningProfileVersionArns": [PROFILE_VERSION_ARN]},
        "CodeSigningPolicies": {"UntrustedArtifactOnDeployment": "Warn"},
    })


def test_imported_code_signing_config_reads_its_id(stack: Stack) -> None:
    csc = lambda_.CodeSigningConfig.from_code_signing_config_arn(
        stack, "I", "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123")
    assert csc.code_signing_config_id == "csc-0123"


ESM_ERRORS: list[tuple[dict[str, Any], str]] = [
    ({"kafka_consumer_group_id": "bad group"},
     'kafkaConsumerGroupId contains invalid characters. Allowed values are "\\[a-zA-Z0-9-/\\*:_\\+=.@-\\]"'),
    ({"provisioned_poller_config": lambda_.ProvisionedPollerConfig(minimum_pollers=5, maximum_pollers=2)},
     "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers"),
    ({"provisioned_poller_config": lambda_.ProvisionedPollerConfig(minimum_pollers=201)},
     "Minimum provisioned pollers must be between 1 and 200 inclusive"),
]


@pytest.mark.parametrize(("kwargs", "message"), ESM_ERRORS)
def test_event_source_mapping_fails_on_invalid_options(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=f"^{message}"):
        lambda_.EventSourceMapping(stack, "E", target=_fn(stack), event_source_arn="arn:aws:sqs:r:1:q", **kwargs)


def test_event_source_mapping_filter_encryption_needs_filters(stack: Stack) -> None:
    key = kms.Key(stack, "K")
    with pytest.raises(ValidationError,
                       match="^filter criteria must be provided to enable setting filter criteria encryption"):
        lambda_.EventSourceMapping(stack, "E", target=_fn(stack), event_source_arn="arn:aws:sqs:r:1:q",
                                   filter_encryption=key)


def test_docker_image_function_refuses_handler_and_runtime(stack: Stack) -> None:
    make: Callable[..., Any] = lambda_.DockerImageFunction
    with pytest.raises(TypeError, match="unexpected keyword argument 'handler'"):
        make(stack, "D", code=lambda_.DockerImageCode.from_image_asset("/nonexistent-dir"), handler="h")


def test_docker_image_asset_directory_must_exist(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="^Cannot find image directory at /nonexistent-dir"):
        lambda_.DockerImageFunction(stack, "D", code=lambda_.DockerImageCode.from_image_asset("/nonexistent-dir"))
