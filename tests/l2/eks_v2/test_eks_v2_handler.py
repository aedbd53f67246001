"""pycdk's own aws_eks_v2 kubectl handler against fakes: aws-eks-v2 resources carry no ``RoleArn`` (the handler's own
role has a cluster-admin access entry), so the kubeconfig is written for the handler's own credentials."""

from __future__ import annotations

import importlib.util
import json
import sys
import types
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HANDLER = Path(__file__).resolve().parents[3] / "l2" / "eks_v2" / "_handlers" / "kubectl" / "index.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eks_v2_kubectl_handler", HANDLER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def kubectl(monkeypatch: pytest.MonkeyPatch) -> Any:
    module = _load()
    runs: list[tuple[list[str], str | None]] = []
    kubeconfigs: list[tuple[str, str | None]] = []
    def write_kubeconfig(cluster: str, role: str | None, *_: object, **__: object) -> str:
        kubeconfigs.append((cluster, role))
        return "/tmp/kubeconfig"

    monkeypatch.setattr(module, "write_kubeconfig", write_kubeconfig)

    def run(args: list[str], input_text: str | None = None) -> str:
        runs.append((args, input_text))
        return "ok"

    monkeypatch.setattr(module, "_run", run)
    setattr(module, "runs", runs)  # noqa: B010
    setattr(module, "kubeconfigs", kubeconfigs)  # noqa: B010
    return module


def test_manifest_without_role_arn_uses_the_handlers_own_role(kubectl: Any) -> None:
    props = {"ClusterName": "c1", "Manifest": json.dumps([{"kind": "Namespace"}]), "PruneLabel": "aws.cdk.eks/prune-x"}
    kubectl.handler({"ResourceType": "Custom::AWSCDK-EKS-KubernetesResource", "RequestType": "Create",
                     "ResourceProperties": props})
    assert kubectl.kubeconfigs == [("c1", None)]
    assert kubectl.runs[0][0][1:4] == ["create", "-f", "-"]  # no Overwrite: kubectl create


def test_session_without_role_is_the_default_session(monkeypatch: pytest.MonkeyPatch) -> None:
    module = _load()
    made: list[dict[str, Any]] = []
    fake_boto3 = types.ModuleType("boto3")
    def session(**kwargs: Any) -> str:
        made.append(kwargs)
        return "session"

    fake_boto3.Session = session  # type: ignore[attr-defined]
    fake_boto3.client = lambda *a, **k: pytest.fail("no STS AssumeRole without a role")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "boto3", fake_boto3)
    assert module._session(None) == "session"
    assert made == [{}]
