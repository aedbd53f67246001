"""The enums of ``aws_cdk.aws_appconfig`` shared by several constructs."""

from __future__ import annotations

import enum


class DeletionProtectionCheck(enum.Enum):
    """Whether AppConfig checks that an environment or configuration profile is unused before deleting it."""

    ACCOUNT_DEFAULT = "ACCOUNT_DEFAULT"
    """Use the account's deletion protection setting."""
    APPLY = "APPLY"
    """Check even when the account setting is off."""
    BYPASS = "BYPASS"
    """Skip the check."""


class ActionPoint(enum.Enum):
    """The points of a configuration's life where an extension action runs."""

    PRE_CREATE_HOSTED_CONFIGURATION_VERSION = "PRE_CREATE_HOSTED_CONFIGURATION_VERSION"
    PRE_START_DEPLOYMENT = "PRE_START_DEPLOYMENT"
    ON_DEPLOYMENT_START = "ON_DEPLOYMENT_START"
    ON_DEPLOYMENT_STEP = "ON_DEPLOYMENT_STEP"
    ON_DEPLOYMENT_BAKING = "ON_DEPLOYMENT_BAKING"
    ON_DEPLOYMENT_COMPLETE = "ON_DEPLOYMENT_COMPLETE"
    ON_DEPLOYMENT_ROLLED_BACK = "ON_DEPLOYMENT_ROLLED_BACK"
    AT_DEPLOYMENT_TICK = "AT_DEPLOYMENT_TICK"


class SourceType(enum.Enum):
    """The kind of resource an extension action invokes."""

    LAMBDA = "lambda"
    SQS = "sqs"
    SNS = "sns"
    EVENTS = "events"


class GrowthType(enum.Enum):
    """How a deployment strategy grows the share of targets that have the new configuration."""

    LINEAR = "LINEAR"
    """By the growth factor at each step, evenly over the deployment."""
    EXPONENTIAL = "EXPONENTIAL"
    """``G*(2^N)``: the growth factor doubled at each step."""


class ConfigurationType(enum.Enum):
    """The type of a configuration profile."""

    FREEFORM = "AWS.Freeform"
    FEATURE_FLAGS = "AWS.AppConfig.FeatureFlags"


class ValidatorType(enum.Enum):
    """The kind of a configuration validator."""

    JSON_SCHEMA = "JSON_SCHEMA"
    LAMBDA = "LAMBDA"


class ConfigurationSourceType(enum.Enum):
    """Where a sourced configuration is stored."""

    S3 = "S3"
    SECRETS_MANAGER = "SECRETS_MANAGER"
    SSM_PARAMETER = "SSM_PARAMETER"
    SSM_DOCUMENT = "SSM_DOCUMENT"
    CODE_PIPELINE = "CODE_PIPELINE"


class MonitorType(enum.Enum):
    """How a ``Monitor`` was made."""

    CLOUDWATCH = 0
    """From a CloudWatch alarm (a role to read it is made when none is given)."""
    CFN_MONITORS_PROPERTY = 1
    """From a ``CfnEnvironment.MonitorsProperty``."""


class Platform(enum.Enum):
    """The platform of the AWS AppConfig Lambda extension layer."""

    X86_64 = "x86-64"
    ARM_64 = "ARM64"
