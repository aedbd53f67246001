"""pycdk's auto-delete-images handler, run in-process against moto's ECR."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

boto3 = pytest.importorskip("boto3")
moto = pytest.importorskip("moto")

HANDLER = Path(__file__).resolve().parents[3] / "l2" / "ecr" / "_handlers" / "auto_delete_images" / "index.py"
MANIFEST = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json"})


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    with moto.mock_aws():
        spec = importlib.util.spec_from_file_location("ecr_auto_delete_handler", HANDLER)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        responses: list[dict[str, Any]] = []
        monkeypatch.setattr(module, "respond", lambda e, c, status, reason: responses.append(
            {"status": status, "reason": reason}))
        yield module, boto3.client("ecr", region_name="us-east-1"), responses


def _repo(client: Any, name: str, flagged: bool, images: int) -> None:
    tags = [{"Key": "aws-cdk:auto-delete-images", "Value": "true"}] if flagged else []
    client.create_repository(repositoryName=name, tags=tags)
    for i in range(images):
        client.put_image(repositoryName=name, imageManifest=MANIFEST.replace("2}", f"2, \"n\": {i}}}"),
                         imageTag=f"t{i}")


def _count(client: Any, name: str) -> int:
    return len(client.list_images(repositoryName=name)["imageIds"])


def _event(request: str, name: str, old: str | None = None) -> dict[str, Any]:
    event: dict[str, Any] = {"RequestType": request, "ResourceProperties": {"RepositoryName": name}}
    if old is not None:
        event["OldResourceProperties"] = {"RepositoryName": old}
    return event


def test_delete_empties_a_flagged_repository(env: Any) -> None:
    module, client, responses = env
    _repo(client, "flagged", True, 3)
    module.handler(_event("Delete", "flagged"), None)
    assert _count(client, "flagged") == 0
    assert responses == [{"status": "SUCCESS", "reason": ""}]


def test_delete_keeps_images_when_the_tag_is_gone(env: Any) -> None:
    module, client, responses = env
    _repo(client, "kept", False, 2)
    module.handler(_event("Delete", "kept"), None)
    assert _count(client, "kept") == 2
    assert responses[0]["status"] == "SUCCESS"


def test_delete_of_a_missing_repository_succeeds(env: Any) -> None:
    module, _, responses = env
    module.handler(_event("Delete", "gone"), None)
    assert responses == [{"status": "SUCCESS", "reason": ""}]


def test_rename_empties_the_old_repository(env: Any) -> None:
    module, client, _ = env
    _repo(client, "old", True, 2)
    _repo(client, "new", True, 1)
    module.handler(_event("Update", "new", old="old"), None)
    assert (_count(client, "old"), _count(client, "new")) == (0, 1)
