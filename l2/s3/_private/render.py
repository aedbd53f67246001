"""Rendering of bucket configurations to L1 property values (snake_case dicts), with aws-cdk-lib's checks."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from constructs import Construct, Token, ValidationError
from l2.s3._types import (
    BlockedEncryptionType,
    BucketEncryption,
    IntelligentTieringConfiguration,
    LifecycleRule,
    ObjectLockRetention,
    RedirectTarget,
    RoutingRule,
)


def cfn_date(value: Any) -> Any:
    """A ``datetime`` as CloudFormation takes it (UTC, ``YYYY-MM-DDTHH:MM:SSZ``, as aws-cdk-lib renders dates);
    anything else (a string, a token, ``None``) unchanged. A naive datetime is taken as UTC."""
    if not isinstance(value, datetime.datetime):
        return value
    if value.tzinfo is not None:
        value = value.astimezone(datetime.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


LIFECYCLE_ACTIONS = (
    "abort_incomplete_multipart_upload_after",
    "expiration",
    "expiration_date",
    "expired_object_delete_marker",
    "noncurrent_version_expiration",
    "noncurrent_versions_to_retain",
    "noncurrent_version_transitions",
    "transitions",
)


def tag_filters(tags: Mapping[str, Any] | None) -> list[dict[str, Any]] | None:
    """``{key: value}`` as CloudFormation's ``[{Key, Value}]`` (snake_case for the L1)."""
    if tags is None:
        return None
    return [{"key": k, "value": v} for k, v in tags.items()]


def as_literal(value: Any) -> Any:
    """A number aws-cdk-lib emits as a number where the registry schema says string.

    Wrapping it in a token keeps the L1 schema check from rejecting it; it still renders as the number.
    """
    return None if value is None or Token.is_unresolved(value) else Token.as_any(value)


def bucket_encryption(
    scope: Construct,
    encryption: BucketEncryption | None,
    key: Any,
    bucket_key_enabled: bool | None,
    blocked_types: Sequence[BlockedEncryptionType] | None = None,
) -> tuple[dict[str, Any] | None, Any]:
    """``BucketEncryption`` and the key (created under ``scope`` for KMS/DSSE without one); a key implies KMS."""
    if encryption is None:
        encryption = BucketEncryption.KMS if key is not None else BucketEncryption.UNENCRYPTED
    if encryption not in (BucketEncryption.DSSE, BucketEncryption.KMS) and key is not None:
        raise ValidationError(
            f"encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: {encryption.value})",
            scope,
        )
    if bucket_key_enabled and encryption is BucketEncryption.UNENCRYPTED:
        raise ValidationError(
            f"bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: {encryption.value})",
            scope,
        )
    blocked = None
    if blocked_types is not None:
        if not blocked_types:
            raise ValidationError("At least one blocked encryption type must be specified", scope)
        names = [t.name for t in blocked_types]
        if "NONE" in names and len(names) > 1:
            raise ValidationError(
                "If NONE is specified as the blocked encryption type, no other encryption types may be specified",
                scope,
            )
        blocked = {"encryption_type": names}
    if encryption is BucketEncryption.UNENCRYPTED:
        if blocked is None:
            return None, None
        return {"server_side_encryption_configuration": [{"blocked_encryption_types": blocked}]}, None

    def config(algorithm: str, key_arn: str | None = None) -> dict[str, Any]:
        return {
            "server_side_encryption_configuration": [
                {
                    "bucket_key_enabled": bucket_key_enabled,
                    "server_side_encryption_by_default": {"sse_algorithm": algorithm, "kms_master_key_id": key_arn},
                    "blocked_encryption_types": blocked,
                }
            ]
        }

    if encryption in (BucketEncryption.KMS, BucketEncryption.DSSE):
        if key is None:
            from l2 import kms

            key = kms.Key(
                scope,
                "Key",
                description=f"Created by {scope.node.path}",
                enable_key_rotation=True if encryption is BucketEncryption.KMS else None,
            )
        algorithm = "aws:kms" if encryption is BucketEncryption.KMS else "aws:kms:dsse"
        return config(algorithm, key.key_arn), key
    if encryption is BucketEncryption.S3_MANAGED:
        return config("AES256"), None
    if encryption is BucketEncryption.KMS_MANAGED:
        return config("aws:kms"), None
    return config("aws:kms:dsse"), None


def lifecycle_rule(scope: Construct, rule: LifecycleRule) -> dict[str, Any]:
    """One ``LifecycleConfiguration.Rules`` entry (durations in days)."""
    if rule.expired_object_delete_marker and (rule.expiration or rule.expiration_date or rule.tag_filters):
        raise ValidationError(
            "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.", scope
        )
    if all(getattr(rule, name) is None for name in LIFECYCLE_ACTIONS):
        raise ValidationError(
            "All rules for `lifecycleRules` must have at least one of the following properties: "
            "`abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, `expiredObjectDeleteMarker`, "
            "`noncurrentVersionExpiration`, `noncurrentVersionsToRetain`, `noncurrentVersionTransitions`, or "
            "`transitions`",
            scope,
        )
    for transition in rule.transitions or ():
        if (transition.transition_date is None) == (transition.transition_after is None):
            raise ValidationError(
                "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition",
                scope,
            )
    return {
        "abort_incomplete_multipart_upload": (
            {"days_after_initiation": rule.abort_incomplete_multipart_upload_after.to_days()}
            if rule.abort_incomplete_multipart_upload_after is not None
            else None
        ),
        "expiration_date": cfn_date(rule.expiration_date),
        "expiration_in_days": rule.expiration.to_days() if rule.expiration else None,
        "id": rule.id,
        "noncurrent_version_expiration": (
            {
                "noncurrent_days": rule.noncurrent_version_expiration.to_days(),
                "newer_noncurrent_versions": rule.noncurrent_versions_to_retain,
            }
            if rule.noncurrent_version_expiration
            else None
        ),
        "noncurrent_version_transitions": (
            [
                {
                    "storage_class": t.storage_class.value,
                    "transition_in_days": t.transition_after.to_days(),
                    "newer_noncurrent_versions": t.noncurrent_versions_to_retain,
                }
                for t in rule.noncurrent_version_transitions
            ]
            if rule.noncurrent_version_transitions is not None
            else None
        ),
        "prefix": rule.prefix,
        "status": "Disabled" if rule.enabled is False else "Enabled",
        "transitions": (
            [
                {
                    "storage_class": t.storage_class.value,
                    "transition_date": cfn_date(t.transition_date),
                    "transition_in_days": t.transition_after.to_days() if t.transition_after else None,
                }
                for t in rule.transitions
            ]
            if rule.transitions is not None
            else None
        ),
        "expired_object_delete_marker": rule.expired_object_delete_marker,
        "tag_filters": tag_filters(rule.tag_filters),
        # aws-cdk-lib types these as numbers while the registry schema says string; wrapping them keeps the
        # L1 schema check from rejecting the number CDK emits.
        "object_size_less_than": as_literal(rule.object_size_less_than),
        "object_size_greater_than": as_literal(rule.object_size_greater_than),
    }


def tiering_configurations(configs: Sequence[IntelligentTieringConfiguration] | None) -> list[dict[str, Any]] | None:
    """``IntelligentTieringConfigurations`` (tiers in days, always ``Enabled``)."""
    if configs is None:
        return None
    rendered = []
    for config in configs:
        tierings = []
        if config.archive_access_tier_time:
            tierings.append(
                {"access_tier": "ARCHIVE_ACCESS", "days": config.archive_access_tier_time.to_days(integral=True)}
            )
        if config.deep_archive_access_tier_time:
            tierings.append(
                {
                    "access_tier": "DEEP_ARCHIVE_ACCESS",
                    "days": config.deep_archive_access_tier_time.to_days(integral=True),
                }
            )
        rendered.append(
            {
                "id": config.name,
                "prefix": config.prefix,
                "status": "Enabled",
                "tag_filters": [{"key": t.key, "value": t.value} for t in config.tags] if config.tags else None,
                "tierings": tierings,
            }
        )
    return rendered


def object_lock_configuration(
    scope: Construct, enabled: bool | None, retention: ObjectLockRetention | None
) -> dict[str, Any] | None:
    """``ObjectLockConfiguration`` for a default retention (``None`` without one)."""
    if retention is None:
        return None
    if enabled is False:
        raise ValidationError("Object Lock must be enabled to configure default retention settings", scope)
    return {
        "object_lock_enabled": "Enabled",
        "rule": {"default_retention": {"days": retention.duration.to_days(), "mode": retention.mode.value}},
    }


def website_configuration(
    scope: Construct,
    index_document: str | None,
    error_document: str | None,
    redirect: RedirectTarget | None,
    routing_rules: Sequence[RoutingRule] | None,
) -> dict[str, Any] | None:
    """``WebsiteConfiguration`` (``None`` when no website option is set)."""
    if not error_document and not index_document and not redirect and not routing_rules:
        return None
    if error_document and not index_document:
        raise ValidationError('"websiteIndexDocument" is required if "websiteErrorDocument" is set', scope)
    if redirect and (error_document or index_document or routing_rules):
        raise ValidationError(
            '"websiteIndexDocument", "websiteErrorDocument" and, "websiteRoutingRules" cannot be set if '
            '"websiteRedirect" is used',
            scope,
        )
    rules = None
    if routing_rules:
        rules = []
        for rule in routing_rules:
            condition = rule.condition
            if (
                condition is not None
                and condition.http_error_code_returned_equals is None
                and condition.key_prefix_equals is None
            ):
                raise ValidationError("The condition property cannot be an empty object", scope)
            rules.append(
                {
                    "redirect_rule": {
                        "host_name": rule.host_name,
                        "http_redirect_code": rule.http_redirect_code,
                        "protocol": rule.protocol.value if rule.protocol else None,
                        "replace_key_with": rule.replace_key.with_key if rule.replace_key else None,
                        "replace_key_prefix_with": rule.replace_key.prefix_with_key if rule.replace_key else None,
                    },
                    "routing_rule_condition": (
                        {
                            "http_error_code_returned_equals": condition.http_error_code_returned_equals,
                            "key_prefix_equals": condition.key_prefix_equals,
                        }
                        if condition is not None
                        else None
                    ),
                }
            )
    return {
        "index_document": index_document,
        "error_document": error_document,
        "redirect_all_requests_to": (
            {"host_name": redirect.host_name, "protocol": redirect.protocol.value if redirect.protocol else None}
            if redirect
            else None
        ),
        "routing_rules": rules,
    }
