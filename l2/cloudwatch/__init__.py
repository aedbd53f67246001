"""CloudWatch metrics and alarms (aws-cdk-lib: ``aws_cdk.aws_cloudwatch``), plus the service's L1 classes."""

from constructs.internals import check_public_classes
from l1.cloudwatch import *  # noqa: F403
from l1.cloudwatch import __all__ as _l1_all

from ._alarm import (
    Alarm,
    AlarmActionConfig,
    AlarmBase,
    AnomalyDetectionAlarm,
    ComparisonOperator,
    IAlarmAction,
    TreatMissingData,
)
from ._composite_alarm import AlarmRule, AlarmState, CompositeAlarm, IAlarmRule
from ._dashboard import (
    AlarmWidget,
    Column,
    ConcreteWidget,
    Dashboard,
    GraphWidget,
    GraphWidgetView,
    HorizontalAnnotation,
    IWidget,
    LegendPosition,
    PeriodOverride,
    Row,
    Shading,
    SingleValueWidget,
    Spacer,
    TextWidget,
    TextWidgetBackground,
    YAxisProps,
)
from ._math_expression import MathExpression, MathExpressionConfig
from ._metric import Dimension, Metric, MetricConfig, MetricStatConfig
from ._stats import Statistic, Stats, Unit

__all__ = [
    "Alarm",
    "AlarmActionConfig",
    "AlarmBase",
    "AlarmRule",
    "AlarmState",
    "AlarmWidget",
    "AnomalyDetectionAlarm",
    "Column",
    "ComparisonOperator",
    "CompositeAlarm",
    "ConcreteWidget",
    "Dashboard",
    "Dimension",
    "GraphWidget",
    "GraphWidgetView",
    "HorizontalAnnotation",
    "IAlarmAction",
    "IAlarmRule",
    "IWidget",
    "LegendPosition",
    "MathExpression",
    "MathExpressionConfig",
    "Metric",
    "MetricConfig",
    "MetricStatConfig",
    "PeriodOverride",
    "Row",
    "Shading",
    "SingleValueWidget",
    "Spacer",
    "Statistic",
    "Stats",
    "TextWidget",
    "TextWidgetBackground",
    "TreatMissingData",
    "Unit",
    "YAxisProps",
]
__all__ += _l1_all

check_public_classes(globals())
