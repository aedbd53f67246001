"""``Bucket``: an S3 bucket, and importing existing ones."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    ArnFormat,
    CfnReference,
    Construct,
    Duration,
    FeatureFlags,
    Fn,
    RemovalPolicy,
    Stack,
    Token,
    Tokenization,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import cached_property, check_deprecated_props, js_for_each, structs
from l1.s3 import CfnBucket
from l2.s3._bucket_base import BucketBase
from l2.s3._private.names import bucket_name_errors, validate_bucket_name, validate_bucket_name_prefix
from l2.s3._private.render import (
    bucket_encryption,
    lifecycle_rule,
    object_lock_configuration,
    tiering_configurations,
    website_configuration,
)
from l2.s3._private.render import tag_filters as tag_filters_of
from l2.s3._replication import render_replication_configuration
from l2.s3._types import (
    BlockedEncryptionType,
    BlockPublicAccess,
    BucketAccessControl,
    BucketEncryption,
    BucketMetrics,
    BucketNamespace,
    CorsRule,
    HttpMethods,
    IntelligentTieringConfiguration,
    Inventory,
    InventoryDestination,
    InventoryFormat,
    InventoryFrequency,
    InventoryObjectVersion,
    LifecycleRule,
    NoncurrentVersionTransition,
    ObjectLockRetention,
    ObjectOwnership,
    RedirectTarget,
    ReplicationRule,
    RoutingRule,
    TargetObjectKeyFormat,
    Transition,
    TransitionDefaultMinimumObjectSize,
)

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.s3._interfaces import IBucket

_ACLS_WITHOUT_OWNERSHIP = (
    BucketAccessControl.PRIVATE,
    BucketAccessControl.BUCKET_OWNER_READ,
    BucketAccessControl.BUCKET_OWNER_FULL_CONTROL,
)
_INVENTORY_ID_ILLEGAL = r"(?a)[^\w.\-]"  # JavaScript \w: ASCII only; compiled (and cached by ``re``) on first use
@structs.define(kw_only=True)
class _Website:
    """The website endpoint of an imported bucket, computed on first use.

    In an environment-agnostic stack the endpoint needs a region mapping; computing it only when the website URL
    is read keeps the mapping out of templates that never use it, as aws-cdk-lib's lazy value does.
    """

    stack: Stack
    bucket_name: str
    region: str
    url_suffix: str
    new_url_format: bool | None
    url: str | None
    _domain: str | None = structs.field(default=None, init=False)

    def domain(self) -> str:
        if self._domain is None:
            new_endpoint = f"s3-website.{self.region}.{self.url_suffix}"
            if self.new_url_format is None:
                from l2.s3._private.regions import website_endpoint  # here: only imported website buckets

                endpoint = website_endpoint(self.stack, self.region, new_endpoint)
            elif self.new_url_format:
                endpoint = new_endpoint
            else:
                endpoint = f"s3-website-{self.region}.{self.url_suffix}"
            self._domain = f"{self.bucket_name}.{endpoint}"
        return self._domain


class _ImportedBucket(BucketBase):
    """A bucket defined outside the app; its policy cannot be changed."""

    _auto_create_policy = False

    def __init__(
        self, scope: Construct, id: str, *, account: str | None, region: str | None, website: _Website, **attrs: Any
    ) -> None:
        super().__init__(scope, id, account=account, region=region)
        for name, value in attrs.items():
            setattr(self, name, value)
        self._website = website
        self.disallow_public_access = False

    @property
    def bucket_website_url(self) -> str:  # type: ignore[override]
        """The given website URL, or ``http://<bucket>.<website endpoint of the region>``."""
        return self._website.url or f"http://{self._website.domain()}"

    @property
    def bucket_website_domain_name(self) -> str:  # type: ignore[override]
        """The host part of the website URL."""
        if self._website.url:
            return Fn.select(2, Fn.split("/", self._website.url))
        return self._website.domain()


_FROM_CFN_BUCKET_ID = "@FromCfnBucket"
# The BucketProps fields jsii's deprecation check looks at (``deprecated_props.CHECKS``): ``Bucket.__init__`` runs
# the check only when one of them is given (a test keeps the two lists equal).
_DEPRECATION_FIELDS = ("encryption",)
_PUBLIC_ACCESS_BLOCKED_BY_DEFAULT = "@aws-cdk/aws-s3:publicAccessBlockedByDefault"
_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY = "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy"


def _default_true(value: bool | None) -> bool:
    return True if value is None else value


def _encryption_key_of(cfn_bucket: CfnBucket) -> Any:
    """The L2 key of a ``CfnKey`` the bucket's single default encryption rule references, else ``None``."""
    encryption = cfn_bucket.bucket_encryption
    rules = _field(encryption, "server_side_encryption_configuration")
    if not isinstance(rules, (list, tuple)) or len(rules) != 1:
        return None
    default = _field(rules[0], "server_side_encryption_by_default")
    key_id = _field(default, "kms_master_key_id")
    if key_id is None or not Token.is_unresolved(key_id):
        return None
    target = Tokenization.reverse(key_id)
    if isinstance(target, CfnReference):
        from l1.kms import CfnKey

        element = target.target
        if isinstance(element, CfnKey):
            from l2.kms import Key

            return Key.from_cfn_key(element)
    return None


def _field(value: Any, name: str) -> Any:
    if value is None:
        return None
    if isinstance(value, Mapping):
        return value.get(name)
    return getattr(value, name, None)


class _InventoryDestinationStatement:
    """Aspect: lets S3 write a bucket's inventory reports to a destination ``Bucket`` of the app.

    aws-cdk-lib adds this statement while resolving the source bucket (a lazy), so after every statement added by
    constructors and methods; an aspect adds it at that point of pycdk's synthesis (source buckets in tree order).
    """

    __slots__ = ("_source", "_destination", "_done")

    def __init__(self, source: Bucket, destination: InventoryDestination) -> None:
        self._source = source
        self._destination = destination
        self._done = False

    def visit(self, node: Any) -> None:
        if node is not self._source or self._done:
            return
        self._done = True
        from l2 import iam

        bucket = self._destination.bucket
        bucket.add_to_resource_policy(
            iam.PolicyStatement(
                effect=iam.Effect.ALLOW,
                actions=["s3:PutObject"],
                resources=[bucket.bucket_arn, bucket.arn_for_objects(f"{self._destination.prefix or ''}*")],
                principals=[iam.ServicePrincipal("s3.amazonaws.com")],
                conditions={"ArnLike": {"aws:SourceArn": self._source.bucket_arn}},
            )
        )


class _CfnBucketBackedBucket(BucketBase):
    """``Bucket.from_cfn_bucket``: attributes from the L1, a policy created on first use."""

    _auto_create_policy = True

    def __init__(self, cfn_bucket: CfnBucket) -> None:
        super().__init__(cfn_bucket, _FROM_CFN_BUCKET_ID)
        self._cfn = cfn_bucket
        self.bucket_arn = cfn_bucket.attr_arn
        self.bucket_name = cfn_bucket.ref
        self.bucket_domain_name = cfn_bucket.attr_domain_name
        self.bucket_dual_stack_domain_name = cfn_bucket.attr_dual_stack_domain_name
        self.bucket_regional_domain_name = cfn_bucket.attr_regional_domain_name
        self.bucket_website_url = cfn_bucket.attr_website_url
        self.encryption_key = _encryption_key_of(cfn_bucket)
        self.node.default_child = cfn_bucket

    @property
    def bucket_website_domain_name(self) -> str:  # type: ignore[override]
        """The website host name (the third ``/``-separated part of the website URL)."""
        return Fn.select(2, Fn.split("/", self._cfn.attr_website_url))

    @property
    def is_website(self) -> bool:  # type: ignore[override]
        """Whether the L1 has a website configuration."""
        return self._cfn.website_configuration is not None

    @property
    def disallow_public_access(self) -> bool:  # type: ignore[override]
        """Whether the L1 blocks public bucket policies."""
        return _field(self._cfn.public_access_block_configuration, "block_public_policy") is True

    @disallow_public_access.setter
    def disallow_public_access(self, value: bool | None) -> None:
        pass


class Bucket(BucketBase):
    """An S3 bucket (``AWS::S3::Bucket``), retained when removed from the stack by default.

    Args:
        bucket_name: a physical name (validated when literal).
        encryption / encryption_key / bucket_key_enabled: server-side encryption (a key implies ``KMS``).
        versioned: keep object versions.
        lifecycle_rules / cors / metrics / intelligent_tiering_configurations: bucket configurations (more can
            be added later with ``add_lifecycle_rule``, ``add_cors_rule``, ``add_metric``).
        block_public_access: e.g. ``BlockPublicAccess.BLOCK_ALL``.
        public_read_access: allow anyone to read objects (requires ``block_public_access`` to allow policies).
        enforce_ssl / minimum_tls_version: deny requests without TLS (or below a TLS version).
        website_index_document / website_error_document / website_redirect / website_routing_rules: hosting.
        server_access_logs_bucket / server_access_logs_prefix: server access logging.
        access_control / object_ownership: ACL and ownership controls.
        transfer_acceleration: enable S3 Transfer Acceleration.
        object_lock_enabled / object_lock_default_retention: object lock.
        event_bridge_enabled: send events to EventBridge.
        removal_policy: default ``RemovalPolicy.RETAIN``.
        auto_delete_objects: empty the bucket on deletion (requires ``RemovalPolicy.DESTROY``).
        bucket_name_prefix / bucket_namespace: a generated name beginning with the prefix, and the namespace
            the name belongs to (e.g. account-regional names); not with ``bucket_name``.
        blocked_encryption_types: server-side encryption types that writes may not request.
        abac_status: enable attribute-based access control (tags in policy conditions).
        inventories: S3 Inventory reports to deliver.
        replication_rules / replication_role: cross-bucket replication, with its role (default: a new one).
        notifications_handler_role / notifications_skip_destination_validation: the role of the custom resource
            that writes the notification configuration, and whether S3 skips testing the destinations.
        target_object_key_format: how server access log object keys are laid out.
        transition_default_minimum_object_size: the smallest object size lifecycle transitions apply to.
    """

    _auto_create_policy = True
    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-s3.Bucket"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        abac_status: bool | None = None,
        access_control: BucketAccessControl | None = None,
        auto_delete_objects: bool | None = None,
        block_public_access: BlockPublicAccess | None = None,
        blocked_encryption_types: Sequence[BlockedEncryptionType] | None = None,
        bucket_key_enabled: bool | None = None,
        bucket_name: str | None = None,
        bucket_name_prefix: str | None = None,
        bucket_namespace: BucketNamespace | None = None,
        cors: Sequence[CorsRule] | None = None,
        encryption: BucketEncryption | None = None,
        encryption_key: IKey | None = None,
        enforce_ssl: bool | None = None,
        event_bridge_enabled: bool | None = None,
        intelligent_tiering_configurations: Sequence[IntelligentTieringConfiguration] | None = None,
        inventories: Sequence[Inventory] | None = None,
        lifecycle_rules: Sequence[LifecycleRule] | None = None,
        metrics: Sequence[BucketMetrics] | None = None,
        minimum_tls_version: int | float | None = None,
        notifications_handler_role: IRole | None = None,
        notifications_skip_destination_validation: bool | None = None,
        object_lock_default_retention: ObjectLockRetention | None = None,
        object_lock_enabled: bool | None = None,
        object_ownership: ObjectOwnership | None = None,
        public_read_access: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        replication_role: IRole | None = None,
        replication_rules: Sequence[ReplicationRule] | None = None,
        server_access_logs_bucket: IBucket | None = None,
        server_access_logs_prefix: str | None = None,
        target_object_key_format: TargetObjectKeyFormat | None = None,
        transfer_acceleration: bool | None = None,
        transition_default_minimum_object_size: TransitionDefaultMinimumObjectSize | None = None,
        versioned: bool | None = None,
        website_error_document: str | None = None,
        website_index_document: str | None = None,
        website_redirect: RedirectTarget | None = None,
        website_routing_rules: Sequence[RoutingRule] | None = None,
    ) -> None:
        if encryption is not None:  # the one field jsii's deprecation check looks at (``_DEPRECATION_FIELDS``)
            check_deprecated_props("aws_s3.BucketProps", locals())  # jsii's deprecation warnings
        super().__init__(scope, id, physical_name=bucket_name)
        self.notifications_handler_role = notifications_handler_role
        self.notifications_skip_destination_validation = notifications_skip_destination_validation
        encryption_config, self.encryption_key = bucket_encryption(
            self, encryption, encryption_key, bucket_key_enabled, blocked_encryption_types
        )
        self._validate_naming(bucket_name, bucket_name_prefix, bucket_namespace)
        validate_bucket_name(self, bucket_name)
        validate_bucket_name_prefix(self, bucket_name_prefix)
        self.object_ownership = object_ownership
        self._access_control = access_control
        # tuples: most buckets add none, and the empty tuple is one shared object (four lists per bucket otherwise)
        self._lifecycle_rules: tuple[LifecycleRule, ...] = ()
        self._metrics: tuple[BucketMetrics, ...] = ()
        self._cors: tuple[CorsRule, ...] = ()
        self._inventories: tuple[Inventory, ...] = ()
        self._transition_default_minimum_object_size = transition_default_minimum_object_size
        website = website_configuration(
            self, website_index_document, website_error_document, website_redirect, website_routing_rules
        )
        if block_public_access is not None and FeatureFlags.of(self).is_enabled(_PUBLIC_ACCESS_BLOCKED_BY_DEFAULT):
            block_public_access = BlockPublicAccess(  # what is left unset is blocked
                block_public_acls=_default_true(block_public_access.block_public_acls),
                block_public_policy=_default_true(block_public_access.block_public_policy),
                ignore_public_acls=_default_true(block_public_access.ignore_public_acls),
                restrict_public_buckets=_default_true(block_public_access.restrict_public_buckets),
            )
        object_lock = object_lock_configuration(self, object_lock_enabled, object_lock_default_retention)
        replication = render_replication_configuration(
            self, replication_rules, replication_role, versioned, self.encryption_key
        )
        self.replication_role_arn: str | None = replication["role"] if replication else None
        self._resource = CfnBucket(
            self,
            "Resource",
            bucket_name=self.physical_name if bucket_name is not None else None,
            bucket_name_prefix=bucket_name_prefix,
            bucket_namespace=bucket_namespace.value if bucket_namespace else None,
            bucket_encryption=encryption_config,
            versioning_configuration={"status": "Enabled"} if versioned else None,
            website_configuration=website,
            public_access_block_configuration=block_public_access._render() if block_public_access else None,
            logging_configuration=self._parse_server_access_logs(
                server_access_logs_bucket, server_access_logs_prefix, encryption, target_object_key_format
            ),
            accelerate_configuration={"acceleration_status": "Enabled"} if transfer_acceleration else None,
            intelligent_tiering_configurations=tiering_configurations(intelligent_tiering_configurations),
            object_lock_enabled=True if object_lock else object_lock_enabled,
            object_lock_configuration=object_lock,
            replication_configuration=replication,
            abac_status=None if abac_status is None else ("Enabled" if abac_status else "Disabled"),
        )
        self._sync_access_control()
        self._resource.apply_removal_policy(removal_policy)
        self.is_website = website is not None
        self.disallow_public_access = (
            True if block_public_access is not None and block_public_access.block_public_policy is True else None
        )
        self.event_bridge_enabled = event_bridge_enabled

        if enforce_ssl:
            self._enforce_ssl_statement()
            self._minimum_tls_statement(minimum_tls_version)
        elif minimum_tls_version:
            raise ValidationError("'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied", self)

        if isinstance(server_access_logs_bucket, Bucket):
            server_access_logs_bucket._allow_log_delivery(self, server_access_logs_prefix)
        elif server_access_logs_bucket is None and server_access_logs_prefix:
            self._allow_log_delivery(self, server_access_logs_prefix)
        elif server_access_logs_bucket is not None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-s3:accessLogsPolicyNotAdded",
                f"Unable to add necessary logging permissions to imported target bucket: {server_access_logs_bucket}",
            )
        for inventory in inventories or ():
            self.add_inventory(inventory)
        # forEach: see js_for_each (an empty list calls nothing and records nothing, so it is skipped)
        if metrics:
            js_for_each(self.add_metric, metrics)
        if cors:
            js_for_each(self.add_cors_rule, cors)
        if lifecycle_rules:
            js_for_each(self.add_lifecycle_rule, lifecycle_rules)
        if public_read_access:
            if block_public_access is None:
                raise ValidationError(
                    "Cannot use 'publicReadAccess' property on a bucket without allowing bucket-level public access "
                    "through 'blockPublicAccess' property.",
                    self,
                )
            self.grant_public_access()
        if auto_delete_objects:
            if removal_policy is not RemovalPolicy.DESTROY:
                raise ValidationError(
                    "Cannot use 'autoDeleteObjects' property on a bucket without setting removal policy to 'DESTROY'.",
                    self,
                )
            from l2.s3._auto_delete import enable_auto_delete_objects

            enable_auto_delete_objects(self)
        if event_bridge_enabled:
            self.enable_event_bridge_notification()

    # -- attributes --------------------------------------------------------------------------------------------
    @cached_property
    def bucket_arn(self) -> str:  # type: ignore[override]
        """The ARN of the bucket (one token for every use, built on first use)."""
        # the GetAtt reference itself: no string token for the L1 attribute unless someone reads it
        # the ARN components only when another environment uses the ARN (no physical-name token otherwise)
        return self._lazy_arn_attribute(self._resource.get_att("Arn"), self._arn_components)

    def _arn_components(self) -> dict[str, str]:
        # a bound method, not a closure: one object kept per bucket instead of a function, its cell and their tuple
        return {"region": "", "account": "", "service": "s3", "resource": self.physical_name}

    @cached_property
    def bucket_name(self) -> str:  # type: ignore[override]
        """The name of the bucket (its ``Ref``)."""
        return self.get_resource_name_attribute(self._resource.ref)

    # The attribute tokens below are built on first use (and then cached by the L1), not in the constructor.
    @property
    def bucket_domain_name(self) -> str:  # type: ignore[override]
        """The IPv4 DNS name of the bucket (``Fn::GetAtt DomainName``)."""
        return self._resource.attr_domain_name

    @property
    def bucket_dual_stack_domain_name(self) -> str:  # type: ignore[override]
        """The IPv6 DNS name of the bucket (``Fn::GetAtt DualStackDomainName``)."""
        return self._resource.attr_dual_stack_domain_name

    @property
    def bucket_regional_domain_name(self) -> str:  # type: ignore[override]
        """The regional DNS name of the bucket (``Fn::GetAtt RegionalDomainName``)."""
        return self._resource.attr_regional_domain_name

    @property
    def bucket_website_url(self) -> str:  # type: ignore[override]
        """The website URL of the bucket (``Fn::GetAtt WebsiteURL``)."""
        return self._resource.attr_website_url

    @property
    def bucket_website_domain_name(self) -> str:  # type: ignore[override]
        """The website host name (the third ``/``-separated part of the website URL)."""
        return Fn.select(2, Fn.split("/", self._resource.attr_website_url))

    # -- mutators ----------------------------------------------------------------------------------------------
    def add_lifecycle_rule(
        self,
        rule: LifecycleRule | None = None,
        *,
        abort_incomplete_multipart_upload_after: Duration | None = None,
        enabled: bool | None = None,
        expiration: Duration | None = None,
        expiration_date: datetime.datetime | None = None,
        expired_object_delete_marker: bool | None = None,
        id: str | None = None,
        noncurrent_version_expiration: Duration | None = None,
        noncurrent_versions_to_retain: int | float | None = None,
        noncurrent_version_transitions: Sequence[NoncurrentVersionTransition] | None = None,
        object_size_greater_than: int | float | None = None,
        object_size_less_than: int | float | None = None,
        prefix: str | None = None,
        tag_filters: Mapping[str, Any] | None = None,
        transitions: Sequence[Transition] | None = None,
    ) -> None:
        """Add a lifecycle rule (its keyword arguments, or a whole ``LifecycleRule``); see ``LifecycleRule``."""
        if rule is None:
            rule = LifecycleRule(
                abort_incomplete_multipart_upload_after=abort_incomplete_multipart_upload_after,
                enabled=enabled,
                expiration=expiration,
                expiration_date=expiration_date,
                expired_object_delete_marker=expired_object_delete_marker,
                id=id,
                noncurrent_version_expiration=noncurrent_version_expiration,
                noncurrent_versions_to_retain=noncurrent_versions_to_retain,  # type: ignore[arg-type]
                noncurrent_version_transitions=noncurrent_version_transitions,
                object_size_greater_than=object_size_greater_than,  # type: ignore[arg-type]
                object_size_less_than=object_size_less_than,  # type: ignore[arg-type]
                prefix=prefix,
                tag_filters=tag_filters,
                transitions=transitions,
            )
        self._lifecycle_rules += (rule,)
        self._resource.lifecycle_configuration = {
            "rules": [lifecycle_rule(self, r) for r in self._lifecycle_rules],
            "transition_default_minimum_object_size": (
                self._transition_default_minimum_object_size.value
                if self._transition_default_minimum_object_size
                else None
            ),
        }

    def add_cors_rule(
        self,
        rule: CorsRule | None = None,
        *,
        allowed_methods: Sequence[HttpMethods] | None = None,
        allowed_origins: Sequence[str] | None = None,
        allowed_headers: Sequence[str] | None = None,
        exposed_headers: Sequence[str] | None = None,
        id: str | None = None,
        max_age: int | float | None = None,
    ) -> None:
        """Add a CORS rule (its keyword arguments, or a whole ``CorsRule``); see ``CorsRule``."""
        if rule is None:
            rule = CorsRule(
                allowed_methods=allowed_methods,  # type: ignore[arg-type]
                allowed_origins=allowed_origins,  # type: ignore[arg-type]
                allowed_headers=allowed_headers,
                exposed_headers=exposed_headers,
                id=id,
                max_age=max_age,  # type: ignore[arg-type]
            )
        self._cors += (rule,)
        self._resource.cors_configuration = {
            "cors_rules": [
                {
                    "id": r.id,
                    "max_age": r.max_age,
                    "allowed_headers": r.allowed_headers,
                    "allowed_methods": [m.value if isinstance(m, HttpMethods) else m for m in r.allowed_methods],
                    "allowed_origins": r.allowed_origins,
                    "exposed_headers": r.exposed_headers,
                }
                for r in self._cors
            ]
        }

    def add_inventory(
        self,
        inventory: Inventory | None = None,
        *,
        destination: InventoryDestination | None = None,
        enabled: bool | None = None,
        format: InventoryFormat | None = None,
        frequency: InventoryFrequency | None = None,
        include_object_versions: InventoryObjectVersion | None = None,
        inventory_id: str | None = None,
        objects_prefix: str | None = None,
        optional_fields: Sequence[str] | None = None,
    ) -> None:
        """Add an inventory report (its keyword arguments, or a whole ``Inventory``); see ``Inventory``.

        A destination ``Bucket`` of this app gets a policy statement letting S3 write the reports, added at
        synthesis (after the statements constructors and methods add), as aws-cdk-lib does while rendering.
        """
        if inventory is None:
            inventory = Inventory(
                destination=destination,  # type: ignore[arg-type]
                enabled=enabled,
                format=format,
                frequency=frequency,
                include_object_versions=include_object_versions,
                inventory_id=inventory_id,
                objects_prefix=objects_prefix,
                optional_fields=optional_fields,
            )
        index = len(self._inventories)
        self._inventories += (inventory,)
        rendered = self._parse_inventory(inventory, index)
        self._resource.inventory_configurations = [*(self._resource.inventory_configurations or []), rendered]

    def add_metric(
        self,
        metric: BucketMetrics | None = None,
        *,
        id: str | None = None,
        prefix: str | None = None,
        tag_filters: Mapping[str, Any] | None = None,
    ) -> None:
        """Add a request metrics configuration (its keyword arguments, or a whole ``BucketMetrics``)."""
        if metric is None:
            metric = BucketMetrics(id=id, prefix=prefix, tag_filters=tag_filters)  # type: ignore[arg-type]
        self._metrics += (metric,)
        self._resource.metrics_configurations = [
            {"id": m.id, "prefix": m.prefix, "tag_filters": tag_filters_of(m.tag_filters)} for m in self._metrics
        ]

    @staticmethod
    def validate_bucket_name(physical_name: str, allow_legacy_bucket_naming: bool | None = None) -> None:
        """Raise ``UnscopedValidationError`` listing every rule a literal bucket name breaks (tokens pass)."""
        errors = bucket_name_errors(physical_name, bool(allow_legacy_bucket_naming))
        if errors:
            raise UnscopedValidationError(f"Invalid S3 bucket name (value: {physical_name})\n" + "\n".join(errors))

    # -- factories ---------------------------------------------------------------------------------------------
    @staticmethod
    def from_bucket_arn(scope: Construct, id: str, bucket_arn: str) -> IBucket:
        """Import a bucket by ARN."""
        return Bucket.from_bucket_attributes(scope, id, bucket_arn=bucket_arn)

    @staticmethod
    def from_bucket_name(scope: Construct, id: str, bucket_name: str) -> IBucket:
        """Import a bucket by name."""
        return Bucket.from_bucket_attributes(scope, id, bucket_name=bucket_name)

    @staticmethod
    def from_bucket_attributes(
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        bucket_arn: str | None = None,
        bucket_domain_name: str | None = None,
        bucket_dual_stack_domain_name: str | None = None,
        bucket_name: str | None = None,
        bucket_regional_domain_name: str | None = None,
        bucket_website_new_url_format: bool | None = None,
        bucket_website_url: str | None = None,
        encryption_key: IKey | None = None,
        is_website: bool | None = None,
        notifications_handler_role: IRole | None = None,
        notifications_skip_destination_validation: bool | None = None,
        region: str | None = None,
    ) -> IBucket:
        """Import a bucket from its attributes; missing domain names are derived from the name and region.

        Args:
            account: the bucket's account (default the stack's).
            bucket_arn: its ARN (default built from the name).
            bucket_domain_name: default ``<name>.s3.<url suffix>``.
            bucket_dual_stack_domain_name: default ``<name>.s3.dualstack.<region>.<url suffix>``.
            bucket_name: its name (default the last part of the ARN).
            bucket_regional_domain_name: default ``<name>.s3.<region>.<url suffix>``.
            bucket_website_new_url_format: the website URL uses ``s3-website.<region>`` (default: as the region does).
            bucket_website_url: its website URL (default built from the name and region).
            encryption_key: the key encrypting its objects, if any.
            is_website: whether it hosts a website (default ``False``).
            notifications_handler_role: the role of the notifications handler (default a new one).
            notifications_skip_destination_validation: skip destination validation of notifications.
            region: the bucket's region (default the stack's).

        Raises:
            ValidationError: neither a name nor an ARN, or an invalid literal name.
        """
        check_deprecated_props("aws_s3.BucketAttributes", locals(), method=True)
        stack = Stack.of(scope)
        the_region = region if region is not None else stack.region
        known_region = not Token.is_unresolved(the_region)
        from l2.s3._private.regions import domain_suffix  # here: only imported buckets need it

        url_suffix = domain_suffix(the_region) if known_region else stack.url_suffix
        name = bucket_name
        if not name and bucket_arn:
            name = stack.split_arn(bucket_arn, ArnFormat.SLASH_RESOURCE_NAME).resource
        if not name:
            raise ValidationError("Bucket name is required", scope)
        arn = bucket_arn or stack.format_arn(region="", account="", service="s3", resource=name)
        bucket = _ImportedBucket(
            scope,
            id,
            account=account,
            region=region,
            website=_Website(
                stack=stack,
                bucket_name=name,
                region=the_region,
                url_suffix=url_suffix,
                new_url_format=bucket_website_new_url_format,
                url=bucket_website_url,
            ),
            bucket_name=name,
            bucket_arn=arn,
            bucket_domain_name=bucket_domain_name or f"{name}.s3.{url_suffix}",
            bucket_regional_domain_name=bucket_regional_domain_name or f"{name}.s3.{the_region}.{url_suffix}",
            bucket_dual_stack_domain_name=(
                bucket_dual_stack_domain_name or f"{name}.s3.dualstack.{the_region}.{url_suffix}"
            ),
            encryption_key=encryption_key,
            is_website=bool(is_website),
            notifications_handler_role=notifications_handler_role,
            notifications_skip_destination_validation=notifications_skip_destination_validation,
        )
        validate_bucket_name(bucket, name, allow_legacy=True)
        return bucket

    @staticmethod
    def from_cfn_bucket(cfn_bucket: CfnBucket) -> IBucket:
        """A mutable bucket over an L1 ``CfnBucket`` (construct id ``@FromCfnBucket`` under it).

        Statements added to it go to a new ``BucketPolicy`` under it; a KMS key referenced by the bucket's one
        default encryption rule becomes its ``encryption_key``. Called again, returns the same bucket.
        """
        existing = cfn_bucket.node.try_find_child(_FROM_CFN_BUCKET_ID)
        if existing is not None:
            return existing  # type: ignore[return-value]
        return _CfnBucketBackedBucket(cfn_bucket)

    # -- helpers -----------------------------------------------------------------------------------------------
    def _parse_server_access_logs(
        self,
        logs_bucket: Any,
        prefix: str | None,
        encryption: BucketEncryption | None,
        key_format: TargetObjectKeyFormat | None = None,
    ) -> dict[str, Any] | None:
        if logs_bucket is None and not prefix:
            return None
        if logs_bucket is None and encryption in (BucketEncryption.KMS_MANAGED, BucketEncryption.DSSE_MANAGED):
            raise ValidationError(
                "Default bucket encryption with KMS managed or DSSE managed key is not supported for Server Access "
                "Logging target buckets",
                self,
            )
        if logs_bucket is not None and logs_bucket.encryption_key is not None:
            from l2 import iam

            logs_bucket.encryption_key.grant_encrypt_decrypt(iam.ServicePrincipal("logging.s3.amazonaws.com"))
        return {
            "destination_bucket_name": logs_bucket.bucket_name if logs_bucket is not None else None,
            "log_file_prefix": prefix,
            "target_object_key_format": key_format._render() if key_format else None,
        }

    def _validate_naming(self, name: str | None, prefix: str | None, namespace: BucketNamespace | None) -> None:
        if name and prefix:
            raise ValidationError("'bucketName' and 'bucketNamePrefix' cannot be used together", self)
        if name and namespace is not None and namespace is not BucketNamespace.GLOBAL:
            raise ValidationError(
                "'bucketName' cannot be used with 'bucketNamespace' (except GLOBAL). Use 'bucketNamePrefix' with "
                "'bucketNamespace' instead",
                self,
            )
        if prefix and namespace is not BucketNamespace.ACCOUNT_REGIONAL:
            raise ValidationError("'bucketNamePrefix' requires 'bucketNamespace' to be set to ACCOUNT_REGIONAL", self)
        if namespace is BucketNamespace.ACCOUNT_REGIONAL and not prefix:
            raise ValidationError("'bucketNamespace' ACCOUNT_REGIONAL requires 'bucketNamePrefix' to be specified", self)

    def _parse_inventory(self, inventory: Inventory, index: int) -> dict[str, Any]:
        given_id = inventory.inventory_id
        if given_id is not None and (len(given_id) > 64 or re.search(_INVENTORY_ID_ILLEGAL, given_id)):
            raise ValidationError(
                "inventoryId should not exceed 64 characters and should not contain special characters except . "
                f"and -, got {given_id}",
                self,
            )
        inventory_id = given_id or re.sub(_INVENTORY_ID_ILLEGAL, "", f"{self.node.id}Inventory{index}")[-64:]
        destination = inventory.destination
        if isinstance(destination.bucket, Bucket):
            from constructs import Aspects

            Aspects.of(self).add(_InventoryDestinationStatement(self, destination))
        return {
            "id": inventory_id,
            "destination": {
                "bucket_arn": destination.bucket.bucket_arn,
                "bucket_account_id": destination.bucket_owner,
                "prefix": destination.prefix,
                "format": (inventory.format or InventoryFormat.CSV).value,
            },
            "enabled": True if inventory.enabled is None else inventory.enabled,
            "included_object_versions": (inventory.include_object_versions or InventoryObjectVersion.ALL).value,
            "schedule_frequency": (inventory.frequency or InventoryFrequency.WEEKLY).value,
            "optional_fields": inventory.optional_fields,
            "prefix": inventory.objects_prefix,
        }

    def _ownership_controls(self, access_control: BucketAccessControl | None) -> dict[str, Any] | None:
        needs_ownership = access_control is not None and access_control not in _ACLS_WITHOUT_OWNERSHIP
        if not self.object_ownership and not needs_ownership:
            return None
        if needs_ownership and self.object_ownership is ObjectOwnership.BUCKET_OWNER_ENFORCED:
            raise ValidationError(
                f'objectOwnership must be set to "ObjectWriter" when accessControl is "{access_control.value}"',  # type: ignore[union-attr]
                self,
            )
        ownership = self.object_ownership or ObjectOwnership.OBJECT_WRITER
        return {"rules": [{"object_ownership": ownership.value}]}

    def _sync_access_control(self) -> None:
        self._resource.access_control = self._access_control.value if self._access_control else None
        self._resource.ownership_controls = self._ownership_controls(self._access_control)

    def _allow_log_delivery(self, source: Any, prefix: str | None) -> None:
        # With ``@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy`` the bucket policy lets S3 logging write;
        # without it (a plain app), the ``LogDeliveryWrite`` ACL is used.
        if FeatureFlags.of(self).is_enabled(_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY):
            from l2 import iam

            conditions = None
            if isinstance(source, Bucket) and Stack.of(self) is Stack.of(source):
                conditions = {
                    "ArnLike": {"aws:SourceArn": source.bucket_arn},
                    "StringEquals": {"aws:SourceAccount": source.env.account},
                }
            self.add_to_resource_policy(
                iam.PolicyStatement(
                    effect=iam.Effect.ALLOW,
                    principals=[iam.ServicePrincipal("logging.s3.amazonaws.com")],
                    actions=["s3:PutObject"],
                    resources=[self.arn_for_objects(f"{prefix}*" if prefix else "*")],
                    conditions=conditions,
                )
            )
            return
        if self._access_control is not None and self._access_control is not BucketAccessControl.LOG_DELIVERY_WRITE:
            raise ValidationError(
                "Cannot enable log delivery to this bucket because the bucket's ACL has been set and can't be changed",
                self,
            )
        self._access_control = BucketAccessControl.LOG_DELIVERY_WRITE
        self._sync_access_control()

    def _enforce_ssl_statement(self) -> None:
        from l2 import iam

        self.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["s3:*"],
                conditions={"Bool": {"aws:SecureTransport": "false"}},
                effect=iam.Effect.DENY,
                resources=[self.bucket_arn, self.arn_for_objects("*")],
                principals=[iam.AnyPrincipal()],
            )
        )

    def _minimum_tls_statement(self, version: int | float | None) -> None:
        if not version:
            return
        from l2 import iam

        self.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["s3:*"],
                conditions={"NumericLessThan": {"s3:TlsVersion": version}},
                effect=iam.Effect.DENY,
                resources=[self.bucket_arn, self.arn_for_objects("*")],
                principals=[iam.AnyPrincipal()],
            )
        )


