"""pycdk's BucketDeployment handler, run in-process against moto's S3 (and a fake CloudFront client)."""

from __future__ import annotations

import importlib.util
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

boto3 = pytest.importorskip("boto3")
moto = pytest.importorskip("moto")

HANDLER = Path(__file__).resolve().parents[3] / "l2" / "s3_deployment" / "_handlers" / "bucket_deployment" / "index.py"


def _load_handler() -> Any:
    spec = importlib.util.spec_from_file_location("bucket_deployment_handler", HANDLER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


index = _load_handler()


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return buffer.getvalue()


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    with moto.mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="src")
        client.create_bucket(Bucket="dest")
        yield client


def _keys(s3: Any, bucket: str = "dest") -> list[str]:
    return sorted(o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", []))


def _body(s3: Any, key: str, bucket: str = "dest") -> str:
    return s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode()


def _event(request: str = "Create", **props: Any) -> dict[str, Any]:
    base = {"SourceBucketNames": ["src"], "SourceObjectKeys": ["site.zip"], "DestinationBucketName": "dest"}
    return {"RequestType": request, "ResourceProperties": {**base, **props}}


def test_create_extracts_the_zip_under_the_prefix_and_returns_the_zip_names(s3: Any) -> None:
    s3.put_object(Bucket="src", Key="site.zip", Body=_zip({"index.html": "<h1>hi</h1>", "css/a.css": "a{}"}))
    data = index.process(_event(DestinationBucketKeyPrefix="web/"), s3=s3)
    assert _keys(s3) == ["web/css/a.css", "web/index.html"]
    assert _body(s3, "web/index.html") == "<h1>hi</h1>"
    assert data == {"SourceObjectKeys": ["site.zip"]}
    # content type guessed from the file name, as the AWS CLI does
    assert s3.head_object(Bucket="dest", Key="web/index.html")["ContentType"] == "text/html"


def test_markers_are_replaced_and_json_escaped_on_request(s3: Any) -> None:
    s3.put_object(Bucket="src", Key="a.zip", Body=_zip({"a.json": '{"v":"<<marker:0xbaba:0>>"}'}))
    s3.put_object(Bucket="src", Key="b.zip", Body=_zip({"b.txt": "v=<<marker:0xbaba:0>>"}))
    value = 'say "hi"'
    index.process(_event(SourceBucketNames=["src", "src"], SourceObjectKeys=["a.zip", "b.zip"],
                         SourceMarkers=[{"<<marker:0xbaba:0>>": value}, {"<<marker:0xbaba:0>>": value}],
                         SourceMarkersConfig=[{"jsonEscape": "true"}, {}]), s3=s3)
    assert json.loads(_body(s3, "a.json")) == {"v": value}
    assert _body(s3, "b.txt") == f"v={value}"


def test_prune_deletes_what_the_sources_lack_unless_excluded_or_disabled(s3: Any) -> None:
    s3.put_object(Bucket="src", Key="site.zip", Body=_zip({"keep.txt": "k"}))
    s3.put_object(Bucket="dest", Key="stale.txt", Body=b"s")
    s3.put_object(Bucket="dest", Key="img.gif", Body=b"g")
    index.process(_event(Prune="false"), s3=s3)
    assert _keys(s3) == ["img.gif", "keep.txt", "stale.txt"]
    index.process(_event(Exclude=["*.gif"]), s3=s3)
    assert _keys(s3) == ["img.gif", "keep.txt"]  # excluded destination objects are not pruned (aws s3 sync)


def test_exclude_then_include_filters_the_uploaded_files(s3: Any) -> None:
    s3.put_object(Bucket="src", Key="site.zip", Body=_zip({"a.txt": "a", "b.txt": "b", "c.md": "c"}))
    index.process(_event(Exclude=["*"], Include=["a.txt", "*.md"]), s3=s3)
    assert _keys(s3) == ["a.txt", "c.md"]


def test_extract_false_copies_the_zip_and_returns_its_version(s3: Any) -> None:
    s3.put_bucket_versioning(Bucket="dest", VersioningConfiguration={"Status": "Enabled"})
    s3.put_object(Bucket="src", Key="assets/site.zip", Body=_zip({"a.txt": "a"}))
    data = index.process(_event(SourceObjectKeys=["assets/site.zip"], Extract="false",
                                OutputObjectVersionIds="true"), s3=s3)
    assert _keys(s3) == ["site.zip"]
    version = s3.head_object(Bucket="dest", Key="site.zip")["VersionId"]
    assert data["SourceObjectVersionIds"] == [version]


def test_metadata_is_applied_to_every_object(s3: Any) -> None:
    s3.put_object(Bucket="src", Key="site.zip", Body=_zip({"index.html": "x"}))
    index.process(_event(UserMetadata={"a": "aaa"},
                         SystemMetadata={"cache-control": "public, max-age=60", "content-type": "text/plain",
                                         "content-disposition": "inline", "storage-class": "STANDARD_IA",
                                         "expires": "Wed, 01 Jan 2031 00:00:00 GMT"}), s3=s3)
    head = s3.head_object(Bucket="dest", Key="index.html")
    assert head["Metadata"] == {"a": "aaa"}
    assert head["CacheControl"] == "public, max-age=60"
    assert head["ContentType"] == "text/plain"
    assert head["ContentDisposition"] == "inline"
    assert head["StorageClass"] == "STANDARD_IA"
    assert head["Expires"].year == 2031


def test_delete_empties_the_prefix_only_when_not_retained_and_not_owned(s3: Any) -> None:
    s3.put_object(Bucket="dest", Key="p/a.txt", Body=b"a")
    s3.put_object(Bucket="dest", Key="other.txt", Body=b"o")
    index.process(_event("Delete", DestinationBucketKeyPrefix="p/"), s3=s3)  # RetainOnDelete defaults to true
    assert _keys(s3) == ["other.txt", "p/a.txt"]
    s3.put_bucket_tagging(Bucket="dest", Tagging={"TagSet": [{"Key": "aws-cdk:cr-owned:p/:12345678", "Value": "true"}]})
    index.process(_event("Delete", DestinationBucketKeyPrefix="p/", RetainOnDelete="false"), s3=s3)
    assert _keys(s3) == ["other.txt", "p/a.txt"]  # another deployment still claims the prefix
    s3.delete_bucket_tagging(Bucket="dest")
    index.process(_event("Delete", DestinationBucketKeyPrefix="p/", RetainOnDelete="false"), s3=s3)
    assert _keys(s3) == ["other.txt"]


def test_update_to_a_new_prefix_removes_the_old_one_when_not_retained(s3: Any) -> None:
    s3.put_object(Bucket="src", Key="site.zip", Body=_zip({"a.txt": "a"}))
    s3.put_object(Bucket="dest", Key="old/a.txt", Body=b"a")
    event = _event("Update", DestinationBucketKeyPrefix="new/", RetainOnDelete="false")
    event["OldResourceProperties"] = {"DestinationBucketName": "dest", "DestinationBucketKeyPrefix": "old/"}
    index.process(event, s3=s3)
    assert _keys(s3) == ["new/a.txt"]


class _FakeCloudFront:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def create_invalidation(self, **kwargs: Any) -> dict[str, Any]:
        self.calls.append(kwargs)
        return {"Invalidation": {"Id": "I1"}}


def test_distribution_is_invalidated_with_the_given_paths_or_the_prefix(s3: Any) -> None:
    s3.put_object(Bucket="src", Key="site.zip", Body=_zip({"a.txt": "a"}))
    cloudfront = _FakeCloudFront()
    index.process(_event(DistributionId="D1", DistributionPaths=["/images/*.png"],
                         WaitForDistributionInvalidation="false"), s3=s3, cloudfront=cloudfront)
    index.process(_event(DistributionId="D1", DestinationBucketKeyPrefix="web/",
                         WaitForDistributionInvalidation="false"), s3=s3, cloudfront=cloudfront)
    assert [c["InvalidationBatch"]["Paths"] for c in cloudfront.calls] == [
        {"Quantity": 1, "Items": ["/images/*.png"]}, {"Quantity": 1, "Items": ["/web/*"]}]
    assert all(c["DistributionId"] == "D1" for c in cloudfront.calls)


def test_handler_reports_success_and_failure_to_cloudformation(s3: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[dict[str, Any]] = []

    class _Response:
        def __enter__(self) -> _Response:
            return self

        def __exit__(self, *args: Any) -> None:
            return None

        def read(self) -> bytes:
            return b""

    def fake_urlopen(request: Any, timeout: int) -> _Response:
        sent.append(json.loads(request.data))
        return _Response()

    monkeypatch.setattr(index.urllib.request, "urlopen", fake_urlopen)
    monkeypatch.setattr(index, "s3_client", lambda sign_content=False: s3)
    s3.put_object(Bucket="src", Key="site.zip", Body=_zip({"a.txt": "a"}))
    common = {"ResponseURL": "https://example.invalid/r", "StackId": "s", "RequestId": "r", "LogicalResourceId": "L"}
    index.handler({**_event(), **common}, None)
    index.handler({**_event(SourceObjectKeys=["missing.zip"]), **common, "PhysicalResourceId": "keep-me"}, None)
    assert sent[0]["Status"] == "SUCCESS" and sent[0]["PhysicalResourceId"].startswith("aws.cdk.s3deployment.")
    assert sent[0]["Data"] == {"SourceObjectKeys": ["site.zip"]}
    assert sent[1]["Status"] == "FAILED" and sent[1]["PhysicalResourceId"] == "keep-me"


def test_zip_entries_outside_the_destination_are_refused(s3: Any) -> None:
    s3.put_object(Bucket="src", Key="site.zip", Body=_zip({"../evil.txt": "x"}))
    with pytest.raises(ValueError, match="outside the destination"):
        index.process(_event(), s3=s3)
