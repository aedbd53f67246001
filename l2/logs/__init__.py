"""CloudWatch Logs (aws-cdk-lib: ``aws_cdk.aws_logs``): log groups, filters, transformers and queries, plus L1."""

from constructs.internals import check_public_classes
from l1.logs import *  # noqa: F403
from l1.logs import __all__ as _l1_all

from ._cross_account_destination import CrossAccountDestination, CrossAccountDestinationProps
from ._data_protection import (
    CustomDataIdentifier,
    DataIdentifier,
    DataProtectionPolicy,
    DataProtectionPolicyProps,
    FieldIndexPolicy,
    FieldIndexPolicyProps,
)
from ._grants import LogGroupGrants
from ._interfaces import ILogGroup, ILogStream
from ._log_group import (
    LogGroup,
    LogGroupBase,
    LogGroupClass,
    LogGroupProps,
    LogStream,
    LogStreamAttributes,
    LogStreamProps,
    RetentionDays,
    StreamOptions,
)
from ._log_retention import LogRetention, LogRetentionProps, LogRetentionRetryOptions
from ._metric_filter import MetricFilter, MetricFilterOptions, MetricFilterProps
from ._pattern import ColumnRestriction, FilterPattern, IFilterPattern, JsonPattern, SpaceDelimitedTextPattern
from ._policy import ResourcePolicy, ResourcePolicyProps
from ._query_definition import QueryDefinition, QueryDefinitionProps, QueryString, QueryStringProps
from ._subscription_filter import (
    Distribution,
    ILogSubscriptionDestination,
    LogSubscriptionDestinationConfig,
    SubscriptionFilter,
    SubscriptionFilterOptions,
    SubscriptionFilterProps,
)
from ._transformer import (
    AddKeyEntryProperty,
    AddKeysProperty,
    BaseProcessorProps,
    CopyValueEntryProperty,
    CopyValueProperty,
    CsvProperty,
    DataConverterProcessor,
    DataConverterProps,
    DataConverterType,
    DateTimeConverterProperty,
    DateTimeFormat,
    DelimiterCharacter,
    GrokProperty,
    IProcessor,
    JsonMutatorProcessor,
    JsonMutatorProps,
    JsonMutatorType,
    KeyValueDelimiter,
    KeyValuePairDelimiter,
    ListToMapProperty,
    MoveKeyEntryProperty,
    MoveKeysProperty,
    OCSFSourceType,
    OCSFVersion,
    ParseJSONProperty,
    ParseKeyValueProperty,
    ParserProcessor,
    ParserProcessorProps,
    ParserProcessorType,
    ParseToOCSFProperty,
    ProcessorDeleteKeysProperty,
    QuoteCharacter,
    RenameKeyEntryProperty,
    RenameKeysProperty,
    SplitStringEntryProperty,
    SplitStringProperty,
    StringMutatorProcessor,
    StringMutatorProps,
    StringMutatorType,
    SubstituteStringEntryProperty,
    SubstituteStringProperty,
    Transformer,
    TransformerOptions,
    TransformerProps,
    TypeConverterEntryProperty,
    TypeConverterProperty,
    TypeConverterType,
    VendedLogParser,
    VendedLogParserProps,
    VendedLogType,
)

__all__ = [
    "AddKeyEntryProperty", "AddKeysProperty", "BaseProcessorProps", "ColumnRestriction", "CopyValueEntryProperty",
    "CopyValueProperty", "CrossAccountDestination", "CrossAccountDestinationProps", "CsvProperty",
    "CustomDataIdentifier", "DataConverterProcessor", "DataConverterProps", "DataConverterType", "DataIdentifier",
    "DataProtectionPolicy", "DataProtectionPolicyProps", "DateTimeConverterProperty", "DateTimeFormat",
    "DelimiterCharacter", "Distribution", "FieldIndexPolicy", "FieldIndexPolicyProps", "FilterPattern",
    "GrokProperty", "IFilterPattern", "ILogGroup", "ILogStream", "ILogSubscriptionDestination", "IProcessor",
    "JsonMutatorProcessor", "JsonMutatorProps", "JsonMutatorType", "JsonPattern", "KeyValueDelimiter",
    "KeyValuePairDelimiter", "ListToMapProperty", "LogGroup", "LogGroupBase", "LogGroupClass", "LogGroupGrants",
    "LogGroupProps", "LogRetention", "LogRetentionProps", "LogRetentionRetryOptions", "LogStream",
    "LogStreamAttributes", "LogStreamProps", "LogSubscriptionDestinationConfig", "MetricFilter",
    "MetricFilterOptions", "MetricFilterProps", "MoveKeyEntryProperty", "MoveKeysProperty", "OCSFSourceType",
    "OCSFVersion", "ParseJSONProperty", "ParseKeyValueProperty", "ParseToOCSFProperty", "ParserProcessor",
    "ParserProcessorProps", "ParserProcessorType", "ProcessorDeleteKeysProperty", "QueryDefinition",
    "QueryDefinitionProps", "QueryString", "QueryStringProps", "QuoteCharacter", "RenameKeyEntryProperty",
    "RenameKeysProperty", "ResourcePolicy", "ResourcePolicyProps", "RetentionDays", "SpaceDelimitedTextPattern",
    "SplitStringEntryProperty", "SplitStringProperty", "StreamOptions", "StringMutatorProcessor",
    "StringMutatorProps", "StringMutatorType", "SubscriptionFilter", "SubscriptionFilterOptions",
    "SubscriptionFilterProps", "SubstituteStringEntryProperty", "SubstituteStringProperty", "Transformer",
    "TransformerOptions", "TransformerProps", "TypeConverterEntryProperty", "TypeConverterProperty",
    "TypeConverterType", "VendedLogParser", "VendedLogParserProps", "VendedLogType",
]
__all__ += _l1_all

check_public_classes(globals())
