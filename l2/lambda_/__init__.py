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
from ._function_url import FunctionUrl, FunctionUrlAuthType, FunctionUrlCorsOptions, HttpMethod, InvokeMode
from ._layers import ILayerVersion, LayerVersion, LayerVersionBase
from ._runtime import Architecture, Runtime, RuntimeFamily
from ._singleton import SingletonFunction
from ._version import Version, VersionOptions

__all__ = [
    "Alias",
    "ApplicationLogLevel",
    "Architecture",
    "AssetCode",
    "CfnParametersCode",
    "Code",
    "CodeConfig",
    "DestinationConfig",
    "DestinationType",
    "DlqDestinationConfig",
    "EventInvokeConfig",
    "EventSourceMapping",
    "FilterCriteria",
    "FilterRule",
    "Function",
    "FunctionBase",
    "FunctionUrl",
    "FunctionUrlAuthType",
    "FunctionUrlCorsOptions",
    "HttpMethod",
    "IDestination",
    "IEventSource",
    "IEventSourceDlq",
    "ILayerVersion",
    "InlineCode",
    "InvokeMode",
    "LayerVersion",
    "LayerVersionBase",
    "LoggingFormat",
    "QualifiedFunctionBase",
    "Runtime",
    "RuntimeFamily",
    "S3Code",
    "S3Location",
    "SingletonFunction",
    "StartingPosition",
    "SystemLogLevel",
    "Tracing",
    "Version",
    "VersionOptions",
    "VersionWeight",
]
__all__ += _l1_all
