"""``python app.py`` in each example writes, byte for byte, the template aws-cdk-lib 2.275.0 synthesizes for the
same constructs written out with its L2 classes (``oracle/<name>.py``, recorded by ``oracle/record.py``).

This covers what the in-process tests cannot: the function code asset hashes and every wiring detail. The one
difference allowed is the golden suites' own: the inline code of the S3 bucket-notifications handler, which
pycdk writes itself (``tests/golden/_harness.py``, ``mask_own_provider_handlers``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden"))

from _harness import INLINE_HANDLER_PREFIXES, mask_own_provider_handlers

FIXTURES = Path(__file__).resolve().parent / "oracle" / "fixtures"
EXAMPLES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def test_every_example_is_recorded() -> None:
    assert EXAMPLES == ["app_services", "canary_api", "fargate_service", "http_api", "upload_pipeline"]


@pytest.mark.parametrize("example", EXAMPLES)
def test_python_app_py_writes_what_aws_cdk_lib_does(example: str, run_app: Callable[[str], Path]) -> None:
    outdir = run_app(example)
    expected = sorted(FIXTURES.joinpath(example).glob("*.template.json"))

    assert sorted(p.name for p in outdir.glob("*.template.json")) == [p.name for p in expected]
    for fixture in expected:
        want, got = fixture.read_bytes(), (outdir / fixture.name).read_bytes()
        if any(prefix.encode() in want for prefix in INLINE_HANDLER_PREFIXES):
            want, got = mask_own_provider_handlers(want), mask_own_provider_handlers(got)
        assert got == want, fixture.name


def test_only_the_notification_handler_code_is_masked() -> None:
    fixture = FIXTURES / "upload_pipeline" / "UploadPipeline.template.json"
    masked = mask_own_provider_handlers(fixture.read_bytes())

    assert masked.count(b"<handler code shipped by the library>") == 1
    assert b"ingest.handler" in masked and b"process.handler" in masked
