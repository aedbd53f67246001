"""AWS Glue constructs (aws-cdk-lib: ``aws_cdk.aws_glue``): databases and tables, schemas and data formats,
connections, security configurations, jobs, workflows and triggers, data quality rulesets, catalogs, and the L1
classes.

Names load on first use (PEP 562): ``from l2 import glue`` stays cheap, and the generated ``l1.glue`` module is
imported only when a class is first touched.
"""

from __future__ import annotations

import importlib
from typing import Any

from constructs.internals import check_public_classes

_L2_NAMES: dict[str, str] = {
    "Action": "_workflow",
    "AssetCode": "_code",
    "Catalog": "_catalog",
    "CatalogBase": "_catalog",
    "CatalogEncryptionMode": "_constants",
    "CatalogEncryptionOptions": "_catalog",
    "CatalogProps": "_catalog",
    "ClassificationString": "_schema",
    "CloudWatchEncryption": "_security",
    "Code": "_code",
    "CodeConfig": "_code",
    "Column": "_schema",
    "ColumnCountMismatchHandlingAction": "_constants",
    "CompressionType": "_constants",
    "Condition": "_workflow",
    "ConditionLogicalOperator": "_constants",
    "ConditionOptions": "_workflow",
    "ConditionalTriggerOptions": "_workflow",
    "Connection": "_connection",
    "ConnectionNetwork": "_connection",
    "ConnectionOptions": "_connection",
    "ConnectionPasswordEncryption": "_catalog",
    "ConnectionProps": "_connection",
    "ConnectionType": "_connection",
    "ContinuousLoggingProps": "_job",
    "CrawlerActionOptions": "_workflow",
    "CrawlerState": "_constants",
    "DataCatalogEncryptionAtRest": "_catalog",
    "DataFormat": "_schema",
    "DataFormatProps": "_schema",
    "DataQualityRuleset": "_data_quality",
    "DataQualityRulesetProps": "_data_quality",
    "DataQualityTargetTable": "_data_quality",
    "Database": "_database",
    "DatabaseProps": "_database",
    "DateIntervalUnit": "_constants",
    "DatePartitionProjectionConfigurationProps": "_schema",
    "DateProjectionStep": "_schema",
    "Dqdl": "_data_quality",
    "EnumPartitionProjectionConfigurationProps": "_schema",
    "EventBatchingCondition": "_workflow",
    "EventTriggerOptions": "_workflow",
    "ExecutionClass": "_constants",
    "ExternalTable": "_table",
    "ExternalTableProps": "_table",
    "GlueVersion": "_constants",
    "ICatalog": "_interfaces",
    "IConnection": "_interfaces",
    "IDataQualityRuleset": "_interfaces",
    "IDatabase": "_interfaces",
    "IJob": "_interfaces",
    "ISecurityConfiguration": "_interfaces",
    "ITable": "_interfaces",
    "IWorkflow": "_interfaces",
    "InputFormat": "_schema",
    "IntegerPartitionProjectionConfigurationProps": "_schema",
    "InvalidCharHandlingAction": "_constants",
    "Job": "_job",
    "JobActionOptions": "_workflow",
    "JobAttributes": "_job",
    "JobBase": "_job",
    "JobBookmarksEncryption": "_security",
    "JobLanguage": "_constants",
    "JobProps": "_job",
    "JobState": "_constants",
    "JobType": "_constants",
    "LibrarySet": "_constants",
    "MaxCapacity": "_constants",
    "MetricType": "_constants",
    "NumericOverflowHandlingAction": "_constants",
    "OnDemandTriggerOptions": "_workflow",
    "OrcColumnMappingType": "_constants",
    "OutputFormat": "_schema",
    "PartitionIndex": "_schema",
    "PartitionProjectionConfiguration": "_schema",
    "PartitionProjectionType": "_constants",
    "Predicate": "_workflow",
    "PredicateLogical": "_constants",
    "PySparkEtlJob": "_jobs",
    "PySparkEtlJobProps": "_jobs",
    "PySparkFlexEtlJob": "_jobs",
    "PySparkFlexEtlJobProps": "_jobs",
    "PySparkStreamingJob": "_jobs",
    "PySparkStreamingJobProps": "_jobs",
    "PythonShellJob": "_jobs",
    "PythonShellJobProps": "_jobs",
    "PythonVersion": "_constants",
    "S3Code": "_code",
    "S3Encryption": "_security",
    "S3EncryptionMode": "_constants",
    "S3Table": "_table",
    "S3TableEncryption": "_table",
    "S3TableProps": "_table",
    "S3TableStorage": "_table",
    "ScalaSparkEtlJob": "_jobs",
    "ScalaSparkEtlJobProps": "_jobs",
    "ScalaSparkFlexEtlJob": "_jobs",
    "ScalaSparkFlexEtlJobProps": "_jobs",
    "ScalaSparkStreamingJob": "_jobs",
    "ScalaSparkStreamingJobProps": "_jobs",
    "ScheduledTriggerOptions": "_workflow",
    "Schema": "_schema",
    "SecurityConfiguration": "_security",
    "SecurityConfigurationProps": "_security",
    "SerializationLibrary": "_schema",
    "SparkExtraCodeProps": "_job",
    "SparkJob": "_job",
    "SparkJobProps": "_job",
    "SparkUILoggingLocation": "_job",
    "SparkUIProps": "_job",
    "StartableTriggerOptions": "_workflow",
    "StorageParameter": "_schema",
    "StorageParameters": "_constants",
    "SurplusBytesHandlingAction": "_constants",
    "SurplusCharHandlingAction": "_constants",
    "TableAttributes": "_table",
    "TableBase": "_table",
    "TableBaseProps": "_table",
    "TableClientSideEncryption": "_table",
    "TriggerOptions": "_workflow",
    "TriggerSchedule": "_workflow",
    "Type": "_schema",
    "WorkerConfiguration": "_job",
    "WorkerType": "_constants",
    "Workflow": "_workflow",
    "WorkflowAttributes": "_workflow",
    "WorkflowBase": "_workflow",
    "WorkflowProps": "_workflow",
    "WriteParallel": "_constants",
}


def __getattr__(name: str) -> Any:
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.glue.{module}"), name)
        check_public_classes({name: value})
    elif name == "__all__":
        value = sorted({*_L2_NAMES, *importlib.import_module("l1.glue").__all__})
    else:
        l1 = importlib.import_module("l1.glue")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.glue' has no attribute '{name}'")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
