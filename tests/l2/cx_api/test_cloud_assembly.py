"""``l2.cx_api`` reads a pycdk-written assembly (``fixtures/assembly``) as aws-cdk-lib 2.275.0's cloud assembly
API reads it (``fixtures/expected.json``, from ``oracle_expected.py``), and ``CloudAssemblyBuilder`` writes what
aws-cdk-lib's writes (``fixtures/builder``)."""

from __future__ import annotations

import json
import os
import sys

import pytest

import l2.cloud_assembly_schema as m
import l2.cx_api as cx
from constructs import App, Errors, Stack
from l2.cloud_assembly_schema._private.codec import to_json

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")
ASSEMBLY = os.path.join(FIXTURES, "assembly")
sys.path.insert(0, HERE)

import cx_api_builder as builder  # noqa: E402

with open(os.path.join(FIXTURES, "expected.json"), encoding="utf-8") as _f:
    EXPECTED = json.load(_f)


@pytest.fixture(scope="module")
def assembly() -> cx.CloudAssembly:
    return cx.CloudAssembly(ASSEMBLY)


def test_artifacts_are_read_in_aws_cdk_libs_order_and_classes(assembly):
    assert [(type(a).__name__, a.id) for a in assembly.artifacts] == [
        (e["cls"], e["id"]) for e in EXPECTED["artifacts"]]
    assert [a.id for a in cx.CloudAssembly(ASSEMBLY, topo_sort=False).artifacts] == EXPECTED["unsorted"]
    assert assembly.version == EXPECTED["version"]
    assert to_json(assembly.runtime) == EXPECTED["runtime"]


def test_each_artifact_has_aws_cdk_libs_ids_dependencies_messages_and_metadata(assembly):
    for artifact, expected in zip(assembly.artifacts, EXPECTED["artifacts"], strict=True):
        assert artifact.hierarchical_id == expected["hierarchicalId"]
        assert [d.id for d in artifact.dependencies] == expected["dependencies"]
        assert [{"level": msg.level.value, "id": msg.id, "entry": to_json(msg.entry)} for msg in artifact.messages] \
            == expected["messages"], artifact.id
        assert to_json(artifact.metadata) == expected["metadata"], artifact.id
        assert [to_json(e) for e in artifact.find_metadata_by_type("aws:cdk:logicalId")] == expected["logicalIds"]


STACK_FIELDS = {
    "stack_name": "stackName", "display_name": "displayName", "original_name": "originalName",
    "template_file": "templateFile", "parameters": "parameters", "tags": "tags",
    "notification_arns": "notificationArns", "assume_role_arn": "assumeRoleArn",
    "assume_role_external_id": "assumeRoleExternalId", "assume_role_additional_options": "assumeRoleAdditionalOptions",
    "cloud_formation_execution_role_arn": "cloudFormationExecutionRoleArn", "lookup_role": "lookupRole",
    "stack_template_asset_object_url": "stackTemplateAssetObjectUrl",
    "requires_bootstrap_stack_version": "requiresBootstrapStackVersion",
    "bootstrap_stack_version_ssm_parameter": "bootstrapStackVersionSsmParameter",
    "termination_protection": "terminationProtection", "validate_on_synth": "validateOnSynth",
    "environment": "environment", "assets": "assets", "template": "template",
}


def test_stack_artifacts_have_aws_cdk_libs_properties(assembly):
    expected_stacks = [e for e in EXPECTED["artifacts"] if e["cls"] == "CloudFormationStackArtifact"]
    assert [s.id for s in assembly.stacks] == [e["id"] for e in expected_stacks] == EXPECTED["stacks"]
    for stack, expected in zip(assembly.stacks, expected_stacks, strict=True):
        for attr, key in STACK_FIELDS.items():
            assert to_json(getattr(stack, attr)) == expected.get(key), f"{stack.id}.{attr}"
        assert os.path.relpath(stack.template_full_path, ASSEMBLY) == expected["templateFullPath"]
    producer = assembly.get_stack_artifact("Producer")
    assert {type(a) for a in producer.assets} == set()  # new-style synthesis: assets are in the asset manifest


def test_asset_manifest_artifacts_read_the_asset_manifest(assembly):
    expected_manifests = [e for e in EXPECTED["artifacts"] if e["cls"] == "AssetManifestArtifact"]
    found = [a for a in assembly.artifacts if isinstance(a, cx.AssetManifestArtifact)]
    assert len(found) == len(expected_manifests) == 2
    for artifact, expected in zip(found, expected_manifests, strict=True):
        assert os.path.relpath(artifact.file, ASSEMBLY) == expected["file"]
        assert artifact.requires_bootstrap_stack_version == expected["requiresBootstrapStackVersion"]
        assert artifact.bootstrap_stack_version_ssm_parameter == expected["bootstrapStackVersionSsmParameter"]
        assert to_json(artifact.contents) == expected["contents"]
        assert isinstance(artifact.contents, m.AssetManifest)
        assert cx.AssetManifestArtifact.is_asset_manifest_artifact(artifact)


def test_nested_assemblies_tree_and_lookups_are_aws_cdk_libs(assembly):
    (nested_expected,) = [e for e in EXPECTED["artifacts"] if e["cls"] == "NestedCloudAssemblyArtifact"]
    (nested,) = assembly.nested_assemblies
    assert [a.id for a in assembly.nested_assemblies] == EXPECTED["nestedAssemblies"]
    assert (nested.directory_name, nested.display_name) == (nested_expected["directoryName"],
                                                            nested_expected["displayName"])
    assert os.path.relpath(nested.full_path, ASSEMBLY) == nested_expected["fullPath"]
    assert [s.id for s in nested.nested_assembly.stacks] == nested_expected["nestedStacks"]
    assert assembly.get_nested_assembly(nested.id) is nested.nested_assembly
    assert [s.id for s in assembly.stacks_recursively] == EXPECTED["stacksRecursively"]
    assert assembly.tree().id == EXPECTED["tree"]
    (tree_expected,) = [e for e in EXPECTED["artifacts"] if e["cls"] == "TreeCloudArtifact"]
    assert assembly.tree().file == tree_expected["file"]
    assert assembly.get_stack_by_name("consumer-stack").id == EXPECTED["byName"]
    assert assembly.get_stack_artifact("ProdInner6AE3BBF4").stack_name == EXPECTED["nestedStack"]
    assert assembly.try_get_artifact("nope") is None


@pytest.mark.parametrize(("call", "key"), [
    (lambda a: a.get_stack_by_name("nope"), "byName"),
    (lambda a: a.get_stack_artifact("nope"), "byId"),
    (lambda a: a.get_nested_assembly_artifact("nope"), "nestedMissing"),
    (lambda a: a.get_nested_assembly_artifact("Tree"), "nestedNotNested"),
    (lambda a: cx.EnvironmentUtils.parse("123456789012/us-east-1"), "parse"),
])
def test_fails_with_aws_cdk_libs_messages(assembly, call, key):
    with pytest.raises(Exception) as e:
        call(assembly)
    assert str(e.value) == EXPECTED["errors"][key]
    assert Errors.is_cloud_assembly_error(e.value)


def test_environment_utils_and_placeholders_are_aws_cdk_libs():
    env = EXPECTED["environment"]
    assert to_json(cx.EnvironmentUtils.parse("aws://123456789012/eu-west-1")) == env["parse"]
    assert to_json(cx.EnvironmentUtils.parse("aws://unknown-account/unknown-region")) == env["parseUnknown"]
    assert to_json(cx.EnvironmentUtils.make("1111", "ap-south-1")) == env["make"]
    assert cx.EnvironmentUtils.format("1111", "ap-south-1") == env["format"]
    ph = EXPECTED["placeholders"]
    assert cx.EnvironmentPlaceholders.replace(
        {"a": "arn:${AWS::Partition}:s3:::b-${AWS::AccountId}-${AWS::Region}", "b": ["${AWS::Region}", 1, None, True]},
        account_id="111", partition="aws-cn", region="cn-north-1") == ph["replace"]

    class Provider:
        def account_id(self) -> str:
            return "111"

        def partition(self) -> str:
            return "aws"

        def region(self) -> str:
            return "eu-west-3"

    assert cx.EnvironmentPlaceholders.replace_async(
        {"a": "arn:${AWS::Partition}:s3:::b-${AWS::AccountId}", "b": ["${AWS::Region}", "x-${AWS::Region}"]},
        Provider()) == ph["replaceAsync"]
    assert [cx.EnvironmentPlaceholders.CURRENT_REGION, cx.EnvironmentPlaceholders.CURRENT_ACCOUNT,
            cx.EnvironmentPlaceholders.CURRENT_PARTITION] == ph["constants"]


def _files(root: str) -> dict[str, bytes]:
    out = {}
    for d, _, names in os.walk(root):
        for n in names:
            with open(os.path.join(d, n), "rb") as f:
                out[os.path.relpath(os.path.join(d, n), root)] = f.read()
    return out


def test_the_builder_writes_aws_cdk_libs_files(tmp_path):
    built = builder.build(cx, m, str(tmp_path / "out"))
    assert _files(str(tmp_path / "out")) == _files(os.path.join(FIXTURES, "builder"))
    assert [s.stack_name for s in built.stacks_recursively] == ["the-stack", "Inner"]
    (message,) = built.get_stack_artifact("Stack").messages
    assert message.level is cx.SynthesisMessageLevel.ERROR and message.entry.data == "broken"


def test_the_builder_refuses_a_file_as_output_directory(tmp_path):
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(Exception, match=f"^{path} must be a directory$"):
        cx.CloudAssemblyBuilder(str(path))


def test_a_builder_without_directory_writes_a_temporary_one_that_cleanup_deletes():
    b = cx.CloudAssemblyBuilder()
    assert os.path.isdir(b.outdir) and b.asset_outdir == b.outdir
    assembly = b.build_assembly()
    assert assembly.artifacts == [] and assembly.tree() is None
    cx.CloudAssembly.cleanup_temporary_directories()
    assert not os.path.exists(b.outdir)


def test_an_artifact_depending_on_a_missing_one_fails_the_read(tmp_path):
    b = cx.CloudAssemblyBuilder(str(tmp_path))
    b.add_artifact("Tree", type=m.ArtifactType.CDK_TREE, properties=m.TreeArtifactProperties(file="tree.json"),
                   dependencies=["Gone"])
    with pytest.raises(Exception, match="^Artifact Tree depends on non-existing artifact Gone$"):
        b.build_assembly()


def test_app_synth_results_are_cloud_assemblies_and_read_back_with_this_api(tmp_path):
    app = App(outdir=str(tmp_path))
    Stack(app, "One", stack_name="first")
    synthesized = app.synth()
    assert cx.CloudAssembly.is_cloud_assembly(synthesized)
    assert cx.CloudFormationStackArtifact.is_cloud_formation_stack_artifact(synthesized.stacks[0])
    read = cx.CloudAssembly(synthesized.directory)
    assert isinstance(read, type(synthesized))  # the core's type: accepted wherever pycdk takes an assembly
    stack = read.get_stack_by_name("first")
    assert stack.template == synthesized.get_stack_by_name("first").template
    assert stack.display_name == "One (first)"
    assert not cx.CloudAssembly.is_cloud_assembly(stack)


def test_pipelines_take_a_stack_artifact_read_here(tmp_path):
    from l2.pipelines import StackDeployment

    deployment = StackDeployment.from_artifact(cx.CloudAssembly(ASSEMBLY).get_stack_artifact("Producer"))
    assert (deployment.stack_name, deployment.account, deployment.region) == ("Producer", "123456789012", "us-east-1")


def test_from_manifest_makes_the_class_of_the_type_and_none_for_others(assembly):
    tree = cx.CloudArtifact.from_manifest(assembly, "T", type=m.ArtifactType.CDK_TREE, properties={"file": "t.json"})
    assert isinstance(tree, cx.TreeCloudArtifact) and tree.file == "t.json"
    assert cx.CloudArtifact.from_manifest(assembly, "F", type=m.ArtifactType.FEATURE_FLAG_REPORT) is None
    with pytest.raises(Exception, match='^Invalid TreeCloudArtifact. Missing "file" property$'):
        cx.TreeCloudArtifact(assembly, "T", type=m.ArtifactType.CDK_TREE)
    with pytest.raises(Exception, match="^Invalid CloudFormation stack artifact. Missing environment$"):
        cx.CloudFormationStackArtifact(assembly, "S", type=m.ArtifactType.AWS_CLOUDFORMATION_STACK,
                                       properties=m.AwsCloudFormationStackProperties(template_file="x.json"))


def test_artifact_manifests_are_the_manifests_entries_and_read_like_the_cores_dicts(assembly):
    loaded = m.Manifest.load_assembly_manifest(os.path.join(ASSEMBLY, "manifest.json"))
    for artifact in assembly.artifacts:
        assert artifact.manifest == loaded.artifacts[artifact.id] and loaded.artifacts[artifact.id] == artifact.manifest
        assert isinstance(artifact.manifest, m.ArtifactManifest)
        assert repr(artifact.manifest) == repr(loaded.artifacts[artifact.id])
    producer = assembly.get_stack_artifact("Producer")
    assert producer.manifest.get("type") == "aws:cloudformation:stack" and "properties" in producer.manifest
    assert producer.manifest["properties"]["templateFile"] == "Producer.template.json"
    assert producer.manifest.get("nope", 1) == 1
    assert str(producer.environment) == "aws://123456789012/us-east-1"


def test_wrong_types_are_type_errors(assembly):
    with pytest.raises(TypeError, match="artifact_id"):
        assembly.get_stack_artifact(1)
    with pytest.raises(TypeError, match="directory"):
        cx.CloudAssembly(None)
