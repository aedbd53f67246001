"""AWS CodeDeploy constructs (aws-cdk-lib: ``aws_cdk.aws_codedeploy``): applications, deployment configurations
and deployment groups for Lambda, EC2/on-premises servers and ECS, and the L1 classes."""

from constructs.internals import check_public_classes
from l1.codedeploy import *  # noqa: F403
from l1.codedeploy import CfnApplication, CfnDeploymentConfig, CfnDeploymentGroup
from l2.codedeploy._config import (
    BaseDeploymentConfig,
    BaseDeploymentConfigOptions,
    BaseDeploymentConfigProps,
    ComputePlatform,
    MinimumHealthyHosts,
    MinimumHealthyHostsPerZone,
    ZonalConfig,
)
from l2.codedeploy._custom_lambda_config import (
    CustomLambdaDeploymentConfig,
    CustomLambdaDeploymentConfigProps,
    CustomLambdaDeploymentConfigType,
)
from l2.codedeploy._group_base import AutoRollbackConfig
from l2.codedeploy._interfaces import (
    IBaseDeploymentConfig,
    IBindableDeploymentConfig,
    IEcsApplication,
    IEcsDeploymentConfig,
    IEcsDeploymentGroup,
    ILambdaApplication,
    ILambdaDeploymentConfig,
    ILambdaDeploymentGroup,
    IServerApplication,
    IServerDeploymentConfig,
    IServerDeploymentGroup,
)
from l2.codedeploy._lambda import (
    LambdaApplication,
    LambdaApplicationProps,
    LambdaDeploymentConfig,
    LambdaDeploymentConfigImportProps,
    LambdaDeploymentConfigProps,
    LambdaDeploymentGroup,
    LambdaDeploymentGroupAttributes,
    LambdaDeploymentGroupProps,
)
from l2.codedeploy._traffic_routing import (
    AllAtOnceTrafficRouting,
    BaseTrafficShiftingConfigProps,
    CanaryTrafficRoutingConfig,
    LinearTrafficRoutingConfig,
    TimeBasedCanaryTrafficRouting,
    TimeBasedCanaryTrafficRoutingProps,
    TimeBasedLinearTrafficRouting,
    TimeBasedLinearTrafficRoutingProps,
    TrafficRouting,
    TrafficRoutingConfig,
)

__all__ = [
    "AllAtOnceTrafficRouting",
    "AutoRollbackConfig",
    "BaseDeploymentConfig",
    "BaseDeploymentConfigOptions",
    "BaseDeploymentConfigProps",
    "BaseTrafficShiftingConfigProps",
    "CanaryTrafficRoutingConfig",
    "CfnApplication",
    "CfnDeploymentConfig",
    "CfnDeploymentGroup",
    "ComputePlatform",
    "CustomLambdaDeploymentConfig",
    "CustomLambdaDeploymentConfigProps",
    "CustomLambdaDeploymentConfigType",
    "IBaseDeploymentConfig",
    "IBindableDeploymentConfig",
    "IEcsApplication",
    "IEcsDeploymentConfig",
    "IEcsDeploymentGroup",
    "ILambdaApplication",
    "ILambdaDeploymentConfig",
    "ILambdaDeploymentGroup",
    "IServerApplication",
    "IServerDeploymentConfig",
    "IServerDeploymentGroup",
    "LambdaApplication",
    "LambdaApplicationProps",
    "LambdaDeploymentConfig",
    "LambdaDeploymentConfigImportProps",
    "LambdaDeploymentConfigProps",
    "LambdaDeploymentGroup",
    "LambdaDeploymentGroupAttributes",
    "LambdaDeploymentGroupProps",
    "LinearTrafficRoutingConfig",
    "MinimumHealthyHosts",
    "MinimumHealthyHostsPerZone",
    "TimeBasedCanaryTrafficRouting",
    "TimeBasedCanaryTrafficRoutingProps",
    "TimeBasedLinearTrafficRouting",
    "TimeBasedLinearTrafficRoutingProps",
    "TrafficRouting",
    "TrafficRoutingConfig",
    "ZonalConfig",
]

check_public_classes(globals())
