"""pycdk core: the construct tree, stacks, tokens, CloudFormation elements and synthesis.

This package mirrors both the ``constructs`` library (``Construct``, ``Node``) and the core of aws-cdk-lib
(``aws_cdk``): ``App``, ``Stack``, ``Fn``, ``CfnResource`` and the rest.
"""

from ._annotations import Annotations
from ._app import App
from ._arn import Arn, ArnComponents, ArnFormat
from ._aspects import AspectApplication, AspectPriority, Aspects, IAspect
from ._assembly import CloudArtifact, CloudAssembly, CloudFormationStackArtifact, SynthesisMessage
from ._assets import (
    AssetHashType,
    AssetStaging,
    DockerImageAssetLocation,
    DockerImageAssetSource,
    FileAssetLocation,
    FileAssetPackaging,
    FileAssetSource,
    IgnoreMode,
    SymlinkFollowMode,
)
from ._aws import Aws, ScopedAws
from ._bitrate import Bitrate
from ._cfn_codedeploy_hook import (
    CfnCodeDeployBlueGreenAdditionalOptions,
    CfnCodeDeployBlueGreenApplication,
    CfnCodeDeployBlueGreenApplicationTarget,
    CfnCodeDeployBlueGreenEcsAttributes,
    CfnCodeDeployBlueGreenHook,
    CfnCodeDeployBlueGreenHookProps,
    CfnCodeDeployBlueGreenLifecycleEventHooks,
    CfnTrafficRoute,
    CfnTrafficRouting,
    CfnTrafficRoutingConfig,
    CfnTrafficRoutingTimeBasedCanary,
    CfnTrafficRoutingTimeBasedLinear,
    CfnTrafficRoutingType,
)
from ._cfn_condition import CfnCondition, CfnConditionProps
from ._cfn_element import CfnElement, CfnRefElement
from ._cfn_hook import CfnHook, CfnHookProps
from ._cfn_json import CfnJson, CfnJsonProps
from ._cfn_mapping import CfnMapping, CfnMappingProps
from ._cfn_output import CfnOutput, CfnOutputProps
from ._cfn_parameter import CfnParameter, CfnParameterProps
from ._cfn_policies import (
    CfnAutoScalingInstanceRefresh,
    CfnAutoScalingInstanceRefreshAlarmSpecification,
    CfnAutoScalingInstanceRefreshPreferences,
    CfnAutoScalingReplacingUpdate,
    CfnAutoScalingRollingUpdate,
    CfnAutoScalingScheduledAction,
    CfnCodeDeployLambdaAliasUpdate,
    CfnCreationPolicy,
    CfnResourceAutoScalingCreationPolicy,
    CfnResourceSignal,
    CfnUpdatePolicy,
)
from ._cfn_reference import CfnReference
from ._cfn_resource import CfnResource, CfnResourceOptions, CfnResourceProps
from ._cfn_rule import CfnRule, CfnRuleAssertion, CfnRuleProps
from ._construct import (
    Construct,
    ConstructOrder,
    Dependable,
    DependencyGroup,
    IConstruct,
    IDependable,
    IValidation,
    MetadataEntry,
    Node,
    RootConstruct,
)
from ._context_provider import ContextProvider, GetContextKeyResult, GetContextValueResult
from ._custom_resource import CustomResource, CustomResourceProvider, CustomResourceProviderRuntime
from ._duration import Duration, TimeConversionOptions
from ._errors import (
    CrossStackReferenceError,
    DependencyCycleError,
    PycdkError,
    SynthesisError,
    TokenResolutionError,
    UnscopedValidationError,
    ValidationError,
)
from ._feature_flags import FeatureFlags
from ._fn import Fn, ICfnConditionExpression, ICfnRuleConditionExpression
from ._names import Names
from ._nested_stack import NestedStack
from ._removal_policy import CfnDeletionPolicy, RemovalPolicy
from ._resource import PhysicalName, Resource, ResourceEnvironment, ResourceProps
from ._secret_value import CfnDynamicReference, CfnDynamicReferenceService, SecretValue
from ._size import Size, SizeConversionOptions, SizeRoundingBehavior
from ._stack import Environment, Stack
from ._stage import Stage
from ._synthesizers import (
    BootstraplessSynthesizer,
    CliCredentialsStackSynthesizer,
    DefaultStackSynthesizer,
    LegacyStackSynthesizer,
    NestedStackSynthesizer,
    StackSynthesizer,
)
from ._tag_manager import CfnTag, ITaggable, ITaggableV2, TagManager, TagType
from ._tags import RemoveTag, Tag, Tags
from ._time import Expiration, TimeZone
from ._token import (
    Intrinsic,
    IPostProcessor,
    IResolvable,
    IResolveContext,
    Lazy,
    Reference,
    ResolutionTypeHint,
    ResolveContext,
    Token,
    TokenComparison,
    Tokenization,
    TokenizedStringFragments,
)

__all__ = [
    "Annotations",
    "App",
    "Arn",
    "ArnComponents",
    "ArnFormat",
    "AspectApplication",
    "AspectPriority",
    "Aspects",
    "AssetHashType",
    "AssetStaging",
    "Aws",
    "Bitrate",
    "BootstraplessSynthesizer",
    "CfnAutoScalingInstanceRefresh",
    "CfnAutoScalingInstanceRefreshAlarmSpecification",
    "CfnAutoScalingInstanceRefreshPreferences",
    "CfnAutoScalingReplacingUpdate",
    "CfnAutoScalingRollingUpdate",
    "CfnAutoScalingScheduledAction",
    "CfnCodeDeployBlueGreenAdditionalOptions",
    "CfnCodeDeployBlueGreenApplication",
    "CfnCodeDeployBlueGreenApplicationTarget",
    "CfnCodeDeployBlueGreenEcsAttributes",
    "CfnCodeDeployBlueGreenHook",
    "CfnCodeDeployBlueGreenHookProps",
    "CfnCodeDeployBlueGreenLifecycleEventHooks",
    "CfnCodeDeployLambdaAliasUpdate",
    "CfnCondition",
    "CfnConditionProps",
    "CfnCreationPolicy",
    "CfnDeletionPolicy",
    "CfnDynamicReference",
    "CfnDynamicReferenceService",
    "CfnElement",
    "CfnHook",
    "CfnHookProps",
    "CfnJson",
    "CfnJsonProps",
    "CfnMapping",
    "CfnMappingProps",
    "CfnOutput",
    "CfnOutputProps",
    "CfnParameter",
    "CfnParameterProps",
    "CfnRefElement",
    "CfnReference",
    "CfnResource",
    "CfnResourceAutoScalingCreationPolicy",
    "CfnResourceOptions",
    "CfnResourceProps",
    "CfnResourceSignal",
    "CfnRule",
    "CfnRuleAssertion",
    "CfnRuleProps",
    "CfnTag",
    "CfnTrafficRoute",
    "CfnTrafficRouting",
    "CfnTrafficRoutingConfig",
    "CfnTrafficRoutingTimeBasedCanary",
    "CfnTrafficRoutingTimeBasedLinear",
    "CfnTrafficRoutingType",
    "CfnUpdatePolicy",
    "CliCredentialsStackSynthesizer",
    "CloudArtifact",
    "CloudAssembly",
    "CloudFormationStackArtifact",
    "Construct",
    "ConstructOrder",
    "ContextProvider",
    "CrossStackReferenceError",
    "CustomResource",
    "CustomResourceProvider",
    "CustomResourceProviderRuntime",
    "DefaultStackSynthesizer",
    "Dependable",
    "DependencyCycleError",
    "DependencyGroup",
    "DockerImageAssetLocation",
    "DockerImageAssetSource",
    "Duration",
    "Environment",
    "Expiration",
    "FeatureFlags",
    "FileAssetLocation",
    "FileAssetPackaging",
    "FileAssetSource",
    "Fn",
    "GetContextKeyResult",
    "GetContextValueResult",
    "IAspect",
    "ICfnConditionExpression",
    "ICfnRuleConditionExpression",
    "IConstruct",
    "IDependable",
    "IPostProcessor",
    "IResolvable",
    "IResolveContext",
    "ITaggable",
    "ITaggableV2",
    "IValidation",
    "IgnoreMode",
    "Intrinsic",
    "Lazy",
    "LegacyStackSynthesizer",
    "MetadataEntry",
    "Names",
    "NestedStack",
    "NestedStackSynthesizer",
    "Node",
    "PhysicalName",
    "PycdkError",
    "Reference",
    "RemovalPolicy",
    "RemoveTag",
    "ResolutionTypeHint",
    "ResolveContext",
    "Resource",
    "ResourceEnvironment",
    "ResourceProps",
    "RootConstruct",
    "ScopedAws",
    "SecretValue",
    "Size",
    "SizeConversionOptions",
    "SizeRoundingBehavior",
    "Stack",
    "StackSynthesizer",
    "Stage",
    "SymlinkFollowMode",
    "SynthesisError",
    "SynthesisMessage",
    "Tag",
    "TagManager",
    "TagType",
    "Tags",
    "TimeConversionOptions",
    "TimeZone",
    "Token",
    "TokenComparison",
    "TokenResolutionError",
    "Tokenization",
    "TokenizedStringFragments",
    "UnscopedValidationError",
    "ValidationError",
]
