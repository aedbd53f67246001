"""pycdk's own EKS handlers against fake boto3 clients: the cluster provider's and the kubectl provider's."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HANDLERS = Path(__file__).resolve().parents[3] / "l2" / "eks" / "_handlers"


def _load(relative: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"eks_handler_{Path(relative).stem}", HANDLERS / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeEks:
    def __init__(self, status: str = "ACTIVE") -> None:
        self.calls: list[tuple[str, dict]] = []
        self.status = status

    def __getattr__(self, name: str) -> Any:
        def call(**kwargs: Any) -> dict:
            self.calls.append((name, kwargs))
            if name == "describe_cluster":
                return {"cluster": {"name": kwargs["name"], "status": self.status, "endpoint": "https://e",
                                    "arn": "arn:c", "certificateAuthority": {"data": "Q0E="},
                                    "resourcesVpcConfig": {"clusterSecurityGroupId": "sg-1"},
                                    "identity": {"oidc": {"issuer": "https://oidc.eks/id/X"}}}}
            if name == "create_fargate_profile":
                return {"fargateProfile": {"fargateProfileName": kwargs["fargateProfileName"],
                                           "fargateProfileArn": "arn:p"}}
            if name == "update_cluster_version":
                return {"update": {"id": "u-1"}}
            if name == "describe_update":
                return {"update": {"status": "Successful"}}
            return {}
        return call


@pytest.fixture()
def cluster_handler() -> Any:
    module = _load("cluster_resource/cluster.py")
    fake = FakeEks()
    setattr(module, "_eks_factory", lambda role_arn: fake)  # noqa: B010 - the handler's test hook
    setattr(module, "fake", fake)  # noqa: B010
    return module


CONFIG = {"name": "c1", "version": "1.33", "roleArn": "arn:r", "resourcesVpcConfig": {
    "subnetIds": ["s-1"], "securityGroupIds": ["sg-9"], "endpointPublicAccess": "true",
    "endpointPrivateAccess": "false", "publicAccessCidrs": None}, "accessConfig": {}}


def test_create_passes_the_config_as_an_eks_request(cluster_handler: Any) -> None:
    out = cluster_handler.on_event({"RequestType": "Create", "RequestId": "r-1", "ResourceProperties": {
        "AssumeRoleArn": "arn:admin", "Config": CONFIG}})
    assert out == {"PhysicalResourceId": "c1"}
    name, request = cluster_handler.fake.calls[0]
    assert name == "create_cluster"
    assert request["resourcesVpcConfig"] == {"subnetIds": ["s-1"], "securityGroupIds": ["sg-9"],
                                             "endpointPublicAccess": True, "endpointPrivateAccess": False}
    assert request["clientRequestToken"] == "r-1"


def test_version_update_is_polled_and_attributes_returned(cluster_handler: Any) -> None:
    event = {"RequestType": "Update", "RequestId": "r-2", "PhysicalResourceId": "c1",
             "ResourceProperties": {"AssumeRoleArn": "arn:admin", "Config": {**CONFIG, "version": "1.34"}},
             "OldResourceProperties": {"Config": CONFIG}}
    out = cluster_handler.on_event(event)
    assert out["Data"] == {"UpdateId": "u-1"}
    done = cluster_handler.is_complete({**event, "Data": out["Data"]})
    assert done["IsComplete"] is True
    assert done["Data"]["OpenIdConnectIssuer"] == "oidc.eks/id/X"
    assert done["Data"]["ClusterSecurityGroupId"] == "sg-1"


def test_fargate_profile_is_created_with_its_config(cluster_handler: Any) -> None:
    out = cluster_handler.on_event({
        "RequestType": "Create", "RequestId": "abcd-ef", "LogicalResourceId": "Profile",
        "ResourceType": "Custom::AWSCDK-EKS-FargateProfile",
        "ResourceProperties": {"AssumeRoleArn": "arn:admin", "Config": {
            "clusterName": "c1", "podExecutionRoleArn": "arn:pod", "selectors": [{"namespace": "default"}]}}})
    assert out == {"PhysicalResourceId": "Profile-abcdef", "Data": {"fargateProfileArn": "arn:p"}}


@pytest.fixture()
def kubectl(monkeypatch: pytest.MonkeyPatch) -> Any:
    module = _load("kubectl/index.py")
    runs: list[tuple[list[str], str | None]] = []
    monkeypatch.setattr(module, "write_kubeconfig", lambda *a, **k: "/tmp/kubeconfig")
    def run(args: list[str], input_text: str | None = None) -> str:
        runs.append((args, input_text))
        return "ok"

    monkeypatch.setattr(module, "_run", run)
    setattr(module, "runs", runs)  # noqa: B010
    return module


def test_manifest_create_update_delete(kubectl: Any) -> None:
    props = {"ClusterName": "c1", "RoleArn": "arn:r", "Manifest": json.dumps([{"kind": "Namespace"}]),
             "PruneLabel": "aws.cdk.eks/prune-x", "Overwrite": "true"}
    base = {"ResourceType": "Custom::AWSCDK-EKS-KubernetesResource", "ResourceProperties": props}
    kubectl.handler({**base, "RequestType": "Create"})
    kubectl.handler({**base, "RequestType": "Update", "OldResourceProperties": props})
    kubectl.handler({**base, "RequestType": "Delete"})
    verbs = [args[1:4] for args, _ in kubectl.runs]
    assert verbs == [["apply", "-f", "-"], ["apply", "--prune", "-l"], ["delete", "--ignore-not-found", "-f"]]
    assert kubectl.runs[0][1] == props["Manifest"]


def test_helm_chart_install_arguments(kubectl: Any) -> None:
    kubectl.handler({"ResourceType": "Custom::AWSCDK-EKS-HelmChart", "RequestType": "Create", "ResourceProperties": {
        "ClusterName": "c1", "RoleArn": "arn:r", "Release": "web", "Chart": "nginx", "Namespace": "web",
        "Repository": "https://helm.nginx.com/stable", "Version": "1.0", "Wait": "true", "Timeout": "600s",
        "CreateNamespace": "true"}})
    args = kubectl.runs[0][0]
    assert args[1:7] == ["upgrade", "web", "nginx", "--install", "--namespace", "web"]
    assert args[7:] == ["--repo", "https://helm.nginx.com/stable", "--version", "1.0", "--wait",
                        "--create-namespace", "--timeout", "600s"]


def test_patch_restores_on_delete(kubectl: Any) -> None:
    props = {"ClusterName": "c1", "RoleArn": "arn:r", "ResourceName": "deployment/coredns",
             "ResourceNamespace": "kube-system", "ApplyPatchJson": '{"a":1}', "RestorePatchJson": '{"a":0}',
             "PatchType": "merge"}
    kubectl.handler({"ResourceType": "Custom::AWSCDK-EKS-KubernetesPatch", "RequestType": "Delete",
                     "ResourceProperties": props})
    assert kubectl.runs[0][0][1:] == ["patch", "deployment/coredns", "-n", "kube-system", "--type=merge", "-p",
                                      '{"a":0}']
