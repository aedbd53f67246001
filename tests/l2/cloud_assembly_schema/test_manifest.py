"""``l2.cloud_assembly_schema``: ``Manifest.save_*`` write aws-cdk-lib's bytes (``fixtures/``, written by
``oracle_expected.py`` from the same structs, ``schema_manifests.py``); ``load_*`` read them back into equal structs;
version checks and the JSON-schema validation refuse what aws-cdk-lib refuses."""

from __future__ import annotations

import json
import os
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import l2.cloud_assembly_schema as m
from constructs import Errors

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")
ASSEMBLY_FIXTURE = os.path.join(HERE, "..", "cx_api", "fixtures", "assembly")
sys.path.insert(0, HERE)

import schema_manifests as manifests  # noqa: E402

SAVES = [
    ("assembly.json", manifests.assembly_manifest, m.Manifest.save_assembly_manifest),
    ("assets.json", manifests.asset_manifest, m.Manifest.save_asset_manifest),
    ("integ.json", manifests.integ_manifest, m.Manifest.save_integ_manifest),
]


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


@pytest.mark.parametrize(("fixture", "build", "save"), SAVES, ids=[s[0] for s in SAVES])
def test_save_writes_the_bytes_aws_cdk_lib_writes(tmp_path, fixture, build, save):
    out = str(tmp_path / fixture)
    save(build(m), out)
    assert _read(out) == _read(os.path.join(FIXTURES, fixture))


def test_version_and_cli_version_are_aws_cdk_libs():
    with open(os.path.join(FIXTURES, "versions.json")) as f:
        expected = json.load(f)
    assert m.Manifest.version() == expected["version"]
    assert m.Manifest.cli_version() == expected["cli_version"]


def test_loading_a_saved_assembly_manifest_gives_the_structs_back():
    loaded = m.Manifest.load_assembly_manifest(os.path.join(FIXTURES, "assembly.json"))
    built = manifests.assembly_manifest(m)
    assert loaded.version == "55.0.0" and loaded.minimum_cli_version == "2.1148.0"
    assert loaded.artifacts == built.artifacts
    assert loaded.missing == built.missing
    assert loaded.runtime == built.runtime
    stack = loaded.artifacts["Stack"]
    assert isinstance(stack.properties, m.AwsCloudFormationStackProperties)
    assert isinstance(stack.properties.lookup_role, m.BootstrapRole)
    assert stack.metadata["/Stack"][0].data == [m.Tag(key="team", value="a")]
    assert isinstance(loaded.missing[1].props, m.KeyContextQuery)
    assert loaded.missing[1].provider is m.ContextProvider.KEY_PROVIDER


def test_loading_saved_asset_and_integ_manifests_gives_the_structs_back():
    assets = m.Manifest.load_asset_manifest(os.path.join(FIXTURES, "assets.json"))
    built = manifests.asset_manifest(m)
    assert (assets.files, assets.docker_images) == (built.files, built.docker_images)
    assert assets.files["abc"].source.packaging is m.FileAssetPackaging.ZIP_DIRECTORY
    integ = m.Manifest.load_integ_manifest(os.path.join(FIXTURES, "integ.json"))
    assert integ.test_cases == manifests.integ_manifest(m).test_cases
    assert integ.test_cases["Case"].cdk_command_options.deploy.args.require_approval is m.RequireApproval.NEVER


def test_an_integ_manifest_without_test_cases_reads_as_none(tmp_path):
    path = tmp_path / "integ.json"
    path.write_text('{"version": "55.0.0"}')
    assert m.Manifest.load_integ_manifest(str(path)).test_cases == {}


def test_a_pycdk_assembly_manifest_reads_with_typed_properties_and_missing_context():
    loaded = m.Manifest.load_assembly_manifest(os.path.join(ASSEMBLY_FIXTURE, "manifest.json"))
    props = loaded.artifacts["Producer"].properties
    assert props.notification_arns == ["arn:aws:sns:us-east-1:123456789012:events"]
    assert props.tags == {"team": "storage"} and props.termination_protection is True
    assert isinstance(loaded.artifacts["Producer.assets"].properties, m.AssetManifestProperties)
    assert isinstance(loaded.artifacts["Tree"].properties, m.TreeArtifactProperties)
    report = loaded.artifacts["aws-cdk-lib/feature-flag-report"]
    assert report.type is m.ArtifactType.FEATURE_FLAG_REPORT
    assert isinstance(report.properties, m.FeatureFlagReportProperties)
    (missing,) = loaded.missing
    assert missing.provider is m.ContextProvider.VPC_PROVIDER
    assert missing.props == m.VpcContextQuery(
        account="123456789012", region="us-east-1", filter={"vpc-id": "vpc-12345"}, return_asymmetric_subnets=True,
        lookup_role_arn="arn:${AWS::Partition}:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-us-east-1",
    )
    assets = m.Manifest.load_asset_manifest(os.path.join(ASSEMBLY_FIXTURE, "Producer.assets.json"))
    assert {a.source.directory for a in assets.docker_images.values()} == {
        "asset.48a09da1538cb83dc7a1899796f12c51a429eb4e1d607c65276cdcedf2133929"}


def test_stack_tags_written_with_capitals_read_as_key_and_value(tmp_path):
    doc = {"version": "55.0.0", "artifacts": {"S": {
        "type": "aws:cloudformation:stack", "environment": "aws://1/r",
        "properties": {"templateFile": "S.template.json"},
        "metadata": {"/S": [{"type": "aws:cdk:stack-tags", "data": [{"Key": "a", "Value": "b"}]}]},
    }}}
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(doc))
    loaded = m.Manifest.load_assembly_manifest(str(path))
    assert loaded.artifacts["S"].metadata["/S"][0].data == [m.Tag(key="a", value="b")]


def _manifest_file(tmp_path, doc) -> str:
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc)
    return str(path)


def test_fails_on_a_newer_schema_major_version_naming_the_cli_that_reads_it(tmp_path):
    path = _manifest_file(tmp_path, {"version": "56.1.0", "minimumCliVersion": "2.2000.0"})
    with pytest.raises(Exception, match=r"^Cloud assembly schema version mismatch: Maximum schema version supported "
                                        r"is 55\.x\.x, but found 56\.1\.0\. You need at least CLI version 2\.2000\.0 "
                                        r"to read this manifest\.$") as e:
        m.Manifest.load_assembly_manifest(path)
    assert Errors.is_cloud_assembly_error(e.value)
    assert m.Manifest.load_assembly_manifest(path, skip_version_check=True).version == "56.1.0"


def test_fails_on_a_version_that_is_not_semver(tmp_path):
    with pytest.raises(Exception, match='Invalid semver string: "55"'):
        m.Manifest.load_assembly_manifest(_manifest_file(tmp_path, {"version": "55"}))


def test_fails_on_a_file_that_is_not_json_quoting_it(tmp_path):
    with pytest.raises(Exception, match=r'while parsing "\{nope"'):
        m.Manifest.load_assembly_manifest(_manifest_file(tmp_path, "{nope"))


def test_artifacts_of_unknown_types_are_left_out_as_aws_cdk_libs_cloud_assembly_leaves_them_out(tmp_path):
    path = _manifest_file(tmp_path, {"version": "55.0.0", "artifacts": {
        "X": {"type": "cdk:from-the-future"}, "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}}}})
    assert list(m.Manifest.load_assembly_manifest(path).artifacts) == ["Tree"]


def test_fails_on_another_unknown_enum_value_naming_the_field(tmp_path):
    path = _manifest_file(tmp_path, {"version": "55.0.0", "missing": [{"key": "k", "provider": "crystal-ball",
                                                                      "props": {}}]})
    with pytest.raises(Exception, match=r"missing\[0\]\.provider is 'crystal-ball', not one of the ContextProvider "
                                        r"values \('ami', "):
        m.Manifest.load_assembly_manifest(path)


def test_schema_validation_refuses_what_the_schema_refuses(tmp_path):
    path = _manifest_file(tmp_path, {"version": "55.0.0", "artifacts": {"X": {"type": "aws:cloudformation:stack",
                                                                            "dependencies": "not-a-list"}}})
    # aws-cdk-lib: "Invalid assembly manifest:\ninstance.artifacts.X.dependencies is not of a type(s) array"
    with pytest.raises(Exception, match=r"^Invalid assembly manifest:\ninstance\.artifacts\.X\.dependencies is not of "
                                        r"a type\(s\) array$"):
        m.Manifest.load_assembly_manifest(path, validate_schema=True)
    untyped = _manifest_file(tmp_path, {"version": "55.0.0", "artifacts": {"X": {"dependencies": []}}})
    with pytest.raises(Exception, match='^Invalid assembly manifest:\ninstance.artifacts.X requires property "type"$'):
        m.Manifest.load_assembly_manifest(untyped, validate_schema=True)
    with pytest.raises(Exception, match="RoleArn is not allowed inside 'assumeRoleAdditionalOptions'"):
        m.Manifest.load_assembly_manifest(_manifest_file(tmp_path, {"version": "55.0.0", "artifacts": {"X": {
            "type": "aws:cloudformation:stack", "properties": {
                "templateFile": "x", "assumeRoleAdditionalOptions": {"RoleArn": "arn"}}}}}), validate_schema=True)


def test_skip_enum_check_drops_the_schemas_enum_errors(tmp_path):
    path = _manifest_file(tmp_path, {"version": "55.0.0", "artifacts": {"X": {"type": "cdk:bogus"}}})
    with pytest.raises(Exception, match=r"instance\.artifacts\.X\.type is not one of enum values: none,"):
        m.Manifest.load_assembly_manifest(path, validate_schema=True)
    assert m.Manifest.load_assembly_manifest(path, validate_schema=True, skip_enum_check=True).artifacts == {}


def test_schema_validation_accepts_pycdk_assemblies():
    loaded = m.Manifest.load_assembly_manifest(os.path.join(ASSEMBLY_FIXTURE, "manifest.json"), validate_schema=True)
    assert loaded.version == "55.0.0"
    assert m.Manifest.load_assembly_manifest(os.path.join(FIXTURES, "assembly.json"), validate_schema=True)


def test_wrong_types_are_type_errors():
    with pytest.raises(TypeError, match="type"):
        m.ArtifactManifest(type="aws:cloudformation:stack")
    with pytest.raises(TypeError, match="file_path"):
        m.Manifest.load_assembly_manifest(42)


def test_a_validation_report_reads_into_its_structs(tmp_path, monkeypatch):
    path = tmp_path / "validation-report.json"
    path.write_text(json.dumps({
        "version": "55.0.0", "title": "Validation Report",
        "pluginReports": [{
            "pluginName": "checker", "pluginVersion": "1.0", "conclusion": "failure",
            "violations": [{
                "ruleName": "no-public-buckets", "description": "Buckets are private", "severity": "error",
                "suggestedFix": "block public access", "ruleMetadata": {"doc": "https://example.com"},
                "violatingConstructs": [{
                    "constructPath": "App/Stack/Bucket", "constructFqn": "aws-cdk-lib.aws_s3.Bucket",
                    "cloudFormationResource": {"logicalId": "Bucket83908E77", "templatePath": "Stack.template.json",
                                               "propertyPaths": ["PublicAccessBlockConfiguration"]},
                }],
            }],
            "suppressedViolations": [{
                "ruleName": "tags", "description": "Tagged", "severity": "warning", "acknowledgedId": "tags",
                "reason": "later", "violatingConstructs": [{"constructPath": "App/Stack/Queue"}],
            }],
        }],
    }))
    report = m.Manifest.load_validation_report(str(path))
    (plugin,) = report.plugin_reports
    (violation,) = plugin.violations
    assert violation.violating_constructs[0].cloud_formation_resource == m.CloudFormationResourceJson(
        logical_id="Bucket83908E77", template_path="Stack.template.json",
        property_paths=["PublicAccessBlockConfiguration"])
    assert (violation.rule_name, violation.suggested_fix, violation.rule_metadata) == (
        "no-public-buckets", "block public access", {"doc": "https://example.com"})
    (suppressed,) = plugin.suppressed_violations
    assert isinstance(suppressed, m.SuppressedViolationJson) and suppressed.acknowledged_id == "tags"
    assert suppressed.violating_constructs == [m.ViolatingConstructJson(construct_path="App/Stack/Queue")]
    assert (report.title, plugin.conclusion, plugin.plugin_version) == ("Validation Report", "failure", "1.0")
    monkeypatch.setenv("TESTING_CDK", "1")  # aws-cdk-lib validates against the schema when TESTING_CDK=1
    assert m.Manifest.load_validation_report(str(path)) == report
    path.write_text(json.dumps({"version": "55.0.0", "pluginReports": [{
        "pluginName": "x", "conclusion": "failure",
        "violations": [{"ruleName": "r", "description": "d", "severity": "high", "violatingConstructs": []}]}]}))
    # aws-cdk-lib's message (TESTING_CDK=1 node, Manifest.loadValidationReport)
    with pytest.raises(Exception, match=r"^Invalid assembly manifest:\ninstance\.pluginReports\[0\]\.violations\[0\]"
                                        r"\.severity is not one of enum values: fatal,error,warning,info,custom$"):
        m.Manifest.load_validation_report(str(path))


def _make(cls):
    """A factory of the struct (hypothesis reads its signature; a struct's is built lazily)."""
    return lambda **kwargs: cls(**kwargs)


_names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
_file_assets = st.builds(
    _make(m.FileAsset),
    source=st.builds(_make(m.FileSource), path=_names,
                     packaging=st.sampled_from(list(m.FileAssetPackaging)) | st.none()),
    destinations=st.dictionaries(_names, st.builds(
        _make(m.FileDestination), bucket_name=_names, object_key=_names, region=_names | st.none(),
        assume_role_arn=_names | st.none()), min_size=1, max_size=3),
    display_name=st.text(max_size=20) | st.none(),
)
_image_assets = st.builds(
    _make(m.DockerImageAsset),
    source=st.builds(_make(m.DockerImageSource), directory=_names | st.none(), platform=_names | st.none(),
                     docker_build_args=st.dictionaries(_names, st.text(max_size=10), max_size=3) | st.none(),
                     cache_disabled=st.booleans() | st.none()),
    destinations=st.dictionaries(_names, st.builds(_make(m.DockerImageDestination), repository_name=_names,
                                                   image_tag=_names), min_size=1, max_size=2),
)


@settings(max_examples=40, deadline=None)
@given(files=st.dictionaries(_names, _file_assets, max_size=3),
       images=st.dictionaries(_names, _image_assets, max_size=2) | st.none())
def test_asset_manifests_read_back_as_they_were_saved(tmp_path_factory, files, images):
    path = str(tmp_path_factory.mktemp("assets") / "assets.json")
    manifest = m.AssetManifest(version="1.0.0", files=files, docker_images=images)
    m.Manifest.save_asset_manifest(manifest, path)
    loaded = m.Manifest.load_asset_manifest(path)
    assert (loaded.files, loaded.docker_images, loaded.version) == (files, images, "55.0.0")
