"""BucketDeployment's validation and helpers (messages and values as aws-cdk-lib 2.275 gives them)."""

from __future__ import annotations

import pytest

import constructs as cdk
from assertions import Template
from l2 import iam, s3
from l2 import s3_deployment as s3d


def _stack() -> tuple[cdk.App, cdk.Stack, s3.Bucket]:
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    return app, stack, s3.Bucket(stack, "B")


def test_distribution_paths_need_a_distribution() -> None:
    _, stack, bucket = _stack()
    with pytest.raises(cdk.ValidationError, match="Distribution must be specified if distribution paths are specified"):
        s3d.BucketDeployment(stack, "D", sources=[], destination_bucket=bucket, distribution_paths=["/a"])


def test_use_efs_needs_a_vpc() -> None:
    _, stack, bucket = _stack()
    with pytest.raises(cdk.ValidationError, match="Vpc must be specified if useEfs is set"):
        s3d.BucketDeployment(stack, "D", sources=[], destination_bucket=bucket, use_efs=True)


def test_sources_with_markers_need_extraction() -> None:
    app, stack, bucket = _stack()
    s3d.BucketDeployment(stack, "D", sources=[s3d.Source.data("a", "x")], destination_bucket=bucket, extract=False)
    with pytest.raises(Exception, match="Some sources are incompatible with extract=false"):
        app.synth()


def test_object_version_ids_need_extract_false_and_object_keys() -> None:
    _, stack, bucket = _stack()
    extracted = s3d.BucketDeployment(stack, "D", sources=[], destination_bucket=bucket)
    with pytest.raises(cdk.ValidationError, match="'objectVersionIds' is only supported when 'extract' is set to false"):
        extracted.object_version_ids  # noqa: B018
    no_keys = s3d.BucketDeployment(stack, "E", sources=[], destination_bucket=bucket, extract=False,
                                   output_object_keys=False)
    with pytest.raises(cdk.ValidationError, match="requires 'outputObjectKeys' to be enabled"):
        no_keys.object_version_ids  # noqa: B018


def test_long_prefix_is_refused() -> None:
    _, stack, bucket = _stack()
    with pytest.raises(cdk.ValidationError, match='requires that the "destinationKeyPrefix" be <=104 characters'):
        s3d.BucketDeployment(stack, "D", sources=[], destination_bucket=bucket, destination_key_prefix="p" * 120)


def test_data_object_key_must_stay_inside_the_root() -> None:
    _, stack, bucket = _stack()
    with pytest.raises(cdk.ValidationError, match=r'object key "\.\./x" points outside the deployment root'):
        s3d.BucketDeployment(stack, "D", sources=[s3d.Source.data("../x", "x")], destination_bucket=bucket)


def test_cache_control_values() -> None:
    assert [c.value for c in (
        s3d.CacheControl.max_age(cdk.Duration.minutes(1)), s3d.CacheControl.s_max_age(cdk.Duration.hours(1)),
        s3d.CacheControl.stale_while_revalidate(cdk.Duration.seconds(5)),
        s3d.CacheControl.stale_if_error(cdk.Duration.days(1)))] == [
        "max-age=60", "s-maxage=3600", "stale-while-revalidate=5", "stale-if-error=86400"]


def test_system_metadata_and_access_control_render_as_the_cli_options() -> None:
    _, stack, bucket = _stack()
    s3d.BucketDeployment(
        stack, "D", sources=[], destination_bucket=bucket, access_control=s3.BucketAccessControl.PUBLIC_READ,
        server_side_encryption=s3d.ServerSideEncryption.AWS_KMS, server_side_encryption_aws_kms_key_id="k",
        storage_class=s3d.StorageClass.INTELLIGENT_TIERING, website_redirect_location="/x",
        expires=cdk.Expiration.at_timestamp(1924992000000), content_language="en", content_encoding="gzip",
        server_side_encryption_customer_algorithm="AES256")
    template = Template.from_stack(stack)
    template.has_resource_properties("Custom::CDKBucketDeployment", {"SystemMetadata": {
        "expires": "Wed, 01 Jan 2031 00:00:00 GMT", "content-encoding": "gzip", "content-language": "en",
        "sse": "aws:kms", "storage-class": "INTELLIGENT_TIERING", "website-redirect": "/x", "sse-kms-key-id": "k",
        "sse-c-copy-source": "AES256", "acl": "public-read"}})
    # grant_put_acl for access_control (the oracle renders the same SystemMetadata and policy actions)
    template.has_resource_properties("AWS::IAM::Policy", {"PolicyDocument": {"Statement": [
        {}, {"Action": ["s3:PutObjectAcl", "s3:PutObjectVersionAcl"]}]}})


def test_add_source_skips_a_duplicate_bucket_source() -> None:
    _, stack, bucket = _stack()
    src = s3.Bucket(stack, "Src")
    deployment = s3d.BucketDeployment(stack, "D", sources=[s3d.Source.bucket(src, "a.zip")], destination_bucket=bucket)
    deployment.add_source(s3d.Source.bucket(src, "a.zip"))
    deployment.add_source(s3d.Source.bucket(src, "b.zip"))
    Template.from_stack(stack).has_resource_properties("Custom::CDKBucketDeployment",
                                                       {"SourceObjectKeys": ["a.zip", "b.zip"]})


def test_handler_role_is_the_given_role() -> None:
    _, stack, bucket = _stack()
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    deployment = s3d.BucketDeployment(stack, "D", sources=[], destination_bucket=bucket, role=role)
    assert deployment.handler_role is role


class _Distribution:
    distribution_id = "E2EXAMPLE"


def test_distribution_is_invalidated_by_the_handler_role() -> None:
    _, stack, bucket = _stack()
    s3d.BucketDeployment(stack, "D", sources=[], destination_bucket=bucket, distribution=_Distribution(),
                         distribution_paths=["/images/*.png"])
    template = Template.from_stack(stack)
    template.has_resource_properties("Custom::CDKBucketDeployment", {
        "DistributionId": "E2EXAMPLE", "DistributionPaths": ["/images/*.png"]})
    template.has_resource_properties("AWS::IAM::Policy", {"PolicyDocument": {"Statement": [
        {}, {"Action": ["cloudfront:GetInvalidation", "cloudfront:CreateInvalidation"], "Effect": "Allow",
             "Resource": "*"}]}})


def test_distribution_paths_must_start_with_a_slash() -> None:
    _, stack, bucket = _stack()
    with pytest.raises(cdk.ValidationError, match='Distribution paths must start with "/"'):
        s3d.BucketDeployment(stack, "D", sources=[], destination_bucket=bucket, distribution=_Distribution(),
                             distribution_paths=["images/*.png"])
