"""Rendering of L1 properties: CloudFormation names, alphabetical order, nested types from classes and dicts."""

from __future__ import annotations

import json

import pytest
from _l1_apps import new_stack, properties, template

from constructs import CfnTag, Lazy, Token
from l1 import dynamodb, iam, lambda_, s3, sqs


def test_nested_property_classes_render_with_cloudformation_names() -> None:
    _, stack = new_stack()
    bucket = s3.CfnBucket(
        stack,
        "Bucket",
        bucket_encryption=s3.CfnBucket.BucketEncryptionProperty(
            server_side_encryption_configuration=[
                s3.CfnBucket.ServerSideEncryptionRuleProperty(
                    server_side_encryption_by_default=s3.CfnBucket.ServerSideEncryptionByDefaultProperty(
                        sse_algorithm="aws:kms", kms_master_key_id="alias/k"
                    ),
                    bucket_key_enabled=True,
                )
            ]
        ),
    )
    assert json.dumps(properties(bucket)) == json.dumps(
        {
            "BucketEncryption": {
                "ServerSideEncryptionConfiguration": [
                    {
                        "BucketKeyEnabled": True,
                        "ServerSideEncryptionByDefault": {"KMSMasterKeyID": "alias/k", "SSEAlgorithm": "aws:kms"},
                    }
                ]
            }
        }
    )


def test_dicts_with_snake_case_or_camel_case_keys_render_like_classes() -> None:
    _, stack = new_stack()
    from_class = dynamodb.CfnTable(
        stack, "A", key_schema=[dynamodb.CfnTable.KeySchemaProperty(attribute_name="pk", key_type="HASH")],
        point_in_time_recovery_specification=dynamodb.CfnTable.PointInTimeRecoverySpecificationProperty(
            point_in_time_recovery_enabled=True
        ),
    )
    from_snake = dynamodb.CfnTable(
        stack, "B", key_schema=[{"attribute_name": "pk", "key_type": "HASH"}],
        point_in_time_recovery_specification={"point_in_time_recovery_enabled": True},
    )
    from_camel = dynamodb.CfnTable(
        stack, "C", key_schema=[{"attributeName": "pk", "keyType": "HASH"}],
        point_in_time_recovery_specification={"pointInTimeRecoveryEnabled": True},
    )
    expected = {
        "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
        "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
    }
    assert properties(from_class) == properties(from_snake) == properties(from_camel) == expected


def test_properties_render_in_alphabetical_order_of_the_cloudformation_name() -> None:
    _, stack = new_stack()
    fn = lambda_.CfnFunction(
        stack, "Fn", timeout=3, tracing_config={"mode": "Active"}, runtime="python3.12", role="arn:aws:iam::123456789012:role/r",
        memory_size=128, handler="index.handler", environment={"variables": {"B": "2", "A": "1"}},
        code={"zip_file": "x"},
    )
    rendered = properties(fn)
    assert list(rendered) == ["Code", "Environment", "Handler", "MemorySize", "Role", "Runtime", "Timeout", "TracingConfig"]
    # Map keys keep the user's order.
    assert list(rendered["Environment"]["Variables"]) == ["B", "A"]


def test_json_properties_are_emitted_verbatim() -> None:
    _, stack = new_stack()
    dlq = sqs.CfnQueue(stack, "Dlq")
    queue = sqs.CfnQueue(stack, "Queue", redrive_policy={"deadLetterTargetArn": dlq.attr_arn, "maxReceiveCount": 3})
    assert properties(queue) == {
        "RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": ["Dlq", "Arn"]}, "maxReceiveCount": 3}
    }


def test_setters_change_what_is_rendered() -> None:
    _, stack = new_stack()
    bucket = s3.CfnBucket(stack, "Bucket", bucket_name="first-name")
    bucket.bucket_name = "second-name"
    bucket.versioning_configuration = s3.CfnBucket.VersioningConfigurationProperty(status="Suspended")
    assert properties(bucket) == {"BucketName": "second-name", "VersioningConfiguration": {"Status": "Suspended"}}


def test_tokens_pass_through_unvalidated() -> None:
    _, stack = new_stack()
    role = iam.CfnRole(stack, "Role", assume_role_policy_document={})
    fn = lambda_.CfnFunction(
        stack, "Fn", code={"zip_file": "x"}, role=role.attr_arn, memory_size=Token.as_number(role.get_att("Size")),
        architectures=Token.as_list(role.get_att("Archs")),
    )
    assert properties(fn) == {
        "Architectures": {"Fn::GetAtt": ["Role", "Archs"]},
        "Code": {"ZipFile": "x"},
        "MemorySize": {"Fn::GetAtt": ["Role", "Size"]},
        "Role": {"Fn::GetAtt": ["Role", "Arn"]},
    }


def test_a_lazy_value_may_produce_property_objects() -> None:
    class Versioning:
        def produce(self, context: object) -> s3.CfnBucket.VersioningConfigurationProperty:
            return s3.CfnBucket.VersioningConfigurationProperty(status="Enabled")

    app, stack = new_stack()
    s3.CfnBucket(stack, "Bucket", versioning_configuration=Lazy.any(Versioning()))
    assert template(app, stack)["Resources"]["Bucket"]["Properties"] == {"VersioningConfiguration": {"Status": "Enabled"}}


def test_property_types_are_frozen_keyword_only_values() -> None:
    rule = s3.CfnBucket.VersioningConfigurationProperty(status="Enabled")
    assert rule == s3.CfnBucket.VersioningConfigurationProperty(status="Enabled")
    assert rule != s3.CfnBucket.VersioningConfigurationProperty(status="Suspended")
    assert hash(rule) == hash(s3.CfnBucket.VersioningConfigurationProperty(status="Enabled"))
    assert repr(rule) == "CfnBucket.VersioningConfigurationProperty(status='Enabled')"
    assert rule._cfn_render() == {"Status": "Enabled"}
    with pytest.raises(AttributeError, match="frozen"):
        rule.status = "Suspended"  # type: ignore[misc]
    with pytest.raises(TypeError):
        s3.CfnBucket.VersioningConfigurationProperty("Enabled")  # type: ignore[misc]


def test_standard_tags_accept_cfn_tag_objects_and_dicts() -> None:
    _, stack = new_stack()
    bucket = s3.CfnBucket(stack, "Bucket", tags=[CfnTag(key="b", value="2"), {"key": "a", "value": "1"}])
    assert properties(bucket) == {"Tags": [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}]}
    assert bucket.tags_raw == [CfnTag(key="b", value="2"), {"key": "a", "value": "1"}]


def test_empty_properties_are_omitted() -> None:
    app, stack = new_stack()
    s3.CfnBucket(stack, "Bucket")
    assert template(app, stack)["Resources"]["Bucket"] == {"Type": "AWS::S3::Bucket"}
