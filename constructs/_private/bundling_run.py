"""Running a bundling container as aws-cdk-lib does: bind mounts, or volumes filled by ``docker cp``."""

from __future__ import annotations

import os
import secrets
from typing import Any

INPUT_DIR = "/asset-input"
OUTPUT_DIR = "/asset-output"


def _user(options: Any) -> str:
    if options.user:
        return str(options.user)
    getuid = getattr(os, "getuid", None)
    getgid = getattr(os, "getgid", None)
    if getuid is None or getgid is None:
        return "1000:1000"
    return f"{getuid()}:{getgid()}"


def run_bind_mount(options: Any, source_path: str, bundle_dir: str) -> None:
    """``docker run`` with the source and the output directory bind-mounted."""
    from .._bundling import DockerVolume

    options.image.run(
        command=options.command,
        user=_user(options),
        environment=options.environment,
        entrypoint=options.entrypoint,
        working_directory=options.working_directory or INPUT_DIR,
        security_opt=options.security_opt or "",
        volumes_from=options.volumes_from,
        volumes=[
            DockerVolume(host_path=source_path, container_path=INPUT_DIR),
            DockerVolume(host_path=bundle_dir, container_path=OUTPUT_DIR),
            *(options.volumes or []),
        ],
        network=options.network,
        platform=options.platform,
    )


def run_volume_copy(options: Any, source_path: str, bundle_dir: str) -> None:
    """Docker volumes filled and emptied through a helper container (for remote Docker daemons)."""
    from .._bundling import docker_exec

    suffix = secrets.token_hex(12)
    input_volume, output_volume, helper = f"assetInput{suffix}", f"assetOutput{suffix}", f"copyContainer{suffix}"
    user = _user(options)
    docker_exec(["volume", "create", input_volume])
    docker_exec(["volume", "create", output_volume])
    docker_exec([
        "run", "--name", helper, "-v", f"{input_volume}:{INPUT_DIR}", "-v", f"{output_volume}:{OUTPUT_DIR}",
        "public.ecr.aws/docker/library/alpine", "sh", "-c",
        f"mkdir -p {INPUT_DIR} && chown -R {user} {OUTPUT_DIR} && chown -R {user} {INPUT_DIR}",
    ])
    docker_exec(["cp", f"{source_path}/.", f"{helper}:{INPUT_DIR}"])
    options.image.run(
        command=options.command,
        user=user,
        environment=options.environment,
        entrypoint=options.entrypoint,
        working_directory=options.working_directory or INPUT_DIR,
        security_opt=options.security_opt or "",
        volumes=options.volumes,
        volumes_from=[helper, *(options.volumes_from or [])],
        platform=options.platform,
    )
    docker_exec(["cp", f"{helper}:{OUTPUT_DIR}/.", bundle_dir])
    docker_exec(["rm", helper])
    docker_exec(["volume", "rm", input_volume])
    docker_exec(["volume", "rm", output_volume])
