"""Unit tests of ``l2.codecommit``: validation errors (messages as aws-cdk-lib's), notification options,
``ReferenceEvent`` fields, and import isolation."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from constructs import Stack, UnscopedValidationError, ValidationError
from l2 import codecommit, s3_assets, sns


def test_from_directory_needs_a_directory(tmp_path: Path) -> None:
    file = tmp_path / "f.txt"
    file.write_text("x")
    with pytest.raises(UnscopedValidationError, match=r"'.*f\.txt' needs to be a path to a directory \(resolved to: '"):
        codecommit.Code.from_directory(str(file))


def test_from_zip_file_needs_a_file(tmp_path: Path) -> None:
    with pytest.raises(UnscopedValidationError, match=r"needs to be a path to a ZIP file \(resolved to: '"):
        codecommit.Code.from_zip_file(str(tmp_path))


def test_from_asset_needs_a_zip_archive(stack: Stack, tmp_path: Path) -> None:
    file = tmp_path / "plain.txt"
    file.write_text("not a zip")
    asset = s3_assets.Asset(stack, "Plain", path=str(file))
    with pytest.raises(ValidationError, match=r"Asset must be a \.zip file or a directory") as err:
        codecommit.Repository(stack, "Repo", repository_name="r", code=codecommit.Code.from_asset(asset))
    assert "S/Repo" in str(err.value)


def test_from_asset_with_a_branch(stack: Stack, tmp_path: Path, synth: Callable[[Stack], dict[str, Any]]) -> None:
    (tmp_path / "a.txt").write_text("a")
    asset = s3_assets.Asset(stack, "Dir", path=str(tmp_path))
    codecommit.Repository(stack, "Repo", repository_name="r", code=codecommit.Code.from_asset(asset, "dev"))
    code = synth(stack)["Resources"]["Repo02AC86CF"]["Properties"]["Code"]
    assert code["BranchName"] == "dev"
    assert set(code["S3"]) == {"Bucket", "Key"}


def test_trigger_names_must_be_unique(stack: Stack) -> None:
    repo = codecommit.Repository(stack, "Repo", repository_name="r")
    repo.notify("arn:aws:sns:us-east-1:123456789012:t", name="t")
    with pytest.raises(ValidationError, match="Unable to set repository trigger named t because trigger names must be unique"):
        repo.notify("arn:aws:sns:us-east-1:123456789012:u", name="t")


def test_notify_on_detail_type_basic(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    from l2.codestarnotifications import DetailType

    repo = codecommit.Repository(stack, "Repo", repository_name="r")
    topic = sns.Topic(stack, "T")
    rule = repo.notify_on_pull_request_created("N", topic, detail_type=DetailType.BASIC)
    assert rule.add_target(sns.Topic(stack, "T2")) is True
    props = synth(stack)["Resources"]
    [notification] = [r for r in props.values() if r["Type"] == "AWS::CodeStarNotifications::NotificationRule"]
    assert notification["Properties"]["DetailType"] == "BASIC"
    assert len(notification["Properties"]["Targets"]) == 2


def test_reference_event_fields_are_event_paths(stack: Stack) -> None:
    resolved = stack.resolve(codecommit.ReferenceEvent.commit_id)
    assert resolved == "$.detail.commitId"  # aws-cdk-lib: stack.resolve(ReferenceEvent.commit_id)


def test_repository_name_is_required(stack: Stack) -> None:
    with pytest.raises(TypeError):
        codecommit.Repository(stack, "Repo")  # type: ignore[call-arg]


def test_wrong_type_is_a_type_error(stack: Stack) -> None:
    with pytest.raises(TypeError):
        codecommit.Repository(stack, "Repo", repository_name=3)  # type: ignore[arg-type]


def test_import_loads_only_the_services_aws_cdk_lib_depends_on() -> None:
    code = (
        "import sys\n"
        "import l2.codecommit\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] == 'l2'\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert set(out.split(",")) <= {"l2.codecommit", "l2.iam", "l2.kms", "l2.events", "l2.s3_assets", "l2.s3"}
