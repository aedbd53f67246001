"""The SageMaker enumerations carry the SageMaker API strings aws-cdk-lib 2.275 renders (its
``aws-stepfunctions-tasks/lib/sagemaker/base-types`` enum values), member for member."""

from __future__ import annotations

import enum

import pytest

from l2 import stepfunctions_tasks as tasks

AWS_CDK_LIB = {
    "AssembleWith": {"NONE": "None", "LINE": "Line"},
    "BatchStrategy": {"MULTI_RECORD": "MultiRecord", "SINGLE_RECORD": "SingleRecord"},
    "CompressionType": {"NONE": "None", "GZIP": "Gzip"},
    "InputMode": {"PIPE": "Pipe", "FILE": "File", "FAST_FILE": "FastFile"},
    "Mode": {"SINGLE_MODEL": "SingleModel", "MULTI_MODEL": "MultiModel"},
    "RecordWrapperType": {"NONE": "None", "RECORD_IO": "RecordIO"},
    "S3DataDistributionType": {"FULLY_REPLICATED": "FullyReplicated", "SHARDED_BY_S3_KEY": "ShardedByS3Key"},
    "S3DataType": {"MANIFEST_FILE": "ManifestFile", "S3_PREFIX": "S3Prefix",
                   "AUGMENTED_MANIFEST_FILE": "AugmentedManifestFile"},
    "SplitType": {"NONE": "None", "LINE": "Line", "RECORD_IO": "RecordIO", "TF_RECORD": "TFRecord"},
}


@pytest.mark.parametrize("name", sorted(AWS_CDK_LIB))
def test_enum_members_and_values(name: str) -> None:
    cls = getattr(tasks, name)
    assert issubclass(cls, enum.Enum)
    assert {m.name: m.value for m in cls} == AWS_CDK_LIB[name]
