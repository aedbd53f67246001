"""Issue 13, group 2: a resource's name or ARN used from another account, region or an environment-agnostic
stack.

Expected outcomes come from ``references_expected.json``, written by ``_references_oracle.py`` with aws-cdk-lib
2.275.0 on the same apps (``_references_cases``): where aws-cdk-lib raises, pycdk raises ``ValidationError``
with aws-cdk-lib's message, naming the resource's construct path and (pycdk adds it) the consuming stack;
where aws-cdk-lib succeeds, pycdk writes the same output value and producer properties.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _references_cases import CASES, build, case_id

import constructs as cdk
from constructs._errors import CrossStackReferenceError, ValidationError
from l2 import iam, s3, sns, sqs

EXPECTED = json.loads((Path(__file__).parent / "references_expected.json").read_text(encoding="utf-8"))
ERROR_CASES = [c for c in CASES if "error" in EXPECTED[case_id(c)]]
OK_CASES = [c for c in CASES if "error" not in EXPECTED[case_id(c)]]

MESSAGES = {
    "CannotUseCrossEnvironment": (
        "Cannot use resource 'Producer/Res' in a cross-environment fashion, the resource's physical name must be "
        "explicit set or use `PhysicalName.GENERATE_IF_NEEDED` (referenced from stack 'Consumer')"
    ),
    "CannotGeneratePhysicalNameRegionUnresolved": (
        "Cannot generate a physical name for Producer/Res, because the region is un-resolved or missing "
        "(referenced from stack 'Consumer')"
    ),
}


@pytest.mark.parametrize("case", ERROR_CASES, ids=[case_id(c) for c in ERROR_CASES])
def test_cross_environment_use_is_refused_as_aws_cdk_lib_refuses_it(case: tuple[str, str, str, str]) -> None:
    app = build(case, cdk, s3, sqs, sns, iam)
    with pytest.raises(ValidationError) as info:
        app.synth()
    code = EXPECTED[case_id(case)]["error"]
    assert info.value.bare_message == MESSAGES[code]
    assert info.value.construct_path == "Producer/Res"


@pytest.mark.parametrize("case", OK_CASES, ids=[case_id(c) for c in OK_CASES])
def test_cross_environment_use_writes_what_aws_cdk_lib_writes(case: tuple[str, str, str, str]) -> None:
    app = build(case, cdk, s3, sqs, sns, iam)
    assembly = app.synth()
    consumer = assembly.get_stack_by_name("Consumer").template
    producer = assembly.get_stack_by_name("Producer").template
    props = next(r.get("Properties", {}) for lid, r in producer["Resources"].items() if lid.startswith("Res"))
    want = EXPECTED[case_id(case)]
    assert consumer["Outputs"]["Out"]["Value"] == want["value"]
    assert props == want["producer_properties"]


def test_the_matrix_has_both_outcomes() -> None:
    assert len(ERROR_CASES) >= 70 and len(OK_CASES) >= 20


def _two_stacks(producer_env: object, consumer_env: object, **consumer_kwargs: object) -> tuple:
    app = cdk.App()
    producer = cdk.Stack(app, "Producer", env=producer_env)
    consumer = cdk.Stack(app, "Consumer", env=consumer_env, **consumer_kwargs)
    return app, producer, consumer


HOME = cdk.Environment(account="111111111111", region="us-east-1")


@pytest.mark.parametrize("synthesizer", [cdk.LegacyStackSynthesizer, cdk.CliCredentialsStackSynthesizer])
def test_l1_attribute_in_another_account_needs_an_execution_role_naming_both_stacks(synthesizer: type) -> None:
    # aws-cdk-lib: NoCfnExecutionRoleForCrossAccountRefs (the consumer reads through its execution role)
    app = cdk.App()
    producer = cdk.Stack(app, "Producer", env=HOME)
    consumer = cdk.Stack(
        app, "Consumer", env=cdk.Environment(account="222222222222", region="us-east-1"), synthesizer=synthesizer()
    )
    bucket = s3.CfnBucket(producer, "Bucket")
    cdk.CfnOutput(consumer, "Out", value=bucket.attr_domain_name)
    with pytest.raises(CrossStackReferenceError) as info:
        app.synth()
    message = str(info.value)
    assert 'Stack "Consumer"' in message and 'stack "Producer"' in message and "Producer/Bucket[DomainName]" in message
    assert "Could not find a CloudFormation execution role for the consumer stack" in message


def test_l1_attribute_of_an_account_agnostic_producer_is_refused_naming_both_stacks() -> None:
    # pycdk is stricter: aws-cdk-lib writes "unknown-account" into the role and stack ARNs
    app = cdk.App()
    producer = cdk.Stack(app, "Producer", env=cdk.Environment(region="us-east-1"))
    consumer = cdk.Stack(app, "Consumer", env=HOME)
    bucket = s3.CfnBucket(producer, "Bucket")
    cdk.CfnOutput(consumer, "Out", value=bucket.ref)
    with pytest.raises(CrossStackReferenceError) as info:
        app.synth()
    message = str(info.value)
    assert 'Stack "Consumer"' in message and 'stack "Producer"' in message and "no explicit account" in message


def test_cross_account_reference_warns_that_it_is_weak() -> None:
    app = cdk.App()
    producer = cdk.Stack(app, "Producer", env=HOME)
    consumer = cdk.Stack(app, "Consumer", env=cdk.Environment(account="222222222222", region="us-east-1"))
    bucket = s3.CfnBucket(producer, "Bucket")
    cdk.CfnOutput(consumer, "Out", value=bucket.ref)
    cdk.CfnOutput(consumer, "Arn", value=bucket.attr_arn)
    assembly = app.synth()
    messages = [m.entry["data"] for m in assembly.get_stack_by_name("Consumer").messages]
    # aws-cdk-lib shows the warning once for the stack, however many values it reads
    assert [m for m in messages if "cross-account references can only be weak" in m] == [
        'Strong references requested, but cross-account references can only be weak. Acknowledge this warning or '
        'set "@aws-cdk/core:defaultCrossStackReferences" to "weak" to remove this message. '
        "[ack: @aws-cdk/core:crossAccountRefsAreAlwaysWeak]"
    ]


# values recorded from aws-cdk-lib 2.275.0 for the same app (stacks "Prod" and "Cons", a CfnBucket "Bucket")
CROSS_REGION = {
    None: {"Fn::GetAtt": ["ExportsReader8B249524", "/cdk/exports/Cons/Produseast1RefBucket4E42F73D"]},
    "weak": {"Fn::GetStackOutput": {"StackName": "Prod", "Region": "us-east-1",
                                    "OutputName": "PublishOutputRefBucketA2A73FFE"}},
    "both": {"Fn::GetStackOutput": {"StackName": "Prod", "Region": "us-east-1",
                                    "OutputName": "PublishOutputRefBucketA2A73FFE"}},
}
WRITER = "ExportsWritereuwest142AF533A3E3B99E4"


@pytest.mark.parametrize("strength", [None, "weak", "both"])
@pytest.mark.parametrize("flag", [False, True])
def test_l1_reference_to_another_region_is_written_as_aws_cdk_lib_writes_it(strength: str | None, flag: bool) -> None:
    # aws-cdk-lib 2.275 makes L1 cross-region references with or without cross_region_references
    app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": strength} if strength else {})
    producer = cdk.Stack(app, "Prod", env=HOME)
    consumer = cdk.Stack(
        app, "Cons", env=cdk.Environment(account="111111111111", region="eu-west-1"), cross_region_references=flag
    )
    bucket = s3.CfnBucket(producer, "Bucket")
    cdk.CfnOutput(consumer, "O", value=bucket.ref)
    assembly = app.synth()
    assert assembly.get_stack_by_name("Cons").template["Outputs"]["O"]["Value"] == CROSS_REGION[strength]
    writes = WRITER in assembly.get_stack_by_name("Prod").template["Resources"]
    assert writes is (strength != "weak")


def test_list_reference_to_another_region_is_refused_naming_both_stacks() -> None:
    # pycdk is stricter: aws-cdk-lib writes the list into one SSM string parameter, which fails at deployment
    app, producer, consumer = _two_stacks(HOME, cdk.Environment(account="111111111111", region="eu-west-1"))
    res = cdk.CfnResource(producer, "Res", type="Custom::Thing")
    ips = cdk.Token.as_list(res.get_att("Ips", cdk.ResolutionTypeHint.STRING_LIST))
    cdk.CfnResource(consumer, "User", type="Custom::User", properties={"L": ips})
    with pytest.raises(CrossStackReferenceError) as info:
        app.synth()
    message = str(info.value)
    assert 'Stack "Consumer"' in message and 'stack "Producer"' in message and "Producer/Res[Ips]" in message


def test_l1_reference_from_an_agnostic_stack_needs_an_explicit_region() -> None:
    app, producer, consumer = _two_stacks(HOME, None)
    bucket = s3.CfnBucket(producer, "Bucket")
    cdk.CfnOutput(consumer, "Out", value=bucket.ref)
    with pytest.raises(CrossStackReferenceError) as info:
        app.synth()
    message = str(info.value)
    assert "only supported for stacks with an explicit region" in message
    assert 'Stack "Consumer"' in message and 'stack "Producer"' in message


def test_generate_if_needed_marker_given_to_an_l1_property_is_refused() -> None:
    app = cdk.App()
    stack = cdk.Stack(app, "Stack")
    s3.CfnBucket(stack, "Bucket", bucket_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
    with pytest.raises(ValidationError, match=r'Invalid physical name passed to CloudFormation\. Use "this\.physicalName"'):
        app.synth()


def test_generate_if_needed_without_cross_environment_use_writes_no_name() -> None:
    app = cdk.App()
    stack = cdk.Stack(app, "Stack", env=HOME)
    bucket = s3.Bucket(stack, "Bucket", bucket_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
    cdk.CfnOutput(stack, "Out", value=bucket.bucket_name)
    template = app.synth().get_stack_by_name("Stack").template
    assert "Properties" not in template["Resources"]["Bucket83908E77"]
    assert template["Outputs"]["Out"]["Value"] == {"Ref": "Bucket83908E77"}


def test_same_environment_in_two_stacks_uses_an_export_not_the_name() -> None:
    app, producer, consumer = _two_stacks(HOME, HOME)
    bucket = s3.Bucket(producer, "Bucket")
    cdk.CfnOutput(consumer, "Out", value=bucket.bucket_name)
    template = app.synth().get_stack_by_name("Consumer").template
    assert template["Outputs"]["Out"]["Value"] == {"Fn::ImportValue": "Producer:ExportsOutputRefBucket83908E7781C90AC0"}  # from aws-cdk-lib
