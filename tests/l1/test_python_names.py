"""Python names of the generated L1 API: keyword arguments, attributes, modules and classes (§17 of cdk-facts)."""

from __future__ import annotations

import pytest

from l1._codegen import naming

# The CloudFormation names (9 top-level properties, TargetGroupARNs on two types) whose aws-cdk-lib keyword keeps a plural or unit acronym whole.
ACRONYM_EXCEPTIONS = [
    ("ProviderARNs", "provider_arns"),
    ("TargetGroupARNs", "target_group_arns"),
    ("NotificationARNs", "notification_arns"),
    ("OpenIdConnectProviderARNs", "open_id_connect_provider_arns"),
    ("SamlProviderARNs", "saml_provider_arns"),
    ("AssociatedLicenseAssetRulesetARNs", "associated_license_asset_ruleset_arns"),
    ("MaxRecordSizeInKiB", "max_record_size_in_kib"),
    ("VPCs", "vpcs"),
]

ORDINARY = [
    ("BucketName", "bucket_name"),
    ("SSESpecification", "sse_specification"),
    ("DBInstanceIdentifier", "db_instance_identifier"),
    ("KMSMasterKeyID", "kms_master_key_id"),
    ("CidrIpv6", "cidr_ipv6"),
    ("Ipv6CidrBlock", "ipv6_cidr_block"),
    ("S3Bucket", "s3_bucket"),
    ("EC2SubnetId", "ec2_subnet_id"),
    ("MemorySize", "memory_size"),
    ("HTTPSettings", "http_settings"),
    ("CallbackURLs", "callback_ur_ls"),
    ("SizeInMBs", "size_in_m_bs"),
    ("Id", "id"),
    ("SSEAlgorithm", "sse_algorithm"),
]


@pytest.mark.parametrize(("cfn_name", "expected"), ACRONYM_EXCEPTIONS)
def test_plural_and_unit_acronyms_stay_whole(cfn_name: str, expected: str) -> None:
    assert naming.kwarg_name(cfn_name) == expected


@pytest.mark.parametrize(("cfn_name", "expected"), ORDINARY)
def test_camel_case_splits_into_lower_case_words(cfn_name: str, expected: str) -> None:
    assert naming.kwarg_name(cfn_name) == expected


@pytest.mark.parametrize(("cfn_name", "expected"), [("Lambda", "lambda_"), ("Global", "global_"), ("Type", "type")])
def test_python_keywords_get_a_trailing_underscore(cfn_name: str, expected: str) -> None:
    assert naming.kwarg_name(cfn_name) == expected


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [("Arn", "attr_arn"), ("Endpoint.Address", "attr_endpoint_address"), ("DomainARN", "attr_domain_arn")],
)
def test_attribute_names(attribute: str, expected: str) -> None:
    assert naming.attribute_name(attribute) == expected


@pytest.mark.parametrize(
    ("type_name", "module", "class_name"),
    [
        ("AWS::S3::Bucket", "s3", "CfnBucket"),
        ("AWS::Lambda::Function", "lambda_", "CfnFunction"),
        ("AWS::ElasticLoadBalancingV2::LoadBalancer", "elasticloadbalancingv2", "CfnLoadBalancer"),
        ("AWS::Serverless::Function", "sam", "CfnFunction"),
        ("Alexa::ASK::Skill", "alexa_ask", "CfnSkill"),
        ("AWS::EC2::EC2Fleet", "ec2", "CfnEC2Fleet"),
    ],
)
def test_module_and_class_names(type_name: str, module: str, class_name: str) -> None:
    assert naming.module_name(type_name) == module
    assert naming.class_name(type_name) == class_name


def test_property_class_names_keep_the_definition_casing() -> None:
    assert naming.property_class_name("SSESpecification") == "SSESpecificationProperty"
    assert naming.property_class_name("tagFilter") == "TagFilterProperty"
