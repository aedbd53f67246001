"""The kubectl provider's handler: ``Custom::AWSCDK-EKS-KubernetesResource``, ``-HelmChart``, ``-KubernetesPatch`` and
``-KubernetesObjectValue`` events, run by the provider framework.

It writes a kubeconfig for the cluster itself (``DescribeCluster`` plus a bearer token presigned for the kubectl
role, or for the handler's own role when no ``RoleArn`` is given, as ``aws eks get-token`` makes it) and runs ``/opt/kubectl/kubectl`` and ``/opt/helm/helm`` from the kubectl
layer. Manifests are applied with ``kubectl apply`` (``create`` unless ``Overwrite``), pruned by their label.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import subprocess
import tempfile
import time
from typing import Any

logger = logging.getLogger()
logger.setLevel(logging.INFO)

KUBECTL = os.environ.get("KUBECTL", "/opt/kubectl/kubectl")
HELM = os.environ.get("HELM", "/opt/helm/helm")
KUBECONFIG = os.path.join(tempfile.gettempdir(), "kubeconfig")
TOKEN_PREFIX = "k8s-aws-v1."


def _session(role_arn: str | None) -> Any:
    import boto3

    if not role_arn:
        # aws-eks-v2: the handler's own role has a cluster-admin access entry
        return boto3.Session()
    creds = boto3.client("sts").assume_role(RoleArn=role_arn, RoleSessionName="AWSCDK.KubectlProvider")["Credentials"]
    return boto3.Session(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                         aws_session_token=creds["SessionToken"])


def _token(session: Any, cluster_name: str) -> str:
    """A Kubernetes bearer token: a presigned STS ``GetCallerIdentity`` URL naming the cluster."""
    sts = session.client("sts")

    def add_header(request: Any, **_: Any) -> None:
        request.headers["x-k8s-aws-id"] = cluster_name

    sts.meta.events.register("before-sign.sts.GetCallerIdentity", add_header)
    url = sts.generate_presigned_url("get_caller_identity", Params={}, ExpiresIn=60, HttpMethod="GET")
    return TOKEN_PREFIX + base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")


def write_kubeconfig(cluster_name: str, role_arn: str | None, path: str = KUBECONFIG) -> str:
    """Write the kubeconfig of ``cluster_name`` for ``role_arn`` and return its path."""
    session = _session(role_arn)
    cluster = session.client("eks").describe_cluster(name=cluster_name)["cluster"]
    config = {
        "apiVersion": "v1", "kind": "Config", "current-context": cluster_name,
        "clusters": [{"name": cluster_name, "cluster": {
            "server": cluster["endpoint"], "certificate-authority-data": cluster["certificateAuthority"]["data"]}}],
        "users": [{"name": cluster_name, "user": {"token": _token(session, cluster_name)}}],
        "contexts": [{"name": cluster_name, "context": {"cluster": cluster_name, "user": cluster_name}}],
    }
    with open(path, "w") as handle:
        json.dump(config, handle)
    os.chmod(path, 0o600)
    return path


def _run(args: list[str], *, input_text: str | None = None) -> str:
    logger.info("running %s", " ".join(args))
    done = subprocess.run(args, input=input_text, capture_output=True, text=True,
                          env={**os.environ, "KUBECONFIG": KUBECONFIG})
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {done.stderr or done.stdout}")
    return done.stdout


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() == "true"


def handler(event: dict, context: Any = None) -> dict | None:
    """Dispatch on the custom resource type."""
    logger.info("event: %s", json.dumps({k: v for k, v in event.items() if k != "ResponseURL"}, default=str))
    props = event["ResourceProperties"]
    write_kubeconfig(props["ClusterName"], props.get("RoleArn"))
    resource_type = event["ResourceType"]
    if resource_type == "Custom::AWSCDK-EKS-KubernetesResource":
        return _manifest(event)
    if resource_type == "Custom::AWSCDK-EKS-HelmChart":
        return _helm(event)
    if resource_type == "Custom::AWSCDK-EKS-KubernetesPatch":
        return _patch(event)
    if resource_type == "Custom::AWSCDK-EKS-KubernetesObjectValue":
        return _get(event)
    raise ValueError(f"Unsupported resource type: {resource_type}")


def _manifest(event: dict) -> None:
    props, request = event["ResourceProperties"], event["RequestType"]
    text = props["Manifest"]
    prune = props.get("PruneLabel")
    skip = ["--validate=false"] if _truthy(props.get("SkipValidation")) else []
    if request == "Create":
        verb = ["apply"] if _truthy(props.get("Overwrite")) else ["create"]
        _run([KUBECTL, *verb, *skip, "-f", "-"], input_text=text)
    elif request == "Update":
        old = event.get("OldResourceProperties", {})
        if prune and old.get("PruneLabel") == prune:
            _run([KUBECTL, "apply", *skip, "--prune", "-l", prune, "-f", "-"], input_text=text)
        else:
            _run([KUBECTL, "apply", *skip, "-f", "-"], input_text=text)
    elif request == "Delete":
        try:
            _run([KUBECTL, "delete", "--ignore-not-found", "-f", "-"], input_text=text)
        except RuntimeError as error:
            logger.warning("delete failed, ignored: %s", error)
    return None


def _helm(event: dict) -> None:
    props, request = event["ResourceProperties"], event["RequestType"]
    release, namespace = props["Release"], props.get("Namespace", "default")
    if request == "Delete":
        try:
            _run([HELM, "uninstall", release, "--namespace", namespace])
        except RuntimeError as error:
            if "not found" not in str(error):
                raise
        return None
    chart = props.get("Chart") or props.get("ChartAssetURL")
    if props.get("ChartAssetURL"):
        chart = _download_chart(props["ChartAssetURL"])
    args = [HELM, "upgrade", release, chart, "--install", "--namespace", namespace]
    if props.get("Repository"):
        if str(props["Repository"]).startswith("oci://"):
            args[3] = f"{props['Repository'].rstrip('/')}/{props['Chart']}" if props.get("Chart") else args[3]
        else:
            args += ["--repo", props["Repository"]]
    if props.get("Version"):
        args += ["--version", props["Version"]]
    if props.get("Values"):
        path = os.path.join(tempfile.gettempdir(), "values.json")
        with open(path, "w") as handle:
            handle.write(props["Values"])
        args += ["--values", path]
    for key, flag in (("Wait", "--wait"), ("CreateNamespace", "--create-namespace"), ("SkipCrds", "--skip-crds"),
                      ("Atomic", "--atomic")):
        if _truthy(props.get(key)):
            args.append(flag)
    if props.get("Timeout"):
        args += ["--timeout", props["Timeout"]]
    _run(args)
    return None


def _download_chart(url: str) -> str:
    import boto3

    bucket, _, key = url[len("s3://"):].partition("/")
    target = os.path.join(tempfile.gettempdir(), os.path.basename(key))
    boto3.client("s3").download_file(bucket, key, target)
    return target


def _patch(event: dict) -> None:
    props, request = event["ResourceProperties"], event["RequestType"]
    patch = props["RestorePatchJson"] if request == "Delete" else props["ApplyPatchJson"]
    args = [KUBECTL, "patch", props["ResourceName"], "-n", props.get("ResourceNamespace", "default"),
            f"--type={props.get('PatchType', 'strategic')}", "-p", patch]
    try:
        _run(args)
    except RuntimeError:
        if request != "Delete":
            raise
    return None


def _get(event: dict) -> dict | None:
    props = event["ResourceProperties"]
    if event["RequestType"] == "Delete":
        return None
    deadline = time.time() + int(props.get("TimeoutSeconds", 300))
    while True:
        try:
            value = _run([KUBECTL, "get", "-n", props.get("ObjectNamespace", "default"), props["ObjectType"],
                          props["ObjectName"], f"-o=jsonpath={{{props['JsonPath']}}}"])
            if value:
                return {"Data": {"Value": value}}
        except RuntimeError as error:
            logger.info("not yet: %s", error)
        if time.time() > deadline:
            raise TimeoutError(f"timed out waiting for {props['JsonPath']} of {props['ObjectName']}")
        time.sleep(5)
