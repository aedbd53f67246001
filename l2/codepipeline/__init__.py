"""AWS CodePipeline constructs (aws-cdk-lib: ``aws_cdk.aws_codepipeline``): ``Pipeline``, ``Artifact``, the
``Action`` base class and interfaces, variables, triggers, stage conditions, custom action types and the L1
classes."""

from constructs.internals import check_public_classes
from l1.codepipeline import *  # noqa: F403
from l1.codepipeline import __all__ as _l1_all
from l2.codepipeline._action import (
    Action,
    ActionArtifactBounds,
    ActionBindOptions,
    ActionCategory,
    ActionConfig,
    ActionProperties,
    CommonActionProps,
    CommonAwsActionProps,
    GlobalVariables,
    IAction,
    IPipeline,
    IStage,
    PipelineNotificationEvents,
    PipelineNotifyOnOptions,
)
from l2.codepipeline._artifact import Artifact, ArtifactPath
from l2.codepipeline._custom_action import (
    CustomActionProperty,
    CustomActionRegistration,
    CustomActionRegistrationProps,
)
from l2.codepipeline._pipeline import (
    CrossRegionSupport,
    ExecutionMode,
    Pipeline,
    PipelineProps,
    PipelineType,
    StageOptions,
    StagePlacement,
    StageProps,
)
from l2.codepipeline._trigger import (
    GitConfiguration,
    GitPullRequestEvent,
    GitPullRequestFilter,
    GitPushFilter,
    ProviderType,
    Trigger,
    TriggerProps,
)
from l2.codepipeline._variable import (
    Condition,
    Conditions,
    FailureConditions,
    Result,
    RetryMode,
    Rule,
    RuleProps,
    Variable,
    VariableProps,
)

__all__ = [
    *_l1_all,
    "Action",
    "ActionArtifactBounds",
    "ActionBindOptions",
    "ActionCategory",
    "ActionConfig",
    "ActionProperties",
    "Artifact",
    "ArtifactPath",
    "CommonActionProps",
    "CommonAwsActionProps",
    "Condition",
    "Conditions",
    "CrossRegionSupport",
    "CustomActionProperty",
    "CustomActionRegistration",
    "CustomActionRegistrationProps",
    "ExecutionMode",
    "FailureConditions",
    "GitConfiguration",
    "GitPullRequestEvent",
    "GitPullRequestFilter",
    "GitPushFilter",
    "GlobalVariables",
    "IAction",
    "IPipeline",
    "IStage",
    "Pipeline",
    "PipelineNotificationEvents",
    "PipelineNotifyOnOptions",
    "PipelineProps",
    "PipelineType",
    "ProviderType",
    "Result",
    "RetryMode",
    "Rule",
    "RuleProps",
    "StageOptions",
    "StagePlacement",
    "StageProps",
    "Trigger",
    "TriggerProps",
    "Variable",
    "VariableProps",
]

check_public_classes(globals())
