"""Where a property override of an L1 lands in the rendered Properties (orders recorded from aws-cdk-lib 2.275.0).

aws-cdk-lib's L1s render every property key, unset ones as ``undefined``, so an override of an unset property takes
that key's schema position; an unknown key goes last. A resource that renders no property (and a raw
``CfnResource``) keeps the overrides in the order given.
"""

from __future__ import annotations

from constructs import App, CfnResource, Stack
from l2 import sqs


def _property_order() -> dict[str, list[str]]:
    app = App()
    stack = Stack(app, "S")
    q = sqs.CfnQueue(stack, "Q", visibility_timeout=5, queue_name="q")
    q.add_property_override("DelaySeconds", 3)
    q.add_property_override("Zzz", 1)
    q.add_property_override("MessageRetentionPeriod", 60)
    r = CfnResource(stack, "R", type="AWS::SQS::Queue")
    r.add_property_override("VisibilityTimeout", 5)
    r.add_property_override("DelaySeconds", 3)
    e = sqs.CfnQueue(stack, "E")
    e.add_property_override("VisibilityTimeout", 5)
    e.add_property_override("DelaySeconds", 3)
    template = app.synth().get_stack_by_name("S").template
    return {k: list(v.get("Properties", {})) for k, v in template["Resources"].items()}


def test_overrides_of_unset_l1_properties_take_their_schema_position() -> None:
    assert _property_order() == {
        "Q": ["DelaySeconds", "MessageRetentionPeriod", "QueueName", "VisibilityTimeout", "Zzz"],
        "R": ["VisibilityTimeout", "DelaySeconds"],
        "E": ["VisibilityTimeout", "DelaySeconds"],
    }
