"""Lazy values (uncached variants; the cached ones crash under jsii in 2.275.0), incl. omit_empty."""

import aws_cdk as cdk
import jsii

app = cdk.App()
stack = cdk.Stack(app, "LazyValues")

late: dict[str, object] = {"name": "initial", "items": [], "count": 1}


@jsii.implements(cdk.IStringProducer)
class NameProducer:
    def produce(self, context: object) -> str:
        return str(late["name"])


@jsii.implements(cdk.INumberProducer)
class CountProducer:
    def produce(self, context: object) -> int:
        return int(late["count"])  # type: ignore[call-overload]


@jsii.implements(cdk.IListProducer)
class ItemsProducer:
    def produce(self, context: object) -> list[str]:
        return list(late["items"])  # type: ignore[call-overload]


@jsii.implements(cdk.IListProducer)
class EmptyProducer:
    def produce(self, context: object) -> list[str]:
        return []


@jsii.implements(cdk.IAnyProducer)
class AnyProducer:
    def __init__(self, value: object) -> None:
        self.value = value

    def produce(self, context: object) -> object:
        return self.value


bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "Name": cdk.Lazy.uncached_string(NameProducer()),
        "NameInString": f"prefix-{cdk.Lazy.uncached_string(NameProducer())}",
        "Count": cdk.Lazy.uncached_number(CountProducer()),
        "Items": cdk.Lazy.uncached_list(ItemsProducer()),
        "EmptyKept": cdk.Lazy.uncached_list(EmptyProducer()),
        "EmptyOmitted": cdk.Lazy.uncached_list(EmptyProducer(), omit_empty=True),
        "AnyObject": cdk.Lazy.uncached_any(AnyProducer({"ref": bucket.ref, "n": [1, 2]})),
        "AnyEmptyArrayKept": cdk.Lazy.uncached_any(AnyProducer([])),
        "AnyEmptyArrayOmitted": cdk.Lazy.uncached_any(AnyProducer([]), omit_empty_array=True),
        "AnyNone": cdk.Lazy.uncached_any(AnyProducer(None)),
        "AnyToken": cdk.Lazy.uncached_any(AnyProducer(bucket.get_att("Arn"))),
    },
)
# Values change after the resource was defined: the lazies see the final state.
late["name"] = "final"
late["items"] = ["a", bucket.ref]
late["count"] = 7

app.synth()
