"""Replication: the ``ReplicationConfiguration`` of a bucket and the permissions of its replication role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from constructs import Annotations, Lazy, Stack, ValidationError
from l2.s3._types import (
    GrantReplicationPermissionDestinationProps,
    GrantReplicationPermissionProps,
    ReplicationRule,
)

SOURCE_BUCKET_ACTIONS = ("s3:GetReplicationConfiguration", "s3:ListBucket")
SOURCE_OBJECT_ACTIONS = ("s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging")
DESTINATION_ACTIONS = (
    "s3:ReplicateObject",
    "s3:ReplicateDelete",
    "s3:ReplicateTags",
    "s3:ObjectOwnerOverrideToBucketOwner",
)
# Without ``@aws-cdk/aws-s3:setUniqueReplicationRoleName`` (unset in a plain app) the fixed name is used; with it,
# a name generated when needed.
DEFAULT_ROLE_NAME = "CDKReplicationRole"
UNIQUE_ROLE_NAME_FLAG = "@aws-cdk/aws-s3:setUniqueReplicationRoleName"


def grant_replication_permission(bucket: Any, identity: Any, props: GrantReplicationPermissionProps) -> Any:
    """Let ``identity`` replicate from ``bucket`` to ``props.destinations`` (ARNs rendered lazily, as in CDK)."""
    from l2 import iam

    if not props.destinations:
        raise ValidationError("At least one destination bucket must be specified in the destinations array", bucket)
    result = iam.Grant.add_to_principal_or_resource(
        grantee=identity,
        actions=list(SOURCE_BUCKET_ACTIONS),
        resource_arns=[Lazy.string(lambda: bucket.bucket_arn)],
        resource=bucket,
    )
    result = result.combine(
        iam.Grant.add_to_principal_or_resource(
            grantee=identity,
            actions=list(SOURCE_OBJECT_ACTIONS),
            resource_arns=[Lazy.string(lambda: bucket.arn_for_objects("*"))],
            resource=bucket,
        )
    )
    result = result.combine(
        iam.Grant.add_to_principal_or_resource(
            grantee=identity,
            actions=list(DESTINATION_ACTIONS),
            resource_arns=[_objects_arn(d.bucket) for d in props.destinations],
            resource=bucket,
        )
    )
    for destination in props.destinations:
        if destination.encryption_key is not None:
            result = result.combine(destination.encryption_key.grant_encrypt(identity))
    if bucket.encryption_key is not None:
        result = result.combine(bucket.encryption_key.grant(identity, "kms:Decrypt"))
    return result


def _objects_arn(destination: Any) -> str:
    return Lazy.string(lambda: destination.arn_for_objects("*"))


def render_replication_configuration(
    bucket: Any, rules: Sequence[ReplicationRule] | None, role: Any, versioned: bool | None, encryption_key: Any
) -> dict[str, Any] | None:
    """The ``ReplicationConfiguration`` property; creates the ``ReplicationRole`` unless ``role`` is given."""
    if not rules:
        if role is not None:
            raise ValidationError("cannot specify replicationRole when replicationRules is empty", bucket)
        return None
    from l2 import iam
    if not versioned:
        raise ValidationError("Replication rules require versioning to be enabled on the bucket", bucket)
    if len(rules) > 1 and any(rule.priority is None for rule in rules):
        raise ValidationError(
            "'priority' must be specified for all replication rules when there are multiple rules", bucket
        )
    for rule in rules:
        if rule.replication_time_control is not None and rule.metrics is None:
            raise ValidationError(
                "'replicationTimeControlMetrics' must be enabled when 'replicationTimeControl' is enabled.", bucket
            )
        if rule.delete_marker_replication and rule.filter is not None and rule.filter.tags:
            raise ValidationError("tag filter cannot be specified when 'deleteMarkerReplication' is enabled.", bucket)
    if role is None:
        from constructs import FeatureFlags, PhysicalName

        unique = FeatureFlags.of(bucket).is_enabled(UNIQUE_ROLE_NAME_FLAG)
        role = iam.Role(
            bucket,
            "ReplicationRole",
            assumed_by=iam.ServicePrincipal("s3.amazonaws.com"),
            role_name=PhysicalName.GENERATE_IF_NEEDED if unique else DEFAULT_ROLE_NAME,
        )
        props = GrantReplicationPermissionProps(
            source_decryption_key=encryption_key,
            destinations=[
                GrantReplicationPermissionDestinationProps(encryption_key=r.kms_key, bucket=r.destination) for r in rules
            ],
        )
        grant_replication_permission(bucket, role, props)
    source_account = Stack.of(bucket).account
    rendered = []
    for rule in rules:
        criteria = None
        if rule.replica_modifications is not None or rule.sse_kms_encrypted_objects is not None:
            criteria = {
                "replica_modifications": _status(rule.replica_modifications),
                "sse_kms_encrypted_objects": _status(rule.sse_kms_encrypted_objects),
            }
        tags = rule.filter.tags if rule.filter is not None else None
        prefix = (rule.filter.prefix if rule.filter is not None else None) or ""
        if tags:
            rule_filter: dict[str, Any] = {
                "and": {"prefix": prefix, "tag_filters": [{"key": t.key, "value": t.value} for t in tags]}
            }
        else:
            rule_filter = {"prefix": prefix}
        destination_account = rule.destination.env.account
        cross_account = source_account != destination_account
        if cross_account:
            Annotations.of(bucket).add_info(
                "For Cross-account S3 replication, ensure to set up permissions on destination bucket using method "
                "addReplicationPolicy() "
            )
        elif rule.access_control_transition:
            raise ValidationError(
                "accessControlTranslation is only supported for cross-account replication", bucket
            )
        metrics = None
        if rule.metrics is not None:
            metrics = {"status": "Enabled"}
            if rule.replication_time_control is not None:
                metrics["event_threshold"] = {"minutes": rule.metrics.minutes}
        rendered.append(
            {
                "id": rule.id,
                "priority": rule.priority,
                "status": "Enabled",
                "destination": {
                    "bucket": rule.destination.bucket_arn,
                    "account": destination_account if cross_account else None,
                    "storage_class": str(rule.storage_class) if rule.storage_class is not None else None,
                    "access_control_translation": {"owner": "Destination"} if rule.access_control_transition else None,
                    "encryption_configuration": (
                        {"replica_kms_key_id": rule.kms_key.key_arn} if rule.kms_key is not None else None
                    ),
                    "replication_time": (
                        {"status": "Enabled", "time": {"minutes": rule.replication_time_control.minutes}}
                        if rule.replication_time_control is not None
                        else None
                    ),
                    "metrics": metrics,
                },
                "filter": rule_filter,
                "delete_marker_replication": {"status": "Enabled" if rule.delete_marker_replication else "Disabled"},
                "source_selection_criteria": criteria,
            }
        )
    return {"role": role.role_arn, "rules": rendered}


def _status(flag: bool | None) -> dict[str, str] | None:
    return None if flag is None else {"status": "Enabled" if flag else "Disabled"}
