"""Stream: validation errors (messages name the construct path), the shared encryption condition, imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Duration, Stack, ValidationError
from l2 import kinesis


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"stream_mode": kinesis.StreamMode.ON_DEMAND, "shard_count": 2},
         "streamMode must be set to PROVISIONED (default) when specifying shardCount"),
        ({"retention_period": Duration.hours(23)}, "retentionPeriod must be between 24 and 8760 hours. Received 23"),
        ({"retention_period": Duration.hours(8761)},
         "retentionPeriod must be between 24 and 8760 hours. Received 8761"),
        ({"encryption": kinesis.StreamEncryption.MANAGED, "encryption_key": "KEY"},
         "encryptionKey is specified, so 'encryption' must be set to KMS (value: MANAGED)"),
        ({"shard_level_metrics": [kinesis.ShardLevelMetrics.ALL, kinesis.ShardLevelMetrics.INCOMING_BYTES]},
         "`shardLevelMetrics` cannot include `ShardLevelMetrics.ALL` together with individual metrics, use either "
         "`ShardLevelMetrics.ALL` alone or specify individual metrics."),
        ({"shard_level_metrics": [kinesis.ShardLevelMetrics.INCOMING_BYTES] * 2},
         "shardLevelMetrics cannot contain duplicate items."),
    ],
)
def test_fails_on_invalid_props(stack: Stack, props: dict[str, Any], message: str) -> None:
    if props.get("encryption_key") == "KEY":  # a real key: a stand-in object fails the IKey type check first
        from l2 import kms

        props = {**props, "encryption_key": kms.Key(stack, "Key")}
    with pytest.raises(ValidationError) as err:
        kinesis.Stream(stack, "Stream", **props)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Stream"


def test_default_streams_share_one_condition(stack: Stack, synth: Callable) -> None:
    kinesis.Stream(stack, "A")
    kinesis.Stream(stack, "B")
    template = synth(stack)
    assert list(template["Conditions"]) == ["AwsCdkKinesisEncryptedStreamsUnsupportedRegions"]
    encryption = template["Resources"]["ACCC8ACD5"]["Properties"]["StreamEncryption"]
    assert encryption == {
        "Fn::If": [
            "AwsCdkKinesisEncryptedStreamsUnsupportedRegions",
            {"Ref": "AWS::NoValue"},
            {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"},
        ]
    }


def test_explicit_encryption_adds_no_condition(stack: Stack, synth: Callable) -> None:
    kinesis.Stream(stack, "A", encryption=kinesis.StreamEncryption.UNENCRYPTED)
    template = synth(stack)
    assert "Conditions" not in template
    assert template["Resources"]["ACCC8ACD5"]["Properties"] == {"RetentionPeriodHours": 24, "ShardCount": 1}


def test_imported_stream_name_comes_from_the_arn(stack: Stack) -> None:
    imported = kinesis.Stream.from_stream_arn(stack, "I", "arn:aws:kinesis:us-east-1:123456789012:stream/clicks")
    assert imported.stream_name == "clicks"
    assert imported.env.account == "123456789012"


def test_canned_metrics_use_cdk_statistics(stack: Stack) -> None:
    stream = kinesis.Stream(stack, "A", encryption=kinesis.StreamEncryption.UNENCRYPTED)
    age = stream.metric_get_records_iterator_age_milliseconds()
    incoming = stream.metric_incoming_records(statistic="Sum")
    assert (age.metric_name, age.statistic) == ("GetRecords.IteratorAgeMilliseconds", "Maximum")
    assert (incoming.metric_name, incoming.statistic) == ("IncomingRecords", "Sum")
    assert age.namespace == "AWS/Kinesis"
