"""The EKS cluster handlers (``Custom::AWSCDK-EKS-Cluster``), run by the provider framework.

``on_event`` creates, updates or deletes the cluster with the creation role (``AssumeRoleArn``), so that role
administers the cluster; ``is_complete`` polls ``DescribeCluster``/``DescribeUpdate`` until the cluster is active
(or gone) and returns its attributes. ``Config`` is an EKS ``CreateCluster`` request in camelCase.
``Custom::AWSCDK-EKS-FargateProfile`` resources (``Config``: a ``CreateFargateProfile`` request) are handled the
same way: created, replaced on any change, deleted, and polled until ``ACTIVE`` (or gone).
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

logger = logging.getLogger()
logger.setLevel(logging.INFO)

_eks_factory: Any = None  # tests set a callable (role_arn) -> client


def _eks(role_arn: str) -> Any:
    """An EKS client acting as ``role_arn``."""
    if _eks_factory is not None:
        return _eks_factory(role_arn)
    import boto3

    session = f"AWSCDK.EKSCluster.{uuid.uuid4().hex[:8]}"
    creds = boto3.client("sts").assume_role(RoleArn=role_arn, RoleSessionName=session)["Credentials"]
    return boto3.client("eks", aws_access_key_id=creds["AccessKeyId"],
                        aws_secret_access_key=creds["SecretAccessKey"], aws_session_token=creds["SessionToken"])


def _clean(value: Any, key: str = "") -> Any:
    """The template's ``Config`` as a boto3 request (EKS's parameters are camelCase, as written): ``None`` dropped,
    CloudFormation's ``"true"``/``"false"`` strings back to booleans (tag values kept as strings)."""
    if isinstance(value, dict):
        return {k: _clean(v, k) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_clean(v, key) for v in value]
    if value in ("true", "false") and key != "tags":
        return value == "true"
    return value


def _config(props: dict) -> dict:
    return _clean(props.get("Config") or {})


def _physical_name(request_id: str) -> str:
    return f"cluster-{request_id.replace('-', '')[:20]}"


FARGATE_PROFILE = "Custom::AWSCDK-EKS-FargateProfile"


def on_event(event: dict, context: Any = None) -> dict:
    """Start creating, updating or deleting the cluster (or Fargate profile)."""
    logger.info("event: %s", json.dumps({k: v for k, v in event.items() if k != "ResponseURL"}, default=str))
    if event.get("ResourceType") == FARGATE_PROFILE:
        return _profile_on_event(event)
    props = event["ResourceProperties"]
    eks = _eks(props["AssumeRoleArn"])
    request = event["RequestType"]
    config = _config(props)
    if request == "Create":
        name = config.get("name") or _physical_name(event["RequestId"])
        config["name"] = name
        config.setdefault("clientRequestToken", event["RequestId"])
        eks.create_cluster(**config)
        return {"PhysicalResourceId": name}
    name = event["PhysicalResourceId"]
    if request == "Delete":
        try:
            eks.delete_cluster(name=name)
        except Exception as error:
            if _code(error) != "ResourceNotFoundException":
                raise
        return {"PhysicalResourceId": name}
    if request != "Update":
        raise ValueError(f"Unsupported request type: {request}")
    old = _config({"Config": event.get("OldResourceProperties", {}).get("Config")})
    replace_keys = ("name", "roleArn", "encryptionConfig", "kubernetesNetworkConfig")
    if any(config.get(k) != old.get(k) for k in replace_keys if k != "name" or config.get("name")) or \
            _subnets(config) != _subnets(old):
        name = config.get("name") or _physical_name(event["RequestId"])
        config["name"] = name
        eks.create_cluster(**config)
        return {"PhysicalResourceId": name}  # CloudFormation deletes the old cluster
    update: dict[str, Any] = {}
    if config.get("version") != old.get("version") and config.get("version"):
        update = eks.update_cluster_version(name=name, version=config["version"])
    vpc, old_vpc = config.get("resourcesVpcConfig", {}), old.get("resourcesVpcConfig", {})
    changed_access = {k: vpc.get(k) for k in ("endpointPublicAccess", "endpointPrivateAccess", "publicAccessCidrs")
                      if vpc.get(k) != old_vpc.get(k)}
    if changed_access:
        update = eks.update_cluster_config(name=name, resourcesVpcConfig={k: v for k, v in changed_access.items()
                                                                           if v is not None})
    if config.get("logging") != old.get("logging"):
        update = eks.update_cluster_config(name=name, logging=config.get("logging") or {"clusterLogging": []})
    if config.get("accessConfig") != old.get("accessConfig") and (config.get("accessConfig") or {}).get(
            "authenticationMode"):
        update = eks.update_cluster_config(name=name, accessConfig={
            "authenticationMode": config["accessConfig"]["authenticationMode"]})
    if config.get("deletionProtection") != old.get("deletionProtection"):
        update = eks.update_cluster_config(name=name, deletionProtection=bool(config.get("deletionProtection")))
    update_id = (update.get("update") or {}).get("id") if update else None
    return {"PhysicalResourceId": name, "Data": {"UpdateId": update_id} if update_id else {}}


def _subnets(config: dict) -> list:
    return sorted((config.get("resourcesVpcConfig") or {}).get("subnetIds") or [])


def _code(error: Exception) -> str | None:
    return getattr(error, "response", {}).get("Error", {}).get("Code")


def _profile_on_event(event: dict) -> dict:
    props = event["ResourceProperties"]
    eks = _eks(props["AssumeRoleArn"])
    config = _config(props)
    request = event["RequestType"]
    if request in ("Create", "Update"):  # any change replaces the profile (CloudFormation deletes the old one)
        config["fargateProfileName"] = config.get("fargateProfileName") or \
            f"{event['LogicalResourceId']}-{event['RequestId'].replace('-', '')[:12]}"
        config.setdefault("clientRequestToken", event["RequestId"])
        profile = eks.create_fargate_profile(**config)["fargateProfile"]
        return {"PhysicalResourceId": profile["fargateProfileName"],
                "Data": {"fargateProfileArn": profile["fargateProfileArn"]}}
    if request == "Delete":
        try:
            eks.delete_fargate_profile(clusterName=config["clusterName"],
                                       fargateProfileName=event["PhysicalResourceId"])
        except Exception as error:
            if _code(error) != "ResourceNotFoundException":
                raise
        return {"PhysicalResourceId": event["PhysicalResourceId"]}
    raise ValueError(f"Unsupported request type: {request}")


def _profile_is_complete(event: dict) -> dict:
    props = event["ResourceProperties"]
    eks = _eks(props["AssumeRoleArn"])
    cluster_name = (props.get("Config") or {}).get("clusterName")
    try:
        status = eks.describe_fargate_profile(clusterName=cluster_name,
                                              fargateProfileName=event["PhysicalResourceId"])["fargateProfile"]["status"]
    except Exception as error:
        if event["RequestType"] == "Delete" and _code(error) == "ResourceNotFoundException":
            return {"IsComplete": True}
        raise
    if status in ("CREATE_FAILED", "DELETE_FAILED"):
        raise RuntimeError(f"Fargate profile {event['PhysicalResourceId']}: {status}")
    return {"IsComplete": status == "ACTIVE" and event["RequestType"] != "Delete"}


def is_complete(event: dict, context: Any = None) -> dict:
    """Whether the cluster (or Fargate profile) reached its target state; a cluster's attributes once active."""
    if event.get("ResourceType") == FARGATE_PROFILE:
        return _profile_is_complete(event)
    props = event["ResourceProperties"]
    eks = _eks(props["AssumeRoleArn"])
    name = event["PhysicalResourceId"]
    if event["RequestType"] == "Delete":
        try:
            eks.describe_cluster(name=name)
        except Exception as error:
            if _code(error) == "ResourceNotFoundException":
                return {"IsComplete": True}
            raise
        return {"IsComplete": False}
    update_id = (event.get("Data") or {}).get("UpdateId")
    if update_id:
        status = eks.describe_update(name=name, updateId=update_id)["update"]["status"]
        if status in ("Failed", "Cancelled"):
            raise RuntimeError(f"cluster update {update_id} {status.lower()}")
        if status != "Successful":
            return {"IsComplete": False}
    cluster = eks.describe_cluster(name=name)["cluster"]
    if cluster["status"] == "FAILED":
        raise RuntimeError(f"cluster {name} failed to reach ACTIVE")
    if cluster["status"] != "ACTIVE":
        return {"IsComplete": False}
    issuer = ((cluster.get("identity") or {}).get("oidc") or {}).get("issuer", "")
    encryption = cluster.get("encryptionConfig") or [{}]
    return {"IsComplete": True, "Data": {
        "Name": cluster["name"],
        "Endpoint": cluster["endpoint"],
        "Arn": cluster["arn"],
        "CertificateAuthorityData": (cluster.get("certificateAuthority") or {}).get("data", ""),
        "ClusterSecurityGroupId": (cluster.get("resourcesVpcConfig") or {}).get("clusterSecurityGroupId", ""),
        "OpenIdConnectIssuerUrl": issuer,
        "OpenIdConnectIssuer": issuer[len("https://"):] if issuer.startswith("https://") else issuer,
        "EncryptionConfigKeyArn": (encryption[0].get("provider") or {}).get("keyArn", ""),
    }}
