"""@aws-cdk/core:aspectStabilization set to True: aspects are invoked until the tree is stable, so constructs
and aspects that aspects add are visited too."""

import aws_cdk as cdk
import jsii
from aws_cdk import Aspects

from constructs import Construct, IConstruct


@jsii.implements(cdk.IAspect)
class Mark:
    """Append a name to the Marks property of every raw resource (shows who visited what, in order)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.seen: dict[str, list[str]] = {}

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, cdk.CfnResource):
            marks = self.seen.setdefault(node.node.path, [])
            marks.append(self.name)
            node.add_property_override("Marks." + self.name, len(marks))


@jsii.implements(cdk.IAspect)
class AddSibling:
    """Add a topic next to every queue (once), after the queue's parent was walked."""

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, cdk.CfnResource) and node.cfn_resource_type == "AWS::SQS::Queue":
            parent = node.node.scope
            assert parent is not None
            if parent.node.try_find_child("AddedByAspect") is None:
                cdk.CfnResource(parent, "AddedByAspect", type="AWS::SNS::Topic", properties={"From": node.node.id})


@jsii.implements(cdk.IAspect)
class AddAspect:
    """On the stack, add another aspect to it."""

    def __init__(self) -> None:
        self.added = False

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, cdk.Stack) and not self.added:
            self.added = True
            Aspects.of(node).add(Mark("late"))


app = cdk.App(context={"@aws-cdk/core:aspectStabilization": True})
stack = cdk.Stack(app, "AspectStabilization")
group = Construct(stack, "Group")
cdk.CfnResource(group, "Queue", type="AWS::SQS::Queue")
cdk.CfnResource(stack, "Topic", type="AWS::SNS::Topic")
inner = cdk.Stage(app, "Inner")
cdk.CfnResource(cdk.Stack(inner, "InnerStack"), "Queue", type="AWS::SQS::Queue")

Aspects.of(app).add(AddSibling())
Aspects.of(app).add(Mark("app"))
Aspects.of(stack).add(AddAspect())
Aspects.of(group).add(Mark("group"), priority=cdk.AspectPriority.MUTATING)
app.synth()
