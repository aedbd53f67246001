"""Aspects: mutating resources, priorities, inherited vs local, and an aspect that adds constructs."""

import aws_cdk as cdk
import jsii
from aws_cdk import AspectPriority, Aspects

from constructs import Construct, IConstruct


@jsii.implements(cdk.IAspect)
class SetProperty:
    """Write one property on every raw resource; the last writer wins."""

    def __init__(self, value: str) -> None:
        self.value = value

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, cdk.CfnResource):
            node.add_property_override("WrittenBy", self.value)


@jsii.implements(cdk.IAspect)
class RecordOrder:
    """Append the aspect name to a per-resource list, to show the invocation order."""

    def __init__(self, name: str, log: dict[str, list[str]]) -> None:
        self.name = name
        self.log = log

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, cdk.CfnResource):
            self.log.setdefault(node.node.path, []).append(self.name)
            node.add_property_override("Order", list(self.log[node.node.path]))


@jsii.implements(cdk.IAspect)
class AddSibling:
    """Add a resource next to every queue (once)."""

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, cdk.CfnResource) and node.cfn_resource_type == "AWS::SQS::Queue":
            parent = node.node.scope
            assert parent is not None
            if parent.node.try_find_child("AddedByAspect") is None:
                cdk.CfnResource(parent, "AddedByAspect", type="AWS::SNS::Topic", properties={"From": node.node.id})


app = cdk.App()
stack = cdk.Stack(app, "Aspects")
log: dict[str, list[str]] = {}

c1 = Construct(stack, "C1")
cdk.CfnResource(c1, "Queue", type="AWS::SQS::Queue")
cdk.CfnResource(stack, "C2", type="AWS::SNS::Topic")

Aspects.of(app).add(RecordOrder("appDefault", log))
Aspects.of(stack).add(RecordOrder("stackMutating", log), priority=AspectPriority.MUTATING)
Aspects.of(c1).add(RecordOrder("c1Readonly", log), priority=AspectPriority.READONLY)
Aspects.of(c1).add(RecordOrder("c1Low", log), priority=100)
Aspects.of(stack).add(SetProperty("default-priority"))
Aspects.of(stack).add(SetProperty("readonly-priority"), priority=AspectPriority.READONLY)
Aspects.of(stack).add(SetProperty("mutating-priority"), priority=AspectPriority.MUTATING)
Aspects.of(c1).add(AddSibling())

app.synth()
