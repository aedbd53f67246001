"""Measure how closely pycdk's ``aws:cdk:analytics:*`` metadata follows aws-cdk-lib's over the golden apps.

Runs every golden app (``tests/golden/<suite>/<app>.py``) with ``@aws-cdk/core:enableAdditionalMetadataCollection``
on (``CDK_CONTEXT_JSON``), once with aws-cdk-lib 2.275.0 (the oracle venv) and once, rewritten, with pycdk, and
compares the ``aws:cdk:analytics:construct`` / ``:method`` entries of every node (of every ``*.metadata.json``,
stage sub-assemblies included): a node is identical when both write the same entries in the same order. Prints
the share of identical nodes and the aws-cdk-lib classes (from the oracle's ``tree.json``) with the most
differing nodes, and writes every difference to ``--report`` (JSON).

Two shares are printed: the raw one (every node) and the goal measure, over the nodes pycdk builds by design. The
designed differences are counted separately (``designed`` in the report) and left out of the latter:

- the nodes inside the subtrees of the constructs pycdk deliberately does not build (``DESIGNED_LAYERS``:
  aws-cdk-lib's ``AwsCliLayer`` and ``NodeProxyAgentLayer``, found by the ``tree.json`` fqn of the oracle's node;
  pycdk's own custom-resource handlers need no AWS CLI or proxy-agent layer, docs/s3-deployment.md);
- on the functions that received such a layer in aws-cdk-lib, exactly the entries that carry those layers are
  taken out of the oracle's side before comparing (the node itself still counts): the ``layers`` key of the
  construct entry and the ``addLayers`` method entries (or their arguments) whose layers are designed ones. Which
  they are comes from the oracle's template (the app's golden fixtures: the same aws-cdk-lib, and the flag does not
  change templates): the function's ``Layers``, in order, are the arguments of its recorded ``addLayers`` calls in
  order (its constructor calls ``addLayers(...props.layers)``, so the construct's ``layers`` are the first ones);
  a ``Ref`` to a designed layer's ``CfnLayerVersion`` of the same stack marks a designed one. Logical ids are
  computed from the oracle's node paths. A function whose ``Layers`` do not add up to its ``addLayers`` arguments is left as it is.
  A ``SingletonFunction`` passes its props to the function it creates at the stack (no ``Layers`` of its own): its
  ``layers`` key is taken out when it has as many entries as the designed layers beside it (aws-cdk-lib's call
  sites, BucketDeployment and EmrContainersStartJobRun, create the layer in the singleton's scope and pass it in).

A node only one side has is compared with a node only the other side has whose id differs from it only in parts
that may differ between any two runs of the app (``run_independent``: hex digests of a temporary folder's path, as
glue's ``Code<md5(path)>`` assets, and stringified tokens' numbers), equal entries first; both sides' nodes are
listed in the report's ``paired``.

The oracle side is slow (aws-cdk-lib through jsii): it is cached per app under ``--cache`` (default
``/tmp/pycdk-analytics-oracle``), keyed by the app's source, and computed by long-lived oracle processes that run
many apps each (``_oracle_batch.py``; an app failing there is run again alone in a subprocess). pycdk's side runs
every time, in forks of a server that imported pycdk once (the golden tests' ``_forkserver``).

Run from /work/main::

    .venv/bin/python -m tools.feature_flags.analytics_compare              # every app
    .venv/bin/python -m tools.feature_flags.analytics_compare l2_s3 core   # some suites
    .venv/bin/python -m tools.feature_flags.analytics_compare --app integ_sqs --show 5
    .venv/bin/python -m tools.feature_flags.analytics_compare --differing  # the apps that differed last time
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
ORACLE_PYTHON = ROOT / ".venvs" / "oracle" / "bin" / "python"
BATCH = Path(__file__).resolve().with_name("_oracle_batch.py")
FLAG = "@aws-cdk/core:enableAdditionalMetadataCollection"
ANALYTICS = ("aws:cdk:analytics:construct", "aws:cdk:analytics:method")
CONTEXT = json.dumps({FLAG: True})
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "pycdk-analytics-oracle"
DEFAULT_REPORT = Path(tempfile.gettempdir()) / "pycdk-analytics-report.json"
CACHE_VERSION = 1
BATCH_SIZE = 60  # apps per oracle process (jsii keeps every object it handed to Python: restart now and then)
APP_TIMEOUT = 300

Entries = dict[str, list[list[Any]]]  # "<metadata file>:<node path>" -> [[type, data], ...]
# aws-cdk-lib constructs pycdk deliberately does not build (module docstring)
DESIGNED_LAYERS = frozenset({"aws-cdk-lib.lambda_layer_awscli.AwsCliLayer",
                             "aws-cdk-lib.lambda_layer_node_proxy_agent.NodeProxyAgentLayer"})
SINGLETON = "aws-cdk-lib.aws_lambda.SingletonFunction"


def _golden_modules() -> Any:
    sys.path.insert(0, str(GOLDEN))
    try:
        import _forkserver
        import _rewrite
        import oracle
    finally:
        sys.path.pop(0)
    return _forkserver, _rewrite, oracle


def list_apps(suites: list[str], app: str | None) -> list[Path]:
    """The golden apps of ``suites`` (all when empty), only those named ``app`` when given."""
    _, _, oracle = _golden_modules()
    dirs = [GOLDEN / s for s in suites] if suites else oracle.suite_dirs()
    apps = [a for d in dirs for a in oracle.app_files(d)]
    return [a for a in apps if app is None or a.stem == app]


def analytics_entries(outdir: Path) -> tuple[Entries, dict[str, str]]:
    """The analytics entries of every node in a cloud assembly, and each node's class (``tree.json`` fqn)."""
    found: Entries = {}
    for path in sorted(outdir.rglob("*.metadata.json")):
        rel = path.relative_to(outdir).as_posix()
        for node, entries in json.loads(path.read_text()).items():
            kept = [[e["type"], e.get("data")] for e in entries if e.get("type") in ANALYTICS]
            if kept:
                found[f"{rel}:{node}"] = kept
    fqns: dict[str, str] = {}
    for tree in outdir.rglob("tree.json"):
        stack = [json.loads(tree.read_text()).get("tree", {})]
        while stack:
            node = stack.pop()
            fqns["/" + node.get("path", "")] = node.get("constructInfo", {}).get("fqn", "?")
            stack.extend(node.get("children", {}).values())
    return found, fqns


def _key(app: Path) -> str:
    return f"{app.parent.name}/{app.stem}"


def _digest(app: Path) -> str:
    return hashlib.sha256(f"{CACHE_VERSION}\n{CONTEXT}\n".encode() + app.read_bytes()).hexdigest()


# -- the oracle side ------------------------------------------------------------------------------------------------
def _oracle_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"CDK_CONTEXT_JSON": CONTEXT, "CDK_VALIDATION": "false",
                "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"})
    env.pop("PYTHONPATH", None)
    return env


def _save_oracle(cache: Path, app: Path, outdir: Path | None, error: str = "") -> None:
    target = cache / f"{_key(app)}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {"digest": _digest(app), "error": error}
    if outdir is not None:
        entries, fqns = analytics_entries(outdir)
        data["entries"] = entries
        data["fqns"] = {n.partition(":")[2]: fqns.get(n.partition(":")[2], "?") for n in entries}
    target.write_text(json.dumps(data))


def load_oracle(cache: Path, app: Path) -> dict[str, Any] | None:
    """The cached oracle result of ``app`` (``None`` when missing or stale)."""
    target = cache / f"{_key(app)}.json"
    if not target.exists():
        return None
    data: dict[str, Any] = json.loads(target.read_text())
    return data if data.get("digest") == _digest(app) else None


def _oracle_subprocess(app: Path, outdir: Path) -> str:
    result = subprocess.run(
        [str(ORACLE_PYTHON), str(app)], cwd=str(app.parent), env={**_oracle_env(), "CDK_OUTDIR": str(outdir)},
        capture_output=True, text=True, timeout=APP_TIMEOUT,
    )
    return "" if result.returncode == 0 else (result.stderr[-1500:] or f"exit {result.returncode}")


def _oracle_worker(apps: list[Path], cache: Path, progress: _Progress) -> None:
    """Run ``apps`` with aws-cdk-lib in batch processes (a fresh one every ``BATCH_SIZE`` apps)."""
    for start in range(0, len(apps), BATCH_SIZE):
        chunk = apps[start:start + BATCH_SIZE]
        proc = subprocess.Popen(
            [str(ORACLE_PYTHON), str(BATCH)], cwd=tempfile.gettempdir(), env=_oracle_env(),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
        )
        assert proc.stdin is not None and proc.stdout is not None
        try:
            for app in chunk:
                with tempfile.TemporaryDirectory(prefix="analytics-oracle-") as tmp:
                    outdir = Path(tmp) / "out"
                    answer: dict[str, Any] = {"ok": False}
                    if proc.poll() is None:
                        try:
                            proc.stdin.write(json.dumps({"app": str(app), "outdir": str(outdir)}) + "\n")
                            proc.stdin.flush()
                            line = proc.stdout.readline()
                            answer = json.loads(line) if line else answer
                        except (BrokenPipeError, json.JSONDecodeError):
                            pass
                    error = ""
                    if not answer.get("ok"):  # again alone, as the golden oracle runs it
                        shutil.rmtree(outdir, ignore_errors=True)
                        outdir.mkdir(parents=True)
                        try:
                            error = _oracle_subprocess(app, outdir)
                        except subprocess.TimeoutExpired:
                            error = "timeout"
                    _save_oracle(cache, app, None if error else outdir, error)
                progress.tick("oracle")
        finally:
            proc.stdin.close()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


# -- pycdk's side ---------------------------------------------------------------------------------------------------
def _pycdk_worker(apps: list[Path], results: dict[Any, Any], progress: _Progress, trace: bool = False) -> None:
    forkserver, rewrite, _ = _golden_modules()
    server = forkserver.ForkServer(ROOT)
    try:
        for app in apps:
            with tempfile.TemporaryDirectory(prefix="analytics-pycdk-") as tmp:
                work = Path(tmp)
                outdir = work / "cdk.out"
                outdir.mkdir()
                script = work / app.name
                source = rewrite.rewrite_file(app, rewrite.suite_rewrite_mode(app.parent))
                if trace:  # on the first line: the app's line numbers stay
                    source = "import tools.feature_flags._analytics_trace; " + source
                script.write_text(source, encoding="utf-8")
                env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
                path = [str(ROOT), str(app.parent)]
                env.update({"CDK_OUTDIR": str(outdir), "CDK_VALIDATION": "false", "CDK_CONTEXT_JSON": CONTEXT,
                            "PYTHONPATH": os.pathsep.join(path), "PYCDK_ANALYTICS_TRACE": str(work / "trace.jsonl")})
                code, stderr = server.run(script, app.parent, env, [str(work), *path], APP_TIMEOUT, work)
                results[app] = analytics_entries(outdir) if code == 0 else stderr[-1500:] or f"exit {code}"
                if trace and (work / "trace.jsonl").exists():
                    traces = [json.loads(line) for line in (work / "trace.jsonl").read_text().splitlines()]
                    results[(app, "trace")] = traces
            progress.tick("pycdk")
    finally:
        server.close()


class _Progress:
    def __init__(self, total: int) -> None:
        self.total, self.done, self.lock, self.started = total, collections.Counter[str](), threading.Lock(), time.time()

    def tick(self, side: str) -> None:
        with self.lock:
            self.done[side] += 1
            n = self.done[side]
            if n % 100 == 0 or n == self.total:
                print(f"  {side}: {n}/{self.total} ({time.time() - self.started:.0f} s)", file=sys.stderr, flush=True)


def _split(items: list[Path], n: int) -> Iterator[list[Path]]:
    for i in range(n):
        part = items[i::n]
        if part:
            yield part


def _run_threads(target: Any, parts: list[list[Path]], *args: Any) -> None:
    threads = [threading.Thread(target=target, args=(part, *args)) for part in parts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# -- designed differences -------------------------------------------------------------------------------------------
def fixture_templates(app: Path) -> list[dict[str, Any]]:
    """The oracle's templates of ``app`` (its golden fixtures, stage sub-assemblies and nested stacks included)."""
    folder = app.parent / "fixtures" / app.stem
    return [json.loads(t.read_text()) for t in sorted(folder.rglob("*.template.json"))]


def _logical_ids(path: str, resources: dict[str, Any]) -> list[tuple[str, str]]:
    """The ``(stack path, logical id)`` pairs in ``resources`` that the node ``path`` would have below one of its
    ancestors (a stack)."""
    from constructs._private.uniqueid import make_unique_id

    parts = path.strip("/").split("/")
    found = []
    for i in range(1, len(parts)):
        try:
            lid = make_unique_id(parts[i:])
        except Exception:  # not a path below a stack
            continue
        if lid in resources:
            found.append(("/" + "/".join(parts[:i]), lid))
    return found


class Designed:
    """The designed differences of one app (module docstring), from the oracle's cached result and templates."""

    def __init__(self, oracle: dict[str, Any], templates: list[dict[str, Any]] | None) -> None:
        fqns: dict[str, str] = oracle.get("fqns", {})
        self.roots = sorted(p for p, fqn in fqns.items() if fqn in DESIGNED_LAYERS)
        self.masks: dict[str, list[bool]] = {}  # function path -> whether each of its layers is a designed one
        self.singletons: dict[str, int] = {}  # singleton path -> the designed layers beside it
        if not self.roots:
            return
        for path, fqn in fqns.items():
            if fqn == SINGLETON:
                parent = path.rpartition("/")[0]
                beside = sum(1 for r in self.roots if r.rpartition("/")[0] == parent)
                if beside:
                    self.singletons[path] = beside
        for template in templates or ():
            resources = template.get("Resources", {})
            layer_ids = {found for r in self.roots for found in _logical_ids(r + "/Resource", resources)}
            if not layer_ids:
                continue
            for path in fqns:
                if path in self.masks or self.inside(path):
                    continue
                for stack, lid in _logical_ids(path + "/Resource", resources):
                    resource = resources[lid]
                    layers = resource.get("Properties", {}).get("Layers")
                    if resource.get("Type") == "AWS::Lambda::Function" and isinstance(layers, list):
                        # a designed layer of the same stack (two stacks' nodes may share a logical id)
                        mask = [isinstance(x, dict) and (stack, x.get("Ref")) in layer_ids for x in layers]
                        if any(mask):
                            self.masks[path] = mask
                        break

    def inside(self, path: str) -> bool:
        """Whether the node ``path`` is inside the subtree of a construct pycdk does not build."""
        return any(path == r or path.startswith(r + "/") for r in self.roots)

    def expected(self, path: str, entries: list[list[Any]] | None) -> list[list[Any]] | None:
        """The oracle's ``entries`` of the node ``path`` without those that carry designed layers."""
        if entries is None:
            return None
        mask = self.masks.get(path)
        if mask is not None:
            return strip_layers(entries, mask)
        beside = self.singletons.get(path)
        if beside is not None:
            return strip_layers(entries, [True] * beside, singleton=True)
        return entries


def strip_layers(entries: list[list[Any]], mask: list[bool], singleton: bool = False) -> list[list[Any]]:
    """``entries`` without the layers ``mask`` marks designed: the construct entry's ``layers`` (the first ones) and
    the ``addLayers`` entries (their arguments, in order). Unchanged when the ``addLayers`` arguments are not as many
    as ``mask`` (a singleton records none: its ``layers`` key goes when it holds as many as ``mask``)."""

    def keep(values: list[Any], marks: list[bool]) -> list[Any]:
        return [v for v, m in zip(values, marks, strict=True) if not m]

    out: list[list[Any]] = []
    used = 0
    for kind, data in entries:
        if kind == ANALYTICS[0] and isinstance(data, dict) and isinstance(data.get("layers"), list):
            given = data["layers"]
            marks = mask[:len(given)]
            if len(marks) == len(given) and any(marks) and (not singleton or len(given) == len(mask)):
                rest = keep(given, marks)
                data = {k: (rest if k == "layers" else v) for k, v in data.items() if k != "layers" or rest}
        elif kind == ANALYTICS[1] and isinstance(data, dict) and list(data) == ["addLayers"]:
            args = data["addLayers"] if isinstance(data["addLayers"], list) else []
            marks = mask[used:used + len(args)]
            used += len(args)
            if len(marks) == len(args) and any(marks):
                rest = keep(args, marks)
                if not rest:
                    continue
                data = {"addLayers": rest}
        out.append([kind, data])
    if not singleton and used != len(mask):
        return entries
    return out


# -- nodes whose ids depend on the run ------------------------------------------------------------------------------
_RUN_DEPENDENT = ((re.compile(r"[0-9a-f]{12,}"), "#"), (re.compile(r"\$\{Token\[[^\]]*\]\}"), "${Token}"))


def run_independent(node: str) -> str:
    """``node`` with the parts of its ids that may differ between two runs of an app replaced: lower-case hex digests
    (of a temporary folder's path: glue's ``Code<md5(path)>``, servicecatalog's ``Template<hash(path)>``) and
    stringified tokens (their numbers)."""
    for pattern, replacement in _RUN_DEPENDENT:
        node = pattern.sub(replacement, node)
    return node


def pair_nodes(want: Entries, got: Entries, paired: list[str]) -> list[tuple[str, Any, Any]]:
    """The nodes to compare as ``(node, oracle entries, pycdk entries)``: a node both sides have, as it is; the nodes
    only one side has are paired when their ids differ only in run-dependent parts (``run_independent``), equal
    entries first, and the pairs appended to ``paired``; the others stand alone (``None`` on the other side)."""
    out: list[tuple[str, Any, Any]] = [(n, want[n], got[n]) for n in sorted(set(want) & set(got))]
    alone: dict[str, tuple[list[str], list[str]]] = collections.defaultdict(lambda: ([], []))
    for n in want.keys() - got.keys():
        alone[run_independent(n)][0].append(n)
    for n in got.keys() - want.keys():
        alone[run_independent(n)][1].append(n)
    for ws, gs in alone.values():
        ws.sort()
        gs.sort()
        for w in list(ws):
            match = next((g for g in gs if got[g] == want[w]), None) or (gs[0] if len(ws) == len(gs) == 1 else None)
            if match is not None:
                ws.remove(w)
                gs.remove(match)
                paired.append(f"{w} ~ {match}")
                out.append((w, want[w], got[match]))
        out.extend((n, want[n], None) for n in ws)
        out.extend((n, None, got[n]) for n in gs)
    return sorted(out, key=lambda t: t[0])


# -- comparison -----------------------------------------------------------------------------------------------------
def compare(apps: list[Path], cache: Path, jobs: int, trace: bool = False) -> dict[str, Any]:
    """Run both sides (the oracle's only where not cached) and compare node by node."""
    missing = [a for a in apps if load_oracle(cache, a) is None]
    if missing:
        print(f"oracle: {len(missing)} apps to run ({len(apps) - len(missing)} cached in {cache})", file=sys.stderr)
        _run_threads(_oracle_worker, list(_split(missing, jobs)), cache, _Progress(len(missing)))
    results: dict[Any, Any] = {}  # app -> its entries (or error); (app, "trace") -> its trace
    print(f"pycdk: {len(apps)} apps", file=sys.stderr)
    _run_threads(_pycdk_worker, list(_split(apps, jobs)), results, _Progress(len(apps)), trace)

    total = same = by_design = by_design_same = 0
    differing: list[dict[str, Any]] = []
    designed: list[dict[str, Any]] = []
    adjusted: list[str] = []
    paired: list[str] = []
    oracle_failed: list[str] = []
    pycdk_failed: dict[str, str] = {}
    for app in apps:
        want = load_oracle(cache, app)
        if want is None:  # the app changed while the run went on: left out (run again to include it)
            oracle_failed.append(f"{_key(app)} (changed)")
            continue
        if want["error"]:
            oracle_failed.append(_key(app))
            continue
        got = results[app]
        if isinstance(got, str):
            pycdk_failed[_key(app)] = got
            got = ({}, {})
        got_entries, got_fqns = got
        rules = Designed(want, None)
        if rules.roots:
            rules = Designed(want, fixture_templates(app))
        for node, w, g in pair_nodes(want["entries"], got_entries, paired):
            total += 1
            same += w == g
            path = node.partition(":")[2]
            fqn = want["fqns"].get(path) or got_fqns.get(path, "?")
            if rules.inside(path):
                designed.append({"app": _key(app), "node": node, "fqn": fqn, "oracle": w, "pycdk": g})
                continue
            by_design += 1
            expected = rules.expected(path, w)
            if expected != w:
                adjusted.append(f"{_key(app)} {node}")
            if expected == g:
                by_design_same += 1
                continue
            differing.append({"app": _key(app), "node": node, "fqn": fqn, "oracle": expected, "pycdk": g})
    callers: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for app in apps if trace else ():
        want = load_oracle(cache, app)
        if want is None:
            continue
        by_path = {n.partition(":")[2]: e for n, e in want.get("entries", {}).items()}
        for t in results.get((app, "trace"), ()):
            kind = ANALYTICS[1] if t.get("method") else ANALYTICS[0]
            entries = [e[1] for e in by_path.get(t["path"], []) if e[0] == kind]
            votes = callers[f"{t['caller']} -> {t['cls']}"]
            votes["used ok" if t["used"] in entries else "used wrong"] += 1
            votes["keep ok" if t["keep"] in entries else "keep wrong"] += 1
            votes["drop ok" if t["drop"] in entries else "drop wrong"] += 1
    return {"apps": len(apps), "nodes": total, "identical": same, "by_design_nodes": by_design,
            "by_design_identical": by_design_same, "differing": differing, "designed": designed,
            "adjusted": adjusted, "paired": paired, "oracle_failed": oracle_failed, "pycdk_failed": pycdk_failed,
            "callers": {k: dict(v) for k, v in callers.items()}}


def _why(d: dict[str, Any]) -> str:
    """A short label of how a node differs."""
    w, g = d["oracle"] or [], d["pycdk"] or []
    if not g:
        return "missing in pycdk"
    if not w:
        return "extra in pycdk"
    wt, gt = [e[0][-6:] for e in w], [e[0][-6:] for e in g]
    if wt != gt:
        return f"entries {'/'.join(wt)} vs {'/'.join(gt)}"
    return "data differs"


def print_report(result: dict[str, Any], top: int, show: int) -> None:
    nodes, same = result["nodes"], result["identical"]
    share = 100.0 * same / nodes if nodes else 100.0
    print(f"{result['apps']} apps, {nodes} nodes with analytics entries: {same} identical ({share:.2f} %), "
          f"{nodes - same} differ (raw)")
    built, built_same = result["by_design_nodes"], result["by_design_identical"]
    built_share = 100.0 * built_same / built if built else 100.0
    print(f"over the {built} nodes pycdk builds by design: {built_same} identical ({built_share:.2f} %), "
          f"{built - built_same} differ (goal measure); {len(result['designed'])} nodes inside constructs pycdk "
          f"does not build by design, {len(result['adjusted'])} functions given such layers (their layer entries "
          f"left out); {len(result['paired'])} nodes paired across run-dependent ids")
    if result["oracle_failed"]:
        print(f"oracle failed (left out): {len(result['oracle_failed'])}: {' '.join(result['oracle_failed'][:10])}")
    if result["pycdk_failed"]:
        print(f"pycdk failed (their oracle nodes count as differing): {len(result['pycdk_failed'])}: "
              f"{' '.join(list(result['pycdk_failed'])[:10])}")
    by_class: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for d in result["differing"]:
        by_class[d["fqn"]].append(d)
    print(f"top differing classes ({len(by_class)}):")
    for fqn, items in sorted(by_class.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]:
        whys = collections.Counter(_why(d) for d in items).most_common(2)
        apps = len({d["app"] for d in items})
        print(f"  {len(items):5d}  {fqn}  ({apps} apps; {', '.join(f'{w}: {n}' for w, n in whys)}; "
              f"e.g. {items[0]['app']} {items[0]['node'].partition(':')[2]})")
    for d in result["differing"][:show]:
        print(f"\n{d['app']} {d['node']} ({d['fqn']})\n  aws-cdk-lib: {json.dumps(d['oracle'])}\n"
              f"  pycdk:       {json.dumps(d['pycdk'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("suites", nargs="*", help="golden suites (default: all)")
    parser.add_argument("--app", help="only the apps with this name")
    parser.add_argument("--jobs", type=int, default=2, help="parallel processes per side (default 2)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="the oracle's cache folder")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT, help="where to write every difference")
    parser.add_argument("--top", type=int, default=25, help="how many classes to list")
    parser.add_argument("--show", type=int, default=0, help="print the entries of the first N differing nodes")
    parser.add_argument("--differing", action="store_true", help="only the apps that differed in --report")
    parser.add_argument("--trace", action="store_true",
                        help="per pycdk function that builds constructs: would keeping or leaving out its unset "
                        "keyword arguments match aws-cdk-lib (_analytics_trace.py)")
    args = parser.parse_args(argv)
    apps = list_apps(args.suites, args.app)
    if args.differing:
        last = json.loads(args.report.read_text())
        keep = {d["app"] for d in last["differing"]} | set(last["pycdk_failed"])
        apps = [a for a in apps if _key(a) in keep]
    if not apps:
        print("no app selected", file=sys.stderr)
        return 2
    started = time.time()
    result = compare(apps, args.cache, max(1, args.jobs), args.trace)
    if not args.differing:
        args.report.write_text(json.dumps(result, indent=1))
    print_report(result, args.top, args.show)
    if args.trace:
        print("\ncallers whose constructions are wrong now but right the other way (used ok / keep ok / drop ok):")
        for caller, v in sorted(result["callers"].items(), key=lambda kv: -kv[1].get("used wrong", 0)):
            if v.get("used wrong") and max(v.get("keep ok", 0), v.get("drop ok", 0)) > v.get("used ok", 0):
                print(f"  {v.get('used ok', 0):4d} {v.get('keep ok', 0):4d} {v.get('drop ok', 0):4d}  {caller}")
    print(f"({time.time() - started:.0f} s; differences in {args.report})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
