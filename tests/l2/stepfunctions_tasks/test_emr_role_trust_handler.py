"""pycdk's handler behind ``EmrContainersStartJobRun``'s task-made execution role: the trust statement it adds is
the one ``aws emr-containers update-role-trust-policy`` adds (service account pattern with the base-36 role name,
the cluster's OIDC provider, its partition and account), once; deletions change nothing."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

HANDLER = Path(__file__).resolve().parents[3] / "l2" / "stepfunctions_tasks" / "_handlers" / "emr_role_trust" / "index.py"


class _Eks:
    def describe_cluster(self, *, name: str) -> dict[str, Any]:
        assert name == "my-cluster"
        return {"cluster": {"arn": "arn:aws-cn:eks:cn-north-1:123456789012:cluster/my-cluster",
                            "identity": {"oidc": {"issuer": "https://oidc.eks.cn-north-1.amazonaws.com.cn/id/ABC"}}}}


class _Iam:
    def __init__(self) -> None:
        self.document: dict[str, Any] = {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "emr-containers.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
        self.updates = 0

    def get_role(self, *, RoleName: str) -> dict[str, Any]:
        return {"Role": {"AssumeRolePolicyDocument": json.loads(json.dumps(self.document))}}

    def update_assume_role_policy(self, *, RoleName: str, PolicyDocument: str) -> None:
        assert RoleName == "JobRole"
        self.document = json.loads(PolicyDocument)
        self.updates += 1


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, _Iam]:
    spec = importlib.util.spec_from_file_location("emr_role_trust_handler", HANDLER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    iam = _Iam()
    monkeypatch.setattr(module.boto3, "client", lambda service, **_: {"eks": _Eks(), "iam": iam}[service])
    return module, iam


def _event(request_type: str) -> dict[str, Any]:
    return {"RequestType": request_type, "ResourceProperties": {
        "eksClusterId": "my-cluster", "eksNamespace": "emr", "roleName": "JobRole"}}


def test_create_adds_the_web_identity_statement_once(handler: tuple[Any, _Iam]) -> None:
    module, iam = handler
    module.handler(_event("Create"), None)
    module.handler(_event("Update"), None)
    provider = "oidc.eks.cn-north-1.amazonaws.com.cn/id/ABC"
    # awscli 1.x Base36().encode("JobRole") (customizations/emrcontainers/base36.py in aws-cdk-lib's AWS CLI layer)
    encoded = "5qaq7ogbazp"
    assert module._base36("JobRole") == encoded
    assert iam.updates == 1
    assert iam.document["Statement"][1] == {
        "Effect": "Allow",
        "Principal": {"Federated": f"arn:aws-cn:iam::123456789012:oidc-provider/{provider}"},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {"StringLike": {
            f"{provider}:sub": f"system:serviceaccount:emr:emr-containers-sa-*-*-123456789012-{encoded}"}},
    }


def test_delete_changes_nothing(handler: tuple[Any, _Iam]) -> None:
    module, iam = handler
    assert module.handler(_event("Delete"), None) == {}
    assert iam.updates == 0
