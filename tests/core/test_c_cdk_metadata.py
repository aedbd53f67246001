"""The ``AWS::CDK::Metadata`` resource (analytics reporting), against aws-cdk-lib 2.275.0's templates for the same
app (``fixtures_c_metadata/``, written by the oracle: a region-agnostic stack, a stack in a region with the
resource type, one in a region without it, one with reporting off). Everything is compared byte for byte but the
``Analytics`` value, whose gzip stream comes from a different zlib (Node's): for it, the construct list it holds
(the gzip's plaintext) is compared."""

from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from constructs import App, CfnResource, Environment, Stack
from constructs.internals import json_writer
from l2 import sqs

FIXTURES = Path(__file__).resolve().parent / "fixtures_c_metadata"


def _app() -> dict[str, dict[str, Any]]:
    app = App(analytics_reporting=True)
    agnostic = Stack(app, "Agnostic")
    sqs.Queue(agnostic, "Q")
    regional = Stack(app, "Regional", env=Environment(region="eu-west-1"))
    sqs.Queue(regional, "Q")
    CfnResource(regional, "Raw", type="AWS::CloudFormation::WaitConditionHandle")
    no_meta = Stack(app, "NoMeta", env=Environment(region="ap-east-2"))
    sqs.Queue(no_meta, "Q")
    off = Stack(app, "Off", analytics_reporting=False)
    sqs.Queue(off, "Q")
    assembly = app.synth()
    return {name: assembly.get_stack_by_name(name).template for name in ("Agnostic", "Regional", "NoMeta", "Off")}


def _plaintext(analytics: str) -> str:
    prefix, kind, data = analytics.split(":", 2)
    assert (prefix, kind) == ("v2", "deflate64")
    raw = base64.b64decode(data)
    assert raw[:4] == b"\x1f\x8b\x08\x00" and raw[9] == 255  # gzip, no mtime, operating system unknown
    return gzip.decompress(raw).decode("utf-8")


@pytest.fixture(scope="module")
def templates() -> dict[str, dict[str, Any]]:
    return _app()


@pytest.mark.parametrize("name", ["Agnostic", "Regional", "NoMeta", "Off"])
def test_the_template_is_aws_cdk_libs_but_for_the_analytics_bytes(templates: dict[str, Any], name: str) -> None:
    want = json.loads((FIXTURES / f"{name}.json").read_text())
    got = json.loads(json.dumps(templates[name]))
    want_analytics = want["Resources"].get("CDKMetadata", {}).get("Properties", {}).pop("Analytics", None)
    got_analytics = got["Resources"].get("CDKMetadata", {}).get("Properties", {}).pop("Analytics", None)
    assert json_writer.template_json(got) == json_writer.template_json(want)
    if want_analytics is None:
        assert got_analytics is None
    else:
        assert _plaintext(got_analytics) == _plaintext(want_analytics)


def test_the_context_switches_reporting_on_and_nested_stacks_never_report() -> None:
    from constructs import NestedStack

    app = App(context={"aws:cdk:version-reporting": True})
    stack = Stack(app, "S", env=Environment(region="us-east-1"))
    nested = NestedStack(stack, "N")
    CfnResource(nested, "R", type="AWS::CloudFormation::WaitConditionHandle")
    assembly = app.synth()
    template = assembly.get_stack_by_name("S").template
    assert template["Resources"]["CDKMetadata"]["Type"] == "AWS::CDK::Metadata"
    assert "CDKMetadata" not in json.dumps(assembly.get_stack_by_name("S").nested_templates)


def _shape(x: Any) -> Any:
    key = next(iter(x))
    return x[key][1] if key == "Fn::Equals" else {key: [_shape(i) for i in x[key]]}


def test_and_and_or_nest_in_groups_of_ten_as_aws_cdk_lib() -> None:
    from constructs import Aws, CfnCondition, Fn

    stack = Stack(App(), "S")
    c = [Fn.condition_equals(Aws.REGION, f"r{i}") for i in range(11)]
    or11 = CfnCondition(stack, "Or11", expression=Fn.condition_or(*c))
    and21 = CfnCondition(stack, "And21", expression=Fn.condition_and(*(c + c[:10])))
    ten = [f"r{i}" for i in range(10)]
    # aws-cdk-lib 2.275.0's templates for the same conditions
    assert _shape(stack.resolve(or11.expression)) == {"Fn::Or": [{"Fn::Or": ten}, "r10"]}
    assert _shape(stack.resolve(and21.expression)) == {
        "Fn::And": [{"Fn::And": ten}, {"Fn::And": ["r10", *ten[:9]]}, "r9"]}


def test_the_construct_list_of_a_multi_service_app_is_aws_cdk_libs() -> None:
    from l2 import lambda_, s3

    app = App(analytics_reporting=True)
    stack = Stack(app, "S", env=Environment(region="us-east-1"))
    bucket = s3.Bucket(stack, "B")
    queue = sqs.Queue(stack, "Q")
    fn = lambda_.Function(stack, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                          code=lambda_.Code.from_inline("x"))
    bucket.grant_read(fn)
    queue.grant_send_messages(fn)
    analytics = app.synth().get_stack_by_name("S").template["Resources"]["CDKMetadata"]["Properties"]["Analytics"]
    # read from aws-cdk-lib 2.275.0's template for the same app (run on CPython 3.11.7, as this venv)
    runtime = f"Python/{__import__('platform').python_version()}!jsii-runtime.Runtime"
    assert _plaintext(analytics) == ("2.275.0!aws-cdk-lib.{Stack,aws_{s3.{Bucket,CfnBucket},sqs.{Queue,CfnQueue},"
                                     "lambda.{Function,CfnFunction},iam.{Role,CfnRole,Policy,CfnPolicy}}},"
                                     + runtime)
