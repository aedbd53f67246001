"""AWS Lambda (aws-cdk-lib: ``aws_cdk.aws_lambda``): functions, versions, aliases, layers and URLs, plus the L1s."""

from l1.lambda_ import *  # noqa: F403
from l1.lambda_ import __all__ as _l1_all

from ._alias import Alias, VersionWeight
from ._code import AssetCode, CfnParametersCode, Code, CodeConfig, InlineCode, S3Code, S3Location
from ._event_invoke_config import DestinationConfig, DestinationType, EventInvokeConfig, IDestination
from ._event_source_filter import FilterCriteria, FilterRule
from ._event_source_mapping import DlqDestinationConfig, EventSourceMapping, IEventSourceDlq, StartingPosition
from ._function import ApplicationLogLevel, Function, LoggingFormat, SystemLogLevel, Tracing
from ._function_base import FunctionBase, IEventSource, QualifiedFunctionBase
from ._function_config import (
    CodeSigningConfig,
    CodeSigningConfigProps,
    DurableConfig,
    EnvironmentOptions,
    FileSystem,
    FileSystemConfig,
    Handler,
    ICodeSigningConfig,
    LogFormat,
    LogRetentionRetryOptions,
    RecursiveLoop,
    ResourceBindOptions,
    RuntimeManagementMode,
    SnapStartConf,
    TenancyConfig,
    UntrustedArtifactOnDeployment,
)
from ._function_url import FunctionUrl, FunctionUrlAuthType, FunctionUrlCorsOptions, HttpMethod, InvokeMode
from ._image import (
    AssetImageCode,
    AssetImageCodeProps,
    CodeImageConfig,
    DockerImageCode,
    DockerImageFunction,
    EcrImageCode,
    EcrImageCodeProps,
)
from ._layer_extensions import (
    AdotInstrumentationConfig,
    AdotLambdaExecWrapper,
    LambdaInsightsVersion,
    ParamsAndSecretsLayerVersion,
    ParamsAndSecretsLogLevel,
    ParamsAndSecretsOptions,
    ParamsAndSecretsVersions,
)
from ._layers import ILayerVersion, LayerVersion, LayerVersionBase
from ._runtime import Architecture, Runtime, RuntimeFamily
from ._singleton import SingletonFunction
from ._version import Version, VersionOptions

__all__ = [
    "AdotInstrumentationConfig",
    "AdotLambdaExecWrapper",
    "Alias",
    "ApplicationLogLevel",
    "Architecture",
    "AssetCode",
    "AssetImageCode",
    "AssetImageCodeProps",
    "CfnParametersCode",
    "Code",
    "CodeConfig",
    "CodeImageConfig",
    "CodeSigningConfig",
    "CodeSigningConfigProps",
    "DestinationConfig",
    "DestinationType",
    "DlqDestinationConfig",
    "DockerImageCode",
    "DockerImageFunction",
    "DurableConfig",
    "EcrImageCode",
    "EcrImageCodeProps",
    "EnvironmentOptions",
    "EventInvokeConfig",
    "EventSourceMapping",
    "FileSystem",
    "FileSystemConfig",
    "FilterCriteria",
    "FilterRule",
    "Function",
    "FunctionBase",
    "FunctionUrl",
    "FunctionUrlAuthType",
    "FunctionUrlCorsOptions",
    "Handler",
    "HttpMethod",
    "ICodeSigningConfig",
    "IDestination",
    "IEventSource",
    "IEventSourceDlq",
    "ILayerVersion",
    "InlineCode",
    "InvokeMode",
    "LambdaInsightsVersion",
    "LayerVersion",
    "LayerVersionBase",
    "LogFormat",
    "LogRetentionRetryOptions",
    "LoggingFormat",
    "ParamsAndSecretsLayerVersion",
    "ParamsAndSecretsLogLevel",
    "ParamsAndSecretsOptions",
    "ParamsAndSecretsVersions",
    "QualifiedFunctionBase",
    "RecursiveLoop",
    "ResourceBindOptions",
    "Runtime",
    "RuntimeFamily",
    "RuntimeManagementMode",
    "S3Code",
    "S3Location",
    "SingletonFunction",
    "SnapStartConf",
    "StartingPosition",
    "SystemLogLevel",
    "TenancyConfig",
    "Tracing",
    "UntrustedArtifactOnDeployment",
    "Version",
    "VersionOptions",
    "VersionWeight",
]
__all__ += _l1_all
