"""Stack (cdk-facts §1 end, §4, §10): environments, names, artifact ids, ARNs, AZs and template options."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _core_support import template_of

from constructs import (
    App,
    ArnFormat,
    Aws,
    CfnResource,
    Construct,
    Environment,
    NestedStack,
    Stack,
    Stage,
    Token,
)

ENV = Environment(account="123456789012", region="eu-west-1")


def _manifest(outdir: Path) -> dict[str, Any]:
    return json.loads((outdir / "manifest.json").read_text())


# -- environment ------------------------------------------------------------------------------------------


def test_env_agnostic_stack_uses_pseudo_parameters(app: App, outdir: Path) -> None:
    s = Stack(app, "S")
    CfnResource(s, "R", type="AWS::SNS::Topic")
    assert s.resolve(s.account) == {"Ref": "AWS::AccountId"}
    assert s.resolve(s.region) == {"Ref": "AWS::Region"}
    assert Token.is_unresolved(s.account)
    app.synth()
    assert _manifest(outdir)["artifacts"]["S"]["environment"] == "aws://unknown-account/unknown-region"


def test_explicit_env_gives_literals(app: App, outdir: Path) -> None:
    s = Stack(app, "S", env=ENV)
    CfnResource(s, "R", type="AWS::SNS::Topic")
    assert (s.account, s.region) == ("123456789012", "eu-west-1")
    app.synth()
    assert _manifest(outdir)["artifacts"]["S"]["environment"] == "aws://123456789012/eu-west-1"


def test_env_may_be_a_dict_and_partially_known(app: App, outdir: Path) -> None:
    s = Stack(app, "S", env={"region": "us-east-2"})
    CfnResource(s, "R", type="AWS::SNS::Topic")
    assert s.region == "us-east-2"
    assert s.resolve(s.account) == {"Ref": "AWS::AccountId"}
    app.synth()
    assert _manifest(outdir)["artifacts"]["S"]["environment"] == "aws://unknown-account/us-east-2"


def test_stage_env_is_inherited(app: App) -> None:
    prod = Stage(app, "Prod", env=ENV)
    s = Stack(prod, "S")
    assert (s.account, s.region) == ("123456789012", "eu-west-1")


def test_pseudo_parameter_properties(app: App) -> None:
    s = Stack(app, "S", env=ENV)
    assert s.resolve(s.partition) == {"Ref": "AWS::Partition"}
    assert s.resolve(s.url_suffix) == {"Ref": "AWS::URLSuffix"}
    assert s.resolve(s.stack_id) == {"Ref": "AWS::StackId"}
    assert s.resolve(s.notification_arns) == {"Ref": "AWS::NotificationARNs"}
    assert s.stack_name == "S"
    assert s.resolve(Aws.STACK_NAME) == {"Ref": "AWS::StackName"}


# -- availability zones -----------------------------------------------------------------------------------


def test_availability_zones_of_an_env_agnostic_stack(stack: Stack) -> None:
    azs = stack.availability_zones
    assert len(azs) == 2
    assert [stack.resolve(az) for az in azs] == [
        {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
        {"Fn::Select": [1, {"Fn::GetAZs": ""}]},
    ]


def test_availability_zones_with_env_report_missing_context(app: App, outdir: Path) -> None:
    s = Stack(app, "S", env=ENV)
    CfnResource(s, "R", type="AWS::SNS::Topic")
    assert s.availability_zones == ["dummy1a", "dummy1b", "dummy1c"]
    app.synth()
    missing = _manifest(outdir)["missing"]
    assert [(m["key"], m["provider"]) for m in missing] == [
        ("availability-zones:account=123456789012:region=eu-west-1", "availability-zones")
    ]
    assert missing[0]["props"]["account"] == "123456789012"
    assert missing[0]["props"]["region"] == "eu-west-1"


def test_availability_zones_from_context() -> None:
    key = "availability-zones:account=123456789012:region=eu-west-1"
    app = App(context={key: ["eu-west-1a", "eu-west-1b"]})
    assert Stack(app, "S", env=ENV).availability_zones == ["eu-west-1a", "eu-west-1b"]


# -- names and artifact ids ---------------------------------------------------------------------------------


def test_top_level_stack_name_and_artifact_id(app: App, outdir: Path) -> None:
    s = Stack(app, "X")
    CfnResource(s, "R", type="AWS::SNS::Topic")
    assert (s.stack_name, s.artifact_id, s.template_file) == ("X", "X", "X.template.json")
    app.synth()
    artifact = _manifest(outdir)["artifacts"]["X"]
    assert artifact["displayName"] == "X"
    assert "stackName" not in artifact["properties"]


def test_stack_under_a_plain_construct(app: App) -> None:
    s = Stack(Construct(app, "Group"), "Nested")
    assert s.stack_name == "GroupNestedC36662CA"
    assert s.artifact_id == "GroupNestedC36662CA"


def test_stack_in_a_stage(app: App, outdir: Path) -> None:
    s = Stack(Stage(app, "Prod"), "InStage")
    CfnResource(s, "R", type="AWS::SNS::Topic")
    assert s.stack_name == "Prod-InStage"
    assert s.artifact_id == "ProdInStageEA49A14E"
    app.synth()
    artifact = _manifest(outdir / "assembly-Prod")["artifacts"]["ProdInStageEA49A14E"]
    assert artifact["displayName"] == "Prod/InStage"
    assert artifact["properties"]["stackName"] == "Prod-InStage"


def test_stack_in_nested_stages_is_prefixed_by_every_stage(app: App) -> None:
    s = Stack(Stage(Stage(app, "Outer"), "Inner"), "S")
    assert s.stack_name == "Outer-Inner-S"


def test_explicit_stack_name_goes_to_the_manifest(app: App, outdir: Path) -> None:
    s = Stack(app, "S", stack_name="my-deployed-name")
    CfnResource(s, "R", type="AWS::SNS::Topic")
    assert s.stack_name == "my-deployed-name"
    assembly = app.synth()
    assert _manifest(outdir)["artifacts"]["S"]["properties"]["stackName"] == "my-deployed-name"
    assert assembly.get_stack_by_name("my-deployed-name").artifact_id == "S"


def test_stack_name_of_128_characters_is_accepted(app: App) -> None:
    assert Stack(app, "S", stack_name="a" * 128).stack_name == "a" * 128


def test_fails_stack_name_over_128_characters(app: App) -> None:
    name = "a" * 129
    with pytest.raises(RuntimeError, match=f"Stack name must be <= 128 characters. Stack name: '{name}'"):
        Stack(app, "S", stack_name=name)


@pytest.mark.parametrize("name", ["1abc", "a_b", "with space", "-lead"])
def test_fails_stack_name_outside_the_regex(app: App, name: str) -> None:
    with pytest.raises(RuntimeError) as exc:
        Stack(app, "S", stack_name=name)
    # aws-cdk-lib may prefix an error code ("<Code>: "), so the message is matched as a suffix of the first line
    assert str(exc.value).split("\n")[0].endswith(
        f"Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '{name}'"
    )


def test_fails_generated_stack_name_outside_the_regex(app: App) -> None:
    with pytest.raises(RuntimeError, match="Stack name must match the regular expression"):
        Stack(app, "my_stack")


# -- Stack.of --------------------------------------------------------------------------------------------


def test_stack_of_finds_the_nearest_stack(app: App) -> None:
    s = Stack(app, "S")
    deep = Construct(Construct(s, "A"), "B")
    nested = NestedStack(s, "N")
    inside_nested = Construct(nested, "C")
    assert Stack.of(deep) is s
    assert Stack.of(s) is s
    assert Stack.of(inside_nested) is nested
    assert Stack.is_stack(s)
    assert not Stack.is_stack(deep)


def test_fails_stack_of_outside_a_stack(app: App) -> None:
    with pytest.raises(RuntimeError):
        Stack.of(Construct(app, "Loose"))


# -- format_arn / split_arn -----------------------------------------------------------------------------------


P = "${Partition}"


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"service": "sqs", "resource": "queue1"}, f"arn:{P}:sqs:eu-west-1:123456789012:queue1"),
        (
            {"service": "s3", "resource": "bucket", "region": "", "account": "",
             "arn_format": ArnFormat.NO_RESOURCE_NAME},
            f"arn:{P}:s3:::bucket",
        ),
        (
            {"service": "lambda", "resource": "function", "resource_name": "fn",
             "arn_format": ArnFormat.COLON_RESOURCE_NAME},
            f"arn:{P}:lambda:eu-west-1:123456789012:function:fn",
        ),
        (
            {"service": "iam", "resource": "role", "resource_name": "r", "region": ""},
            f"arn:{P}:iam::123456789012:role/r",
        ),
        (
            {"service": "ssm", "resource": "parameter", "resource_name": "p",
             "arn_format": ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME},
            f"arn:{P}:ssm:eu-west-1:123456789012:/parameter/p",
        ),
    ],
)
def test_format_arn_with_env(app: App, kwargs: dict[str, Any], expected: str) -> None:
    s = Stack(app, "S", env=ENV)
    before, after = expected.split(P)
    assert s.resolve(s.format_arn(**kwargs)) == {
        "Fn::Join": ["", [before, {"Ref": "AWS::Partition"}, after]]
    }


def test_format_arn_env_agnostic(stack: Stack) -> None:
    assert stack.resolve(stack.format_arn(service="sqs", resource="q", resource_name="n")) == {
        "Fn::Join": ["", [
            "arn:", {"Ref": "AWS::Partition"}, ":sqs:", {"Ref": "AWS::Region"}, ":", {"Ref": "AWS::AccountId"},
            ":q/n",
        ]]
    }


def test_format_arn_with_every_component_given_is_literal(stack: Stack) -> None:
    arn = stack.format_arn(service="sns", resource="topic", partition="aws", region="us-east-1", account="1")
    assert arn == "arn:aws:sns:us-east-1:1:topic"


@pytest.mark.parametrize(
    ("arn", "fmt", "expected"),
    [
        ("arn:aws:sqs:eu-west-1:123456789012:queue1", ArnFormat.NO_RESOURCE_NAME,
         ("aws", "sqs", "eu-west-1", "123456789012", "queue1", None)),
        ("arn:aws:lambda:eu-west-1:123456789012:function:fn", ArnFormat.COLON_RESOURCE_NAME,
         ("aws", "lambda", "eu-west-1", "123456789012", "function", "fn")),
        ("arn:aws:iam::123456789012:role/path/r", ArnFormat.SLASH_RESOURCE_NAME,
         ("aws", "iam", "", "123456789012", "role", "path/r")),
        ("arn:aws:ssm:eu-west-1:123456789012:/parameter/p", ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
         ("aws", "ssm", "eu-west-1", "123456789012", "parameter", "p")),
    ],
)
def test_split_arn(stack: Stack, arn: str, fmt: ArnFormat, expected: tuple[Any, ...]) -> None:
    c = stack.split_arn(arn, fmt)
    assert (c.partition, c.service, c.region, c.account, c.resource, c.resource_name) == expected


def test_split_arn_of_a_token_selects_from_a_split(stack: Stack) -> None:
    topic = CfnResource(stack, "T", type="AWS::SNS::Topic")
    c = stack.split_arn(topic.ref, ArnFormat.NO_RESOURCE_NAME)
    split = {"Fn::Split": [":", {"Ref": "T"}]}
    assert stack.resolve(c.service) == {"Fn::Select": [2, split]}
    assert stack.resolve(c.account) == {"Fn::Select": [4, split]}
    assert stack.resolve(c.resource) == {"Fn::Select": [5, split]}


def test_fails_split_of_a_malformed_arn(stack: Stack) -> None:
    with pytest.raises(RuntimeError):
        stack.split_arn("not-an-arn", ArnFormat.NO_RESOURCE_NAME)


# -- template options -----------------------------------------------------------------------------------------


def test_description_is_the_first_template_key(app: App) -> None:
    s = Stack(app, "S", description="hello")
    CfnResource(s, "R", type="AWS::SNS::Topic")
    template = template_of(s)
    assert list(template)[0] == "Description"
    assert template["Description"] == "hello"


def test_description_of_512_characters_is_accepted(app: App) -> None:
    Stack(app, "S", description="d" * 512)


def test_fails_description_over_512_characters(app: App) -> None:
    with pytest.raises(RuntimeError, match="Stack description must be <= 1024 bytes. Received description: "):
        Stack(app, "S", description="d" * 513)


def test_transforms_one_is_a_string_several_a_deduplicated_list(app: App) -> None:
    one = Stack(app, "One")
    one.add_transform("AWS::Serverless-2016-10-31")
    several = Stack(app, "Several")
    for t in ["T1", "T2", "T1"]:
        several.add_transform(t)
    for s in (one, several):
        CfnResource(s, "R", type="AWS::SNS::Topic")
    assembly = app.synth()
    assert assembly.get_stack_artifact("One").template["Transform"] == "AWS::Serverless-2016-10-31"
    assert assembly.get_stack_artifact("Several").template["Transform"] == ["T1", "T2"]


def test_header_keys_come_first_in_cdk_order(app: App) -> None:
    s = Stack(app, "S", description="d")
    s.template_options.template_format_version = "2010-09-09"
    s.template_options.metadata = {"Meta": 1}
    s.add_transform("T")
    CfnResource(s, "R", type="AWS::SNS::Topic")
    template = template_of(s)
    assert list(template)[:5] == ["Description", "Transform", "AWSTemplateFormatVersion", "Metadata", "Resources"]
    assert template["Metadata"] == {"Meta": 1}


def test_termination_protection_is_in_the_manifest_only(app: App, outdir: Path) -> None:
    protected = Stack(app, "Protected", termination_protection=True)
    plain = Stack(app, "Plain")
    for s in (protected, plain):
        CfnResource(s, "R", type="AWS::SNS::Topic")
    app.synth()
    artifacts = _manifest(outdir)["artifacts"]
    assert artifacts["Protected"]["properties"]["terminationProtection"] is True
    assert artifacts["Plain"]["properties"]["terminationProtection"] is False
    assert "TerminationProtection" not in json.dumps(template_of(protected))
