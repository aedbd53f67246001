"""Amazon DynamoDB constructs (aws-cdk-lib: ``aws_cdk.aws_dynamodb``): ``Table``, ``TableV2`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.dynamodb import *  # noqa: F403
from l1.dynamodb import __all__ as _l1_all
from l2.dynamodb._capacity import Billing, Capacity, CapacityMode, TableEncryptionV2
from l2.dynamodb._grants import StreamGrants, TableGrants, TableReference
from l2.dynamodb._import_source import ImportSourceSpecification, InputCompressionType, InputFormat
from l2.dynamodb._interfaces import (
    GlobalTableSettingsReplicationMode,
    IScalableTableAttribute,
    ITable,
    ITableV2,
)
from l2.dynamodb._multi_account_replica import TableV2MultiAccountReplica
from l2.dynamodb._props import (
    AutoscaledCapacityOptions,
    CsvOptions,
    EnableScalingProps,
    GlobalSecondaryIndexProps,
    MaxThroughputProps,
    OperationsMetricOptions,
    SecondaryIndexProps,
    StreamGrantsProps,
    SystemErrorsForOperationsMetricOptions,
    TableAttributesV2,
    TableGrantsProps,
    TableOptions,
    TableOptionsV2,
    TableProps,
    TablePropsV2,
    TableV2MultiAccountReplicaProps,
    ThroughputProps,
    UtilizationScalingProps,
)
from l2.dynamodb._shared import (
    Attribute,
    AttributeType,
    BillingMode,
    ContributorInsightsMode,
    ContributorInsightsSpecification,
    KeySchema,
    MultiRegionConsistency,
    Operation,
    PointInTimeRecoverySpecification,
    ProjectionType,
    SchemaOptions,
    StreamViewType,
    TableClass,
    TableEncryption,
    WarmThroughput,
)
from l2.dynamodb._table import ApproximateCreationDateTimePrecision, Table
from l2.dynamodb._table_base import TableAttributes, TableBase
from l2.dynamodb._table_v2 import TableV2
from l2.dynamodb._table_v2_base import TableBaseV2
from l2.dynamodb._table_v2_props import (
    GlobalSecondaryIndexPropsV2,
    LocalSecondaryIndexProps,
    ReplicaGlobalSecondaryIndexOptions,
    ReplicaTableProps,
)

__all__ = [
    "TableV2MultiAccountReplica",
    "AutoscaledCapacityOptions",
    "CsvOptions",
    "EnableScalingProps",
    "GlobalSecondaryIndexProps",
    "MaxThroughputProps",
    "OperationsMetricOptions",
    "SecondaryIndexProps",
    "StreamGrantsProps",
    "SystemErrorsForOperationsMetricOptions",
    "TableAttributesV2",
    "TableGrantsProps",
    "TableOptions",
    "TableOptionsV2",
    "TableProps",
    "TablePropsV2",
    "TableV2MultiAccountReplicaProps",
    "ThroughputProps",
    "UtilizationScalingProps",
    "GlobalTableSettingsReplicationMode",
    "IScalableTableAttribute",
    "ITable",
    "ITableV2",
    "ApproximateCreationDateTimePrecision",
    "Attribute",
    "AttributeType",
    "Billing",
    "BillingMode",
    "Capacity",
    "CapacityMode",
    "ContributorInsightsMode",
    "ContributorInsightsSpecification",
    "GlobalSecondaryIndexPropsV2",
    "ImportSourceSpecification",
    "InputCompressionType",
    "InputFormat",
    "KeySchema",
    "LocalSecondaryIndexProps",
    "MultiRegionConsistency",
    "Operation",
    "PointInTimeRecoverySpecification",
    "ProjectionType",
    "ReplicaGlobalSecondaryIndexOptions",
    "ReplicaTableProps",
    "SchemaOptions",
    "StreamGrants",
    "StreamViewType",
    "Table",
    "TableAttributes",
    "TableBase",
    "TableBaseV2",
    "TableClass",
    "TableEncryption",
    "TableEncryptionV2",
    "TableGrants",
    "TableReference",
    "TableV2",
    "WarmThroughput",
]
__all__ += _l1_all
__all__.sort()

check_public_classes(globals())
