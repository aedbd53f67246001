"""tree.json's L1 props: ``tree_props`` finds a struct property's class once per plan and returns early for a
resource with no property; both must give what the general path (``_value`` on the resolved value) gives."""

import constructs as cdk
from constructs._private.l1runtime.tree import _resource_table, _value, tree_props
from l1 import autoscaling, lambda_, s3


def _general(resource, cfn_properties: dict) -> dict:
    """Each property through ``_value`` (no plan), keyed by its camelCase name."""
    table = _resource_table(type(resource))
    return {table[k][0]: _value(type(resource), table[k][1], v) for k, v in cfn_properties.items()}


def test_struct_properties_match_the_general_path() -> None:
    stack = cdk.Stack(cdk.App(), "S")
    cases = [
        (s3.CfnBucket(stack, "B", versioning_configuration={"status": "Enabled"}),
         {"VersioningConfiguration": {"Status": "Enabled"}}),
        (s3.CfnBucket(stack, "C", lifecycle_configuration={"rules": [{"status": "Enabled", "expiration_in_days": 3}]}),
         {"LifecycleConfiguration": {"Rules": [{"Status": "Enabled", "ExpirationInDays": 3}]}}),
        (lambda_.CfnFunction(stack, "F", code={"zip_file": "x"}, role="r"),
         {"Code": {"ZipFile": "x"}, "Role": "r"}),
        (autoscaling.CfnAutoScalingGroup(stack, "G", max_size="1", min_size="0",
                                         launch_template={"version": "1", "launch_template_id": "lt"}),
         {"LaunchTemplate": {"LaunchTemplateId": "lt", "Version": "1"}, "MaxSize": "1", "MinSize": "0"}),
        (s3.CfnBucket(stack, "D", versioning_configuration={"status": "Enabled"}),
         {"VersioningConfiguration": {"Fn::If": ["c", {"Status": "Enabled"}, {"Ref": "AWS::NoValue"}]}}),
    ]
    for resource, props in cases:
        shown = tree_props(resource, props)
        assert shown == _general(resource, props)
        assert list(shown) == sorted(shown)
    # as aws-cdk-lib's tree.json shows it: camelCase struct keys
    assert tree_props(cases[0][0], cases[0][1]) == {"versioningConfiguration": {"status": "Enabled"}}


def test_no_property_shows_an_empty_object() -> None:
    stack = cdk.Stack(cdk.App(), "S")
    bucket = s3.CfnBucket(stack, "B")
    bucket.tags.set_tag("k", "v")
    assert tree_props(bucket, None) == {}
    assert tree_props(bucket, {}) == {}
    assert _general(bucket, {}) == {}
