"""Generate pycdk's feature flag table from aws-cdk-lib 2.275 (the oracle) and pycdk's sources.

Usage (from the repository root)::

    python -m tools.feature_flags.generate            # rewrite the data module and docs/feature-flags.md
    python -m tools.feature_flags.generate --scan     # first re-read the flags and their readers from the oracle
    python -m tools.feature_flags.generate --check    # exit 1 if the generated files are stale

Inputs (both committed; ``--scan`` rewrites them from the aws-cdk-lib 2.275.0 jsii package of the oracle venv,
which needs Node):

- ``aws_cdk_lib_flags.json``: the flag definitions (``FLAGS`` of ``cx-api/lib/features.js``: summary, type,
  default, recommended value, "introduced in"), the expired flags and each flag's ``cx-api`` constant names;
- ``flag_modules.json``: for each flag, the aws-cdk-lib modules whose code reads it. ``--scan``
  rebuilds it from the same package: a module reads a flag when its compiled ``lib`` code names the flag's
  ``cx-api`` constant (``FeatureFlags.of(this).isEnabled(cxapi.X)``, ``node.tryGetContext(cxapi.X)``) or the
  flag's literal name;
- pycdk's sources: a shipped module (``constructs`` for core, ``l2/<svc>/`` packages) honours a flag it reads when
  its code names the flag, unless ``NOT_HONOURED`` below says otherwise (with the reason).

Outputs: ``constructs/_private/feature_flag_table.py`` (what synthesis uses: the feature flag report and the
warning for flags a used module does not honour) and ``docs/feature-flags.md``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ORACLE_TGZ = ROOT / ".venvs/oracle/lib/python3.11/site-packages/aws_cdk/_jsii/aws-cdk-lib@2.275.0.jsii.tgz"
FLAGS_JSON = HERE / "aws_cdk_lib_flags.json"
MODULES_JSON = HERE / "flag_modules.json"
TABLE_PY = ROOT / "constructs/_private/feature_flag_table.py"
DOC_MD = ROOT / "docs/feature-flags.md"

# (flag, pycdk module) pairs whose name appears in pycdk's code without the behaviour being honoured, and why.
NOT_HONOURED: dict[tuple[str, str], str] = {}

# (flag, pycdk module) pairs honoured, with what the honouring covers and its designed exceptions.
HONOURED_NOTES: dict[tuple[str, str], str] = {
    ("@aws-cdk/core:enableAdditionalMetadataCollection", "core"): (
        "pycdk's L2 constructors and aws-cdk-lib's @MethodMetadata methods record aws:cdk:analytics:construct "
        "and :method metadata as aws-cdk-lib's do, and the CDKMetadata Analytics list carries them "
        "(constructs/_private/analytics_metadata.py, metadata_resource.py; tests/feature_flags/test_analytics_metadata.py "
        "with flag-on apps against aws-cdk-lib's metadata, and the core ports integ_construct_metadata / "
        "integ_enable_additional_metadata). Over the 2,144 golden apps under the flag "
        "(python -m tools.feature_flags.analytics_compare) 99.98% of the 23,086 nodes pycdk builds by design are "
        "identical (5 differ: a table's imported scaling role under customize-roles, an Elastic Beanstalk deploy "
        "action role's managed policy, an EKS compute environment's entries). The designed differences are counted "
        "apart: the 398 nodes inside BucketDeployment's AwsCliLayer and the EKS providers' NodeProxyAgentLayer, which "
        "pycdk does not build (its own handlers need no AWS CLI or proxy-agent layer), and, on the functions "
        "aws-cdk-lib gives such a layer, exactly the layers prop and the addLayers calls that carry it; the measure "
        "pairs nodes whose ids differ only in run-dependent parts (temporary paths' digests, token numbers)"),
}

# (flag, pycdk module) pairs that cannot change what pycdk makes: the aws-cdk-lib class reading the flag has no
# pycdk counterpart yet, with why. No warning is given for them. Once the class exists the entry no longer applies:
# the flag is honoured when the module's code names it, else not honoured (and warned about).
NOT_APPLICABLE: dict[tuple[str, str], tuple[str, str]] = {
    ("@aws-cdk/aws-ec2:ebsDefaultGp3Volume", "ec2"): ("Volume", "read by Volume, which pycdk's ec2 lacks"),
    ("@aws-cdk/aws-ec2:launchTemplateDefaultUserData", "ec2"): (
        "LaunchTemplate", "read by LaunchTemplate, which pycdk's ec2 lacks"),
    ("@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig", "ec2"): (
        "LaunchTemplate", "read by aws-ec2's LaunchTemplate (which pycdk's ec2 lacks) and by aws-autoscaling"),
    ("@aws-cdk/aws-ec2:uniqueImdsv2TemplateName", "ec2"): (
        "InstanceRequireImdsv2Aspect", "read by the RequireImdsv2 aspects, which pycdk's ec2 lacks"),
    ("@aws-cdk/aws-ec2:bastionHostUseAmazonLinux2023ByDefault", "ec2"): (
        "BastionHostLinux", "read by BastionHostLinux, which pycdk's ec2 lacks"),
    ("@aws-cdk/aws-ec2:ec2SumTImeoutEnabled", "ec2"): (
        "CloudFormationInit", "orders Instance's update policies and its `init`; pycdk's Instance takes no `init`"),
}

# (flag, pycdk module) pairs honoured by code in another pycdk package, and where.
HONOURED_ELSEWHERE: dict[tuple[str, str], str] = {
    ("@aws-cdk/core:target-partitions", "core"): "constructs/_private/region_facts/lookup.py (Stack.regional_fact)",
    ("@aws-cdk/core:cfnIncludeRejectComplexResourceUpdateCreatePolicyIntrinsics", "core"): (
        "l2/cloudformation_include/_private/parser.py (CfnInclude parses the templates; aws-cdk-lib's parser is in core)"),
    ("@aws-cdk/core:automaticL1Traits", "core"): (
        "l2/iam/_interfaces.py (ResourceWithPolicies.of / EncryptedResources.of, where aws-cdk-lib's core Traits are "
        "used: false fails with TraitNotFound for an L1 without a factory registered above it; true falls back to "
        "the default factories, of which pycdk has none yet, while aws-cdk-lib registers some for dynamodb, s3, sns "
        "and sqs L1s)"),
}

# Files that name every flag (the table itself and the flag reader's v2 defaults): not evidence of honouring.
_IGNORED_FILES = {TABLE_PY, ROOT / "constructs/_feature_flags.py"}

_FLAG_TYPES = {0: "API default", 1: "bug fix", 2: "visible context", 3: "temporary"}


def _extract(tmp: str, *, everything: bool) -> Path:
    """Extract ``cx-api`` (and with ``everything`` every module's ``lib`` code) of the oracle's package."""
    with tarfile.open(ORACLE_TGZ) as tar:
        members = [
            m for m in tar.getmembers()
            if m.name.startswith("package/cx-api/lib/") or (everything and m.name.endswith(".js") and "/lib/" in m.name)
        ]
        tar.extractall(tmp, members=members, filter="data")
    return Path(tmp) / "package"


def _load_flags(package: Path) -> dict:
    out = subprocess.run(
        ["node", str(HERE / "dump_flags.js"), str(package)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


def scan_modules(package: Path, constants: dict[str, list[str]]) -> dict[str, list[str]]:
    """For each flag, the aws-cdk-lib modules whose ``lib`` code names its constant or its literal name."""
    found: dict[str, set[str]] = {flag: set() for flag in constants}
    patterns = {
        flag: re.compile(
            "|".join([rf"\.{re.escape(c)}\b" for c in names] + [re.escape(json.dumps(flag)), re.escape(f"'{flag}'")])
        )
        for flag, names in constants.items()
    }
    for js in sorted(package.rglob("*.js")):
        rel = js.relative_to(package).parts
        module = rel[0]
        if module in ("cx-api", "node_modules") or "lib" not in rel or js.name.endswith(".generated.js"):
            continue
        text = js.read_text(encoding="utf-8", errors="replace")
        for flag, pattern in patterns.items():
            if pattern.search(text):
                found[flag].add(module)
    return {flag: sorted(mods) for flag, mods in found.items()}


def pycdk_module(cdk_module: str) -> str | None:
    """The shipped pycdk module implementing aws-cdk-lib's ``cdk_module`` (``None`` if pycdk has none)."""
    if cdk_module == "core":
        return "core"
    name = cdk_module.removeprefix("aws-").replace("-", "_")
    if name == "lambda":
        name = "lambda_"
    if (ROOT / "l2" / name / "__init__.py").is_file():
        return name
    if name == "ecs_patterns" and (ROOT / "patterns/ecs_patterns/__init__.py").is_file():
        return "ecs_patterns"
    return None


def _package_dir(module: str) -> Path:
    if module == "core":
        return ROOT / "constructs"
    if module == "ecs_patterns":
        return ROOT / "patterns/ecs_patterns"
    return ROOT / "l2" / module


def honours(flag: str, module: str) -> bool:
    """Whether pycdk's ``module`` names ``flag`` in its code outside comments (and is not in ``NOT_HONOURED``)."""
    if (flag, module) in NOT_HONOURED:
        return False
    if (flag, module) in HONOURED_ELSEWHERE:
        return True
    for py in _package_dir(module).rglob("*.py"):
        if py in _IGNORED_FILES:
            continue
        code = (line.split("#", 1)[0] for line in py.read_text(encoding="utf-8").splitlines())
        if any(flag in line for line in code):
            return True
    return False


def _defines_class(module: str, name: str) -> bool:
    pattern = re.compile(rf"^class {re.escape(name)}\b", re.M)
    return any(pattern.search(py.read_text(encoding="utf-8")) for py in _package_dir(module).rglob("*.py"))


def build(data: dict, modules: dict[str, list[str]]) -> list[dict]:
    """One row per flag, in aws-cdk-lib's order."""
    rows = []
    mv = data["currentMv"]
    for flag, info in data["flags"].items():
        readers: list[dict[str, Any]] = []
        for cdk_module in modules.get(flag, []):
            mod = pycdk_module(cdk_module)
            if mod is not None and (flag, mod) in NOT_APPLICABLE:
                cls, why = NOT_APPLICABLE[(flag, mod)]
                if not _defines_class(mod, cls):
                    readers.append({"cdk": cdk_module, "pycdk": None, "honoured": None, "why": why})
                    continue
                # pycdk's module now has the class: the scan of its code decides, as for any other reader
            readers.append(
                {"cdk": cdk_module, "pycdk": mod, "honoured": None if mod is None else honours(flag, mod)}
            )
        unconfigured = (info.get("unconfiguredBehavesLike") or {}).get(mv)
        rows.append(
            {
                "flag": flag,
                "type": info.get("type"),
                "summary": info["summary"],
                "recommended": info.get("recommendedValue"),
                "unconfigured": unconfigured,
                "introduced": info.get("introducedIn", {}),
                "expired": flag in data["expired"],
                "readers": readers,
            }
        )
    return rows


def render_table_py(rows: list[dict]) -> str:
    report = []
    readers = {}
    defaults = {}
    for r in rows:
        if not r["expired"]:
            report.append((r["flag"], r["recommended"], r["summary"], r["unconfigured"]))
        shipped = tuple((x["pycdk"], x["honoured"]) for x in r["readers"] if x["pycdk"] is not None)
        if shipped and not r["expired"]:
            readers[r["flag"]] = shipped
            defaults[r["flag"]] = bool(r["unconfigured"])
    lines = [
        '"""aws-cdk-lib 2.275\'s feature flags, as pycdk uses them at synthesis. GENERATED by',
        "``python -m tools.feature_flags.generate`` (do not edit; see docs/feature-flags.md).",
        "",
        "``REPORT``: (flag, recommended value, explanation, unconfigured v2 value or None), in aws-cdk-lib's order,",
        "for the ``feature-flag-report`` artifact. ``READERS``: for each live flag a shipped module reads, the",
        "(pycdk module, honoured) pairs. ``DEFAULTS``: each such flag's value when unset.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "REPORT: tuple[tuple[str, Any, str, Any], ...] = (",
    ]
    for item in report:
        lines.append(f"    {item!r},")
    lines += [")", "", "READERS: dict[str, tuple[tuple[str, bool], ...]] = {"]
    for flag, shipped in readers.items():
        lines.append(f"    {flag!r}: {shipped!r},")
    lines += ["}", "", "DEFAULTS: dict[str, bool] = {"]
    for flag, value in defaults.items():
        lines.append(f"    {flag!r}: {value!r},")
    lines += ["}", ""]
    return "\n".join(lines)


def _fmt(value: object) -> str:
    return "—" if value is None else json.dumps(value)


def render_doc(rows: list[dict]) -> str:
    counts = {"honoured": 0, "not honoured": 0, "not applicable": 0, "expired": 0, "no reader": 0}
    body = []
    for r in rows:
        cells = []
        statuses = set()
        for x in r["readers"]:
            if x["pycdk"] is None:
                cells.append(f"{x['cdk']} ({x.get('why', 'not in pycdk')})")
                statuses.add("not applicable")
            else:
                status = "honoured" if x["honoured"] else "**not honoured**"
                cells.append(f"{x['cdk']} → `{x['pycdk']}`: {status}")
                statuses.add("honoured" if x["honoured"] else "not honoured")
        if r["expired"]:
            overall = "expired (always on in v2)"
            counts["expired"] += 1
        elif not r["readers"]:
            overall = "no module reads it"
            counts["no reader"] += 1
        elif "not honoured" in statuses:
            overall = "**not honoured**"
            counts["not honoured"] += 1
        elif "honoured" in statuses:
            overall = "honoured"
            counts["honoured"] += 1
        else:
            overall = "not applicable"
            counts["not applicable"] += 1
        intro = ", ".join(f"{k} {v}" for k, v in r["introduced"].items()) or "—"
        body.append(
            f"| `{r['flag']}` | {_FLAG_TYPES.get(r['type'], r['type'])} | {intro} | {_fmt(r['unconfigured'])} "
            f"| {_fmt(r['recommended'])} | {'<br>'.join(cells) or '—'} | {overall} |"
        )
    notes = "".join(f"- `{f}` in `{m}`: not honoured, {why}\n" for (f, m), why in sorted(NOT_HONOURED.items()))
    notes += "".join(f"- `{f}` in `{m}`: honoured in {where}\n" for (f, m), where in sorted(HONOURED_ELSEWHERE.items()))
    notes += "".join(f"- `{f}` in `{m}`: honoured: {what}\n" for (f, m), what in sorted(HONOURED_NOTES.items()))
    return (
        "# Feature flags\n\n"
        "GENERATED by `python -m tools.feature_flags.generate` from aws-cdk-lib 2.275.0 (the oracle's "
        "`cx-api` `FLAGS`), `tools/feature_flags/flag_modules.json` (which aws-cdk-lib modules read each flag, "
        "scanned from the 2.275.0 package with `--scan`) and pycdk's sources. Do not edit by hand.\n\n"
        "Columns: the flag; its kind; the versions that introduced it; its value when unset in v2 "
        "(`unconfiguredBehavesLike.v2`, — meaning false); the value `pycdk init` writes (recommended); each "
        "aws-cdk-lib module whose code reads it, with the pycdk module that implements it and whether that module "
        "honours the flag; and the overall pycdk status.\n\n"
        "At synthesis pycdk (`constructs/_private/feature_flag_report.py`):\n\n"
        "- writes the `aws-cdk-lib/feature-flag-report` artifact into `manifest.json` as aws-cdk-lib does (every "
        "live flag with its recommended value, explanation, unset v2 value and the user's value from context);\n"
        "- for a flag set in context to a value other than its unset value, read by a shipped module that does not "
        "honour it, adds a warning (`pycdk:featureFlagNotHonoured:<flag>`) once per flag and stage on the first "
        "construct (in tree order) of that module, so it shows in the stack's metadata and the CLI output. For "
        "`core` that construct is the first stack, except for a core flag that changes only what L2 constructs "
        "write (`L2_ONLY_CORE_FLAGS`: `@aws-cdk/core:enableAdditionalMetadataCollection`, whose effect is the "
        "`aws:cdk:analytics:*` metadata aws-cdk-lib's L2 constructors and methods record): that one goes on the "
        "first L2 construct, and an app of L1 constructs only, which synthesizes the same with it, gets none. "
        "The context is read at the stage, so a flag set on a lower scope only is not seen.\n\n"
        "Each honoured flag is pinned by a golden app that sets it (`tests/feature_flags/test_feature_flag_table.py` "
        "checks), and golden apps also run under the whole recommended set (tests/golden/README.md, "
        "\"Under the recommended feature flags\").\n\n"
        f"Totals: {counts['honoured']} honoured, {counts['not honoured']} not honoured, "
        f"{counts['not applicable']} not applicable (read only by modules or classes pycdk does not have), "
        f"{counts['no reader']} read by no module's code, {counts['expired']} expired in v2.\n\n"
        + (f"Decided by hand (the scan of pycdk's code would say otherwise):\n\n{notes}\n" if notes else "")
        + "| flag | kind | introduced | unset (v2) | recommended | read by | pycdk |\n"
        "|---|---|---|---|---|---|---|\n" + "\n".join(body) + "\n"
    )


def main(argv: list[str]) -> int:
    if "--scan" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            package = _extract(tmp, everything=True)
            data = _load_flags(package)
            FLAGS_JSON.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            modules = scan_modules(package, data["constants"])
            MODULES_JSON.write_text(json.dumps(modules, indent=2) + "\n", encoding="utf-8")
    data = json.loads(FLAGS_JSON.read_text(encoding="utf-8"))
    modules = json.loads(MODULES_JSON.read_text(encoding="utf-8"))
    rows = build(data, modules)
    outputs = {TABLE_PY: render_table_py(rows), DOC_MD: render_doc(rows)}
    if "--check" in argv:
        stale = [str(p.relative_to(ROOT)) for p, text in outputs.items()
                 if not p.is_file() or p.read_text(encoding="utf-8") != text]
        if stale:
            print("stale: " + ", ".join(stale) + " (run python -m tools.feature_flags.generate)")
            return 1
        return 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main(sys.argv[1:]))
