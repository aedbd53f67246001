"""AWS Lambda (aws-cdk-lib: ``aws_cdk.aws_lambda``): functions, versions, aliases, layers and URLs, plus the L1s.

Names load on first use (PEP 562): ``from l2 import lambda_`` stays cheap, and each submodule (and the generated
``l1.lambda_`` module) is imported only when one of its names is first touched.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from constructs.internals import check_public_classes

if TYPE_CHECKING:
    from l1.lambda_ import *  # noqa: F403
    from l2.lambda_._alias import Alias as Alias
    from l2.lambda_._alias import VersionWeight as VersionWeight
    from l2.lambda_._capacity_provider import CapacityProvider as CapacityProvider
    from l2.lambda_._capacity_provider import CapacityProviderAttributes as CapacityProviderAttributes
    from l2.lambda_._capacity_provider import (
        CapacityProviderFunctionOptions as CapacityProviderFunctionOptions,
    )
    from l2.lambda_._capacity_provider import CapacityProviderProps as CapacityProviderProps
    from l2.lambda_._capacity_provider import InstanceTypeFilter as InstanceTypeFilter
    from l2.lambda_._capacity_provider import PropagateTags as PropagateTags
    from l2.lambda_._capacity_provider import ScalingOptions as ScalingOptions
    from l2.lambda_._capacity_provider import TargetTrackingScalingPolicy as TargetTrackingScalingPolicy
    from l2.lambda_._code import AssetCode as AssetCode
    from l2.lambda_._code import BucketOptions as BucketOptions
    from l2.lambda_._code import CfnParametersCode as CfnParametersCode
    from l2.lambda_._code import Code as Code
    from l2.lambda_._code import CodeConfig as CodeConfig
    from l2.lambda_._code import CustomCommandOptions as CustomCommandOptions
    from l2.lambda_._code import DockerBuildAssetOptions as DockerBuildAssetOptions
    from l2.lambda_._code import InlineCode as InlineCode
    from l2.lambda_._code import S3Code as S3Code
    from l2.lambda_._code import S3CodeV2 as S3CodeV2
    from l2.lambda_._code import S3Location as S3Location
    from l2.lambda_._code import S3ObjectStorageMode as S3ObjectStorageMode
    from l2.lambda_._event_invoke_config import DestinationConfig as DestinationConfig
    from l2.lambda_._event_invoke_config import DestinationType as DestinationType
    from l2.lambda_._event_invoke_config import EventInvokeConfig as EventInvokeConfig
    from l2.lambda_._event_invoke_config import IDestination as IDestination
    from l2.lambda_._event_source_filter import FilterCriteria as FilterCriteria
    from l2.lambda_._event_source_filter import FilterRule as FilterRule
    from l2.lambda_._event_source_mapping import DlqDestinationConfig as DlqDestinationConfig
    from l2.lambda_._event_source_mapping import EventSourceMapping as EventSourceMapping
    from l2.lambda_._event_source_mapping import EventSourceMappingLogLevel as EventSourceMappingLogLevel
    from l2.lambda_._event_source_mapping import EventSourceMappingOptions as EventSourceMappingOptions
    from l2.lambda_._event_source_mapping import EventSourceMappingProps as EventSourceMappingProps
    from l2.lambda_._event_source_mapping import IEventSourceDlq as IEventSourceDlq
    from l2.lambda_._event_source_mapping import MetricsConfig as MetricsConfig
    from l2.lambda_._event_source_mapping import MetricType as MetricType
    from l2.lambda_._event_source_mapping import ProvisionedPollerConfig as ProvisionedPollerConfig
    from l2.lambda_._event_source_mapping import SourceAccessConfiguration as SourceAccessConfiguration
    from l2.lambda_._event_source_mapping import (
        SourceAccessConfigurationType as SourceAccessConfigurationType,
    )
    from l2.lambda_._event_source_mapping import StartingPosition as StartingPosition
    from l2.lambda_._function import ApplicationLogLevel as ApplicationLogLevel
    from l2.lambda_._function import Function as Function
    from l2.lambda_._function import FunctionVersionUpgrade as FunctionVersionUpgrade
    from l2.lambda_._function import LoggingFormat as LoggingFormat
    from l2.lambda_._function import SystemLogLevel as SystemLogLevel
    from l2.lambda_._function import Tracing as Tracing
    from l2.lambda_._function_base import FunctionBase as FunctionBase
    from l2.lambda_._function_base import IEventSource as IEventSource
    from l2.lambda_._function_base import QualifiedFunctionBase as QualifiedFunctionBase
    from l2.lambda_._function_config import CodeSigningConfig as CodeSigningConfig
    from l2.lambda_._function_config import CodeSigningConfigProps as CodeSigningConfigProps
    from l2.lambda_._function_config import DurableConfig as DurableConfig
    from l2.lambda_._function_config import EnvironmentOptions as EnvironmentOptions
    from l2.lambda_._function_config import FileSystem as FileSystem
    from l2.lambda_._function_config import FileSystemConfig as FileSystemConfig
    from l2.lambda_._function_config import Handler as Handler
    from l2.lambda_._function_config import ICodeSigningConfig as ICodeSigningConfig
    from l2.lambda_._function_config import LogFormat as LogFormat
    from l2.lambda_._function_config import LogRetentionRetryOptions as LogRetentionRetryOptions
    from l2.lambda_._function_config import RecursiveLoop as RecursiveLoop
    from l2.lambda_._function_config import ResourceBindOptions as ResourceBindOptions
    from l2.lambda_._function_config import RuntimeManagementMode as RuntimeManagementMode
    from l2.lambda_._function_config import SnapStartConf as SnapStartConf
    from l2.lambda_._function_config import TenancyConfig as TenancyConfig
    from l2.lambda_._function_config import UntrustedArtifactOnDeployment as UntrustedArtifactOnDeployment
    from l2.lambda_._function_url import FunctionUrl as FunctionUrl
    from l2.lambda_._function_url import FunctionUrlAuthType as FunctionUrlAuthType
    from l2.lambda_._function_url import FunctionUrlCorsOptions as FunctionUrlCorsOptions
    from l2.lambda_._function_url import HttpMethod as HttpMethod
    from l2.lambda_._function_url import InvokeMode as InvokeMode
    from l2.lambda_._image import AssetImageCode as AssetImageCode
    from l2.lambda_._image import AssetImageCodeProps as AssetImageCodeProps
    from l2.lambda_._image import CodeImageConfig as CodeImageConfig
    from l2.lambda_._image import DockerImageCode as DockerImageCode
    from l2.lambda_._image import DockerImageFunction as DockerImageFunction
    from l2.lambda_._image import EcrImageCode as EcrImageCode
    from l2.lambda_._image import EcrImageCodeProps as EcrImageCodeProps
    from l2.lambda_._interfaces import IAlias as IAlias
    from l2.lambda_._interfaces import ICapacityProvider as ICapacityProvider
    from l2.lambda_._interfaces import IEventSourceMapping as IEventSourceMapping
    from l2.lambda_._interfaces import IFunction as IFunction
    from l2.lambda_._interfaces import IFunctionUrl as IFunctionUrl
    from l2.lambda_._interfaces import IScalableFunctionAttribute as IScalableFunctionAttribute
    from l2.lambda_._interfaces import IVersion as IVersion
    from l2.lambda_._layer_extensions import AdotInstrumentationConfig as AdotInstrumentationConfig
    from l2.lambda_._layer_extensions import AdotLambdaExecWrapper as AdotLambdaExecWrapper
    from l2.lambda_._layer_extensions import AdotLambdaLayerGenericVersion as AdotLambdaLayerGenericVersion
    from l2.lambda_._layer_extensions import (
        AdotLambdaLayerJavaAutoInstrumentationVersion as AdotLambdaLayerJavaAutoInstrumentationVersion,
    )
    from l2.lambda_._layer_extensions import (
        AdotLambdaLayerJavaScriptSdkVersion as AdotLambdaLayerJavaScriptSdkVersion,
    )
    from l2.lambda_._layer_extensions import AdotLambdaLayerJavaSdkVersion as AdotLambdaLayerJavaSdkVersion
    from l2.lambda_._layer_extensions import (
        AdotLambdaLayerPythonSdkVersion as AdotLambdaLayerPythonSdkVersion,
    )
    from l2.lambda_._layer_extensions import AdotLayerVersion as AdotLayerVersion
    from l2.lambda_._layer_extensions import LambdaInsightsVersion as LambdaInsightsVersion
    from l2.lambda_._layer_extensions import ParamsAndSecretsLayerVersion as ParamsAndSecretsLayerVersion
    from l2.lambda_._layer_extensions import ParamsAndSecretsLogLevel as ParamsAndSecretsLogLevel
    from l2.lambda_._layer_extensions import ParamsAndSecretsOptions as ParamsAndSecretsOptions
    from l2.lambda_._layer_extensions import ParamsAndSecretsVersions as ParamsAndSecretsVersions
    from l2.lambda_._layers import ILayerVersion as ILayerVersion
    from l2.lambda_._layers import LayerVersion as LayerVersion
    from l2.lambda_._layers import LayerVersionBase as LayerVersionBase
    from l2.lambda_._props import AliasAttributes as AliasAttributes
    from l2.lambda_._props import AliasOptions as AliasOptions
    from l2.lambda_._props import AliasProps as AliasProps
    from l2.lambda_._props import AutoScalingOptions as AutoScalingOptions
    from l2.lambda_._props import CfnParametersCodeProps as CfnParametersCodeProps
    from l2.lambda_._props import DestinationOptions as DestinationOptions
    from l2.lambda_._props import DockerImageFunctionProps as DockerImageFunctionProps
    from l2.lambda_._props import EventInvokeConfigOptions as EventInvokeConfigOptions
    from l2.lambda_._props import EventInvokeConfigProps as EventInvokeConfigProps
    from l2.lambda_._props import FunctionAttributes as FunctionAttributes
    from l2.lambda_._props import FunctionOptions as FunctionOptions
    from l2.lambda_._props import FunctionProps as FunctionProps
    from l2.lambda_._props import FunctionUrlOptions as FunctionUrlOptions
    from l2.lambda_._props import FunctionUrlProps as FunctionUrlProps
    from l2.lambda_._props import LambdaRuntimeProps as LambdaRuntimeProps
    from l2.lambda_._props import LatestPublishedScalingConfig as LatestPublishedScalingConfig
    from l2.lambda_._props import LayerVersionAttributes as LayerVersionAttributes
    from l2.lambda_._props import LayerVersionOptions as LayerVersionOptions
    from l2.lambda_._props import LayerVersionPermission as LayerVersionPermission
    from l2.lambda_._props import LayerVersionProps as LayerVersionProps
    from l2.lambda_._props import Permission as Permission
    from l2.lambda_._props import SingletonFunctionProps as SingletonFunctionProps
    from l2.lambda_._props import UtilizationScalingOptions as UtilizationScalingOptions
    from l2.lambda_._props import VersionAttributes as VersionAttributes
    from l2.lambda_._props import VersionProps as VersionProps
    from l2.lambda_._runtime import Architecture as Architecture
    from l2.lambda_._runtime import Runtime as Runtime
    from l2.lambda_._runtime import RuntimeFamily as RuntimeFamily
    from l2.lambda_._s3_files import DirectS3Read as DirectS3Read
    from l2.lambda_._s3_files import S3FilesOptions as S3FilesOptions
    from l2.lambda_._schema_registry import EventRecordFormat as EventRecordFormat
    from l2.lambda_._schema_registry import ISchemaRegistry as ISchemaRegistry
    from l2.lambda_._schema_registry import KafkaSchemaRegistryAccessConfig as KafkaSchemaRegistryAccessConfig
    from l2.lambda_._schema_registry import (
        KafkaSchemaRegistryAccessConfigType as KafkaSchemaRegistryAccessConfigType,
    )
    from l2.lambda_._schema_registry import KafkaSchemaRegistryConfig as KafkaSchemaRegistryConfig
    from l2.lambda_._schema_registry import KafkaSchemaValidationAttribute as KafkaSchemaValidationAttribute
    from l2.lambda_._schema_registry import KafkaSchemaValidationConfig as KafkaSchemaValidationConfig
    from l2.lambda_._schema_registry import SchemaRegistryProps as SchemaRegistryProps
    from l2.lambda_._singleton import SingletonFunction as SingletonFunction
    from l2.lambda_._version import Version as Version
    from l2.lambda_._version import VersionOptions as VersionOptions

_L2_NAMES: dict[str, str] = {
    "AdotInstrumentationConfig": "_layer_extensions",
    "AdotLambdaExecWrapper": "_layer_extensions",
    "AdotLambdaLayerGenericVersion": "_layer_extensions",
    "AdotLambdaLayerJavaAutoInstrumentationVersion": "_layer_extensions",
    "AdotLambdaLayerJavaScriptSdkVersion": "_layer_extensions",
    "AdotLambdaLayerJavaSdkVersion": "_layer_extensions",
    "AdotLambdaLayerPythonSdkVersion": "_layer_extensions",
    "AdotLayerVersion": "_layer_extensions",
    "Alias": "_alias",
    "AliasAttributes": "_props",
    "AliasOptions": "_props",
    "AliasProps": "_props",
    "ApplicationLogLevel": "_function",
    "Architecture": "_runtime",
    "AssetCode": "_code",
    "AssetImageCode": "_image",
    "AssetImageCodeProps": "_image",
    "AutoScalingOptions": "_props",
    "BucketOptions": "_code",
    "CapacityProvider": "_capacity_provider",
    "CapacityProviderAttributes": "_capacity_provider",
    "CapacityProviderFunctionOptions": "_capacity_provider",
    "CapacityProviderProps": "_capacity_provider",
    "CfnParametersCode": "_code",
    "CfnParametersCodeProps": "_props",
    "Code": "_code",
    "CodeConfig": "_code",
    "CodeImageConfig": "_image",
    "CodeSigningConfig": "_function_config",
    "CodeSigningConfigProps": "_function_config",
    "CustomCommandOptions": "_code",
    "DestinationConfig": "_event_invoke_config",
    "DestinationOptions": "_props",
    "DestinationType": "_event_invoke_config",
    "DirectS3Read": "_s3_files",
    "DlqDestinationConfig": "_event_source_mapping",
    "DockerBuildAssetOptions": "_code",
    "DockerImageCode": "_image",
    "DockerImageFunction": "_image",
    "DockerImageFunctionProps": "_props",
    "DurableConfig": "_function_config",
    "EcrImageCode": "_image",
    "EcrImageCodeProps": "_image",
    "EnvironmentOptions": "_function_config",
    "EventInvokeConfig": "_event_invoke_config",
    "EventInvokeConfigOptions": "_props",
    "EventInvokeConfigProps": "_props",
    "EventRecordFormat": "_schema_registry",
    "EventSourceMapping": "_event_source_mapping",
    "EventSourceMappingLogLevel": "_event_source_mapping",
    "EventSourceMappingOptions": "_event_source_mapping",
    "EventSourceMappingProps": "_event_source_mapping",
    "FileSystem": "_function_config",
    "FileSystemConfig": "_function_config",
    "FilterCriteria": "_event_source_filter",
    "FilterRule": "_event_source_filter",
    "Function": "_function",
    "FunctionAttributes": "_props",
    "FunctionBase": "_function_base",
    "FunctionOptions": "_props",
    "FunctionProps": "_props",
    "FunctionUrl": "_function_url",
    "FunctionUrlAuthType": "_function_url",
    "FunctionUrlCorsOptions": "_function_url",
    "FunctionUrlOptions": "_props",
    "FunctionUrlProps": "_props",
    "FunctionVersionUpgrade": "_function",
    "Handler": "_function_config",
    "HttpMethod": "_function_url",
    "IAlias": "_interfaces",
    "ICapacityProvider": "_interfaces",
    "ICodeSigningConfig": "_function_config",
    "IDestination": "_event_invoke_config",
    "IEventSource": "_function_base",
    "IEventSourceDlq": "_event_source_mapping",
    "IEventSourceMapping": "_interfaces",
    "IFunction": "_interfaces",
    "IFunctionUrl": "_interfaces",
    "ILayerVersion": "_layers",
    "IScalableFunctionAttribute": "_interfaces",
    "ISchemaRegistry": "_schema_registry",
    "IVersion": "_interfaces",
    "InlineCode": "_code",
    "InstanceTypeFilter": "_capacity_provider",
    "InvokeMode": "_function_url",
    "KafkaSchemaRegistryAccessConfig": "_schema_registry",
    "KafkaSchemaRegistryAccessConfigType": "_schema_registry",
    "KafkaSchemaRegistryConfig": "_schema_registry",
    "KafkaSchemaValidationAttribute": "_schema_registry",
    "KafkaSchemaValidationConfig": "_schema_registry",
    "LambdaInsightsVersion": "_layer_extensions",
    "LambdaRuntimeProps": "_props",
    "LatestPublishedScalingConfig": "_props",
    "LayerVersion": "_layers",
    "LayerVersionAttributes": "_props",
    "LayerVersionBase": "_layers",
    "LayerVersionOptions": "_props",
    "LayerVersionPermission": "_props",
    "LayerVersionProps": "_props",
    "LogFormat": "_function_config",
    "LogRetentionRetryOptions": "_function_config",
    "LoggingFormat": "_function",
    "MetricType": "_event_source_mapping",
    "MetricsConfig": "_event_source_mapping",
    "ParamsAndSecretsLayerVersion": "_layer_extensions",
    "ParamsAndSecretsLogLevel": "_layer_extensions",
    "ParamsAndSecretsOptions": "_layer_extensions",
    "ParamsAndSecretsVersions": "_layer_extensions",
    "Permission": "_props",
    "PropagateTags": "_capacity_provider",
    "ProvisionedPollerConfig": "_event_source_mapping",
    "QualifiedFunctionBase": "_function_base",
    "RecursiveLoop": "_function_config",
    "ResourceBindOptions": "_function_config",
    "Runtime": "_runtime",
    "RuntimeFamily": "_runtime",
    "RuntimeManagementMode": "_function_config",
    "S3Code": "_code",
    "S3CodeV2": "_code",
    "S3FilesOptions": "_s3_files",
    "S3Location": "_code",
    "S3ObjectStorageMode": "_code",
    "ScalingOptions": "_capacity_provider",
    "SchemaRegistryProps": "_schema_registry",
    "SingletonFunction": "_singleton",
    "SingletonFunctionProps": "_props",
    "SnapStartConf": "_function_config",
    "SourceAccessConfiguration": "_event_source_mapping",
    "SourceAccessConfigurationType": "_event_source_mapping",
    "StartingPosition": "_event_source_mapping",
    "SystemLogLevel": "_function",
    "TargetTrackingScalingPolicy": "_capacity_provider",
    "TenancyConfig": "_function_config",
    "Tracing": "_function",
    "UntrustedArtifactOnDeployment": "_function_config",
    "UtilizationScalingOptions": "_props",
    "Version": "_version",
    "VersionAttributes": "_props",
    "VersionOptions": "_version",
    "VersionProps": "_props",
    "VersionWeight": "_alias",
}


def __getattr__(name: str) -> object:
    """The names of ``l2.lambda_``'s submodules and of ``l1.lambda_``, imported on first use."""
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.lambda_.{module}"), name)
        check_public_classes({name: value})
    elif name == "__all__":
        value = sorted({*_L2_NAMES, *importlib.import_module("l1.lambda_").__all__})
    else:
        l1 = importlib.import_module("l1.lambda_")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.lambda_' has no attribute {name!r}")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
