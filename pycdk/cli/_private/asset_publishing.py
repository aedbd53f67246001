"""Publishing a stack's assets (its ``<artifact>.assets.json``): files to S3, Docker images to ECR.

A file asset is uploaded as it is (``packaging: file``) or as a zip of its directory (``packaging: zip``) to the
bucket and key of each destination, unless the object is already there (asset keys are content hashes). Docker
image assets are built and pushed with the ``docker`` command, which must be on the PATH.
"""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

from .aws_environment import AwsEnvironment, client_error_types, error_code, error_text
from .console import CliError, info


def asset_manifest(directory: Path, artifact_id: str) -> dict[str, Any]:
    """The stack's asset manifest (empty when it has none).

    Raises:
        CliError: when the file is not a JSON object.
    """
    path = directory / f"{artifact_id}.assets.json"
    if not path.is_file():
        return {}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise CliError(f"cannot read the asset manifest {path}: {e}") from e
    if not isinstance(manifest, dict):
        raise CliError(f"the asset manifest {path} must hold a JSON object")
    return manifest


def publish_assets(directory: Path, artifact_id: str, display: str, env: AwsEnvironment) -> int:
    """Publish every asset of the stack; the number of objects and images uploaded.

    Raises:
        CliError: when an asset cannot be read, packaged or uploaded, or an image asset needs Docker.
    """
    manifest = asset_manifest(directory, artifact_id)
    images = manifest.get("dockerImages") or {}
    if images and shutil.which("docker") is None:
        names = ", ".join(str(entry.get("displayName", key)) for key, entry in images.items())
        raise CliError(f"{display}: the Docker image asset(s) {names} need Docker to build, and 'docker' is not on "
                       "the PATH: install Docker (or deploy a stack without image assets)")
    uploaded = 0
    for asset_id, entry in (manifest.get("files") or {}).items():
        uploaded += _publish_file(directory, asset_id, entry, display, env)
    for asset_id, entry in images.items():
        uploaded += _publish_image(directory, asset_id, entry, display, env)
    return uploaded


def _publish_file(directory: Path, asset_id: str, entry: dict[str, Any], display: str, env: AwsEnvironment) -> int:
    source = entry.get("source") or {}
    rel = source.get("path")
    if not isinstance(rel, str):
        raise CliError(f"{display}: file asset {asset_id} has no source path (executable sources are not supported)")
    path = (directory / rel).resolve()
    if not path.exists():
        raise CliError(f"{display}: the file asset {asset_id} is missing: {path}")
    packaging = source.get("packaging", "file")
    body: bytes | None = None
    uploaded = 0
    for dest in (entry.get("destinations") or {}).values():
        bucket = env.substitute(str(dest["bucketName"]))
        key = env.substitute(str(dest["objectKey"]))
        s3 = env.assuming(dest.get("assumeRoleArn"), dest.get("assumeRoleExternalId")).client("s3")
        if _object_exists(s3, bucket, key, display):
            continue
        if body is None:
            body = _zip_directory(path) if packaging == "zip" and path.is_dir() else path.read_bytes()
        info(f"{display}: publishing {entry.get('displayName', asset_id)} to s3://{bucket}/{key}")
        try:
            s3.put_object(Bucket=bucket, Key=key, Body=body,
                          ContentType="application/zip" if packaging == "zip" else "application/octet-stream")
        except client_error_types() as e:
            raise CliError(f"{display}: cannot upload {rel} to s3://{bucket}/{key}: {error_text(e)}") from e
        uploaded += 1
    return uploaded


def _object_exists(s3: Any, bucket: str, key: str, display: str) -> bool:
    try:
        s3.head_object(Bucket=bucket, Key=key)
    except client_error_types() as e:
        code = error_code(e)
        if code in ("404", "NoSuchKey", "NotFound"):
            return False
        if code in ("NoSuchBucket",):
            raise CliError(f"{display}: the assets bucket {bucket} does not exist: run 'pycdk bootstrap'") from e
        raise CliError(f"{display}: cannot read s3://{bucket}/{key}: {error_text(e)}") from e
    return True


def _zip_directory(path: Path) -> bytes:
    """A zip of the directory's files, in a stable order with fixed timestamps (the same bytes every time)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            info_entry = zipfile.ZipInfo(file.relative_to(path).as_posix(), date_time=(1980, 1, 1, 0, 0, 0))
            info_entry.external_attr = (os.stat(file).st_mode & 0o777 | 0o100000) << 16
            info_entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info_entry, file.read_bytes())
    return buffer.getvalue()


def _publish_image(directory: Path, asset_id: str, entry: dict[str, Any], display: str, env: AwsEnvironment) -> int:
    """Build, tag and push the image to each destination, in cdk-assets' order: skip a destination whose tag is
    already in its repository, log in to ECR with its authorization token, build (unless the local tag exists),
    tag, push."""
    source = entry.get("source") or {}
    context = source.get("directory")
    if not isinstance(context, str):
        raise CliError(f"{display}: image asset {asset_id} has no source directory (executable sources are not "
                       "supported)")
    local_tag = f"cdkasset-{asset_id.lower()}"
    build = ["docker", "build"]
    for name, value in (source.get("dockerBuildArgs") or {}).items():
        build += ["--build-arg", f"{name}={value}"]
    build += ["--tag", local_tag]
    if source.get("dockerBuildTarget"):
        build += ["--target", str(source["dockerBuildTarget"])]
    if source.get("dockerFile"):
        build += ["--file", str(source["dockerFile"])]
    if source.get("networkMode"):
        build += ["--network", str(source["networkMode"])]
    if source.get("platform"):
        build += ["--platform", str(source["platform"])]
    built = False
    pushed = 0
    for dest in (entry.get("destinations") or {}).values():
        repository = env.substitute(str(dest["repositoryName"]))
        tag = env.substitute(str(dest["imageTag"]))
        ecr = env.assuming(dest.get("assumeRoleArn"), dest.get("assumeRoleExternalId")).client("ecr")
        try:
            uri = ecr.describe_repositories(repositoryNames=[repository])["repositories"][0]["repositoryUri"]
            if _image_exists(ecr, repository, tag):
                continue
            auth = ecr.get_authorization_token()["authorizationData"][0]
        except client_error_types() as e:
            raise CliError(f"{display}: cannot reach the ECR repository {repository}: {error_text(e)}") from e
        user, password = base64.b64decode(auth["authorizationToken"]).decode().split(":", 1)
        _docker(["docker", "login", "--username", user, "--password-stdin", auth["proxyEndpoint"]], directory,
                display, stdin=password)
        if not built:
            inspected = subprocess.run(["docker", "inspect", local_tag], capture_output=True, check=False)
            if inspected.returncode != 0:
                info(f"{display}: building {entry.get('displayName', asset_id)}")
                _docker([*build, "."], directory / context, display)
            built = True
        _docker(["docker", "tag", local_tag, f"{uri}:{tag}"], directory, display)
        info(f"{display}: pushing {entry.get('displayName', asset_id)} to {uri}:{tag}")
        _docker(["docker", "push", f"{uri}:{tag}"], directory, display)
        pushed += 1
    return pushed


def _image_exists(ecr: Any, repository: str, tag: str) -> bool:
    try:
        ecr.describe_images(repositoryName=repository, imageIds=[{"imageTag": tag}])
    except client_error_types() as e:
        if error_code(e) == "ImageNotFoundException":
            return False
        raise
    return True


def _docker(command: list[str], cwd: Path, display: str, stdin: str | None = None) -> None:
    completed = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, input=stdin)
    if completed.returncode != 0:
        tail = " ".join((completed.stderr or completed.stdout).strip().splitlines()[-1:])
        raise CliError(f"{display}: '{' '.join(command[:2])}' failed (exit code {completed.returncode}): {tail}")
