"""``pycdk deploy`` assumes the bootstrap roles named in the assembly, and builds and pushes Docker image assets.

Against the moto emulator: its STS assumes any role and hands out credentials that later calls use, its ECR holds
the bootstrap stack's repository and gives an authorization token. Docker is a fake ``docker`` executable on the
PATH that records each command (arguments and standard input), so the command sequence cdk-assets runs is checked
without a Docker daemon: login with the ECR token on stdin, build with the asset's options, tag, push.
"""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
from pathlib import Path

import pytest
from _deploy_support import ACCOUNT, REGION, write_app

from pycdk.cli._private.aws_environment import AwsEnvironment

QUALIFIER = "hnb659fds"
REPOSITORY = f"cdk-{QUALIFIER}-container-assets-{ACCOUNT}-{REGION}"


def _role(kind: str) -> str:
    return f"arn:aws:iam::{ACCOUNT}:role/cdk-{QUALIFIER}-{kind}-role-{ACCOUNT}-{REGION}"


IMAGE_APP = """
from constructs import App, Stack
from l2 import ecr_assets, s3_assets, ssm

app = App()
stack = Stack(app, "Images")
image = ecr_assets.DockerImageAsset(
    stack, "Image", directory="image", build_args={"GREETING": "hello", "MODE": "prod"}, target="runtime",
    file="build/Dockerfile.prod", platform=ecr_assets.Platform.LINUX_ARM64,
)
files = s3_assets.Asset(stack, "Files", path="files")
ssm.StringParameter(stack, "ImageUri", parameter_name="/h18/image", string_value=image.image_uri)
ssm.StringParameter(stack, "FilesUrl", parameter_name="/h18/files", string_value=files.s3_object_url)
app.synth()
"""

FAKE_DOCKER = """#!{python}
import json, os, sys
stdin = sys.stdin.read() if "--password-stdin" in sys.argv else None
with open(os.environ["DOCKER_LOG"], "a") as log:
    log.write(json.dumps({{"args": sys.argv[1:], "cwd": os.getcwd(), "stdin": stdin}}) + "\\n")
sys.exit(1 if sys.argv[1] == "inspect" else 0)  # no local image yet: cdk-assets builds it
"""


@pytest.fixture
def assumed_roles(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Each role ``pycdk`` assumes, with the identity (STS GetCallerIdentity) its credentials have in the emulator."""
    seen: list[tuple[str, str]] = []
    real = AwsEnvironment.assuming

    def spy(self: AwsEnvironment, role_arn: object, external_id: object = None) -> AwsEnvironment:
        assumed = real(self, role_arn, external_id)
        if assumed is not self:
            identity = assumed.client("sts").get_caller_identity()["Arn"]
            if (str(assumed.role_arn), identity) not in seen:
                seen.append((str(assumed.role_arn), identity))
        return assumed

    monkeypatch.setattr(AwsEnvironment, "assuming", spy)
    return seen


@pytest.fixture
def fake_docker(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """The environment of a run with the fake ``docker`` first on the PATH, and its log."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    docker = bin_dir / "docker"
    docker.write_text(FAKE_DOCKER.format(python=sys.executable))
    docker.chmod(docker.stat().st_mode | stat.S_IEXEC)
    log = tmp_path / "docker.log"
    return {"PATH": f"{bin_dir}{os.pathsep}{os.path.dirname(sys.executable)}", "DOCKER_LOG": str(log)}, log


def test_image_assets_are_built_and_pushed_with_the_bootstrap_roles(
    pycdk, aws, tmp_path: Path, assumed_roles: list[tuple[str, str]], fake_docker: tuple[dict[str, str], Path]
) -> None:
    assert pycdk("bootstrap", cwd=tmp_path).returncode == 0
    assert assumed_roles == []  # bootstrapping uses the current credentials
    app = write_app(tmp_path / "images", IMAGE_APP)
    (app / "image" / "build").mkdir(parents=True)
    (app / "image" / "build" / "Dockerfile.prod").write_text("FROM scratch AS runtime\n")
    (app / "files").mkdir()
    (app / "files" / "a.txt").write_text("a\n")
    env, log = fake_docker

    result = pycdk("deploy", cwd=app, env=env)

    assert result.returncode == 0, result
    manifest = json.loads((app / "cdk.out" / "Images.assets.json").read_text())
    (asset_hash, image), = manifest["dockerImages"].items()
    uri = aws.client("ecr").describe_repositories(repositoryNames=[REPOSITORY])["repositories"][0]["repositoryUri"]
    token = aws.client("ecr").get_authorization_token()["authorizationData"][0]
    user, password = base64.b64decode(token["authorizationToken"]).decode().split(":", 1)
    commands = [json.loads(line) for line in log.read_text().splitlines()]
    local = f"cdkasset-{asset_hash}"
    assert [c["args"] for c in commands] == [
        ["login", "--username", user, "--password-stdin", token["proxyEndpoint"]],
        ["inspect", local],
        ["build", "--build-arg", "GREETING=hello", "--build-arg", "MODE=prod", "--tag", local,
         "--target", "runtime", "--file", "build/Dockerfile.prod", "--platform", "linux/arm64", "."],
        ["tag", local, f"{uri}:{asset_hash}"],
        ["push", f"{uri}:{asset_hash}"],
    ]
    assert commands[0]["stdin"] == password  # the token's password goes on stdin, never on the command line
    assert Path(commands[2]["cwd"]) == (app / "cdk.out" / image["source"]["directory"]).resolve()
    # the template points at the pushed image
    parameter = aws.client("ssm").get_parameter(Name="/h18/image")["Parameter"]["Value"]
    assert parameter == f"{uri}:{asset_hash}"
    # the deploy role for CloudFormation (and the bootstrap version check), the publishing roles for the assets:
    # each as the stack artifact / asset manifest names it, ${AWS::Partition} etc. filled in
    assert {arn for arn, _ in assumed_roles} == {_role("deploy"), _role("file-publishing"), _role("image-publishing")}
    for arn, identity in assumed_roles:
        role_name = arn.rsplit("/", 1)[1]
        assert identity.startswith(f"arn:aws:sts::{ACCOUNT}:assumed-role/{role_name}/pycdk-"), identity
    artifact = json.loads((app / "cdk.out" / "manifest.json").read_text())["artifacts"]["Images"]["properties"]
    assert artifact["assumeRoleArn"] == (  # an environment-agnostic stack: every part is a placeholder
        f"arn:${{AWS::Partition}}:iam::${{AWS::AccountId}}:role/cdk-{QUALIFIER}-deploy-role-${{AWS::AccountId}}-"
        "${AWS::Region}"
    )

    # diff --deployed reads the deployed template with the lookup role, as the CDK CLI does
    assumed_roles.clear()
    same = pycdk("diff", "--deployed", cwd=app, env=env)
    assert same.returncode == 0, same
    assert "There were no differences" in same.stdout
    assert [arn for arn, _ in assumed_roles] == [_role("lookup")]

    # once the image is in the repository (the fake push put nothing there: do it as a real push would), a second
    # deploy finds it and neither builds nor pushes again
    again_before = pycdk("deploy", cwd=app, env=env)
    assert again_before.returncode == 0 and "pushing" in again_before.stderr, again_before
    aws.client("ecr").put_image(repositoryName=REPOSITORY, imageTag=asset_hash, imageManifest=json.dumps(
        {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
         "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 2,
                    "digest": "sha256:" + "0" * 64}, "layers": []}))
    log.unlink()
    again = pycdk("deploy", cwd=app, env=env)
    assert again.returncode == 0, again
    assert not log.exists()

    # destroy deletes the stack with the deploy role
    assumed_roles.clear()
    assert pycdk("destroy", "--force", cwd=app, env=env).returncode == 0
    assert [arn for arn, _ in assumed_roles] == [_role("deploy")]


def test_a_failing_docker_build_names_the_command(
    pycdk, aws, tmp_path: Path, fake_docker: tuple[dict[str, str], Path]
) -> None:
    assert pycdk("bootstrap", cwd=tmp_path).returncode == 0
    app = write_app(tmp_path / "images", IMAGE_APP)
    (app / "image" / "build").mkdir(parents=True)
    (app / "image" / "build" / "Dockerfile.prod").write_text("FROM scratch AS runtime\n")
    (app / "files").mkdir()
    (app / "files" / "a.txt").write_text("a\n")
    env, _ = fake_docker
    docker = Path(env["PATH"].split(os.pathsep)[0]) / "docker"
    docker.write_text(docker.read_text().replace(
        'sys.exit(1 if sys.argv[1] == "inspect" else 0)',
        'print("failed to read dockerfile: no such file", file=sys.stderr) if sys.argv[1] == "build" else None\n'
        'sys.exit(1 if sys.argv[1] in ("inspect", "build") else 0)'))
    result = pycdk("deploy", cwd=app, env=env)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "pycdk: error: Images: 'docker build' failed (exit code 1): failed to read dockerfile: no such file"
    )
    assert aws.client("cloudformation").describe_stacks()["Stacks"][0]["StackName"] == "CDKToolkit"
