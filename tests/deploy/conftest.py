"""Fixtures of the deploy tests: one moto server (the AWS emulator) per session on 127.0.0.1, reset per test.

Every AWS call goes to that server: the tests set ``AWS_ENDPOINT_URL`` and fake credentials, and hide the
user's AWS configuration files, so nothing can reach a real account.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import subprocess
import sys
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import botocore.loaders
import botocore.session
import pytest
from _deploy_support import REGION

from pycdk.cli._main import main

PYCDK = Path(sys.executable).parent / "pycdk"


class Result:
    """What a ``pycdk`` run printed and returned."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    @classmethod
    def of(cls, completed: subprocess.CompletedProcess[str]) -> Result:
        return cls(completed.returncode, completed.stdout, completed.stderr)

    def __repr__(self) -> str:
        return f"Result(rc={self.returncode}, stdout={self.stdout[-3000:]!r}, stderr={self.stderr[-3000:]!r})"


class Emulator:
    """The running moto server: its endpoint, the environment pointing at it, and boto3 clients for checks."""

    def __init__(self, endpoint: str, env: dict[str, str]) -> None:
        self.endpoint = endpoint
        self.env = env
        self._clients: dict[str, Any] = {}

    def client(self, service: str) -> Any:
        """A boto3 client of the emulator (one per service for the session: a client holds no state of the
        emulator's, and making one loads the service's model, which costs a good part of a second)."""
        if service not in self._clients:
            import boto3

            self._clients[service] = boto3.session.Session(
                aws_access_key_id="testing", aws_secret_access_key="testing", region_name=REGION
            ).client(service, endpoint_url=self.endpoint)
        return self._clients[service]

    def reset(self) -> None:
        request = urllib.request.Request(f"{self.endpoint}/moto-api/reset", method="POST")
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200


def _aws_environment(endpoint: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "CDK_")) and k != "NO_COLOR"}
    env.update(
        AWS_ENDPOINT_URL=endpoint,
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_DEFAULT_REGION=REGION,
        AWS_REGION=REGION,
        AWS_CONFIG_FILE=str(home / "config"),
        AWS_SHARED_CREDENTIALS_FILE=str(home / "credentials"),
        AWS_EC2_METADATA_DISABLED="true",
    )
    return env


@pytest.fixture(scope="session")
def moto_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """moto in server mode on 127.0.0.1 with a free port, for the whole session (stopped at the end)."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        assert host == "127.0.0.1"
        endpoint = f"http://{host}:{port}"
        yield Emulator(endpoint, _aws_environment(endpoint, tmp_path_factory.mktemp("aws-home")))
    finally:
        server.stop()


@pytest.fixture
def aws(moto_server: Emulator) -> Emulator:
    """The emulator, emptied before the test."""
    moto_server.reset()
    return moto_server


Run = Callable[..., Result]


@pytest.fixture
def pycdk_script(aws: Emulator) -> Run:
    """``pycdk_script(*args, cwd=..., env=...)`` runs the installed console script in a subprocess."""
    if not PYCDK.exists():
        pytest.fail(f"the console script {PYCDK} is missing: pip install -e '.[test,dev]'")

    def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> Result:
        completed = subprocess.run(
            [str(PYCDK), *args], cwd=cwd, env={**aws.env, **(env or {})}, capture_output=True, text=True,
            timeout=120, stdin=subprocess.DEVNULL,
        )
        return Result.of(completed)

    return run


@functools.cache
def _shared_data_loader() -> Any:
    return botocore.loaders.create_loader()


def _register_shared_data_loader(session: botocore.session.Session) -> None:
    def loader() -> Any:
        data_path = session.get_config_variable("data_path")  # a custom path (none in these tests): its own
        return botocore.loaders.create_loader(data_path) if data_path else _shared_data_loader()

    session._components.lazy_register_component("data_loader", loader)


@pytest.fixture
def pycdk(aws: Emulator, monkeypatch: pytest.MonkeyPatch) -> Run:
    """``pycdk(*args, cwd=..., env=...)`` runs ``pycdk`` against the emulator, in this process (fast: the CLI's
    imports and the replacement-detection schemas load once; the app itself still runs in a subprocess)."""

    def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> Result:
        stdout, stderr = io.StringIO(), io.StringIO()
        with monkeypatch.context() as m:
            # every botocore session the CLI makes reads botocore's data files through one loader: the JSON
            # service models parse once per test process instead of once per client (the same files, the same
            # data; a lone run of the console script still parses them itself)
            m.setattr(botocore.session.Session, "_register_data_loader", _register_shared_data_loader)
            for name in [k for k in os.environ if k.startswith(("AWS_", "CDK_"))]:
                m.delenv(name)
            for name, value in {**aws.env, **(env or {})}.items():
                m.setenv(name, value)
            m.chdir(cwd)
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                code = main(list(args))
        return Result(code, stdout.getvalue(), stderr.getvalue())

    return run
