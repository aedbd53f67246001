"""Validations, Annotations acknowledgements, ValidationResult(s) and Errors (issue 14 part B).

The expected metadata and results were read from aws-cdk-lib 2.275.0 running the same calls (the messages of
each construct in the stack's metadata file; ``assert_success``'s message without jsii's ``Error: `` prefix).
"""

from __future__ import annotations

import json
import os

import pytest

import constructs as cdk
from constructs import Construct

EXPECTED_MESSAGES = json.loads(
    '{"/S": [{"type": "aws:cdk:acknowledged-rules", "data": {"Annotation::my-rule": "fine"}}, {"type": "aws:cdk:acknowledged-rules", "data": {"Annotation::bare-id": "ok"}}], "/S/C": [{"type": "aws:cdk:warning", "data": "second [ack: plug-in::Other-Rule]"}], "/S/C/D": [{"type": "aws:cdk:warning", "data": "third [ack: Annotation::x]"}, {"type": "aws:cdk:info", "data": "kept info [ack: info-keep]"}]}'
)


def _messages(assembly: cdk.CloudAssembly, stack: str) -> dict[str, list[dict[str, object]]]:
    directory = assembly.directory
    path = os.path.join(directory, f"{stack}.metadata.json")
    if os.path.exists(path):
        with open(path) as f:
            meta = json.load(f)
    else:
        with open(os.path.join(directory, "manifest.json")) as f:
            meta = json.load(f)["artifacts"][stack].get("metadata", {})
    kinds = ("aws:cdk:warning", "aws:cdk:info", "aws:cdk:error", "aws:cdk:acknowledged-rules")
    out = {k: [{"type": e["type"], "data": e["data"]} for e in v if e["type"] in kinds] for k, v in meta.items()}
    return {k: v for k, v in out.items() if v}


def test_validations_and_acknowledgements_write_what_aws_cdk_lib_writes(tmp_path: object) -> None:
    app = cdk.App(outdir=str(tmp_path))
    stack = cdk.Stack(app, "S")
    c = Construct(stack, "C")
    d = Construct(c, "D")
    cdk.Validations.of(c).add_warning("my-rule", "a warning")
    cdk.Validations.of(c).add_warning("plug in::Other Rule", "second")
    cdk.Validations.of(d).add_warning("annotation::x", "third")
    cdk.Annotations.of(d).add_warning_v2("bare-id", "bare warning")
    cdk.Annotations.of(d).add_info_v2("info-id", "an info")
    cdk.Annotations.of(d).add_info_v2("info-keep", "kept info")
    cdk.Validations.of(stack).acknowledge(
        cdk.Acknowledgment(id="my-rule", reason="fine"), cdk.Acknowledgment(id="bare-id", reason="ok")
    )
    cdk.Annotations.of(c).acknowledge_info("info-id", "no")
    cdk.CfnResource(stack, "R", type="AWS::SQS::Queue")
    assert _messages(app.synth(), "S") == EXPECTED_MESSAGES


def test_validations_add_error_fails_synthesis_with_the_qualified_rule() -> None:
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    cdk.Validations.of(stack).add_error("no-good", "bad thing")
    with pytest.raises(cdk.SynthesisError, match=r"bad thing \(Annotation::no-good\)"):
        app.synth()


@pytest.mark.parametrize(
    ("rule_id", "message"),
    [
        ("a::b::c", "The '::' delimiter is reserved"),
        ("::b", "Missing plugin name before '::'"),
        ("a)b", "Unmatched closing brace ')' at position 1"),
        ("a[b)", "Mismatched closing brace ')' at position 3. Expected ']'"),
    ],
)
def test_malformed_rule_ids_are_refused(rule_id: str, message: str) -> None:
    stack = cdk.Stack(cdk.App(), "S")
    with pytest.raises(cdk.UnscopedValidationError, match=message.replace("(", "\\(").replace(")", "\\)")
                       .replace("[", "\\[").replace("]", "\\]")):
        cdk.Validations.of(stack).add_warning(rule_id, "m")


def test_brackets_protect_colons_in_rule_ids() -> None:
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    cdk.Validations.of(stack).add_warning("rule[a::b]", "m")
    assert [m.data for m in stack.node.metadata] == ["m [ack: Annotation::rule[a::b]]"]


def test_validation_results_as_aws_cdk_lib() -> None:
    results = cdk.ValidationResults()
    results.collect(cdk.ValidationResult("inner problem"))
    results.collect(cdk.ValidationResult())
    wrapped = results.wrap("outer")
    assert [wrapped.is_success, wrapped.error_tree(), wrapped.prefix("pre").error_message,
            cdk.ValidationResult().is_success] == [False, 'outer\n  inner problem', 'pre: outer', True]
    with pytest.raises(cdk.SynthesisError) as err:
        wrapped.assert_success()
    assert str(err.value) == 'Outer\n  inner problem'
    assert cdk.ValidationResults().wrap("x").is_success


def test_errors_classify_the_library_errors() -> None:
    scope = cdk.Stack(cdk.App(), "S")
    validation = cdk.ValidationError("bad", scope)
    assert cdk.Errors.is_validation_error(validation) and cdk.Errors.is_construct_error(validation)
    assert cdk.Errors.is_validation_error(cdk.UnscopedValidationError("bad"))
    assert not cdk.Errors.is_validation_error(ValueError("plain"))
    assert not cdk.Errors.is_construct_error(RuntimeError("plain"))
    assert not cdk.Errors.is_assertion_error(validation)
    assert not cdk.Errors.is_cloud_assembly_error(validation)
    assert not cdk.Errors.is_execution_error(validation)
    assert not cdk.Errors.is_assumption_error(validation)
