"""``@aws-cdk/core:enableAdditionalMetadataCollection``: the ``aws:cdk:analytics:construct`` entries pycdk's L2
constructors write, and the ``aws:cdk:analytics:method`` entries of the methods aws-cdk-lib decorates
``@MethodMetadata()``, equal aws-cdk-lib 2.275's (``analytics_fixtures/<app>/``, from
``make_analytics_fixtures.py``): node by node, every entry in order; with the flag off nothing is recorded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APPS = sorted((HERE / "analytics_apps").glob("*.py"))
# golden apps whose analytics metadata is compared too: the core port of integ.enable-additional-metadata (a few
# nodes, entries added by hand)
GOLDEN_APPS = [ROOT / "tests/golden/core/integ_enable_additional_metadata.py"]
ANALYTICS = ("aws:cdk:analytics:construct", "aws:cdk:analytics:method")

# Nodes whose entries pycdk does not write as aws-cdk-lib does yet, and why (each must still differ).
KNOWN_DIFFERENT: dict[str, str] = {}
# Designed differences (tools/feature_flags/analytics_compare.py): the layers pycdk's own handlers do without
# (NodeProxyAgentLayer, AwsCliLayer) are not built, so their subtrees are absent; a function aws-cdk-lib gives such
# layers records the oracle's entries without them (``strip_layers``: which of its layers are designed ones, and
# whether it is a singleton). Each must still change the oracle's entries.
_EKS, _EKS_IMPORTED = "/AnalyticsEksMore/@aws-cdk--aws-eks.", "/AnalyticsEksImported/@aws-cdk--aws-eks."
DESIGNED_ROOTS = frozenset({
    f"{_EKS}ClusterResourceProvider/NodeProxyAgentLayer", f"{_EKS_IMPORTED}ClusterResourceProvider/NodeProxyAgentLayer",
    "/AnalyticsReplicas/Job/awsclilayer", "/AnalyticsLambdaMore/Deploy/AwsCliLayer",
})
DESIGNED_LAYERS: dict[str, tuple[list[bool], bool]] = {
    f"{_EKS}ClusterResourceProvider/IsCompleteHandler": ([True], False),
    f"{_EKS_IMPORTED}ClusterResourceProvider/IsCompleteHandler": ([True], False),
    "/AnalyticsReplicas/Job/Call Update-Role-Trust-Policy": ([True], True),
    "/AnalyticsReplicas/SingletonLambda8693BB64968944B69AAFB0CC9EB8757C": ([True], False),
    "/AnalyticsLambdaMore/Deploy/CustomResourceHandler": ([True], True),
    "/AnalyticsLambdaMore/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C512MiB": ([True], False),
}


def _by_design(want: dict[str, list[object]]) -> dict[str, list[object]]:
    """The oracle's entries as pycdk writes them by design (``DESIGNED_ROOTS``, ``DESIGNED_LAYERS``)."""
    from tools.feature_flags.analytics_compare import strip_layers

    out: dict[str, list[object]] = {}
    for node, entries in want.items():
        if any(node == r or node.startswith(r + "/") for r in DESIGNED_ROOTS):
            continue
        if node in DESIGNED_LAYERS:
            stripped = strip_layers(entries, *DESIGNED_LAYERS[node])  # type: ignore[arg-type]
            assert stripped != entries, f"{node}: no designed layer entries left to take out"
            entries = stripped  # type: ignore[assignment]
        out[node] = entries
    return out


def _analytics_entries(path: Path) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for node, entries in json.loads(path.read_text()).items():
        kept = [[e["type"], e["data"]] for e in entries if e["type"] in ANALYTICS]
        if kept:
            found[node] = kept
    return found


def _run(app: Path, outdir: Path, context: dict[str, object] | None = None) -> None:
    sys.path.insert(0, str(ROOT / "tests/golden"))
    try:
        from _rewrite import rewrite_source
    finally:
        sys.path.pop(0)
    script = outdir.parent / f"{outdir.name}_app.py"
    script.write_text(rewrite_source(app.read_text()))
    env = {**os.environ, "CDK_OUTDIR": str(outdir), "PYTHONPATH": str(ROOT)}
    if context is not None:
        env["CDK_CONTEXT_JSON"] = json.dumps(context)
    result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, cwd=outdir.parent)
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.parametrize("app", [*APPS, *GOLDEN_APPS], ids=[a.stem for a in [*APPS, *GOLDEN_APPS]])
def test_analytics_metadata_matches_aws_cdk_lib(app: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _run(app, out)
    fixtures = sorted((HERE / "analytics_fixtures" / app.stem).glob("*.metadata.json"))
    assert fixtures
    for fixture in fixtures:
        want = _analytics_entries(fixture)
        got = _analytics_entries(out / fixture.name)
        if app not in GOLDEN_APPS:
            assert len(want) > 20
            assert any(e[0] == ANALYTICS[1] for entries in want.values() for e in entries)
        else:
            assert len(want) == 3 and sum(len(entries) for entries in want.values()) == 5
        want = _by_design(want)
        wrong = {n: (want.get(n), got.get(n)) for n in sorted(set(want) | set(got)) if want.get(n) != got.get(n)}
        unexpected = {n: v for n, v in wrong.items() if n not in KNOWN_DIFFERENT}
        assert not unexpected, json.dumps(unexpected, indent=1)
        stale = [n for n in KNOWN_DIFFERENT if n in want and n not in wrong]
        assert not stale, f"remove from KNOWN_DIFFERENT: {stale}"


def test_flag_off_records_nothing(tmp_path: Path) -> None:
    """With the flag off no construct or method entry is written; mixins record themselves whatever the flag
    (``aws:cdk:analytics:mixin``, as aws-cdk-lib 2.275's ``applyMixin`` does: the auto-deleted bucket's two)."""
    app = HERE / "analytics_apps" / "analytics_internal.py"
    source = app.read_text().replace(
        'context={"@aws-cdk/core:enableAdditionalMetadataCollection": True}',
        'context={"@aws-cdk/core:enableAdditionalMetadataCollection": False}',
    )
    off = tmp_path / "off_app.py"
    off.write_text(source)
    out = tmp_path / "out"
    out.mkdir()
    _run(off, out)
    text = "".join(p.read_text() for p in out.glob("*.metadata.json"))
    assert "aws:cdk:analytics:construct" not in text and "aws:cdk:analytics:method" not in text

    def mixins(path: Path) -> dict[str, list[object]]:
        return {n: [e["data"] for e in es if e["type"] == "aws:cdk:analytics:mixin"]
                for n, es in json.loads(path.read_text()).items()
                if any(e["type"] == "aws:cdk:analytics:mixin" for e in es)}

    fixture = HERE / "analytics_fixtures" / app.stem / "AnalyticsInternal.metadata.json"
    assert mixins(out / fixture.name) == mixins(fixture) != {}
