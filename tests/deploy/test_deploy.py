"""``pycdk bootstrap | deploy | destroy | diff --deployed`` against the moto AWS emulator (never a real account).

moto's CloudFormation is simpler than the service: it runs a stack operation during the API call, so a resource
that fails is reported by that call (nothing rolls back, the stack keeps what it had), its change sets do not
publish exports or outputs (the cross-stack test deploys with ``--method direct``), and it has no
UpdateTerminationProtection (termination protection is tested with ``--method direct``, which sets it on
CreateStack).
"""

from __future__ import annotations

import io
import json
import os
import sys
import zipfile
from pathlib import Path

import pytest
from _deploy_support import ACCOUNT, REGION, write_app

ASSETS_BUCKET = f"cdk-hnb659fds-assets-{ACCOUNT}-{REGION}"  # the bootstrap stack's default bucket name

TWO_STACKS = """
from constructs import App, CfnOutput, Stack
from l2 import s3, s3_assets, ssm

app = App()
producer = Stack(app, "Producer")
bucket = s3.Bucket(producer, "Bucket", bucket_name="h16-producer-bucket")
consumer = Stack(app, "Consumer")
asset = s3_assets.Asset(consumer, "Files", path="files")
ssm.StringParameter(consumer, "Param", parameter_name="/demo/bucket", string_value=bucket.bucket_name)
CfnOutput(consumer, "AssetUrl", value=asset.s3_object_url)
app.synth()
"""

ONE_BUCKET = """
import os
from constructs import App, Stack
from l2 import s3

app = App()
stack = Stack(app, "Store")
s3.Bucket(stack, "Bucket", bucket_name=os.environ["BUCKET_NAME"])
app.synth()
"""


@pytest.fixture
def bootstrapped(pycdk, tmp_path: Path) -> None:
    result = pycdk("bootstrap", cwd=tmp_path)
    assert result.returncode == 0, result


@pytest.fixture
def two_stacks(tmp_path: Path) -> Path:
    app = write_app(tmp_path / "two", TWO_STACKS)
    (app / "files").mkdir()
    (app / "files" / "index.txt").write_text("hello from the asset\n")
    return app


def test_bootstrap_deploys_the_toolkit_stack(pycdk_script, pycdk, aws, tmp_path: Path) -> None:
    result = pycdk_script("bootstrap", cwd=tmp_path)  # the console script, as a user runs it
    assert result.returncode == 0, result
    assert f"Environment aws://{ACCOUNT}/{REGION} bootstrapped." in result.stderr
    stack = aws.client("cloudformation").describe_stacks(StackName="CDKToolkit")["Stacks"][0]
    assert stack["StackStatus"] == "CREATE_COMPLETE"
    assert aws.client("ssm").get_parameter(Name="/cdk-bootstrap/hnb659fds/version")["Parameter"]["Value"] == "33"
    assert ASSETS_BUCKET in [b["Name"] for b in aws.client("s3").list_buckets()["Buckets"]]
    # a second run updates the same stack
    again = pycdk("bootstrap", f"aws://{ACCOUNT}/{REGION}", cwd=tmp_path)
    assert again.returncode == 0, again
    assert len(aws.client("cloudformation").describe_stacks()["Stacks"]) == 1


def test_deploy_before_bootstrap_says_to_bootstrap(pycdk, tmp_path: Path) -> None:
    app = write_app(tmp_path / "store", ONE_BUCKET)
    result = pycdk("deploy", cwd=app, env={"BUCKET_NAME": "h16-unbootstrapped"})
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        f"pycdk: error: Store: the environment aws://{ACCOUNT}/{REGION} is not bootstrapped (no SSM parameter "
        f"/cdk-bootstrap/hnb659fds/version): run 'pycdk bootstrap aws://{ACCOUNT}/{REGION}'"
    )


def test_two_stacks_with_a_cross_stack_reference_and_a_file_asset(
    pycdk, aws, bootstrapped, two_stacks: Path
) -> None:
    result = pycdk("deploy", "--all", "--method", "direct", "--concurrency", "2", "--outputs-file", "out.json",
                   cwd=two_stacks)
    assert result.returncode == 0, result
    # dependency order: the producer (exporting the bucket name) first
    assert result.stderr.index("Producer: deploying...") < result.stderr.index("Consumer: deploying...")
    assert result.stderr.index(" ✅  Producer") < result.stderr.index("Consumer: deploying...")
    # the cross-stack reference resolved to the producer's bucket
    assert aws.client("ssm").get_parameter(Name="/demo/bucket")["Parameter"]["Value"] == "h16-producer-bucket"
    # the asset directory was zipped and uploaded to the bootstrap bucket, where the template points
    outputs = json.loads((two_stacks / "out.json").read_text())
    url = outputs["Consumer"]["AssetUrl"]
    assert url.startswith(f"s3://{ASSETS_BUCKET}/") and url.endswith(".zip")
    body = aws.client("s3").get_object(Bucket=ASSETS_BUCKET, Key=url.split("/", 3)[3])["Body"].read()
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        assert archive.namelist() == ["index.txt"]
        assert archive.read("index.txt") == b"hello from the asset\n"
    assert f"Consumer.AssetUrl = {url}" in result.stdout
    # a second deploy finds nothing to change and uploads nothing
    again = pycdk("deploy", "--all", "--method", "direct", cwd=two_stacks)
    assert again.returncode == 0, again
    assert " ✅  Producer (no changes)" in again.stderr and " ✅  Consumer (no changes)" in again.stderr
    assert "publishing" not in again.stderr
    # diff --deployed compares with GetTemplate
    same = pycdk("diff", "--deployed", cwd=two_stacks)
    assert same.returncode == 0, same
    assert same.stdout.count("There were no differences") == 2
    # destroy: dependents first
    gone = pycdk("destroy", "--all", "--force", cwd=two_stacks)
    assert gone.returncode == 0, gone
    assert gone.stderr.index("Consumer: destroying...") < gone.stderr.index("Producer: destroying...")
    names = [s["StackName"] for s in aws.client("cloudformation").describe_stacks()["Stacks"]]
    assert names == ["CDKToolkit"]


def test_destroying_a_producer_takes_its_consumers_and_asks_first(
    pycdk, aws, bootstrapped, two_stacks: Path
) -> None:
    assert pycdk("deploy", "--all", "--method", "direct", cwd=two_stacks).returncode == 0
    refused = pycdk("destroy", "Producer", cwd=two_stacks)  # no terminal to confirm on
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[-1] == (
        "pycdk: error: not destroying Producer, Consumer: confirm on a terminal, or pass --force"
    )
    assert len(aws.client("cloudformation").describe_stacks()["Stacks"]) == 3


def test_an_update_that_replaces_a_resource_is_shown_as_a_replacement(pycdk, aws, bootstrapped, tmp_path) -> None:
    app = write_app(tmp_path / "store", ONE_BUCKET)
    before = pycdk("diff", "--deployed", cwd=app, env={"BUCKET_NAME": "h16-first-name"})
    assert before.stdout.startswith("Stack Store\n[+] a new stack (not deployed)\n"), before
    first = pycdk("deploy", cwd=app, env={"BUCKET_NAME": "h16-first-name"})
    assert first.returncode == 0, first
    assert "Store: creating CloudFormation changeset..." in first.stderr
    changed = pycdk("diff", "--deployed", cwd=app, env={"BUCKET_NAME": "h16-second-name"})
    assert " └─ [~] BucketName (requires replacement)" in changed.stdout
    second = pycdk("deploy", cwd=app, env={"BUCKET_NAME": "h16-second-name"})
    assert second.returncode == 0, second
    lines = second.stdout.splitlines()
    replaced = next(line for line in lines if line.startswith("[~] AWS::S3::Bucket"))
    assert replaced.endswith(" replace")
    assert lines[lines.index(replaced) + 1:lines.index(replaced) + 4] == [
        " └─ [~] BucketName (requires replacement)",
        "     ├─ [-] h16-first-name",
        "     └─ [+] h16-second-name",
    ]
    buckets = {b["Name"] for b in aws.client("s3").list_buckets()["Buckets"]}
    assert "h16-second-name" in buckets and "h16-first-name" not in buckets
    template = aws.client("cloudformation").get_template(StackName="Store")["TemplateBody"]
    assert json.loads(json.dumps(template))["Resources"]  # the deployed template is the new one
    assert "h16-second-name" in json.dumps(template)


def test_a_failed_update_prints_the_reason_and_keeps_the_stack(pycdk, aws, bootstrapped, tmp_path) -> None:
    app = write_app(tmp_path / "store", ONE_BUCKET)
    assert pycdk("deploy", cwd=app, env={"BUCKET_NAME": "h16-kept"}).returncode == 0
    cfn = aws.client("cloudformation")
    before = cfn.describe_stacks(StackName="Store")["Stacks"][0]["StackStatus"]
    aws.client("s3").create_bucket(Bucket="h16-taken")  # another owner's bucket: the name is not available
    failed = pycdk("deploy", cwd=app, env={"BUCKET_NAME": "h16-taken"})
    assert failed.returncode == 1
    assert failed.stderr.splitlines()[-1].startswith(
        "pycdk: error: Store: the deployment failed: BucketAlreadyExists: The requested bucket name is not available."
    )
    assert cfn.describe_stacks(StackName="Store")["Stacks"][0]["StackStatus"] == before  # moto: never took effect
    assert "h16-kept" in json.dumps(cfn.get_template(StackName="Store")["TemplateBody"])
    pending = pycdk("diff", "--deployed", "--fail", cwd=app, env={"BUCKET_NAME": "h16-taken"})
    assert pending.returncode == 1  # the change is still to be made


def test_parameters_termination_protection_and_stack_policy(pycdk, aws, bootstrapped, tmp_path) -> None:
    app = write_app(tmp_path / "guarded", """
from constructs import App, CfnParameter, Stack, StackPolicy
from l1 import sqs

app = App()
stack = Stack(app, "Guarded", termination_protection=True)
name = CfnParameter(stack, "QueueName", type="String")
queue = sqs.CfnQueue(stack, "Queue", queue_name=name.value_as_string)
stack.stack_policy = StackPolicy.allow_all_updates_except(queue)
app.synth()
""")
    missing = pycdk("deploy", "--method", "direct", cwd=app)
    assert missing.returncode == 1
    assert missing.stderr.splitlines()[-1] == (
        "pycdk: error: Guarded: the parameter QueueName has no default: pass --parameters QueueName=VALUE"
    )
    result = pycdk("deploy", "--method", "direct", "--parameters", "QueueName=h16-orders", cwd=app)
    assert result.returncode == 0, result
    cfn = aws.client("cloudformation")
    stack = cfn.describe_stacks(StackName="Guarded")["Stacks"][0]
    assert {p["ParameterKey"]: p["ParameterValue"] for p in stack["Parameters"]}["QueueName"] == "h16-orders"
    assert stack["EnableTerminationProtection"] is True
    assert aws.client("sqs").get_queue_url(QueueName="h16-orders")["QueueUrl"].endswith("/h16-orders")
    policy = json.loads(cfn.get_stack_policy(StackName="Guarded")["StackPolicyBody"])
    assert policy == json.loads((app / "cdk.out" / "Guarded.stack-policy.json").read_text())  # the app's policy
    assert [s["Resource"] for s in policy["Statement"] if s["Effect"] == "Deny"] == ["LogicalResourceId/Queue"]
    protected = pycdk("destroy", "--force", cwd=app)
    assert protected.returncode == 1
    assert protected.stderr.splitlines()[-1] == (
        "pycdk: error: Guarded: the stack has termination protection: turn it off (termination_protection=False, "
        "then deploy) before destroying it"
    )


def test_docker_image_assets_need_docker(pycdk, bootstrapped, tmp_path) -> None:
    app = write_app(tmp_path / "image", """
from constructs import App, Stack
from l2 import ecr_assets

app = App()
stack = Stack(app, "Images")
ecr_assets.DockerImageAsset(stack, "Image", directory="image")
app.synth()
""")
    (app / "image").mkdir()
    (app / "image" / "Dockerfile").write_text("FROM scratch\n")
    no_docker = {"PATH": os.path.dirname(sys.executable)}  # the interpreter's directory only: no docker there
    result = pycdk("deploy", cwd=app, env=no_docker)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "pycdk: error: Images: the Docker image asset(s) Image need Docker to build, and 'docker' is not on the "
        "PATH: install Docker (or deploy a stack without image assets)"
    )


def test_several_stacks_need_a_selection(pycdk, two_stacks: Path) -> None:
    result = pycdk("deploy", cwd=two_stacks)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "pycdk: error: the app has more than one stack (Producer, Consumer): name the stacks to use, or pass --all"
    )


def test_broadening_changes_need_approval(pycdk, aws, bootstrapped, tmp_path) -> None:
    app = write_app(tmp_path / "roles", """
from constructs import App, Stack
from l2 import iam

app = App()
stack = Stack(app, "Roles")
iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
app.synth()
""")
    refused = pycdk("deploy", cwd=app)  # no terminal to confirm on
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[-1] == (
        "pycdk: error: Roles: deployment needs approval (--require-approval broadening): rerun on a terminal to "
        "confirm, or pass --require-approval never"
    )
    assert "IAM Statement Changes" in refused.stdout
    assert [s["StackName"] for s in aws.client("cloudformation").describe_stacks()["Stacks"]] == ["CDKToolkit"]
    allowed = pycdk("deploy", "--require-approval", "never", cwd=app)
    assert allowed.returncode == 0, allowed


def test_the_deploying_guide_from_init_to_destroy(pycdk, aws, tmp_path: Path) -> None:
    """docs/deploying.md's walk-through, step by step, against the emulator."""
    hello = tmp_path / "hello"
    hello.mkdir()
    assert pycdk("init", "app", "--language", "python", "--generate-only", cwd=hello).returncode == 0
    config = json.loads((hello / "cdk.json").read_text())
    config["app"] = f"{sys.executable} app.py"  # the project's interpreter ('python3' with its venv activated)
    (hello / "cdk.json").write_text(json.dumps(config))
    assert pycdk("bootstrap", cwd=hello).returncode == 0
    first = pycdk("deploy", cwd=hello)
    assert first.returncode == 0, first
    assert " ✅  HelloStack" in first.stderr
    stack_file = hello / "hello" / "hello_stack.py"
    source = stack_file.read_text()
    assert 'sqs.CfnQueue(self, "Queue", visibility_timeout=300)' in source  # the line the guide edits
    stack_file.write_text(source.replace('sqs.CfnQueue(self, "Queue", visibility_timeout=300)',
                                         'sqs.CfnQueue(self, "Queue", visibility_timeout=300, queue_name="hello-orders")'))
    diff = pycdk("diff", "--deployed", cwd=hello)
    assert "[~] AWS::SQS::Queue Queue replace" in diff.stdout, diff
    second = pycdk("deploy", cwd=hello)
    assert second.returncode == 0, second
    deployed = aws.client("cloudformation").get_template(StackName="HelloStack")["TemplateBody"]
    assert json.loads(json.dumps(deployed))["Resources"]["Queue"]["Properties"]["QueueName"] == "hello-orders"
    # (moto updates the queue in place instead of replacing it, so the queue keeps its generated name there)
    gone = pycdk("destroy", "--force", cwd=hello)
    assert gone.returncode == 0, gone
    assert [s["StackName"] for s in aws.client("cloudformation").describe_stacks()["Stacks"]] == ["CDKToolkit"]
