"""Golden apps whose custom-resource handlers pycdk writes itself match aws-cdk-lib once the handler code is masked.

aws-cdk-lib deploys its own bundled handlers: JavaScript for ``Custom::S3AutoDeleteObjects`` (a code asset) and an
inline Python ``ZipFile`` for ``Custom::S3BucketNotifications``. pycdk ships its own handler code, so the code
asset key, ``Handler``, ``Runtime`` and the inline ``ZipFile`` differ by design; everything else (resources, ids,
roles, policies, properties, dependencies) must be byte-identical.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
sys.path.insert(0, str(GOLDEN))

from _harness import GoldenApp, all_apps, mask_own_provider_handlers, run_on_pycdk  # noqa: E402

NOTIFICATIONS_HANDLER = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834"
AUTO_DELETE_PROVIDER = "CustomS3AutoDeleteObjectsCustomResourceProvider"
OWN_HANDLER_APPS = {
    "l2_s3/bucket_auto_delete",
    "l2_s3/bucket_event_bridge",
    "l2_s3/bucket_notifications",
    "l2_s3/bucket_notifications_encrypted",
    "l2_s3/bucket_notifications_lambda",
    "l2_s3/bucket_notifications_skip_validation",
    "l2_s3/integ_bucket_auto_delete_objects",
    "l2_s3/integ_bucket_auto_delete_objects_mixin",
    "l2_s3/integ_bucket_eventbridge_notification_via_property",
    "l2_s3/integ_bucket_import_server_access_logs",
    "l2_s3/integ_bucket_notifications",
    "l2_s3/integ_bucket_notifications_multi_bucket_policy",
    "l2_s3/integ_bucket_notifications_scoped_permissions",
    "l2_s3/integ_bucket_replication",
    "l2_s3/integ_bucket_replication_cross_stack",
    "l2_s3/integ_bucket_replication_multiple_sources",
    "l2_s3/integ_bucket_replication_unique_role",
    "l2_s3/integ_bucket_replication_use_custom_role",
    "l2_s3/integ_bucket_server_access_logs_sse_kms",
    "l2_s3/mixins_auto_delete",
}
APPS = [app for app in all_apps() if app.test_id in OWN_HANDLER_APPS]


def _uses_own_handler(app: GoldenApp) -> bool:
    texts = [p.read_text(encoding="utf-8") for p in app.fixture_dir.glob("*.template.json")]
    return any(NOTIFICATIONS_HANDLER in t or AUTO_DELETE_PROVIDER in t for t in texts)


def _mask(text: bytes) -> str:
    template = json.loads(mask_own_provider_handlers(text))
    for logical_id, resource in template.get("Resources", {}).items():
        if logical_id.startswith(NOTIFICATIONS_HANDLER) and resource["Type"] == "AWS::Lambda::Function":
            resource["Properties"]["Code"]["ZipFile"] = "<inline handler shipped by the library>"
    return json.dumps(template, indent=1, ensure_ascii=False)


def test_the_list_names_exactly_the_apps_with_library_handlers() -> None:
    suites = [a for a in all_apps() if a.suite in ("l2_s3", "l2_sqs", "l2_sns") and a.fixture_dir.is_dir()]
    assert {a.test_id for a in suites if _uses_own_handler(a)} == OWN_HANDLER_APPS


@pytest.mark.parametrize("app", APPS, ids=lambda a: a.test_id)
def test_templates_match_aws_cdk_lib_apart_from_handler_code(app: GoldenApp, tmp_path: Path) -> None:
    outdir = run_on_pycdk(app, tmp_path)
    for fixture in sorted(app.fixture_dir.glob("*.template.json")):
        produced = outdir / fixture.name
        assert produced.exists(), fixture.name
        assert _mask(produced.read_bytes()) == _mask(fixture.read_bytes())


def test_the_inline_notifications_handler_is_ours_and_comment_free(tmp_path: Path) -> None:
    (app,) = [a for a in APPS if a.test_id == "l2_s3/bucket_event_bridge"]
    template = json.loads((run_on_pycdk(app, tmp_path) / "BucketEvents.template.json").read_text())
    fn = next(r for k, r in template["Resources"].items() if k.startswith(NOTIFICATIONS_HANDLER) and "Code" in r.get("Properties", {}))
    source = fn["Properties"]["Code"]["ZipFile"]
    compile(source, "index.py", "exec")
    assert "def handler(event, context):" in source
    assert not [line for line in source.splitlines() if line.lstrip().startswith("#")]
