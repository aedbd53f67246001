"""``l2.opensearchservice``: validation (aws-cdk-lib's messages, checked against the oracle), connections, types."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import Stack, ValidationError
from l2 import ec2
from l2 import opensearchservice as opensearch


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, zone_awareness=opensearch.ZoneAwarenessConfig(availability_zone_count=4)),
                     'Invalid zone awareness configuration; availabilityZoneCount must be 2 or 3', id='az'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, capacity=opensearch.CapacityConfig(data_node_instance_type='m5.large')),
                     'Master, data and UltraWarm node instance types must end with ".search".', id='suffix'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, capacity=opensearch.CapacityConfig(warm_instance_type='m5.large.search', warm_nodes=1, master_nodes=1)),
                     'UltraWarm node instance type must start with "ultrawarm".', id='warmtype'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, use_unsigned_basic_auth=True, enforce_https=False),
                     'You cannot disable HTTPS and use unsigned basic auth', id='unsigned_https'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, fine_grained_access_control=opensearch.AdvancedSecurityOptions(master_user_arn='arn:aws:iam::1:user/a', master_user_name='b')),
                     'Only provide one of master user ARN or master user name. Not both.', id='both_users'),
        pytest.param(dict(version=opensearch.EngineVersion.elasticsearch('7.5')),
                     'Unknown Elasticsearch version: 7.5', id='old_es'),
        pytest.param(dict(version=opensearch.EngineVersion.ELASTICSEARCH_5_6, node_to_node_encryption=True, capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False)),
                     'Node-to-node encryption requires Elasticsearch version 6.0 or later or OpenSearch version 1.0 or later.', id='es_n2n'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, capacity=opensearch.CapacityConfig(data_node_instance_type='i3.large.search')),
                     'I3, R6GD, I4G, I4I, I8G, IM4GN, R7GD, R8GD and OI2 instance types do not support EBS storage volumes.', id='no_ebs'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, ebs=opensearch.EbsOptions(enabled=False)),
                     'EBS volumes are required when using instance types other than R3, I3, R6GD, I4G, I4I, I8G, IM4GN, R7GD, R8GD or OI2.', id='needs_ebs'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, ebs=opensearch.EbsOptions(iops=100)),
                     'General Purpose EBS volumes can not be used with Iops or Throughput configuration', id='gp2_iops'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, ebs=opensearch.EbsOptions(volume_type=ec2.EbsDeviceVolumeType.IO1, volume_size=10, iops=1000)),
                     '`io1` volumes iops has a maximum ratio of 50 IOPS/GiB.', id='ratio'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, ebs=opensearch.EbsOptions(volume_type=ec2.EbsDeviceVolumeType.GP3, throughput=3000)),
                     'throughput property takes a minimum of 125 and a maximum of 2000.', id='throughput'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, fine_grained_access_control=opensearch.AdvancedSecurityOptions(master_user_arn='arn:aws:iam::1:user/a')),
                     'Node-to-node encryption is required when fine-grained access control is enabled.', id='fgac_n2n'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, logging=opensearch.LoggingOptions(audit_log_enabled=True)),
                     'Fine-grained access control is required when audit logs publishing is enabled.', id='audit'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, cold_storage_enabled=True),
                     'You must enable UltraWarm storage to enable cold storage.', id='cold'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_17, s3_vectors_engine_enabled=True),
                     'S3 Vectors Engine requires OpenSearch version 2.19 or later. Got version 2.17.', id='s3v'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, capacity=opensearch.CapacityConfig(data_node_instance_type='t3.small.search', multi_az_with_standby_enabled=True)),
                     'T3 instance type does not support Multi-AZ with standby feature.', id='t3'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, off_peak_window_start=opensearch.WindowStartTime(hours=24, minutes=0)),
                     'Hours must be a value between 0 and 23, but got 24.', id='hours'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, fine_grained_access_control=opensearch.AdvancedSecurityOptions(saml_authentication_enabled=True)),
                     'SAML authentication requires fine-grained access control to be enabled.', id='saml'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, node_to_node_encryption=True, enforce_https=True, encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True), fine_grained_access_control=opensearch.AdvancedSecurityOptions(master_user_name='a', saml_authentication_options=opensearch.SAMLOptionsProperty(idp_entity_id='short', idp_metadata_content='x'))),
                     'SAML identity provider entity ID must be between 8 and 512 characters long, received 5.', id='saml_id'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, capacity=opensearch.CapacityConfig(node_options=[opensearch.NodeOptions(node_type=opensearch.NodeType.COORDINATOR, node_config=opensearch.NodeConfig(enabled=True, count=0))])),
                     'Coordinator node count must be at least 1.', id='coord'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, domain_name='Bad_Name'),
                     "Invalid domainName 'Bad_Name'. Valid characters are a-z (lowercase only), 0-9, and – (hyphen).", id='name_chars'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, domain_name='ab'),
                     "Invalid domainName 'ab'. It must be between 3 and 28 characters", id='name_len'),
        pytest.param(dict(version=opensearch.EngineVersion.OPENSEARCH_2_19, domain_name='1abc'),
                     "Invalid domainName '1abc'. It must start with a lowercase letter", id='name_start'),
        pytest.param(dict(version=opensearch.EngineVersion.open_search('3')),
                     'Invalid engine version: 3. Version string needs to start with major and minor version (x.y).', id='version_fmt'),
    ],
)
def test_bad_props_raise(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        opensearch.Domain(stack, "Domain", **kwargs)
    assert message in str(info.value)
    assert "S/Domain" in str(info.value)


def test_connections_need_a_vpc(stack: Stack) -> None:
    domain = opensearch.Domain(stack, "Domain", version=opensearch.EngineVersion.OPENSEARCH_2_19)
    with pytest.raises(ValidationError, match="Connections are only available on VPC enabled domains"):
        domain.connections  # noqa: B018


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        opensearch.Domain(stack, "Domain", version="OpenSearch_2.19")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        opensearch.EbsOptions(volume_type="gp3")  # type: ignore[arg-type]


def test_engine_versions() -> None:
    assert opensearch.EngineVersion.OPENSEARCH_3_7.version == "OpenSearch_3.7"
    assert opensearch.EngineVersion.ELASTICSEARCH_7_10.version == "Elasticsearch_7.10"
    assert opensearch.EngineVersion.open_search("3.0").version == "OpenSearch_3.0"


def test_domain_satisfies_idomain(stack: Stack) -> None:
    domain = opensearch.Domain(stack, "Domain", version=opensearch.EngineVersion.OPENSEARCH_2_19)
    imported = opensearch.Domain.from_domain_endpoint(
        stack, "Imported", "https://search-my-domain-abc123.us-east-1.es.amazonaws.com")
    assert isinstance(domain, opensearch.IDomain)
    assert isinstance(imported, opensearch.IDomain)
    assert imported.domain_name == "search-my-domain"  # aws-cdk-lib keeps the "search-" prefix
    assert imported.domain_endpoint == "search-my-domain-abc123.us-east-1.es.amazonaws.com"
