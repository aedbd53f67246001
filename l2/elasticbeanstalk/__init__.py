"""AWS Elastic Beanstalk constructs (``aws_cdk.aws_elasticbeanstalk``; aws-cdk-lib has only the L1 classes):
``Application``, ``ApplicationVersion``, ``Environment`` with typed settings, and the L1 classes."""

from constructs.internals import check_public_classes
from l1.elasticbeanstalk import *  # noqa: F403
from l1.elasticbeanstalk import (
    CfnApplication,
    CfnApplicationVersion,
    CfnConfigurationTemplate,
    CfnEnvironment,
)
from l2.elasticbeanstalk._application import Application, ApplicationVersion, IApplication, PeriodicTask
from l2.elasticbeanstalk._environment import Environment, IEnvironment
from l2.elasticbeanstalk._settings import (
    BatchSize,
    DeploymentPolicy,
    EnvironmentTier,
    EnvironmentType,
    HealthReporting,
    LoadBalancerType,
    ManagedUpdates,
    UpdateLevel,
)

__all__ = [
    "Application",
    "ApplicationVersion",
    "BatchSize",
    "CfnApplication",
    "CfnApplicationVersion",
    "CfnConfigurationTemplate",
    "CfnEnvironment",
    "DeploymentPolicy",
    "Environment",
    "EnvironmentTier",
    "EnvironmentType",
    "HealthReporting",
    "IApplication",
    "IEnvironment",
    "LoadBalancerType",
    "ManagedUpdates",
    "PeriodicTask",
    "UpdateLevel",
]

check_public_classes(globals())
