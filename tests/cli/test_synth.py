"""``pycdk synth``: runs cdk.json's app with CDK_OUTDIR and CDK_CONTEXT_JSON, prints one stack's template."""

from __future__ import annotations

import json

import yaml
from _cli_support import write_app

TWO_STACKS = """
import json, os
from constructs import App, Stack
from l1 import sns, sqs

app = App()
queues = Stack(app, "Queues")
sqs.CfnQueue(queues, "Queue", visibility_timeout=int(app.node.try_get_context("timeout") or 30))
sns.CfnTopic(Stack(app, "Topics"), "Topic")
with open("seen-context.json", "w") as f:
    json.dump({"context": json.loads(os.environ.get("CDK_CONTEXT_JSON", "{}")),
               "outdir": os.environ.get("CDK_OUTDIR")}, f)
app.synth()
"""


def test_synth_prints_the_single_stack_as_yaml_without_the_bootstrap_rule(project, pycdk):
    result = pycdk("synth", cwd=project)
    assert result.returncode == 0, result
    template = yaml.safe_load(result.stdout)
    assert template["Resources"]["Queue"] == {
        "Type": "AWS::SQS::Queue",
        "Properties": {"VisibilityTimeout": 300},
        "Metadata": {"aws:cdk:path": "SampleAppStack/Queue"},
    }
    assert "Rules" not in template
    written = json.loads((project / "cdk.out" / "SampleAppStack.template.json").read_text())
    assert "CheckBootstrapVersion" in written["Rules"]
    assert f"Successfully synthesized to {project / 'cdk.out'}" in result.stderr


def test_synth_json_prints_the_template_as_json(project, pycdk):
    result = pycdk("synth", "--json", cwd=project)
    assert result.returncode == 0, result
    assert json.loads(result.stdout)["Resources"]["Queue"]["Properties"] == {"VisibilityTimeout": 300}


def test_quiet_synth_prints_no_template(project, pycdk):
    result = pycdk("synth", "-q", cwd=project)
    assert (result.returncode, result.stdout) == (0, "")
    assert (project / "cdk.out" / "manifest.json").is_file()


def test_the_app_gets_the_context_and_the_output_directory(tmp_path, pycdk):
    app = write_app(tmp_path / "app", TWO_STACKS, cdk_json='{"app": "python3 app.py", "context": {"timeout": "45", "from": "cdk.json"}}')
    (app / "cdk.context.json").write_text('{"from": "cache", "cached": 1}')
    result = pycdk("synth", "Queues", "-c", "timeout=60", "-c", 'accounts=["1"]', "-o", "out", cwd=app)
    assert result.returncode == 0, result
    seen = json.loads((app / "seen-context.json").read_text())
    assert seen["outdir"] == str(app / "out")
    assert seen["context"]["timeout"] == "60"
    assert seen["context"]["from"] == "cdk.json"
    assert seen["context"]["cached"] == 1
    assert seen["context"]["accounts"] == ["1"]
    assert seen["context"]["aws:cdk:enable-path-metadata"] is True
    assert seen["context"]["aws:cdk:bundling-stacks"] == ["**"]
    assert yaml.safe_load(result.stdout)["Resources"]["Queue"]["Properties"] == {"VisibilityTimeout": 60}


def test_several_stacks_need_a_selection(tmp_path, pycdk):
    app = write_app(tmp_path / "app", TWO_STACKS)
    result = pycdk("synth", cwd=app)
    assert (result.returncode, result.stdout) == (0, "")
    assert "Supply a stack id (Queues, Topics) to display its template." in result.stderr
    topics = pycdk("synth", "Top*", cwd=app)
    assert list(yaml.safe_load(topics.stdout)["Resources"]) == ["Topic", "CDKMetadata"]


def test_an_unknown_stack_is_an_error(tmp_path, pycdk):
    app = write_app(tmp_path / "app", TWO_STACKS)
    result = pycdk("synth", "Nope", cwd=app)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == "pycdk: error: No stack matches 'Nope' (stacks: Queues, Topics)"


def test_no_metadata_flags_turn_off_path_metadata(project, pycdk):
    result = pycdk("synth", "--no-path-metadata", cwd=project)
    assert "Metadata" not in yaml.safe_load(result.stdout)["Resources"]["Queue"]


def test_a_failing_app_is_one_error_line_and_keeps_the_previous_assembly(project, pycdk):
    assert pycdk("synth", "-q", cwd=project).returncode == 0
    before = (project / "cdk.out" / "SampleAppStack.template.json").read_text()
    stack = project / "sample_app" / "sample_app_stack.py"
    stack.write_text(stack.read_text().replace("visibility_timeout=300", "visibility_timeout=99999"))
    result = pycdk("synth", cwd=project)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("pycdk: error: the app (python3 app.py) failed: ")
    assert "ValidationError: AWS::SQS::Queue: Properties.VisibilityTimeout must be at most 43200, got 99999" in line
    assert "at path [SampleAppStack/Queue]" in line
    assert line.endswith("(rerun with -v for its full output)")
    assert (project / "cdk.out" / "SampleAppStack.template.json").read_text() == before
    verbose = pycdk("synth", "-v", cwd=project)
    assert "Traceback (most recent call last)" in verbose.stderr


def test_an_app_that_does_not_synthesize_is_reported(tmp_path, pycdk):
    app = write_app(tmp_path / "app", "from constructs import App\nApp()\n")
    result = pycdk("synth", cwd=app)
    assert result.returncode == 1
    assert "wrote no cloud assembly" in result.stderr and "does it call app.synth()?" in result.stderr


def test_without_cdk_json_the_app_is_required(tmp_path, pycdk):
    result = pycdk("synth", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("pycdk: error: --app is required")


def test_an_assembly_directory_can_be_the_app(project, pycdk, tmp_path):
    assert pycdk("synth", "-q", "-o", str(tmp_path / "asm"), cwd=project).returncode == 0
    result = pycdk("synth", "--app", str(tmp_path / "asm"), cwd=tmp_path)
    assert result.returncode == 0, result
    assert "Successfully synthesized" not in result.stderr
    assert "VisibilityTimeout: 300" in result.stdout


def test_invalid_context_is_a_usage_error(project, pycdk):
    result = pycdk("synth", "-c", "novalue", cwd=project)
    assert result.returncode == 2
    assert result.stderr == "pycdk: error: invalid context 'novalue': expected key=value\n"


def test_the_apps_own_output_goes_to_stderr_and_stdout_stays_a_template(tmp_path, pycdk):
    source = "print('hello from the app')\nimport sys\nprint('note', file=sys.stderr)\n" + TWO_STACKS
    app = write_app(tmp_path / "app", source)
    result = pycdk("synth", "Queues", cwd=app)
    assert result.returncode == 0, result
    assert "hello from the app\n" in result.stderr and "note\n" in result.stderr
    assert yaml.safe_load(result.stdout)["Resources"]["Queue"]["Type"] == "AWS::SQS::Queue"
