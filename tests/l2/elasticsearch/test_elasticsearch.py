"""aws_elasticsearch validation errors: messages as aws-cdk-lib words them, with the construct path."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import Stack, ValidationError
from l2 import elasticsearch as es

V = es.ElasticsearchVersion
T2_SMALL = es.CapacityConfig(data_node_instance_type="t2.small.elasticsearch",
                             master_node_instance_type="t2.small.elasticsearch")
ARN_USER = es.AdvancedSecurityOptions(master_user_arn="arn:aws:iam::111111111111:user/a")

CASES: list[tuple[dict[str, Any], str]] = [
    ({"zone_awareness": es.ZoneAwarenessConfig(availability_zone_count=4)},
     "Invalid zone awareness configuration; availabilityZoneCount must be 2 or 3"),
    ({"capacity": es.CapacityConfig(data_node_instance_type="r5.large.search")},
     'Master, data and UltraWarm node instance types must end with ".elasticsearch".'),
    ({"capacity": es.CapacityConfig(warm_instance_type="r5.large.elasticsearch", warm_nodes=1, master_nodes=1)},
     'UltraWarm node instance type must start with "ultrawarm".'),
    ({"version": V.of("7.5")}, "Unknown Elasticsearch version: 7.5"),
    ({"version": V.of("7")},
     "Invalid Elasticsearch version: 7. Version string needs to start with major and minor version (x.y)."),
    ({"use_unsigned_basic_auth": True, "enforce_https": False}, "You cannot disable HTTPS and use unsigned basic auth"),
    ({"fine_grained_access_control": es.AdvancedSecurityOptions(master_user_arn="arn:aws:iam::1:user/a",
                                                                master_user_name="b")},
     "Invalid fine grained access control settings. Only provide one of master user ARN or master user name. Not "
     "both."),
    ({"version": V.V2_3, "logging": es.LoggingOptions(app_log_enabled=True), "capacity": T2_SMALL},
     "Error logs publishing requires Elasticsearch version 5.1 or later."),
    ({"version": V.V5_6, "node_to_node_encryption": True},
     "Node-to-node encryption requires Elasticsearch version 6.0 or later."),
    ({"version": V.V6_5, "fine_grained_access_control": ARN_USER},
     "Fine-grained access control requires Elasticsearch version 6.7 or later."),
    ({"version": V.V6_7, "capacity": es.CapacityConfig(warm_nodes=1, master_nodes=1)},
     "UltraWarm requires Elasticsearch 6.8 or later."),
    ({"capacity": es.CapacityConfig(data_node_instance_type="i3.large.elasticsearch")},
     "I3 and R6GD instance types do not support EBS storage volumes."),
    ({"capacity": T2_SMALL, "encryption_at_rest": es.EncryptionAtRestOptions(enabled=True)},
     "M3, R3, and T2 instance types do not support encryption of data at rest."),
    ({"capacity": es.CapacityConfig(data_node_instance_type="t2.micro.elasticsearch")},
     "The t2.micro.elasticsearch instance type supports only Elasticsearch 1.5 and 2.3."),
    ({"ebs": es.EbsOptions(enabled=False)},
     "EBS volumes are required when using instance types other than r3, i3 or r6gd."),
    ({"fine_grained_access_control": ARN_USER},
     "Node-to-node encryption is required when fine-grained access control is enabled."),
    ({"logging": es.LoggingOptions(audit_log_enabled=True)},
     "Fine-grained access control is required when audit logs publishing is enabled."),
    ({"capacity": es.CapacityConfig(warm_nodes=2)},
     "Dedicated master node is required when UltraWarm storage is enabled."),
    ({"domain_name": "Bad_Name"},
     "Invalid domainName 'Bad_Name'. Valid characters are a-z (lowercase only), 0-9, and \u2013 (hyphen)."),
    ({"domain_name": "ab"}, "Invalid domainName 'ab'. It must be between 3 and 28 characters"),
]


@pytest.mark.parametrize(("kwargs", "message"), CASES)
def test_domain_validation(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    options: dict[str, Any] = {"version": V.V7_1, **kwargs}
    with pytest.raises(ValidationError) as info:
        es.Domain(stack, "D", **options)
    assert message in str(info.value)
    assert "S/D" in str(info.value)


def test_connections_need_a_vpc(stack: Stack) -> None:
    domain = es.Domain(stack, "D", version=V.V7_1)
    with pytest.raises(ValidationError, match="Connections are only available on VPC enabled domains"):
        _ = domain.connections


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError, match="version"):
        es.Domain(stack, "D", version="7.10")  # type: ignore[arg-type]
