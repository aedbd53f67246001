"""IAM action lists used by the DynamoDB grant methods (the same lists, in the same order, as aws-cdk-lib)."""

from __future__ import annotations

RESOURCE_READ_DATA_ACTIONS: tuple[str, ...] = (
    "dynamodb:BatchGetItem",
    "dynamodb:Query",
    "dynamodb:GetItem",
    "dynamodb:Scan",
    "dynamodb:ConditionCheckItem",
)
"""Read actions that a resource policy may grant."""

PRINCIPAL_ONLY_READ_DATA_ACTIONS: tuple[str, ...] = ("dynamodb:GetRecords", "dynamodb:GetShardIterator")
"""Read actions that only an identity policy may grant."""

READ_DATA_ACTIONS: tuple[str, ...] = (*RESOURCE_READ_DATA_ACTIONS, *PRINCIPAL_ONLY_READ_DATA_ACTIONS)

KEY_READ_ACTIONS: tuple[str, ...] = ("kms:Decrypt", "kms:DescribeKey")

WRITE_DATA_ACTIONS: tuple[str, ...] = (
    "dynamodb:BatchWriteItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
)

KEY_WRITE_ACTIONS: tuple[str, ...] = ("kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*")

READ_STREAM_DATA_ACTIONS: tuple[str, ...] = (
    "dynamodb:DescribeStream",
    "dynamodb:GetRecords",
    "dynamodb:GetShardIterator",
)

DESCRIBE_TABLE = "dynamodb:DescribeTable"
MULTI_ACCOUNT_REPLICATION_ACTIONS = (
    "dynamodb:ReadDataForReplication",
    "dynamodb:WriteDataForReplication",
    "dynamodb:ReplicateSettings",
)
