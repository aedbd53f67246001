"""Snapshot support: normalization, YAML layout, and the fixture end to end under pytest + syrupy."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import yaml

from assertions.snapshot import ASSET_HASH_PLACEHOLDER, normalize_template, template_to_yaml

HASH = "b5c73cac6b96ad5ae4b0a4e3a0e8c8b3f4a6c1e2d3f4a5b6c7d8e9f0a1b2c3d4"
OTHER = "31c24821" + "0" * 56

NESTED_URL = {
    "Fn::Join": [
        "",
        [
            "https://s3.",
            {"Ref": "AWS::Region"},
            ".",
            {"Ref": "AWS::URLSuffix"},
            "/",
            {"Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},
            f"/{HASH}.json",
        ],
    ]
}


def test_asset_hashes_are_normalized_wherever_they_appear() -> None:
    template = {
        "Resources": {
            "Fn": {
                "Type": "AWS::Lambda::Function",
                "Properties": {"Code": {"S3Key": f"{HASH}.zip"}},
                "Metadata": {"aws:asset:path": f"asset.{OTHER}", "aws:asset:property": "Code"},
            },
            "Nested": {"Type": "AWS::CloudFormation::Stack", "Properties": {"TemplateURL": NESTED_URL}},
            "Image": {
                "Type": "T",
                "Properties": {"Uri": f"1.dkr.ecr.us-east-1.amazonaws.com/repo:{HASH}", "Hash": HASH},
            },
        },
        "Parameters": {
            "BootstrapVersion": {"Description": "Version of the CDK Bootstrap resources [cdk:skip]"}
        },
    }
    normalized = normalize_template(template)
    resources = normalized["Resources"]
    assert resources["Fn"]["Properties"]["Code"]["S3Key"] == f"{ASSET_HASH_PLACEHOLDER}.zip"
    assert resources["Fn"]["Metadata"]["aws:asset:path"] == f"asset.{ASSET_HASH_PLACEHOLDER}"
    assert (
        resources["Nested"]["Properties"]["TemplateURL"]["Fn::Join"][1][-1]
        == f"/{ASSET_HASH_PLACEHOLDER}.json"
    )
    assert resources["Image"]["Properties"] == {
        "Uri": f"1.dkr.ecr.us-east-1.amazonaws.com/repo:{ASSET_HASH_PLACEHOLDER}",
        "Hash": ASSET_HASH_PLACEHOLDER,
    }
    assert normalized["Parameters"] == template["Parameters"]
    assert template["Resources"]["Fn"]["Properties"]["Code"]["S3Key"] == f"{HASH}.zip", "input left untouched"


def test_other_hex_strings_are_kept() -> None:
    kept = ["MyBucketF68F3FF0", HASH[:63], HASH + "a", HASH.upper()]
    assert normalize_template(kept) == kept


def test_yaml_is_readable_and_round_trips() -> None:
    template = {
        "Resources": {
            "Queue": {
                "Type": "AWS::SQS::Queue",
                "Properties": {
                    "VisibilityTimeout": 300,
                    "Script": "line 1\nline 2\n",
                    "Version": "2012-10-17",
                },
                "DependsOn": ["Other"],
            }
        },
        "Outputs": {"Arn": {"Value": {"Fn::GetAtt": ["Queue", "Arn"]}}},
    }
    text = template_to_yaml(template)
    assert text == textwrap.dedent(
        """\
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              VisibilityTimeout: 300
              Script: |
                line 1
                line 2
              Version: '2012-10-17'
            DependsOn:
            - Other
        Outputs:
          Arn:
            Value:
              Fn::GetAtt:
              - Queue
              - Arn
        """
    )
    assert yaml.safe_load(text) == template


def test_yaml_never_folds_long_strings() -> None:
    long = "x " * 200
    assert template_to_yaml({"A": long}).count("\n") == 1


REPO_ROOT = Path(__file__).resolve().parents[2]
PLUGIN_REGISTERED = any(ep.value == "assertions.pytest_plugin" for ep in entry_points(group="pytest11"))


def run_pytest(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pytest on ``directory`` as a user project would, with this plugin loaded."""
    # PYTHONPATH: an editable install made before assertions/ had an __init__.py maps it as a namespace.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
    }
    # Through the pytest11 entry point once pycdk is installed with it; explicitly until then.
    plugin = [] if PLUGIN_REGISTERED else ["-p", "assertions.pytest_plugin"]
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            *plugin,
            "-p",
            "no:cacheprovider",
            "-q",
            f"--rootdir={directory}",
            "-c",
            str(directory / "pytest.ini"),
            *args,
            str(directory),
        ],
        capture_output=True,
        text=True,
        cwd=directory,
        env=env,
        check=False,
    )


USER_TEST = """
from assertions import Template

BUCKET = {{"Resources": {{"Bucket": {{"Type": "AWS::S3::Bucket", "Properties": {{"BucketName": "{name}"}}}}}}}}


def test_bucket(template_snapshot):
    assert template_snapshot == BUCKET
    assert Template.from_json(BUCKET) == template_snapshot(name="as-template")
"""


def test_fixture_creates_checks_and_updates_yaml_snapshots(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    test_file = tmp_path / "test_user.py"
    test_file.write_text(USER_TEST.format(name="alpha"))
    snapshot_dir = tmp_path / "__snapshots__" / "test_user"

    missing = run_pytest(tmp_path)
    assert missing.returncode == 1, missing.stdout
    assert "Snapshot 'test_bucket' does not exist!" in missing.stdout

    created = run_pytest(tmp_path, "--snapshot-update")
    assert created.returncode == 0, created.stdout + created.stderr
    assert sorted(p.name for p in snapshot_dir.iterdir()) == [
        "test_bucket.yaml",
        "test_bucket[as-template].yaml",
    ]
    assert (snapshot_dir / "test_bucket.yaml").read_text() == (
        "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: alpha\n"
    )

    assert run_pytest(tmp_path).returncode == 0

    test_file.write_text(USER_TEST.format(name="beta"))
    changed = run_pytest(tmp_path)
    assert changed.returncode == 1
    assert "-       BucketName: alpha" in changed.stdout
    assert "+       BucketName: beta" in changed.stdout

    assert run_pytest(tmp_path, "--snapshot-update").returncode == 0
    assert "BucketName: beta" in (snapshot_dir / "test_bucket.yaml").read_text()
