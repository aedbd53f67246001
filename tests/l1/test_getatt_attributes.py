"""GetAtt attributes (``attr_*``) and ``ref`` of the generated classes."""

from __future__ import annotations

from _l1_apps import new_stack, template

from constructs import CfnOutput, Fn, Token
from l1 import ec2, route53, s3, sqs


def test_string_attributes_resolve_to_get_att() -> None:
    app, stack = new_stack()
    bucket = s3.CfnBucket(stack, "Bucket")
    CfnOutput(stack, "Arn", value=bucket.attr_arn)
    CfnOutput(stack, "Ref", value=bucket.ref)
    outputs = template(app, stack)["Outputs"]
    assert outputs == {
        "Arn": {"Value": {"Fn::GetAtt": ["Bucket", "Arn"]}},
        "Ref": {"Value": {"Ref": "Bucket"}},
    }


def test_attributes_are_built_once_and_cached() -> None:
    _, stack = new_stack()
    bucket = s3.CfnBucket(stack, "Bucket")
    assert isinstance(bucket.attr_arn, str)
    assert bucket.attr_arn is bucket.attr_arn
    assert "attr_arn" in vars(bucket)
    assert "attr_domain_name" not in vars(bucket)


def test_list_and_number_attributes_use_the_matching_token_type() -> None:
    app, stack = new_stack()
    zone = route53.CfnHostedZone(stack, "Zone", name="example.com")
    vpc = ec2.CfnVPC(stack, "Vpc", cidr_block="10.0.0.0/16")
    assert isinstance(zone.attr_name_servers, list)
    assert Token.is_unresolved(zone.attr_name_servers)
    CfnOutput(stack, "Ns", value=Fn.join(",", zone.attr_name_servers))
    CfnOutput(stack, "Acl", value=vpc.attr_default_network_acl)
    assert template(app, stack)["Outputs"]["Ns"] == {
        "Value": {"Fn::Join": [",", {"Fn::GetAtt": ["Zone", "NameServers"]}]}
    }


def test_legacy_get_att_properties_have_attributes() -> None:
    app, stack = new_stack()
    queue = sqs.CfnQueue(stack, "Queue")
    CfnOutput(stack, "Name", value=queue.attr_queue_name)
    assert template(app, stack)["Outputs"]["Name"] == {"Value": {"Fn::GetAtt": ["Queue", "QueueName"]}}


def test_class_access_returns_the_descriptor_and_type_name_is_exposed() -> None:
    assert s3.CfnBucket.CFN_RESOURCE_TYPE_NAME == "AWS::S3::Bucket"
    assert s3.CfnBucket.attr_arn.attribute == "Arn"
