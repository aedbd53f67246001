"""Bucket: validation errors (with construct paths), URL helpers, grants' guards and notification filters."""

from __future__ import annotations

import pytest

from constructs import RemovalPolicy, Stack, ValidationError
from l2 import iam, kms, s3


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("ab", "Bucket name must be at least 3 and no more than 63 characters"),
        ("My-Bucket", "Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: 0)"),
        ("-bucket", "Bucket name must start with a lowercase character or number (offset: 0)"),
        ("bucket-", "Bucket name must end with a lowercase character or number (offset: 6)"),
        ("my..bucket", "Bucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: 2)"),
        ("192.168.5.4", "Bucket name must not resemble an IP address"),
    ],
)
def test_fails_on_invalid_bucket_names(stack: Stack, name: str, problem: str) -> None:
    with pytest.raises(ValidationError) as err:
        s3.Bucket(stack, "Bucket", bucket_name=name)
    assert err.value.bare_message.startswith(f"Invalid S3 bucket name (value: {name})\n")
    assert problem in err.value.bare_message.splitlines()
    assert err.value.construct_path == "S/Bucket"


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (
            {"encryption": s3.BucketEncryption.S3_MANAGED, "encryption_key": "key"},
            "encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: S3_MANAGED)",
        ),
        (
            {"bucket_key_enabled": True},
            "bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: UNENCRYPTED)",
        ),
        ({"public_read_access": True}, "Cannot use 'publicReadAccess' property on a bucket without allowing"),
        ({"auto_delete_objects": True}, "Cannot use 'autoDeleteObjects' property on a bucket without setting removal"),
        ({"minimum_tls_version": 1.2}, "'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied"),
        ({"website_error_document": "e.html"}, '"websiteIndexDocument" is required if "websiteErrorDocument" is set'),
        (
            {"website_index_document": "i.html", "website_redirect": s3.RedirectTarget(host_name="x.com")},
            "cannot be set if \"websiteRedirect\" is used",
        ),
        (
            {"website_index_document": "i", "website_routing_rules": [s3.RoutingRule(condition=s3.RoutingRuleCondition())]},
            "The condition property cannot be an empty object",
        ),
        ({"lifecycle_rules": [s3.LifecycleRule(prefix="x/")]}, "All rules for `lifecycleRules` must have at least one"),
        (
            {"lifecycle_rules": [s3.LifecycleRule(expired_object_delete_marker=True, tag_filters={"a": "b"})]},
            "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.",
        ),
        (
            {"lifecycle_rules": [s3.LifecycleRule(transitions=[s3.Transition(storage_class=s3.StorageClass.GLACIER)])]},
            "Exactly one of transitionDate or transitionAfter must be specified",
        ),
        (
            {"access_control": s3.BucketAccessControl.PUBLIC_READ, "object_ownership": s3.ObjectOwnership.BUCKET_OWNER_ENFORCED},
            'objectOwnership must be set to "ObjectWriter" when accessControl is "PublicRead"',
        ),
        (
            {"server_access_logs_prefix": "p/", "encryption": s3.BucketEncryption.KMS_MANAGED},
            "Default bucket encryption with KMS managed or DSSE managed key is not supported",
        ),
    ],
)
def test_fails_on_invalid_props(stack: Stack, props: dict, message: str) -> None:
    if props.get("encryption_key") == "key":  # a real key, made in this test's stack
        props = {**props, "encryption_key": kms.Key(stack, "Key")}
    with pytest.raises(ValidationError) as err:
        s3.Bucket(stack, "Bucket", **props)
    assert message in err.value.bare_message
    assert err.value.construct_path == "S/Bucket"


def test_fails_granting_public_access_when_public_policies_are_blocked(stack: Stack) -> None:
    bucket = s3.Bucket(stack, "Bucket", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
    with pytest.raises(ValidationError, match="Cannot grant public access when 'blockPublicPolicy' is enabled"):
        bucket.grant_public_access()


def test_fails_sending_logs_to_a_bucket_with_another_acl(stack: Stack) -> None:
    logs = s3.Bucket(stack, "Logs", access_control=s3.BucketAccessControl.PRIVATE)
    with pytest.raises(ValidationError, match="Cannot enable log delivery to this bucket because the bucket's ACL"):
        s3.Bucket(stack, "Source", server_access_logs_bucket=logs)


def test_auto_delete_validation_catches_a_removal_policy_changed_later(stack: Stack, synth) -> None:
    bucket = s3.Bucket(stack, "Bucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
    bucket.apply_removal_policy(RemovalPolicy.RETAIN)
    with pytest.raises(Exception, match="Cannot use 'AutoDeleteObjects' on a Bucket without setting removal policy"):
        synth(stack)


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ((s3.NotificationKeyFilter(),), "NotificationKeyFilter must specify `prefix` and/or `suffix`"),
        ((s3.NotificationKeyFilter(prefix="a"), s3.NotificationKeyFilter(prefix="b")), "more than one prefix rule"),
        ((s3.NotificationKeyFilter(suffix="a"), s3.NotificationKeyFilter(suffix="b")), "more than one suffix rule"),
    ],
)
def test_fails_on_invalid_notification_filters(stack: Stack, filters: tuple, message: str) -> None:
    from l2 import s3_notifications, sqs

    bucket = s3.Bucket(stack, "Bucket")
    with pytest.raises(ValidationError, match=message):
        bucket.add_object_created_notification(s3_notifications.SqsDestination(sqs.Queue(stack, "Q")), *filters)


def test_url_helpers_join_without_double_slashes(stack: Stack) -> None:
    bucket = s3.Bucket.from_bucket_name(stack, "B", "my-bucket")
    assert bucket.s3_url_for_object("/key") == "s3://my-bucket/key"
    assert bucket.transfer_acceleration_url_for_object("k", dual_stack=True) == (
        "https://my-bucket.s3-accelerate.dualstack.amazonaws.com/k"
    )
    assert bucket.arn_for_objects("*").endswith("/*")


@pytest.mark.parametrize(
    ("region", "website"),
    [("us-east-1", "s3-website-us-east-1.amazonaws.com"), ("eu-central-1", "s3-website.eu-central-1.amazonaws.com")],
)
def test_imported_bucket_website_url_follows_the_region_format(stack: Stack, region: str, website: str) -> None:
    bucket = s3.Bucket.from_bucket_attributes(stack, "B", bucket_name="site", region=region)
    assert bucket.bucket_website_url == f"http://site.{website}"
    assert bucket.bucket_regional_domain_name == f"site.s3.{region}.amazonaws.com"


def test_imported_bucket_names_may_use_legacy_characters(stack: Stack) -> None:
    assert s3.Bucket.from_bucket_name(stack, "B", "Legacy_Bucket").bucket_name == "Legacy_Bucket"
    with pytest.raises(ValidationError, match="Bucket name must only contain uppercase or lowercase characters"):
        s3.Bucket.from_bucket_name(stack, "C", "bad name")


def test_fails_importing_without_name_or_arn(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Bucket name is required"):
        s3.Bucket.from_bucket_attributes(stack, "B")


def test_kms_encryption_exposes_the_created_key(stack: Stack) -> None:
    bucket = s3.Bucket(stack, "Bucket", encryption=s3.BucketEncryption.KMS)
    assert isinstance(bucket.encryption_key, kms.Key)
    assert bucket.encryption_key.node.path == "S/Bucket/Key"


def test_grants_on_imported_buckets_go_to_the_principal(stack: Stack, synth) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    s3.Bucket.from_bucket_name(stack, "B", "ext").grant_delete(role)
    statement = synth(stack)["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"]["Statement"]
    assert statement[0]["Action"] == "s3:DeleteObject*"


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"bucket_name": "abc", "bucket_name_prefix": "abc"}, "'bucketName' and 'bucketNamePrefix' cannot be used together"),
        ({"bucket_name_prefix": "abc"}, "'bucketNamePrefix' requires 'bucketNamespace' to be set to ACCOUNT_REGIONAL"),
        (
            {"bucket_namespace": s3.BucketNamespace.ACCOUNT_REGIONAL},
            "'bucketNamespace' ACCOUNT_REGIONAL requires 'bucketNamePrefix' to be specified",
        ),
        (
            {"bucket_name_prefix": "Bad_", "bucket_namespace": s3.BucketNamespace.ACCOUNT_REGIONAL},
            "Bucket name prefix must only contain lowercase letters, numbers, and hyphens",
        ),
        ({"blocked_encryption_types": []}, "At least one blocked encryption type must be specified"),
        (
            {"blocked_encryption_types": [s3.BlockedEncryptionType.NONE, s3.BlockedEncryptionType.SSE_C]},
            "If NONE is specified as the blocked encryption type, no other encryption types may be specified",
        ),
        ({"replication_rules": "one rule"}, "Replication rules require versioning"),
        ({"replication_role": "r"}, "cannot specify replicationRole when replicationRules is empty"),
    ],
)
def test_fails_on_invalid_naming_encryption_and_replication_props(stack: Stack, props: dict, message: str) -> None:
    if props.get("replication_rules") == "one rule":  # a rule to a real bucket, made in this test's stack
        props = {"replication_rules": [s3.ReplicationRule(destination=s3.Bucket(stack, "Destination"))]}
    if props.get("replication_role") == "r":  # a real role, made in this test's stack
        props = {**props, "replication_role": iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())}
    with pytest.raises(ValidationError) as err:
        s3.Bucket(stack, "Bucket", **props)
    assert message in err.value.bare_message
    assert err.value.construct_path == "S/Bucket"


def test_fails_on_multiple_replication_rules_without_priorities(stack: Stack) -> None:
    dest = s3.Bucket(stack, "Dest")
    rules = [s3.ReplicationRule(destination=dest), s3.ReplicationRule(destination=dest, priority=1)]
    with pytest.raises(ValidationError, match="'priority' must be specified for all replication rules"):
        s3.Bucket(stack, "Bucket", versioned=True, replication_rules=rules)


def test_fails_on_an_invalid_inventory_id(stack: Stack) -> None:
    dest = s3.Bucket(stack, "Dest")
    inventory = s3.Inventory(destination=s3.InventoryDestination(bucket=dest), inventory_id="bad id!")
    with pytest.raises(ValidationError, match="inventoryId should not exceed 64 characters"):
        s3.Bucket(stack, "Bucket", inventories=[inventory])


def test_generated_inventory_ids_drop_special_characters(stack: Stack, synth) -> None:
    dest = s3.Bucket(stack, "Dest")
    s3.Bucket(stack, "My Bucket!", inventories=[s3.Inventory(destination=s3.InventoryDestination(bucket=dest))])
    bucket = next(r for r in synth(stack)["Resources"].values() if "InventoryConfigurations" in r.get("Properties", {}))
    assert bucket["Properties"]["InventoryConfigurations"][0]["Id"] == "MyBucketInventory0"


def test_grant_replication_needs_a_destination(stack: Stack) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("s3.amazonaws.com"))
    with pytest.raises(ValidationError, match="At least one destination bucket must be specified"):
        s3.Bucket(stack, "Bucket").grant_replication_permission(role, destinations=[])


def test_buckets_and_destinations_satisfy_their_interfaces(stack: Stack) -> None:
    from l2 import s3_notifications

    assert isinstance(s3.Bucket(stack, "Bucket"), s3.IBucket)
    assert isinstance(s3.Bucket.from_bucket_name(stack, "B", "abc"), s3.IBucket)
    from l2 import sns

    topic = sns.Topic.from_topic_arn(stack, "T", "arn:aws:sns:us-east-1:123456789012:t")
    assert isinstance(s3_notifications.SnsDestination(topic), s3.IBucketNotificationDestination)


def test_validate_bucket_name_is_usable_without_a_construct() -> None:
    from constructs import UnscopedValidationError

    s3.Bucket.validate_bucket_name("fine-name")
    s3.Bucket.validate_bucket_name("Legacy_Name", allow_legacy_bucket_naming=True)
    with pytest.raises(UnscopedValidationError, match=r"Invalid S3 bucket name \(value: Bad_Name\)"):
        s3.Bucket.validate_bucket_name("Bad_Name")


def test_attributes_are_one_token_each_and_resolve_to_the_resource(stack: Stack) -> None:
    bucket = s3.Bucket(stack, "Bucket")
    assert bucket.bucket_arn is bucket.bucket_arn and bucket.bucket_name is bucket.bucket_name
    assert stack.resolve(bucket.bucket_arn) == {"Fn::GetAtt": ["Bucket83908E77", "Arn"]}
    assert stack.resolve(bucket.bucket_name) == {"Ref": "Bucket83908E77"}
    assert {name: stack.resolve(getattr(bucket, f"bucket_{name}")) for name in (
        "domain_name", "dual_stack_domain_name", "regional_domain_name", "website_url")} == {
        "domain_name": {"Fn::GetAtt": ["Bucket83908E77", "DomainName"]},
        "dual_stack_domain_name": {"Fn::GetAtt": ["Bucket83908E77", "DualStackDomainName"]},
        "regional_domain_name": {"Fn::GetAtt": ["Bucket83908E77", "RegionalDomainName"]},
        "website_url": {"Fn::GetAtt": ["Bucket83908E77", "WebsiteURL"]},
    }


def test_a_bucket_from_a_cfn_bucket_reads_website_and_public_access_from_the_l1(stack: Stack) -> None:
    # aws-cdk-lib 2.275 (checked with the oracle): is_website True, path S/Raw/@FromCfnBucket, the grant refused
    cfn = s3.CfnBucket(
        stack, "Raw",
        website_configuration=s3.CfnBucket.WebsiteConfigurationProperty(index_document="i.html"),
        public_access_block_configuration=s3.CfnBucket.PublicAccessBlockConfigurationProperty(block_public_policy=True),
    )
    bucket = s3.Bucket.from_cfn_bucket(cfn)
    assert bucket.is_website is True
    assert bucket.node.path == "S/Raw/@FromCfnBucket"
    assert s3.Bucket.from_cfn_bucket(cfn) is bucket
    with pytest.raises(ValidationError, match="Cannot grant public access when 'blockPublicPolicy' is enabled"):
        bucket.grant_public_access()
    plain = s3.Bucket.from_cfn_bucket(s3.CfnBucket(stack, "Plain"))
    assert plain.is_website is False
    assert plain.encryption_key is None


def test_cloud_trail_rules_keep_aws_cdk_libs_pattern_key_order(stack: Stack, synth) -> None:
    # aws-cdk-lib writes source, detail-type, then detail (golden bucket_surface_2_275 pins the whole pattern)
    s3.Bucket(stack, "Bucket").on_cloud_trail_put_object("Put", paths=["a/*"])
    resources = synth(stack)["Resources"].values()
    (rule,) = [r["Properties"]["EventPattern"] for r in resources if r["Type"] == "AWS::Events::Rule"]
    assert list(rule) == ["source", "detail-type", "detail"]
    assert rule["detail"]["eventName"] == ["PutObject"]
