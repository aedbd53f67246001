"""Behaviours of issue 14 part A that need no oracle run: argument errors (messages as aws-cdk-lib words them),
the permissions boundary of environment-agnostic stacks, the asset manifest builder against the synthesizer
(itself checked against aws-cdk-lib in ``test_a_api``), merge strategies, reusable synthesizers."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import constructs as cdk
from constructs._assets import FileAssetPackaging, FileAssetSource


def test_ignore_strategies_want_absolute_paths(tmp_path: Path) -> None:
    with pytest.raises(cdk.UnscopedValidationError, match="GlobIgnoreStrategy expects an absolute file path"):
        cdk.IgnoreStrategy.glob("relative", [])
    strategy = cdk.IgnoreStrategy.git(str(tmp_path), ["*.log"])
    with pytest.raises(cdk.UnscopedValidationError, match=r"GitIgnoreStrategy.ignores\(\) expects an absolute path"):
        strategy.ignores("x.log")
    assert strategy.ignores(str(tmp_path / "x.log"))
    strategy.add("!keep.log")
    assert not strategy.ignores(str(tmp_path / "keep.log"))


def test_file_system_helpers(tmp_path: Path) -> None:
    made = cdk.FileSystem.mkdtemp("pycdk-test-")
    assert os.path.isdir(made) and os.path.basename(made).startswith("pycdk-test-")
    assert os.path.dirname(made) == cdk.FileSystem.tmpdir == os.path.realpath(cdk.FileSystem.tmpdir)
    assert cdk.FileSystem.is_empty(made)
    Path(made, "f").write_text("x")
    cdk.FileSystem.rmrf(made)
    assert not os.path.exists(made)
    cdk.FileSystem.rmrf(made)  # a missing path is fine
    with pytest.raises(cdk.UnscopedValidationError, match="Cannot find asset"):
        cdk.FileSystem.fingerprint(str(tmp_path / "missing"))


def test_docker_build_file_must_be_relative(tmp_path: Path) -> None:
    with pytest.raises(cdk.UnscopedValidationError, match='"file" must be relative to the docker build directory'):
        cdk.DockerImage.from_build(str(tmp_path), file="/abs/Dockerfile")


def test_permissions_boundary_with_pseudo_parameters_needs_an_environment() -> None:
    app = cdk.App()
    with pytest.raises(cdk.ValidationError, match="includes a pseudo parameter"):
        cdk.Stack(app, "Agnostic", permissions_boundary=cdk.PermissionsBoundary.from_arn(
            "arn:aws:iam::${AWS::AccountId}:policy/boundary"
        ))
    # a name is formatted into an ARN with the partition as a token: fine without an environment
    cdk.Stack(app, "ByName", permissions_boundary=cdk.PermissionsBoundary.from_name("boundary"))


def test_permissions_boundary_substitutes_known_account_and_qualifier() -> None:
    app = cdk.App()
    stack = cdk.Stack(
        app, "Known", env=cdk.Environment(account="123456789012", region="us-east-1"),
        permissions_boundary=cdk.PermissionsBoundary.from_arn(
            "arn:aws:iam::${AWS::AccountId}:policy/b-${Qualifier}-${AWS::Region}"
        ),
    )
    cdk.CfnResource(stack, "User", type="AWS::IAM::User")
    template = app.synth().get_stack_by_name("Known").template
    assert template["Resources"]["User"]["Properties"]["PermissionsBoundary"] == (
        "arn:aws:iam::123456789012:policy/b-hnb659fds-us-east-1"
    )


def test_permissions_boundary_rejects_other_types() -> None:
    with pytest.raises(TypeError, match="permissions_boundary must be a PermissionsBoundary"):
        cdk.Stack(cdk.App(), "S", permissions_boundary="arn:aws:iam::1:policy/b")  # type: ignore[arg-type]


def test_removal_policies_check_their_arguments() -> None:
    stack = cdk.Stack(cdk.App(), "S")
    with pytest.raises(TypeError, match="apply_to_resource_types must be a list"):
        cdk.RemovalPolicies.of(stack).destroy(apply_to_resource_types="AWS::S3::Bucket")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="policy must be a RemovalPolicy"):
        cdk.RemovalPolicies.of(stack).apply("destroy")  # type: ignore[arg-type]


def test_missing_removal_policies_with_priority_warn() -> None:
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    cdk.CfnResource(stack, "Q", type="AWS::SQS::Queue")
    cdk.MissingRemovalPolicies.of(stack).retain(priority=10)
    warnings = [m for m in app.synth().get_stack_by_name("S").messages if m.level == "warning"]
    assert any("MissingRemovalPolicy with `priority`" in str(m.entry["data"]) for m in warnings)


def test_asset_manifest_builder_matches_the_default_synthesizer(tmp_path: Path) -> None:
    app = cdk.App(outdir=str(tmp_path / "out"))
    stack = cdk.Stack(app, "S", env=cdk.Environment(account="123456789012", region="eu-west-1"))
    source = FileAssetSource(source_hash="abc", file_name="asset.abc.zip", packaging=FileAssetPackaging.FILE)
    stack.synthesizer.add_file_asset(source)
    cdk.CfnResource(stack, "Q", type="AWS::SQS::Queue")
    app.synth()
    written = json.loads((tmp_path / "out" / "S.assets.json").read_text())["files"]["abc"]

    builder = cdk.AssetManifestBuilder()
    assert not builder.has_assets
    synthesizer = stack.synthesizer
    dest = builder.default_add_file_asset(
        stack,
        source,
        cdk.AssetManifestFileDestination(
            bucket_name=synthesizer.bucket_name,
            role=cdk.RoleOptions(assume_role_arn=synthesizer._specialize(synthesizer.file_publishing_role_template)),
        ),
    )
    assert builder.has_assets
    assert list(written["destinations"].values()) == [dest]
    assert builder._files["abc"]["destinations"] == written["destinations"]

    class Session:
        outdir = str(tmp_path)
        assembly = None
        validate_on_synth = False

    assert builder.emit_manifest(stack, Session()) == "S.assets"
    emitted = json.loads((tmp_path / "S.assets.json").read_text())
    assert emitted["files"]["abc"]["destinations"] == written["destinations"]


def test_asset_manifest_builder_checks_sources() -> None:
    stack = cdk.Stack(cdk.App(), "S")
    with pytest.raises(cdk.UnscopedValidationError, match="Exactly one of 'fileName' or 'executable'"):
        cdk.AssetManifestBuilder().default_add_file_asset(
            stack, FileAssetSource(source_hash="h"), cdk.AssetManifestFileDestination(bucket_name="b")
        )


def test_merge_strategies() -> None:
    target = {"a": [1, 2], "b": {"x": 1, "y": {"Ref": "R"}}, "c": 1}
    cdk.PropertyMergeStrategy.combine(arrays=cdk.ArrayMergeStrategy.append()).apply(
        target, {"a": [3], "b": {"y": {"z": 2}}, "c": 2, "d": 4}, ["a", "b", "c"]
    )
    assert target == {"a": [1, 2, 3], "b": {"x": 1, "y": {"z": 2}}, "c": 2}
    override = {"a": [1]}
    cdk.PropertyMergeStrategy.override().apply(override, {"a": [2], "b": 1}, ["a", "b"])
    assert override == {"a": [2], "b": 1}
    by_key = cdk.ArrayMergeStrategy.replace_by_key("Key").merge(
        [{"Key": "a", "V": 1}, {"Key": "b", "V": 2}], [{"Key": "b", "V": 3}, {"Key": "c", "V": 4}]
    )
    assert by_key == [{"Key": "a", "V": 1}, {"Key": "b", "V": 3}, {"Key": "c", "V": 4}]
    assert cdk.ArrayMergeStrategy.prepend().merge([1], [2]) == [2, 1]
    assert cdk.ArrayMergeStrategy.replace_by_index().merge([1, 2, 3], [9]) == [9, 2, 3]
    assert cdk.ArrayMergeStrategy.replace().merge([1], [2]) == [2]


def test_a_reusable_synthesizer_serves_several_stacks() -> None:
    synthesizer = cdk.DefaultStackSynthesizer(qualifier="q1")
    app = cdk.App()
    one = cdk.Stack(app, "One", synthesizer=synthesizer)
    two = cdk.Stack(app, "Two", synthesizer=synthesizer)
    assert one.synthesizer is synthesizer and two.synthesizer is not synthesizer
    assert two.synthesizer.bound_stack is two and one.synthesizer.bound_stack is one


def test_bootstrapless_refuses_assets() -> None:
    stack = cdk.Stack(cdk.App(), "S", synthesizer=cdk.BootstraplessSynthesizer())
    with pytest.raises(cdk.UnscopedValidationError, match="Cannot add assets to a Stack that uses the Bootstrapless"):
        stack.synthesizer.add_file_asset(source_hash="h", file_name="f", packaging=FileAssetPackaging.FILE)


def test_tree_inspector_and_interfaces() -> None:
    inspector = cdk.TreeInspector()
    inspector.add_attribute("aws:cdk:cloudformation:type", "AWS::SQS::Queue")
    assert inspector.attributes == {"aws:cdk:cloudformation:type": "AWS::SQS::Queue"}
    stack = cdk.Stack(cdk.App(), "S")
    assert isinstance(stack.synthesizer, cdk.IStackSynthesizer)
    assert isinstance(stack.synthesizer, cdk.IReusableStackSynthesizer)
    assert not isinstance(cdk.NestedStackSynthesizer(stack.synthesizer), cdk.IReusableStackSynthesizer)


def test_context_lookup_options_conflict() -> None:
    stack = cdk.Stack(cdk.App(), "S", env=cdk.Environment(account="1", region="r"))
    with pytest.raises(cdk.ValidationError, match="Only supply one of 'mustExist' and 'ignoreErrorOnMissingContext'"):
        cdk.ContextProvider.get_value(
            stack, provider="ssm", dummy_value="d", must_exist=True, ignore_error_on_missing_context=True
        )


def test_cross_stack_references_need_a_resource() -> None:
    from constructs import Construct

    scope = Construct(cdk.Stack(cdk.App(), "S"), "Plain")
    with pytest.raises(cdk.ValidationError, match="scope has no default child CfnResource"):
        cdk.CrossStackReferences.of(scope).produce(cdk.ReferenceStrength.WEAK)
    cdk.CrossStackReferences.of(scope).consume(cdk.ReferenceStrength.WEAK)
    assert scope.node.try_get_context("@aws-cdk/core:defaultCrossStackReferences") == "weak"
