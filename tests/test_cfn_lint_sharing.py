"""The shared-rules ``cfnlint.api.lint`` of tests/conftest.py finds exactly what cfn-lint's own ``lint`` finds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cfnlint.api
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parent / "golden"

BROKEN = {
    "Parameters": {"Unused": {"Type": "String"}},
    "Conditions": {"Never": {"Fn::Equals": ["a", "b"]}},
    "Resources": {
        "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"VisibilityTimeout": "x", "Nope": 1}},
        "Topic": {"Type": "AWS::SNS::Topic", "DependsOn": "Missing", "Condition": "Absent"},
        "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Runtime": "python2.7", "Handler": "i.h",
               "Role": {"Fn::GetAtt": ["Queue", "Nope"]}, "Code": {"ZipFile": "x"}}},
    },
    "Outputs": {"Out": {"Value": {"Ref": "Nowhere"}}},
}


def _found(matches: list[cfnlint.api.Match]) -> list[str]:
    return sorted(f"{m.rule.id} {m.message} {m.path}" for m in matches)


def test_the_conftest_shares_the_rules() -> None:
    assert lint is cfnlint.api.lint and hasattr(lint, "__wrapped__")


def test_same_findings_as_cfn_lint_on_a_broken_template_for_each_config() -> None:
    text = json.dumps(BROKEN)
    for config in (ManualArgs(regions=["us-east-1"]), ManualArgs(regions=["eu-west-1", "us-west-2"]),
                   ManualArgs(regions=["us-east-1"], ignore_checks=["W"]),
                   ManualArgs(regions=["us-east-1"], include_checks=["I"])):
        expected = _found(lint.__wrapped__(text, config=config))  # type: ignore[attr-defined]
        assert expected, config  # the template is broken: cfn-lint must find something
        assert _found(lint(text, config=config)) == expected, config


def test_same_findings_as_cfn_lint_on_golden_templates_one_after_another() -> None:
    paths = sorted(GOLDEN.glob("l2_*/fixtures/*/*.template.json"))[::100][:5]
    config = ManualArgs(regions=["us-east-1"])
    expected = {path: _found(lint.__wrapped__(path.read_text(), config=config)) for path in paths}  # type: ignore[attr-defined]
    for path, suffix in [*((p, "") for p in paths), *((p, "\n") for p in paths)]:
        # twice: a second run on the same shared rules finds the same (a trailing newline: another text, linted
        # again rather than answered from the findings of the first run)
        assert _found(lint(path.read_text() + suffix, config=config)) == expected[path], path


def test_the_same_text_and_config_is_linted_once() -> None:
    text = json.dumps(BROKEN)
    config = ManualArgs(regions=["us-east-1"])
    first = lint(text, config=config)
    second = lint(text, config=config)
    assert second == first and second is not first  # the same findings, in a list of its own
    assert [m.rule.id for m in second] == [m.rule.id for m in first] and first
    other = lint(text, config=ManualArgs(regions=["us-east-1"], ignore_checks=["W"]))
    assert _found(other) != _found(first)  # another config is another run


def test_the_speedups_find_what_plain_cfn_lint_finds(tmp_path: Path) -> None:
    """tests/_cfn_lint_speedups.py (memoized validator classes, fast ``evolve``, E1101's keyword index) is active in
    this process; cfn-lint's own command, in a separate process without this suite's conftest, lints the same files
    (one run for all of them)."""
    import _cfn_lint_speedups
    import cfnlint.jsonschema.validators

    assert getattr(cfnlint.jsonschema.validators.create, "_pycdk_memoized", False), "speedups not installed"
    assert f"cfn-lint=={_cfn_lint_speedups.PINNED}" in Path(__file__).resolve().parents[1].joinpath(
        "pyproject.toml").read_text()
    sources = [GOLDEN / "l2_rds/fixtures/integ_cluster_serverless_v2_acu/integ-aurora-serverlessv2-cluster-acu.template.json",
               GOLDEN / "l2_ecs/fixtures/cached_images/CachedImages.template.json",
               GOLDEN / "l2_lambda/fixtures/event_source_mapping_options/EsmOptions.template.json"]
    texts = [json.dumps(BROKEN, indent=1), *(p.read_text() for p in sources)]
    files = []
    for i, text in enumerate(texts):
        files.append(tmp_path / f"t{i}.json")
        files[-1].write_text(text)
    run = subprocess.run([sys.executable, "-P", "-c", "import sys; from cfnlint.runner import main; sys.exit(main())", "--format", "json", "--regions", "us-east-1", "--",
                          *map(str, files)], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode in (0, 2, 4, 6, 8, 10, 12, 14), run.stderr  # a bit mask of the finding levels
    plain: dict[str, list[str]] = {str(f): [] for f in files}
    for m in json.loads(run.stdout):
        plain[m["Filename"]].append(f"{m['Rule']['Id']} {m['Message']} {m['Location']['Start']['LineNumber']}")
    ours: dict[str, list[str]] = {}
    for f, text in zip(files, texts, strict=True):
        ours[str(f)] = [f"{m.rule.id} {m.message} {m.linenumber}"
                        for m in lint(text, config=ManualArgs(regions=["us-east-1"]))]
    plain = {k: sorted(v) for k, v in plain.items()}
    ours = {k: sorted(v) for k, v in ours.items()}
    assert any(f.startswith("E") for f in plain[str(files[0])])  # the broken template has errors
    assert ours == plain
