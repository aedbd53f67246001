"""Helpers the RDS constructs share: defaults, credentials rendering, S3 roles, subnet selections."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from constructs import Construct, RemovalPolicy, ValidationError

if TYPE_CHECKING:
    from l2.ec2 import SubnetSelection
    from l2.iam import IRole
    from l2.rds._interfaces import IEngine
    from l2.rds._props import Credentials, SnapshotCredentials
    from l2.s3 import IBucket

DEFAULT_PASSWORD_EXCLUDE_CHARS = " %+~`#$&*()|[]{}:;<>?!'/@\"\\"
"""The characters generated database passwords leave out."""


def selection_kwargs(selection: SubnetSelection) -> dict[str, Any]:
    """A ``SubnetSelection``'s given fields, as ``select_subnets`` keywords."""
    names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")
    return {n: getattr(selection, n) for n in names if getattr(selection, n) is not None}


def js_json(value: Any) -> str:
    """``JSON.stringify(value)`` (``None`` values of a dict left out)."""
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if v is not None}
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def md5_hex(text: str) -> str:
    """The lower-case hex MD5 of ``text``."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def engine_description(engine: IEngine) -> str:
    """``<engine type>[-<full version>]``."""
    full = engine.engine_version.full_version if engine.engine_version else None
    return engine.engine_type + (f"-{full}" if full else "")


def default_deletion_protection(deletion_protection: bool | None, removal_policy: RemovalPolicy | None) -> bool | None:
    """Deletion protection defaults to on when the database is retained."""
    if deletion_protection is not None:
        return deletion_protection
    return True if removal_policy is RemovalPolicy.RETAIN else None


def helper_removal_policy(base: RemovalPolicy | None) -> RemovalPolicy:
    """What helper resources (subnet groups, ...) do: retained with a retained database, else destroyed."""
    return RemovalPolicy.RETAIN if base is RemovalPolicy.RETAIN else RemovalPolicy.DESTROY


def render_unless(value: Any, suppress: Any) -> Any:
    """``value``, or ``None`` when it equals ``suppress``."""
    return None if value == suppress else value


def setup_s3_import_export(
    scope: Construct,
    *,
    s3_import_role: IRole | None,
    s3_export_role: IRole | None,
    s3_import_buckets: Any,
    s3_export_buckets: Any,
    combine_roles: bool | None,
) -> tuple[IRole | None, IRole | None]:
    """The S3 import and export roles: given, or made for the given buckets (one role when ``combine_roles``)."""
    from l2 import iam

    import_role, export_role = s3_import_role, s3_export_role
    if s3_import_buckets:
        if s3_import_role:
            raise ValidationError("Only one of s3ImportRole or s3ImportBuckets must be specified, not both.", scope)
        import_role = (
            export_role
            if combine_roles and export_role
            else iam.Role(scope, "S3ImportRole", assumed_by=iam.ServicePrincipal("rds.amazonaws.com"))
        )
        bucket: IBucket
        for bucket in s3_import_buckets:
            bucket.grant_read(import_role)
    if s3_export_buckets:
        if s3_export_role:
            raise ValidationError("Only one of s3ExportRole or s3ExportBuckets must be specified, not both.", scope)
        export_role = (
            import_role
            if combine_roles and import_role
            else iam.Role(scope, "S3ExportRole", assumed_by=iam.ServicePrincipal("rds.amazonaws.com"))
        )
        for bucket in s3_export_buckets:
            bucket.grant_read_write(export_role)
    return import_role, export_role


def render_credentials(scope: Construct, engine: IEngine, credentials: Credentials | None) -> Credentials:
    """The credentials to use: given ones, or a generated ``DatabaseSecret`` for the user name."""
    from l2.rds._database_secret import DatabaseSecret
    from l2.rds._props import Credentials

    rendered = credentials or Credentials.from_username(engine.default_username or "admin")
    if rendered.secret is None and rendered.password is None:
        as_string = credentials.username_as_string if credentials is not None else None
        secret = DatabaseSecret(
            scope,
            "Secret",
            username=rendered.username,
            secret_name=rendered.secret_name,
            encryption_key=rendered.encryption_key,
            exclude_characters=rendered.exclude_characters,
            replace_on_password_criteria_changes=as_string,
            replica_regions=rendered.replica_regions,
        )
        rendered = Credentials.from_secret(secret, rendered.username if as_string else None)
    return rendered


def render_snapshot_credentials(
    scope: Construct, credentials: SnapshotCredentials | None
) -> SnapshotCredentials | None:
    """Snapshot credentials with a generated ``SnapshotSecret`` when a password is to be generated."""
    from l2.rds._database_secret import DatabaseSecret
    from l2.rds._props import SnapshotCredentials

    if credentials is not None and credentials.secret is None and credentials.generate_password:
        if not credentials.username:
            raise ValidationError(
                "`snapshotCredentials` `username` must be specified when `generatePassword` is set to true", scope
            )
        secret = DatabaseSecret(
            scope,
            "SnapshotSecret",
            username=credentials.username,
            encryption_key=credentials.encryption_key,
            exclude_characters=credentials.exclude_characters,
            replace_on_password_criteria_changes=credentials.replace_on_password_criteria_changes,
            replica_regions=credentials.replica_regions,
        )
        return SnapshotCredentials.from_secret(secret)
    return credentials


def validate_managed_password_credentials(scope: Construct, credentials: Credentials | None) -> None:
    """With ``manage_master_user_password`` only ``username`` and ``encryption_key`` may be given."""
    if credentials is None:
        return
    names = [
        n
        for n, v in (
            ("excludeCharacters", credentials.exclude_characters),
            ("password", credentials.password),
            ("replicaRegions", credentials.replica_regions),
            ("secret", credentials.secret),
            ("secretName", credentials.secret_name),
            ("usernameAsString", credentials.username_as_string),
        )
        if v
    ]
    if names:
        raise ValidationError(
            "When manageMasterUserPassword is enabled, only 'username' and 'encryptionKey' are allowed in "
            f"credentials. Found unsupported properties: {', '.join(names)}.",
            scope,
        )
