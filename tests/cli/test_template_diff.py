"""The template comparison behind ``pycdk diff``: replacement from create-only properties, security rows."""

from __future__ import annotations

from pycdk.cli._private.replacement import create_only_paths, requires_replacement
from pycdk.cli._private.template_diff import diff_templates, format_value


def template(**resources):
    return {"Resources": resources}


def cluster(**network):
    return {"Type": "AWS::EKS::Cluster", "Properties": {"RoleArn": "r", "KubernetesNetworkConfig": network}}


def test_create_only_paths_come_from_the_registry_schema():
    assert create_only_paths("AWS::S3::Bucket") == (("BucketName",), ("BucketNamePrefix",), ("BucketNamespace",))
    assert ("KubernetesNetworkConfig", "IpFamily") in create_only_paths("AWS::EKS::Cluster")
    assert create_only_paths("Custom::Thing") == (("ServiceToken",),)  # the CustomResource schema
    assert create_only_paths("Acme::Widget::Thing") == ()


def test_a_nested_create_only_property_replaces_only_when_it_changes():
    old = {"IpFamily": "ipv4", "ServiceIpv4Cidr": "10.0.0.0/16"}
    assert requires_replacement("AWS::EKS::Cluster", "KubernetesNetworkConfig", old, {**old, "IpFamily": "ipv6"})
    (change,) = diff_templates(template(C=cluster(**old)), template(C=cluster(**old, ElasticLoadBalancing={}))).resources
    assert not change.replaces


def test_a_type_change_replaces_and_a_metadata_change_is_no_difference():
    old = template(R={"Type": "AWS::SQS::Queue", "Metadata": {"aws:cdk:path": "S/R"}})
    moved = template(R={"Type": "AWS::SQS::Queue", "Metadata": {"aws:cdk:path": "S/Other/R"}})
    assert diff_templates(old, moved).is_empty
    (change,) = diff_templates(old, template(R={"Type": "AWS::SNS::Topic"})).resources
    assert (change.kind, change.replaces) == ("~", True)


def test_cdk_metadata_resources_are_ignored():
    assert diff_templates({}, template(CDKMetadata={"Type": "AWS::CDK::Metadata"})).is_empty


def test_stand_alone_ingress_rules_and_lambda_permissions_are_security_changes():
    new = template(
        In={"Type": "AWS::EC2::SecurityGroupIngress",
            "Properties": {"GroupId": {"Fn::GetAtt": ["Sg", "GroupId"]}, "IpProtocol": "-1", "CidrIp": "10.0.0.0/8"}},
        Perm={"Type": "AWS::Lambda::Permission",
              "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Ref": "Fn"}, "Principal": "s3.amazonaws.com"}},
    )
    diff = diff_templates({}, new)
    assert [(c.kind, c.resource, c.fields) for c in diff.security_groups] == [
        ("+", "In", {"Direction": "Ingress", "Group": "${Sg.GroupId}", "Protocol": "all", "Ports": "all",
                     "Peer": "10.0.0.0/8"})
    ]
    assert diff.iam[0].fields["Principal"] == "s3.amazonaws.com"
    assert diff.iam[0].fields["Resource"] == "${Fn}"


def test_a_removed_statement_is_reported_as_removed():
    def role(*actions):
        return template(R={"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument": {"Statement": [
            {"Effect": "Allow", "Action": a, "Resource": "*"} for a in actions]}}})

    diff = diff_templates(role("s3:GetObject", "s3:PutObject"), role("s3:GetObject"))
    assert [(c.kind, c.fields["Action"]) for c in diff.iam] == [("-", "s3:PutObject")]


def test_values_render_compactly():
    assert format_value({"Ref": "X"}) == "${X}"
    assert format_value({"Fn::GetAtt": ["X", "Arn"]}) == "${X.Arn}"
    assert format_value({"Fn::Sub": "a-${AWS::Region}"}) == "a-${AWS::Region}"
    assert format_value(["a", {"Ref": "B"}]) == "a, ${B}"
    assert format_value({"Fn::Join": ["", ["a", "b"]]}) == '{"Fn::Join":["",["a","b"]]}'
