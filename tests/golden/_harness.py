"""Run a golden app on pycdk and compare its templates with the aws-cdk-lib fixtures.

The test module stays a thin table of parameters; the work lives here so it can be reused (for
example by a script that checks a single app) and unit-tested.
"""

from __future__ import annotations

import atexit
import difflib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from _forkserver import ForkServer
from _rewrite import rewrite_file, suite_rewrite_mode
from oracle import (
    GOLDEN_DIR,
    REPO_ROOT,
    app_files,
    assembly_files,
    compares_assembly,
    compares_asset_manifests,
    normalized_assembly_file,
    suite_dirs,
    template_files,
)

APP_TIMEOUT_SECONDS = 120
DIFF_MAX_LINES = 60
FIXTURES = "fixtures"


class GoldenRunError(AssertionError):
    """The rewritten app failed on pycdk; the message holds the tail of its stderr."""


@dataclass(frozen=True)
class GoldenApp:
    """One app of a suite, with the folder of its aws-cdk-lib templates."""

    suite: str
    path: Path
    fixtures: str = FIXTURES  # the fixture folder's name (``fixtures_recommended`` for the recommended-flag run)

    @property
    def name(self) -> str:
        """The app's file stem, also the name of its fixture folder."""
        return self.path.stem

    @property
    def test_id(self) -> str:
        """The pytest id, ``<suite>/<app>``."""
        return f"{self.suite}/{self.name}"

    @property
    def fixture_dir(self) -> Path:
        """``tests/golden/<suite>/fixtures/<app>/``."""
        return self.path.parent / self.fixtures / self.name


def all_apps() -> list[GoldenApp]:
    """Return every app of every suite, with or without fixtures."""
    return [GoldenApp(suite.name, app) for suite in suite_dirs() for app in app_files(suite)]


def apps_with_fixtures() -> list[GoldenApp]:
    """Return the apps whose fixture folder holds at least one template."""
    return [app for app in all_apps() if app.fixture_dir.is_dir() and template_files(app.fixture_dir)]


def orphan_fixture_dirs() -> list[Path]:
    """Return fixture folders whose app script no longer exists."""
    orphans: list[Path] = []
    for fixtures in sorted(GOLDEN_DIR.glob(f"*/{FIXTURES}")):
        suite = fixtures.parent
        orphans.extend(d for d in sorted(fixtures.iterdir()) if d.is_dir() and not (suite / f"{d.name}.py").exists())
    return orphans


def run_on_pycdk(app: GoldenApp, workdir: Path, extra_env: dict[str, str] | None = None) -> Path:
    """Rewrite the app to pycdk imports, run it in one subprocess and return its output dir.

    The rewritten script is ``<workdir>/<app>.py`` (same line numbers as the original); it runs with
    the current interpreter, the repo root first on ``PYTHONPATH`` and the suite folder as cwd.

    Raises:
        GoldenRunError: when the app fails; the message holds the subprocess's stderr.
    """
    outdir = workdir / "cdk.out"
    if outdir.exists():
        shutil.rmtree(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    script = workdir / app.path.name
    script.write_text(rewrite_file(app.path, suite_rewrite_mode(app.path.parent)), encoding="utf-8")
    env = dict(os.environ)
    env.pop("CDK_CONTEXT_JSON", None)
    python_path = [str(REPO_ROOT), str(app.path.parent)]
    if env.get("PYTHONPATH"):
        python_path.append(env["PYTHONPATH"])
    env.update({"CDK_OUTDIR": str(outdir), "CDK_VALIDATION": "false", "PYTHONPATH": os.pathsep.join(python_path)})
    env.update(extra_env or {})
    if os.environ.get("PYCDK_GOLDEN_SUBPROCESS"):
        result = subprocess.run(
            [sys.executable, str(script)], cwd=str(app.path.parent), env=env,
            capture_output=True, text=True, timeout=APP_TIMEOUT_SECONDS,
        )
        code, stderr = result.returncode, result.stderr
    else:  # the same run in a fork of a server that imported pycdk once (_forkserver.py)
        code, stderr = _fork_server().run(script, app.path.parent, env, [str(script.parent), *python_path],
                                          APP_TIMEOUT_SECONDS, workdir)
    if code != 0:
        raise GoldenRunError(
            f"pycdk run of {app.test_id} failed (exit {code}); rewritten script: {script}\n"
            f"--- stderr ---\n{_tail(stderr, 40)}"
        )
    return outdir


_SERVER: list[ForkServer] = []


def _fork_server() -> ForkServer:
    """This process's fork server, started on first use (again if it died) and stopped at exit."""
    if not _SERVER or not _SERVER[0].alive():
        if not _SERVER:
            atexit.register(lambda: _SERVER[0].close())
        _SERVER[:] = [ForkServer(REPO_ROOT)]
    return _SERVER[0]


# Singleton handlers whose code the library inlines (aws-cdk-lib inlines its own JS; pycdk its own Python).
INLINE_HANDLER_PREFIXES = ("BucketNotificationsHandler050a0587b7544547bf325f094a3db834",)
# Inline handlers named after their parent construct: ecs's instance drain hook (``<group>DrainECSHookFunction``).
INLINE_HANDLER_INFIXES = ("DrainECSHookFunction",)
# Singleton providers of aws-cdk-lib's whose handler is a code asset, which pycdk writes itself.
OWN_ASSET_HANDLER_PREFIXES = (
    "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a",
    "AWS679f53fac002430cb0da5b7982bd2287",  # custom_resources.AwsCustomResource
    "AWSb4cf1abd4e4f4bc699441af7ccd9ec37",  # events_targets.AwsApi
    "CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C",  # s3_deployment.BucketDeployment
    "OnEventHandler42BEBAE0",  # dynamodb's ReplicaProvider (in its nested stack)
    "IsCompleteHandler7073F4DA",
    "SingletonLambda224e77f9a32e4b4dac32983477abba16",  # ses.DropSpamReceiptRule
    "Evala5c17f500de1497b8ec0fabdc9086cc5",  # stepfunctions_tasks.EvaluateExpression's shared functions:
    "Eval41256dc5445742738ed917bc818694e5",  # Node.js 24 x86_64, no runtime given x86_64 / arm64
    "Evalbe6d8ca19d2c4db3aeebf6f27f3f2f10",
    "CrossRegionAwsSdk8a0c93f3dbef4b71ac137aaf2048ce7e",  # stepfunctions_tasks.CallAwsServiceCrossRegion
    "SingletonLambda8693BB64968944B69AAFB0CC9EB8757C",  # EmrContainersStartJobRun's role trust handler
    "Handler886CB40B",  # eks.KubectlProvider's handler (in its nested stack)
    "awscdkawsgluealphaPartitionIndexProviderHandler",  # glue tables' partition index handlers
    "awscdkawsgluealphaPartitionIndexProviderIsComplete",
)
# Handler functions named after their parent construct (the id of the construct comes first).
OWN_ASSET_HANDLER_INFIXES = (
    "CertificateRequestorFunction",  # certificatemanager.DnsValidatedCertificate
    "EvalFunction",  # stepfunctions_tasks.EvaluateExpression (one function per task)
    "KubectlProviderHandler",  # eks_v2.KubectlProvider's handler (in the cluster's stack, not nested)
    "CDKPipelinesAutoApprove",  # pipelines.ConfirmPermissionsBroadening's approving function
)
# Nested stacks holding pycdk's own handler code: their template (so its asset hash in TemplateURL) differs.
OWN_HANDLER_NESTED_STACK_PREFIXES = (
    "awscdkawsdynamodbReplicaProviderNestedStack",
    # core/integ_nested_stack_references under the recommended flags: restrictDefaultSecurityGroup puts the VPC's
    # default-security-group provider (own handler) in this nested stack
    "NestorNestedStackNestorNestedStackResource",
    # l2_s3_deployment's nested-stack ports: the BucketDeployment (own handler) lives in this nested stack
    "DeploymentNestedStackNestedStackDeploymentNestedStackNestedStackResource",
    "S3StackNestedStackS3StackNestedStackResource",
    # eks.Cluster's providers (own cluster and kubectl handlers)
    "awscdkawseksClusterResourceProviderNestedStack",
)
# The same, matched anywhere in the id: eks.KubectlProvider's (``<cluster unique id>-KubectlProvider`` for an
# imported cluster)
OWN_HANDLER_NESTED_STACK_INFIXES = ("KubectlProviderNestedStack",)
BUCKET_DEPLOYMENT_HANDLER = "CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C"
# aws-cdk-lib's BucketDeployment handler runs the AWS CLI from this layer; pycdk's boto3 handler needs none, so the
# layer (and its entry in the handler's Layers) is dropped from the oracle's template (docs/s3-deployment.md).
AWSCLI_LAYER_DESCRIPTION = "/opt/awscli/aws"
# the handlers that run the AWS CLI from that layer: BucketDeployment's and EmrContainersStartJobRun's role trust
# handler (pycdk's use boto3)
AWSCLI_LAYER_HANDLERS = (BUCKET_DEPLOYMENT_HANDLER, "SingletonLambda8693BB64968944B69AAFB0CC9EB8757C",
                         "Handler886CB40B")  # eks.KubectlProvider's (pycdk's writes its kubeconfig with boto3)
# the same, matched anywhere in the id: eks_v2.KubectlProvider's handler (a construct in the cluster's stack)
AWSCLI_LAYER_HANDLER_INFIXES = ("KubectlProviderHandler",)
# aws-cdk-lib's EKS cluster handlers (Node.js) load proxy-agent from this layer; pycdk's Python handlers need none.
PROXY_AGENT_LAYER_DESCRIPTION = "/opt/nodejs/node_modules/proxy-agent"
PROXY_AGENT_LAYER_HANDLERS = ("OnEventHandler42BEBAE0", "IsCompleteHandler7073F4DA")
# custom_resources.Provider's framework functions (own handler code), recognised by their description.
OWN_FRAMEWORK_DESCRIPTION = "AWS CDK resource provider framework - "


def mask_own_provider_handlers(text: bytes) -> bytes:
    """Blank the handler code fields of custom-resource providers whose handler pycdk writes itself.

    aws-cdk-lib deploys its own bundled JavaScript handlers (CfnUtils, S3 auto-delete, ...). pycdk ships its own
    handler code, so the code asset hash (``Code.S3Key``), ``Handler`` and ``Runtime`` of those providers (and
    the ``CodeHash`` property of their custom resources) differ by design; everything else must still match. The text is re-serialised the way templates are written.
    """
    template = json.loads(text)
    resources = template.get("Resources", {}) if isinstance(template, dict) else {}
    for logical_id, resource in resources.items():
        props = resource.get("Properties", {})
        if resource.get("Type") == "AWS::CloudFormation::Stack" and (logical_id.startswith(
                OWN_HANDLER_NESTED_STACK_PREFIXES) or any(p in logical_id for p in OWN_HANDLER_NESTED_STACK_INFIXES)):
            _mask_template_url_hash(props)
        token = props.get("ServiceToken") if isinstance(props, dict) else None
        if "CodeHash" in props and isinstance(token, dict) and "CustomResourceProviderHandler" in str(token):
            props["CodeHash"] = "<handler code hash>"  # the hash of the provider's (own) handler code
        if resource.get("Type") != "AWS::Lambda::Function":
            continue
        if (logical_id.startswith(INLINE_HANDLER_PREFIXES) or any(p in logical_id for p in INLINE_HANDLER_INFIXES)) \
                and "ZipFile" in props.get("Code", {}):
            props["Code"]["ZipFile"] = "<handler code shipped by the library>"
            continue
        framework = str(props.get("Description", "")).startswith(OWN_FRAMEWORK_DESCRIPTION)
        if "CustomResourceProviderHandler" not in logical_id and not logical_id.startswith(OWN_ASSET_HANDLER_PREFIXES) \
                and not framework and not any(part in logical_id for part in OWN_ASSET_HANDLER_INFIXES):
            continue
        for key in ("Handler", "Runtime"):
            if key in props:
                props[key] = "<handler shipped by the library>"
        if "S3Key" in props.get("Code", {}):
            props["Code"]["S3Key"] = "<handler code asset>"
    _drop_awscli_layers(resources)
    _drop_awscli_layers(resources, PROXY_AGENT_LAYER_HANDLERS, PROXY_AGENT_LAYER_DESCRIPTION)
    return json.dumps(template, indent=1, ensure_ascii=False).encode("utf-8")


def _mask_template_url_hash(props: dict) -> None:
    """Blank the ``<hash>.json`` tail of a nested stack's ``TemplateURL`` (a ``Fn::Join`` of strings and tokens)."""
    parts = props.get("TemplateURL", {}).get("Fn::Join", [None, []])[1]
    if parts and isinstance(parts[-1], str) and parts[-1].endswith(".json"):
        parts[-1] = parts[-1][: parts[-1].rfind("/") + 1] + "<nested template hash>.json"


def _drop_awscli_layers(resources: dict, handler_prefixes: tuple[str, ...] = AWSCLI_LAYER_HANDLERS,
                        description: str = AWSCLI_LAYER_DESCRIPTION) -> None:
    """Remove aws-cdk-lib's AWS CLI layers (one per BucketDeployment) when a BucketDeployment handler is masked
    (and, with other arguments, another layer that only aws-cdk-lib's own handlers load)."""
    infixes = AWSCLI_LAYER_HANDLER_INFIXES if handler_prefixes is AWSCLI_LAYER_HANDLERS else ()
    handlers = [r for logical_id, r in resources.items() if (logical_id.startswith(handler_prefixes) or any(
        p in logical_id for p in infixes)) and r.get("Type") == "AWS::Lambda::Function"]
    if not handlers:
        return
    cli = {logical_id for logical_id, r in resources.items() if r.get("Type") == "AWS::Lambda::LayerVersion"
           and r.get("Properties", {}).get("Description") == description}
    for logical_id in cli:
        del resources[logical_id]
    for handler in handlers:
        props = handler.get("Properties", {})
        layers = [ref for ref in props.get("Layers", []) if not (isinstance(ref, dict) and ref.get("Ref") in cli)]
        if "Layers" in props and not layers:
            del props["Layers"]
        elif "Layers" in props:
            props["Layers"] = layers
    for resource in resources.values():  # a dependency on a BucketDeployment includes its layer
        depends = resource.get("DependsOn")
        if isinstance(depends, list) and cli.intersection(depends):
            resource["DependsOn"] = [d for d in depends if d not in cli]
            if not resource["DependsOn"]:
                del resource["DependsOn"]
        elif isinstance(depends, str) and depends in cli:
            del resource["DependsOn"]


# Suites whose every app synthesizes pycdk's own handlers (an EKS cluster's providers), masked as OWN_HANDLER_APPS,
# and apps of other suites with an eks.Cluster.
OWN_HANDLER_SUITES = ("l2_eks", "l2_eks_v2")
OWN_HANDLER_EKS_APPS = (
    "l2_stepfunctions_tasks/integ_eks_call",
    "l2_stepfunctions_tasks/integ_emrcontainers_start_job_run",
    "l2_stepfunctions_tasks/integ_job_submission_workflow",
)


ANALYTICS_PREFIX = "v2:deflate64:"


def decode_analytics(text: bytes) -> bytes:
    """ANALYTICS_MASK: the template with the ``Analytics`` value of its ``AWS::CDK::Metadata`` resource (apps with
    analytics reporting on) replaced by the plaintext it holds. The value is ``v2:deflate64:`` and the base64 of a
    gzip stream of the prefix-encoded construct list; Node's zlib and Python's compress the same list to different
    bytes, so the list is compared instead (everything else stays byte for byte). Other templates are unchanged."""
    if b'"AWS::CDK::Metadata"' not in text:
        return text
    import base64
    import gzip

    template = json.loads(text)
    for resource in template.get("Resources", {}).values():
        props = resource.get("Properties", {}) if resource.get("Type") == "AWS::CDK::Metadata" else {}
        value = props.get("Analytics") if isinstance(props, dict) else None
        if isinstance(value, str) and value.startswith(ANALYTICS_PREFIX):
            plain = gzip.decompress(base64.b64decode(value[len(ANALYTICS_PREFIX):])).decode("utf-8")
            props["Analytics"] = f"<gzip of> {plain}"
    return json.dumps(template, indent=1, ensure_ascii=False).encode("utf-8")


def compare_templates(app: GoldenApp, outdir: Path, *, mask_own_handlers: bool = False) -> list[str]:
    """Compare every fixture template with pycdk's output, byte for byte.

    Returns:
        One problem description per differing, missing or unexpected template (empty when all match).
    """
    mask_own_handlers = mask_own_handlers or app.suite in OWN_HANDLER_SUITES or app.test_id in OWN_HANDLER_EKS_APPS
    with_assets = compares_asset_manifests(app.fixture_dir.parent.parent)
    expected = set(template_files(app.fixture_dir, with_asset_manifests=with_assets))
    produced = set(template_files(outdir, with_asset_manifests=with_assets))
    problems: list[str] = []
    for relative in sorted(expected):
        want = (app.fixture_dir / relative).read_bytes()
        if relative not in produced:
            problems.append(f"{relative}: pycdk produced no such template (produced: {_names(produced)})")
            continue
        got = (outdir / relative).read_bytes()
        if mask_own_handlers and relative.name.endswith(".template.json"):
            want, got = mask_own_provider_handlers(want), mask_own_provider_handlers(got)
        if got != want and relative.name.endswith(".template.json"):
            want, got = decode_analytics(want), decode_analytics(got)
        if got != want:
            problems.append(f"{relative} differs:\n{describe_difference(want, got)}")
    for relative in sorted(produced - expected):
        problems.append(f"{relative}: pycdk produced a template the fixtures lack")
    if compares_assembly(app.fixture_dir.parent.parent):
        problems += _compare_assembly(app, outdir)
    return problems


# Assembly files that knowingly differ for one app, with the reason (the templates are still compared).
ASSEMBLY_FILE_EXCEPTIONS: dict[str, dict[str, str]] = {
    "l1/sam_function": {
        "tree.json": "tree.json lists SAM struct keys in the declaration order of the old SAM spec aws-cdk-lib's "
        "aws_sam was generated from; the registry schema pycdk is generated from does not carry that order",
    },
}


def _compare_assembly(app: GoldenApp, outdir: Path) -> list[str]:
    """Compare manifest.json, tree.json and metadata files (normalised as the oracle stored them)."""
    skipped = ASSEMBLY_FILE_EXCEPTIONS.get(app.test_id, {})
    base = app.fixture_dir / "assembly"
    expected = set(assembly_files(base)) if base.exists() else set()
    produced = set(assembly_files(outdir))
    problems: list[str] = []
    for relative in sorted(expected):
        if str(relative) in skipped:
            continue
        if relative not in produced:
            problems.append(f"assembly/{relative}: pycdk produced no such file")
            continue
        want = (base / relative).read_bytes()
        got = normalized_assembly_file(outdir / relative)
        if got != want:
            problems.append(f"assembly/{relative} differs:\n{describe_difference(want, got)}")
    for relative in sorted(produced - expected):
        problems.append(f"assembly/{relative}: pycdk produced a file the fixtures lack")
    return problems


def describe_difference(want: bytes, got: bytes) -> str:
    """Explain how two template texts differ: a trimmed unified diff, or the first differing byte."""
    want_text, got_text = want.decode("utf-8", "replace"), got.decode("utf-8", "replace")
    note = ""
    if want_text.count("\n") < 2 and got_text.count("\n") < 2:
        # Compact templates: re-indent both so the diff is line-based.
        try:
            want_text = json.dumps(json.loads(want_text), indent=1, ensure_ascii=False)
            got_text = json.dumps(json.loads(got_text), indent=1, ensure_ascii=False)
            note = "(compact templates, re-indented for this diff)\n"
        except json.JSONDecodeError:
            pass
    diff = list(difflib.unified_diff(
        want_text.splitlines(), got_text.splitlines(), "aws-cdk-lib", "pycdk", lineterm="", n=2,
    ))
    if not diff:
        return _first_byte_difference(want, got)
    shown = diff[:DIFF_MAX_LINES]
    if len(diff) > DIFF_MAX_LINES:
        shown.append(f"... ({len(diff) - DIFF_MAX_LINES} more diff lines)")
    return note + "\n".join(shown)


def _first_byte_difference(want: bytes, got: bytes) -> str:
    """Describe the first differing byte when the line diff shows nothing (e.g. a trailing newline)."""
    index = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), min(len(want), len(got)))
    start = max(0, index - 20)
    return (
        f"bytes differ at offset {index} (lengths {len(want)} vs {len(got)}): "
        f"aws-cdk-lib {want[start:index + 20]!r} / pycdk {got[start:index + 20]!r}"
    )


def _names(paths: set[Path]) -> str:
    """Render a set of relative paths for a message."""
    return ", ".join(sorted(str(p) for p in paths)) or "none"


def _tail(text: str, lines: int) -> str:
    """Return the last lines of a text."""
    parts = text.rstrip().splitlines()
    return "\n".join(parts[-lines:]) if parts else "(empty)"
