"""The official CDK CLI (npm ``aws-cdk``) reads pycdk's cloud assembly: ``cdk ls`` and ``cdk synth --app <dir>``."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import yaml


def _cdk(node_modules: Path, assembly: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cli = node_modules / ".bin" / "cdk"
    return subprocess.run(
        [str(cli), *args, "--app", str(assembly), "--no-notices", "--no-version-reporting"],
        capture_output=True, text=True, timeout=300, cwd=str(assembly.parent),
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(assembly.parent), "CDK_DISABLE_CLI_TELEMETRY": "true"},
    )


def test_cdk_ls_lists_every_stack(node_modules: Path, sample_assembly: Path) -> None:
    result = _cdk(node_modules, sample_assembly, "ls")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sorted(lines) == ["AgnosticConsumer", "Consumer", "Prod/Service (Prod-Service)", "Producer"]
    # the CLI orders stacks by dependency: the consumer of an export comes after its producer
    assert lines.index("Producer") < lines.index("AgnosticConsumer")


def test_cdk_ls_long_shows_environments(node_modules: Path, sample_assembly: Path) -> None:
    result = _cdk(node_modules, sample_assembly, "ls", "--long")
    assert result.returncode == 0, result.stderr
    listing = yaml.safe_load(result.stdout)
    envs = {entry["id"]: entry["environment"] for entry in listing}
    assert envs["Producer"] == {"account": "unknown-account", "region": "unknown-region",
                                "name": "aws://unknown-account/unknown-region"}
    assert envs["Consumer"]["account"] == "123456789012"
    assert envs["Consumer"]["region"] == "eu-west-1"


def test_cdk_synth_prints_the_template_pycdk_wrote(node_modules: Path, sample_assembly: Path) -> None:
    result = _cdk(node_modules, sample_assembly, "synth", "AgnosticConsumer")
    assert result.returncode == 0, result.stderr
    printed = yaml.safe_load(result.stdout)
    written = json.loads((sample_assembly / "AgnosticConsumer.template.json").read_text())
    # the CLI hides the bootstrap version check rule when it prints a template
    assert "Rules" not in printed
    written.pop("Rules")
    assert printed == written
    assert printed["Resources"]["Queue"]["Properties"]["QueueName"] == {
        "Fn::ImportValue": "Producer:ExportsOutputRefBucket239F7DF2"
    }


def test_cdk_synth_reads_stage_stacks(node_modules: Path, sample_assembly: Path) -> None:
    result = _cdk(node_modules, sample_assembly, "synth", "Prod/Service", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["Resources"]["Queue"]["Type"] == "AWS::SQS::Queue"
