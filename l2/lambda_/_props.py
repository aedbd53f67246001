"""The props structs of aws-cdk-lib's Lambda API (``FunctionProps``, ``AliasOptions``, ...).

pycdk constructs take these values as keyword arguments; the structs give them a name and a type, for code that
builds props as data (``Function(scope, id, **structs.asdict(props))``-style) and for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration, RemovalPolicy
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import CfnParameter, Construct, Size
    from l2.codeguruprofiler import IProfilingGroup
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IPrincipal, IRole, PolicyStatement
    from l2.kms import IKey
    from l2.lambda_._alias import VersionWeight
    from l2.lambda_._event_invoke_config import DestinationType
    from l2.lambda_._function_base import IEventSource
    from l2.lambda_._function_config import LogRetentionRetryOptions
    from l2.lambda_._image import DockerImageCode
    from l2.lambda_._interfaces import IFunction, IVersion
    from l2.logs import ILogGroup, RetentionDays
    from l2.sns import ITopic
    from l2.sqs import IQueue

    from ._code import Code
    from ._event_invoke_config import IDestination
    from ._function import ApplicationLogLevel, LoggingFormat, SystemLogLevel, Tracing
    from ._function_config import (
        DurableConfig,
        FileSystem,
        ICodeSigningConfig,
        RecursiveLoop,
        RuntimeManagementMode,
        SnapStartConf,
        TenancyConfig,
    )
    from ._function_url import FunctionUrlAuthType, FunctionUrlCorsOptions, InvokeMode
    from ._layer_extensions import (
        AdotInstrumentationConfig,
        LambdaInsightsVersion,
        ParamsAndSecretsLayerVersion,
    )
    from ._layers import ILayerVersion
    from ._runtime import Architecture, Runtime
    from ._version import VersionOptions


@structs.frozen(kw_only=True)
class EventInvokeConfigOptions:
    """Asynchronous invocation options.

    Args:
        max_event_age: how long an event may wait (1 minute to 6 hours; default 6 hours).
        on_failure / on_success: where failed / successful invocation records go.
        retry_attempts: retries after an error (0 to 2; default 2).
    """

    max_event_age: Duration | None = None
    on_failure: IDestination | None = None
    on_success: IDestination | None = None
    retry_attempts: float | None = None


@structs.frozen(kw_only=True)
class EventInvokeConfigProps(EventInvokeConfigOptions):
    """Props of ``EventInvokeConfig``: the options plus the function and qualifier.

    Args:
        function: the function the configuration applies to.
        qualifier: the version or alias it applies to (default the unqualified function).
    """

    function: IFunction
    qualifier: str | None = None


@structs.frozen(kw_only=True)
class FunctionOptions(EventInvokeConfigOptions):
    """The options of a function, all optional (the keyword arguments of ``Function`` but code, handler, runtime)."""

    adot_instrumentation: AdotInstrumentationConfig | None = None
    allow_all_ipv6_outbound: bool | None = None
    allow_all_outbound: bool | None = None
    allow_public_subnet: bool | None = None
    application_log_level: str | None = None
    application_log_level_v2: ApplicationLogLevel | None = None
    architecture: Architecture | None = None
    code_signing_config: ICodeSigningConfig | None = None
    current_version_options: VersionOptions | None = None
    dead_letter_queue: IQueue | None = None
    dead_letter_queue_enabled: bool | None = None
    dead_letter_topic: ITopic | None = None
    description: str | None = None
    durable_config: DurableConfig | None = None
    environment: Mapping[str, str] | None = None
    environment_encryption: IKey | None = None
    ephemeral_storage_size: Size | None = None
    events: list[IEventSource] | None = None
    filesystem: FileSystem | None = None
    function_name: str | None = None
    initial_policy: list[PolicyStatement] | None = None
    insights_version: LambdaInsightsVersion | None = None
    ipv6_allowed_for_dual_stack: bool | None = None
    layers: Sequence[ILayerVersion] | None = None
    log_format: str | None = None
    logging_format: LoggingFormat | None = None
    log_group: ILogGroup | None = None
    log_removal_policy: RemovalPolicy | None = None
    log_retention: RetentionDays | None = None
    log_retention_retry_options: LogRetentionRetryOptions | None = None
    log_retention_role: IRole | None = None
    memory_size: float | None = None
    params_and_secrets: ParamsAndSecretsLayerVersion | None = None
    profiling: bool | None = None
    profiling_group: IProfilingGroup | None = None
    recursive_loop: RecursiveLoop | None = None
    reserved_concurrent_executions: float | None = None
    role: IRole | None = None
    runtime_management_mode: RuntimeManagementMode | None = None
    security_groups: list[ISecurityGroup] | None = None
    snap_start: SnapStartConf | None = None
    system_log_level: str | None = None
    system_log_level_v2: SystemLogLevel | None = None
    tenancy_config: TenancyConfig | None = None
    timeout: Duration | None = None
    tracing: Tracing | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class FunctionProps(FunctionOptions):
    """Props of ``Function``: the options plus ``code``, ``handler`` and ``runtime`` (see ``Function`` for each
    keyword argument)."""

    code: Code
    handler: str
    runtime: Runtime


@structs.frozen(kw_only=True)
class SingletonFunctionProps(FunctionProps):
    """Props of ``SingletonFunction``: a function's props plus its ``uuid`` and ``lambda_purpose`` (see that class for
    each keyword argument)."""

    uuid: str
    lambda_purpose: str | None = None


@structs.frozen(kw_only=True)
class DockerImageFunctionProps(FunctionOptions):
    """Props of ``DockerImageFunction``: the options plus the image ``code`` (see that class for each keyword
    argument)."""

    code: DockerImageCode


@structs.frozen(kw_only=True)
class FunctionAttributes:
    """What ``Function.from_function_attributes`` needs.

    Args:
        function_arn: the ARN (a version or alias ARN is accepted).
        architecture: default X86_64.
        role: the execution role (grants to the function go to it).
        same_environment: treat a token ARN as being in this stack's account and region.
        security_group: the function's security group (makes ``connections`` work).
        skip_permissions: do not add permissions (they exist already).
        tenancy_config: the function's tenancy.
    """

    function_arn: str
    architecture: Architecture | None = None
    role: IRole | None = None
    same_environment: bool | None = None
    security_group: ISecurityGroup | None = None
    skip_permissions: bool | None = None
    tenancy_config: TenancyConfig | None = None


@structs.frozen(kw_only=True)
class VersionProps(EventInvokeConfigOptions):
    """Props of ``Version`` (see that class for each keyword argument)."""

    lambda_: IFunction
    code_sha256: str | None = None
    description: str | None = None
    max_execution_environments: float | None = None
    min_execution_environments: float | None = None
    provisioned_concurrent_executions: float | None = None
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class VersionAttributes:
    """What ``Version.from_version_attributes`` needs: the function and the version.

    Args:
        lambda_: the function the version belongs to.
        version: the version's number (or ``$LATEST``).
    """

    lambda_: IFunction
    version: str


@structs.frozen(kw_only=True)
class AliasOptions(EventInvokeConfigOptions):
    """Options of an alias (``Function.add_alias``).

    Args:
        additional_versions: other versions with traffic weights.
        description: a description.
        provisioned_concurrent_executions: provisioned concurrency.
    """

    additional_versions: list[VersionWeight] | None = None
    description: str | None = None
    provisioned_concurrent_executions: float | None = None


@structs.frozen(kw_only=True)
class AliasProps(AliasOptions):
    """Props of ``Alias``: the options plus the name and version (see that class for each keyword argument)."""

    alias_name: str
    version: IVersion


@structs.frozen(kw_only=True)
class AliasAttributes:
    """What ``Alias.from_alias_attributes`` needs.

    Args:
        alias_name: the alias's name.
        alias_version: the version the alias points to.
    """

    alias_name: str
    alias_version: IVersion


@structs.frozen(kw_only=True)
class LayerVersionOptions:
    """Options of a layer version.

    Args:
        description: what the layer is for (default none).
        layer_version_name: the layer's name (default a name CloudFormation generates).
        license: the layer's license: an SPDX identifier or the URL of the license (default none).
        removal_policy: what happens to the layer version when it leaves the stack (default destroyed).
    """

    description: str | None = None
    layer_version_name: str | None = None
    license: str | None = None
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class LayerVersionProps(LayerVersionOptions):
    """Props of ``LayerVersion`` (see that class for each keyword argument)."""

    code: Code
    compatible_architectures: Sequence[Architecture] | None = None
    compatible_runtimes: Sequence[Runtime] | None = None


@structs.frozen(kw_only=True)
class LayerVersionAttributes:
    """What ``LayerVersion.from_layer_version_attributes`` needs.

    Args:
        compatible_runtimes: the runtimes the layer works with (default unknown).
        layer_version_arn: the layer version's ARN.
    """

    layer_version_arn: str
    compatible_runtimes: Sequence[Runtime] | None = None


@structs.frozen(kw_only=True)
class LayerVersionPermission:
    """Who may use a layer version: an account (or ``*`` with an organization).

    Args:
        account_id: the account that may use it, or ``*`` for every account (then narrowed by ``organization_id``).
        organization_id: with ``account_id="*"``, the organization whose accounts may use it (default none).
    """

    account_id: str
    organization_id: str | None = None


@structs.frozen(kw_only=True)
class FunctionUrlOptions:
    """Options of a function URL.

    Args:
        auth_type: default AWS_IAM.
        cors: CORS settings.
        invoke_mode: BUFFERED (default) or RESPONSE_STREAM.
    """

    auth_type: FunctionUrlAuthType | None = None
    cors: FunctionUrlCorsOptions | None = None
    invoke_mode: InvokeMode | None = None


@structs.frozen(kw_only=True)
class FunctionUrlProps(FunctionUrlOptions):
    """Props of ``FunctionUrl``: the options plus the function.

    Args:
        function: the function the URL invokes.
    """

    function: IFunction


@structs.frozen(kw_only=True)
class Permission:
    """A resource-policy statement of a function (``add_permission``).

    Args:
        principal: who is allowed.
        action: default ``lambda:InvokeFunction``.
        event_source_token: the Alexa Smart Home token.
        function_url_auth_type / invoked_via_function_url: function URL conditions.
        organization_id: an AWS Organizations id.
        scope: where the ``AWS::Lambda::Permission`` is created (default the function).
        source_account / source_arn: conditions on the caller.
    """

    principal: IPrincipal
    action: str | None = None
    event_source_token: str | None = None
    function_url_auth_type: FunctionUrlAuthType | None = None
    invoked_via_function_url: bool | None = None
    organization_id: str | None = None
    scope: Construct | None = None
    source_account: str | None = None
    source_arn: str | None = None



@structs.frozen(kw_only=True)
class CfnParametersCodeProps:
    """Props of ``CfnParametersCode`` / ``Code.from_cfn_parameters``.

    Args:
        bucket_name_param / object_key_param: the parameters (created under the function when not given).
        source_kms_key: the key that encrypts the code.
    """

    bucket_name_param: CfnParameter | None = None
    object_key_param: CfnParameter | None = None
    source_kms_key: IKey | None = None


@structs.frozen(kw_only=True)
class DestinationOptions:
    """Options of ``IDestination.bind``: whether the destination receives successes or failures.

    Args:
        type: whether the destination receives successes or failures.
    """

    type: DestinationType


@structs.frozen(kw_only=True)
class LambdaRuntimeProps:
    """Options of a ``Runtime``.

    Args:
        bundling_docker_image: the image used to bundle assets (default ``public.ecr.aws/sam/build-<name>``).
        is_variable: the runtime tracks the latest version.
        supports_code_guru_profiling / supports_inline_code / supports_snap_start: feature support flags.
    """

    bundling_docker_image: str | None = None
    is_variable: bool | None = None
    supports_code_guru_profiling: bool | None = None
    supports_inline_code: bool | None = None
    supports_snap_start: bool | None = None


@structs.frozen(kw_only=True)
class AutoScalingOptions:
    """The capacity range of ``add_auto_scaling`` on a version or alias (provisioned concurrency).

    Args:
        max_capacity: the most provisioned concurrency.
        min_capacity: the least (default 1).
    """

    max_capacity: float
    min_capacity: float | None = None


@structs.frozen(kw_only=True)
class UtilizationScalingOptions:
    """Target tracking on provisioned-concurrency utilization (``scale_on_utilization``).

    Args:
        utilization_target: the utilization to keep, between 0.1 and 0.9.
        disable_scale_in: never scale in (default False).
        policy_name: the policy's name (default: generated).
        scale_in_cooldown / scale_out_cooldown: time between scaling activities (default: the service's).
    """

    utilization_target: float
    disable_scale_in: bool | None = None
    policy_name: str | None = None
    scale_in_cooldown: Duration | None = None
    scale_out_cooldown: Duration | None = None


@structs.frozen(kw_only=True)
class LatestPublishedScalingConfig:
    """The scaling of the function's latest published version on a capacity provider.

    Args:
        max_execution_environments / min_execution_environments: the range of execution environments
            (default: the service's).
    """

    max_execution_environments: float | None = None
    min_execution_environments: float | None = None
