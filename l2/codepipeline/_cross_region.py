"""The replication bucket (and key) a pipeline needs in each region its actions run in, in the action's stack
or in a support stack of its own."""

from __future__ import annotations

import re
from typing import Any

from constructs import Construct, PhysicalName, RemovalPolicy, Stack, Token
from l2 import kms, s3

_ALIAS_PREFIX = "alias/"


class _AliasWithShorterGeneratedName(kms.Alias):
    """An alias whose generated name is at most 50 characters (KMS accepts longer, CodePipeline does not)."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codepipeline.AliasWithShorterGeneratedName"

    def _generate_physical_name(self) -> str:
        name = super()._generate_physical_name()
        if name.startswith(_ALIAS_PREFIX):
            name = name[len(_ALIAS_PREFIX):]
        return _ALIAS_PREFIX + name[-(50 - len(_ALIAS_PREFIX)):]


class CrossRegionSupportConstruct(Construct):
    """The replication bucket of a region (encrypted with a new key unless ``create_kms_key`` is false)."""

    def __init__(self, scope: Construct, id: str, *, create_kms_key: bool | None = None,
                 enable_key_rotation: bool | None = None) -> None:
        super().__init__(scope, id)
        alias = None
        if create_kms_key is None or create_kms_key:
            key = kms.Key(self, "CrossRegionCodePipelineReplicationBucketEncryptionKey",
                          removal_policy=RemovalPolicy.DESTROY, enable_key_rotation=enable_key_rotation)
            alias = _AliasWithShorterGeneratedName(
                self, "CrossRegionCodePipelineReplicationBucketEncryptionAlias", target_key=key,
                alias_name=PhysicalName.GENERATE_IF_NEEDED, removal_policy=RemovalPolicy.DESTROY)
        self.replication_bucket: s3.IBucket = s3.Bucket(
            self, "CrossRegionCodePipelineReplicationBucket", bucket_name=PhysicalName.GENERATE_IF_NEEDED,
            encryption=s3.BucketEncryption.KMS if alias is not None else s3.BucketEncryption.KMS_MANAGED,
            encryption_key=alias, enforce_ssl=True, block_public_access=s3.BlockPublicAccess.BLOCK_ALL)


def _stack_name(pipeline_stack_name: str, region: str) -> str:
    if Token.is_unresolved(pipeline_stack_name):
        # a single short component: aws-cdk-lib's unique resource name is the component without disallowed
        # characters
        return re.sub(r"[^A-Za-z0-9-]", "", f"cross-region-support-{region}")[:128]
    return f"{pipeline_stack_name}-support-{region}"


class CrossRegionSupportStack(Stack):
    """A stack in another region holding a pipeline's replication bucket."""

    def __init__(self, scope: Construct, id: str, *, pipeline_stack_name: str, region: str, account: str,
                 synthesizer: Any = None, create_kms_key: bool | None = None,
                 enable_key_rotation: bool | None = None) -> None:
        super().__init__(scope, id, stack_name=_stack_name(pipeline_stack_name, region),
                         env={"region": region, "account": account}, synthesizer=synthesizer)
        support = CrossRegionSupportConstruct(self, "Default", create_kms_key=create_kms_key,
                                              enable_key_rotation=enable_key_rotation)
        self.replication_bucket = support.replication_bucket
