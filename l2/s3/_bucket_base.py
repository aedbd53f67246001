"""``BucketBase``: what new and imported buckets share (policy, grants, URLs, notifications)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Construct, Resource, Stack, ValidationError
from constructs.internals import analytics_call, analytics_quiet
from l2.s3._grants import BucketGrants
from l2.s3._private import perms
from l2.s3._props import BucketReference
from l2.s3._types import EventType, NotificationKeyFilter

if TYPE_CHECKING:
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.iam import AddToResourcePolicyResult, Grant, GrantOnKeyResult, IGrantable, IRole, PolicyStatement
    from l2.kms import IKey
    from l2.s3._bucket_policy import BucketPolicy
    from l2.s3._interfaces import IBucketNotificationDestination
    from l2.s3._types import GrantReplicationPermissionDestinationProps, GrantReplicationPermissionProps


def _url_join(*components: str) -> str:
    result = components[0]
    for component in components[1:]:
        if result.endswith("/"):
            result = result[:-1]
        if component.startswith("/"):
            component = component[1:]
        result = f"{result}/{component}"
    return result


class BucketBase(Resource):
    """A new or imported S3 bucket.

    Subclasses set ``bucket_arn``, ``bucket_name``, the domain-name attributes, ``encryption_key``,
    ``_auto_create_policy`` and ``disallow_public_access``.
    """

    bucket_arn: str
    bucket_name: str
    bucket_domain_name: str
    bucket_dual_stack_domain_name: str
    bucket_regional_domain_name: str
    bucket_website_url: str
    bucket_website_domain_name: str
    encryption_key: IKey | None = None
    is_website: bool | None = None
    disallow_public_access: bool | None = None
    replication_role_arn: str | None = None
    _auto_create_policy: bool = False

    def __init__(self, scope: Construct, id: str, **resource_props: Any) -> None:
        super().__init__(scope, id, **resource_props)
        self.policy: BucketPolicy | None = None
        self._notifications: Any = None
        self.notifications_handler_role: IRole | None = None
        self.notifications_skip_destination_validation: bool | None = None
        self.node.add_validation(_PolicyValidation(self))

    @property
    def bucket_ref(self) -> BucketReference:
        """The bucket's name and ARN."""
        return BucketReference(bucket_arn=self.bucket_arn, bucket_name=self.bucket_name)

    # -- resource policy -------------------------------------------------------------------------------------
    def add_to_resource_policy(self, permission: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the bucket policy (created on first use; imported buckets are left unchanged)."""
        from l2 import iam

        if self.policy is None and self._auto_create_policy:
            from l2.s3._bucket_policy import BucketPolicy

            self.policy = BucketPolicy(self, "Policy", bucket=self)
        if self.policy is not None:
            self.policy.document.add_statements(permission)
            return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)
        return iam.AddToResourcePolicyResult(statement_added=False)

    # -- URLs and ARNs -----------------------------------------------------------------------------------------
    def arn_for_objects(self, key_pattern: str) -> str:
        """The ARN of objects matching ``key_pattern`` (``arn:...:bucket/<pattern>``)."""
        return perms.arn_for_objects(self.bucket_arn, key_pattern)

    def url_for_object(self, key: str | None = None) -> str:
        """``https://s3.<region>.<url suffix>/<bucket>/<key>``."""
        prefix = f"https://s3.{self.env.region}.{Stack.of(self).url_suffix}/"
        return _url_join(prefix, self.bucket_name) if key is None else _url_join(prefix, self.bucket_name, key)

    def s3_url_for_object(self, key: str | None = None) -> str:
        """``s3://<bucket>/<key>``."""
        return _url_join("s3://", self.bucket_name) if key is None else _url_join("s3://", self.bucket_name, key)

    def virtual_hosted_url_for_object(self, key: str | None = None, *, regional: bool | None = None) -> str:
        """``https://<bucket regional (or global) domain>/<key>``.

        Args:
            key: the object's key (default the bucket's URL).
            regional: use the regional domain name (default ``True``).
        """
        domain = self.bucket_regional_domain_name if regional is None or regional else self.bucket_domain_name
        prefix = f"https://{domain}"
        return prefix if key is None else _url_join(prefix, key)

    def transfer_acceleration_url_for_object(self, key: str | None = None, *, dual_stack: bool | None = None) -> str:
        """``https://<bucket>.s3-accelerate[.dualstack].amazonaws.com/<key>``.

        Args:
            key: the object's key (default the bucket's URL).
            dual_stack: use the dual-stack (IPv6) endpoint (default ``False``).
        """
        stack_part = ".dualstack" if dual_stack else ""
        prefix = f"https://{self.bucket_name}.s3-accelerate{stack_part}.amazonaws.com/"
        return _url_join(prefix) if key is None else _url_join(prefix, key)

    # -- grants ------------------------------------------------------------------------------------------------
    @property
    def grants(self) -> BucketGrants:
        """Permission helpers for this bucket."""
        return BucketGrants(self)

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Grant ``actions`` on the bucket's encryption key (``grant`` is ``None`` when it has none)."""
        from l2 import iam

        key = self.encryption_key
        return iam.GrantOnKeyResult(grant=key.grant(grantee, *actions) if key is not None else None)

    def grant_read(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant:
        """Grant ``s3:GetObject*``, ``s3:GetBucket*``, ``s3:List*`` (and key decrypt)."""
        return self.grants.read(identity, objects_key_pattern)

    def grant_write(
        self, identity: IGrantable, objects_key_pattern: str | None = "*", allowed_action_patterns: Sequence[str] | None = None
    ) -> Grant:
        """Grant deleting and putting objects (and key encrypt/decrypt)."""
        return self.grants.write(identity, objects_key_pattern, allowed_action_patterns)

    def grant_put(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant:
        """Grant putting objects (and key encrypt/decrypt)."""
        return self.grants.put(identity, objects_key_pattern)

    def grant_put_acl(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Grant setting object ACLs."""
        return self.grants.put_acl(identity, objects_key_pattern)

    def grant_delete(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant:
        """Grant ``s3:DeleteObject*``."""
        return self.grants.delete(identity, objects_key_pattern)

    def grant_read_write(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant:
        """Grant read and write (and the union of the key actions)."""
        return self.grants.read_write(identity, objects_key_pattern)

    def grant_replication_permission(
        self,
        identity: IGrantable,
        props: GrantReplicationPermissionProps | None = None,
        *,
        destinations: Sequence[GrantReplicationPermissionDestinationProps] | None = None,
        source_decryption_key: IKey | None = None,
    ) -> Grant:
        """Let ``identity`` replicate this bucket's objects to ``destinations``."""
        from l2.s3._types import GrantReplicationPermissionProps

        if props is None:
            props = GrantReplicationPermissionProps(
                destinations=destinations or [], source_decryption_key=source_decryption_key
            )
        return self.grants.replication_permission(identity, props)

    def add_replication_policy(
        self, role_arn: str, access_control_transition: bool | None = None, account: str | None = None
    ) -> None:
        """On a destination bucket: allow the source's replication role ``role_arn`` to replicate into it."""
        from l2 import iam

        results = [
            self.add_to_resource_policy(
                iam.PolicyStatement(
                    actions=["s3:GetBucketVersioning", "s3:PutBucketVersioning"],
                    resources=[self.bucket_arn],
                    principals=[iam.ArnPrincipal(role_arn)],
                )
            ).statement_added,
            self.add_to_resource_policy(
                iam.PolicyStatement(
                    actions=["s3:ReplicateObject", "s3:ReplicateDelete"],
                    resources=[self.arn_for_objects("*")],
                    principals=[iam.ArnPrincipal(role_arn)],
                )
            ).statement_added,
        ]
        if access_control_transition:
            if not account:
                raise ValidationError(
                    "account must be specified to override ownership access control transition", self
                )
            results.append(
                self.add_to_resource_policy(
                    iam.PolicyStatement(
                        actions=["s3:ObjectOwnerOverrideToBucketOwner"],
                        resources=[self.arn_for_objects("*")],
                        principals=[iam.AccountPrincipal(account)],
                    )
                ).statement_added
            )
        if False in results:
            Annotations.of(self).add_info(
                "Cross-account S3 replication for a referenced destination bucket is set up. In the destination "
                "bucket's bucket policy, please grant access permissions from "
                f"{self.stack.resolve(role_arn)}."
            )

    def grant_public_access(self, key_prefix: str | None = None, *allowed_actions: str) -> Grant:
        """Allow anyone the ``allowed_actions`` (default ``s3:GetObject``) on keys matching ``key_prefix``.

        Raises:
            ValidationError: the bucket blocks public policies.
        """
        return self.grants.public_access(key_prefix, *allowed_actions)

    # -- notifications -----------------------------------------------------------------------------------------
    def _with_notifications(self) -> Any:
        if self._notifications is None:
            from l2.s3._notifications import BucketNotifications

            self._notifications = BucketNotifications(
                self,
                "Notifications",
                bucket=self,
                handler_role=self.notifications_handler_role,
                skip_destination_validation=bool(self.notifications_skip_destination_validation),
            )
        return self._notifications

    def add_event_notification(
        self, event: EventType, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None:
        """Send ``event`` notifications to ``dest`` (an ``l2.s3_notifications`` destination)."""
        self._with_notifications().add_notification(event, dest, *filters)

    def add_object_created_notification(
        self, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None:
        """Notify ``dest`` of every created object."""
        self.add_event_notification(EventType.OBJECT_CREATED, dest, *filters)

    def add_object_removed_notification(
        self, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None:
        """Notify ``dest`` of every removed object."""
        self.add_event_notification(EventType.OBJECT_REMOVED, dest, *filters)

    def enable_event_bridge_notification(self) -> None:
        """Send all bucket events to Amazon EventBridge."""
        self._with_notifications().enable_event_bridge_notification()


    # -- CloudTrail events ------------------------------------------------------------------------------------
    def on_cloud_trail_event(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """An EventBridge rule for the CloudTrail API calls on this bucket (or on the objects under ``paths``).

        A CloudTrail trail recording the bucket's data events must exist; this method does not create one.

        Args:
            id: the rule's construct id (under this bucket).
            paths: only these object key patterns (default the bucket itself).
            target: send matching events there (default no target).
            cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering on top of the CloudTrail pattern.
            rule_name: a physical name for the rule.
        """
        from l2 import events

        rule = events.Rule(
            self,
            id,
            cross_stack_scope=cross_stack_scope,
            description=description,
            event_pattern=event_pattern,
            rule_name=rule_name,
        )
        rule.add_target(target)
        arns = [self.arn_for_objects(p) for p in paths] if paths is not None else [self.bucket_arn]
        # one field per call: the pattern keeps aws-cdk-lib's key order (source, detail-type, detail); aws-cdk-lib's
        # one addEventPattern call is what the analytics metadata records
        analytics_call(rule, "addEventPattern", [{"source": ["aws.s3"], "detailType": ["AWS API Call via CloudTrail"],
                                                  "detail": {"resources": {"ARN": arns}}}])
        with analytics_quiet():
            rule.add_event_pattern(source=["aws.s3"])
            rule.add_event_pattern(detail_type=["AWS API Call via CloudTrail"])
            rule.add_event_pattern(detail={"resources": {"ARN": arns}})
        return rule

    def on_cloud_trail_put_object(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """Like ``on_cloud_trail_event``, for ``PutObject`` calls only (not multipart uploads or copies)."""
        rule = self.on_cloud_trail_event(
            id,
            paths=paths,
            target=target,
            cross_stack_scope=cross_stack_scope,
            description=description,
            event_pattern=event_pattern,
            rule_name=rule_name,
        )
        rule.add_event_pattern(detail={"eventName": ["PutObject"]})
        return rule

    def on_cloud_trail_write_object(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """Like ``on_cloud_trail_event``, for every call that writes an object (put, copy, multipart upload).

        ``paths`` here match the request's key parameter, as aws-cdk-lib does.
        """
        rule = self.on_cloud_trail_event(
            id,
            paths=paths,
            target=target,
            cross_stack_scope=cross_stack_scope,
            description=description,
            event_pattern=event_pattern,
            rule_name=rule_name,
        )
        request: dict[str, Any] = {"bucketName": [self.bucket_name]}
        if paths is not None:
            request["key"] = list(paths)
        rule.add_event_pattern(
            detail={"eventName": ["CompleteMultipartUpload", "CopyObject", "PutObject"], "requestParameters": request}
        )
        return rule


class _PolicyValidation:
    """Checks the bucket policy's statements when the app is synthesized."""

    __slots__ = ("_bucket",)

    def __init__(self, bucket: BucketBase) -> None:
        self._bucket = bucket

    def validate(self) -> list[str]:
        policy = self._bucket.policy
        return list(policy.document.validate_for_resource_policy()) if policy is not None else []
