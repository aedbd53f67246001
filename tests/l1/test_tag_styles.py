"""Tags in each tagging style: constructor tags (priority 50) merged with Tags.of aspects."""

from __future__ import annotations

from _l1_apps import new_stack, template

from constructs import CfnTag, Tags, TagType
from l1 import autoscaling, cognito, glue, route53, s3, sqs, ssm


def test_standard_tags_merge_constructor_and_aspect_tags_sorted_by_key() -> None:
    app, stack = new_stack()
    bucket = s3.CfnBucket(stack, "Bucket", tags=[CfnTag(key="team", value="ctor"), {"key": "Alpha", "value": "1"}])
    Tags.of(stack).add("team", "aspect")
    Tags.of(stack).add("zeta", "z")
    assert bucket.tags.tag_type is TagType.STANDARD
    assert template(app, stack)["Resources"]["Bucket"]["Properties"]["Tags"] == [
        {"Key": "Alpha", "Value": "1"},
        {"Key": "team", "Value": "aspect"},
        {"Key": "zeta", "Value": "z"},
    ]


def test_map_tags_render_as_an_object() -> None:
    app, stack = new_stack()
    ssm.CfnParameter(stack, "Param", type="String", value="v", tags={"Owner": "me"})
    Tags.of(stack).add("Env", "test")
    assert template(app, stack)["Resources"]["Param"]["Properties"] == {
        "Tags": {"Env": "test", "Owner": "me"},
        "Type": "String",
        "Value": "v",
    }


def test_json_typed_tags_are_map_style() -> None:
    app, stack = new_stack()
    job = glue.CfnJob(stack, "Job", command={"name": "glueetl"}, role="r", tags={"a": "1"})
    assert job.tags.tag_type is TagType.MAP
    assert template(app, stack)["Resources"]["Job"]["Properties"]["Tags"] == {"a": "1"}


def test_auto_scaling_group_tags_carry_propagate_at_launch() -> None:
    app, stack = new_stack()
    group = autoscaling.CfnAutoScalingGroup(
        stack, "Group", min_size="1", max_size="2",
        tags=[autoscaling.CfnAutoScalingGroup.TagPropertyProperty(key="owner", value="ops", propagate_at_launch=False)],
    )
    Tags.of(group).add("team", "compute")
    Tags.of(group).add("quiet", "yes", apply_to_launched_instances=False)
    assert group.tags.tag_type is TagType.AUTOSCALING_GROUP
    assert template(app, stack)["Resources"]["Group"]["Properties"]["Tags"] == [
        {"Key": "owner", "PropagateAtLaunch": False, "Value": "ops"},
        {"Key": "quiet", "PropagateAtLaunch": False, "Value": "yes"},
        {"Key": "team", "PropagateAtLaunch": True, "Value": "compute"},
    ]


def test_a_tag_property_with_another_name_keeps_its_name() -> None:
    app, stack = new_stack()
    zone = route53.CfnHostedZone(stack, "Zone", name="example.com", hosted_zone_tags=[{"key": "a", "value": "1"}])
    pool = cognito.CfnUserPool(stack, "Pool", user_pool_tags={"b": "2"})
    assert pool.user_pool_tags_raw == {"b": "2"}
    Tags.of(stack).add("c", "3")
    resources = template(app, stack)["Resources"]
    assert zone.hosted_zone_tags_raw == [{"key": "a", "value": "1"}]
    assert resources["Zone"]["Properties"]["HostedZoneTags"] == [{"Key": "a", "Value": "1"}, {"Key": "c", "Value": "3"}]
    assert resources["Pool"]["Properties"]["UserPoolTags"] == {"b": "2", "c": "3"}


def test_no_tags_means_no_tags_property() -> None:
    app, stack = new_stack()
    sqs.CfnQueue(stack, "Queue")
    assert template(app, stack)["Resources"]["Queue"] == {"Type": "AWS::SQS::Queue"}


def _state(tags: object) -> tuple[object, ...]:
    return (type(tags), tags.tag_type, tags.resource_type_name, tags.tag_property_name,  # type: ignore[attr-defined]
            dict(tags._tags), tags._dynamic, tags.render_tags())  # type: ignore[attr-defined]


def test_a_resource_given_no_tags_makes_the_same_tag_manager_on_first_use() -> None:
    # the lazy path (no TagManager until ``tags`` is read) against the general one (the manager made from arguments)
    from constructs import TagManager

    _, stack = new_stack()
    for cls, kwargs, style in (
        (s3.CfnBucket, {}, TagType.STANDARD),
        (ssm.CfnParameter, {"type": "String", "value": "v"}, TagType.MAP),
        (autoscaling.CfnAutoScalingGroup, {"min_size": "1", "max_size": "2"}, TagType.AUTOSCALING_GROUP),
    ):
        resource = cls(stack, cls.__name__, **kwargs)
        assert "tags" not in vars(resource)
        made = resource.tags
        assert made is resource.tags  # made once, kept on the instance
        expected = TagManager(style, cls.CFN_RESOURCE_TYPE_NAME, None, tag_property_name="tags")
        assert _state(made) == _state(expected)
        assert made.render_tags() is None


def test_a_tag_manager_read_or_not_renders_the_same_template() -> None:
    app, stack = new_stack()
    s3.CfnBucket(stack, "Untouched")
    read = s3.CfnBucket(stack, "Read")
    assert read.tags.has_tags() is False
    tagged = s3.CfnBucket(stack, "Tagged")
    tagged.tags.set_tag("k", "v")
    resources = template(app, stack)["Resources"]
    assert resources["Untouched"] == resources["Read"] == {"Type": "AWS::S3::Bucket"}
    assert resources["Tagged"]["Properties"] == {"Tags": [{"Key": "k", "Value": "v"}]}
