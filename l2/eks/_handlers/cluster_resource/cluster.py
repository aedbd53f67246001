"""The EKS cluster handlers (``Custom::AWSCDK-EKS-Cluster``), run by the provider framework.

``on_event`` creates, updates or deletes the cluster with the creation role (``AssumeRoleArn``), so that role
administers the cluster; ``is_complete`` polls ``DescribeCluster``/``DescribeUpdate`` until the cluster is active
(or gone) and returns its attributes. ``Config`` is an EKS ``CreateCluster`` request in camelCase.
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


def _pascal(value: Any) -> Any:
    """camelCase keys of the template's ``Config`` to boto3's PascalCase; ``None`` and the literal booleans kept."""
    if isinstance(value, dict):
        return {k[:1].upper() + k[1:]: _pascal(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_pascal(v) for v in value]
    if value in ("true", "false"):
        return value == "true"
    return value


def _config(props: dict) -> dict:
    config = _pascal(props.get("Config") or {})
    for key in ("Tags",):  # tag maps keep their keys as written
        if key in (props.get("Config") or {}):
            config[key] = dict(props["Config"][key] or {})
    return config


def _physical_name(request_id: str) -> str:
    return f"cluster-{request_id.replace('-', '')[:20]}"


def on_event(event: dict, context: Any = None) -> dict:
    """Start creating, updating or deleting the cluster."""
    logger.info("event: %s", json.dumps({k: v for k, v in event.items() if k != "ResponseURL"}, default=str))
    props = event["ResourceProperties"]
    eks = _eks(props["AssumeRoleArn"])
    request = event["RequestType"]
    config = _config(props)
    if request == "Create":
        name = config.get("Name") or _physical_name(event["RequestId"])
        config["Name"] = name
        config.setdefault("ClientRequestToken", event["RequestId"])
        eks.create_cluster(**config)
        return {"PhysicalResourceId": name}
    name = event["PhysicalResourceId"]
    if request == "Delete":
        try:
            eks.delete_cluster(Name=name)
        except Exception as error:
            if _code(error) != "ResourceNotFoundException":
                raise
        return {"PhysicalResourceId": name}
    if request != "Update":
        raise ValueError(f"Unsupported request type: {request}")
    old = _config({"Config": event.get("OldResourceProperties", {}).get("Config")})
    replace_keys = ("Name", "RoleArn", "EncryptionConfig", "KubernetesNetworkConfig")
    if any(config.get(k) != old.get(k) for k in replace_keys if k != "Name" or config.get("Name")) or \
            _subnets(config) != _subnets(old):
        name = config.get("Name") or _physical_name(event["RequestId"])
        config["Name"] = name
        eks.create_cluster(**config)
        return {"PhysicalResourceId": name}  # CloudFormation deletes the old cluster
    update: dict[str, Any] = {}
    if config.get("Version") != old.get("Version") and config.get("Version"):
        update = eks.update_cluster_version(Name=name, Version=config["Version"])
    vpc, old_vpc = config.get("ResourcesVpcConfig", {}), old.get("ResourcesVpcConfig", {})
    changed_access = {k: vpc.get(k) for k in ("EndpointPublicAccess", "EndpointPrivateAccess", "PublicAccessCidrs")
                      if vpc.get(k) != old_vpc.get(k)}
    if changed_access:
        update = eks.update_cluster_config(Name=name, ResourcesVpcConfig={k: v for k, v in changed_access.items()
                                                                           if v is not None})
    if config.get("Logging") != old.get("Logging"):
        update = eks.update_cluster_config(Name=name, Logging=config.get("Logging") or {"ClusterLogging": []})
    if config.get("AccessConfig") != old.get("AccessConfig") and (config.get("AccessConfig") or {}).get(
            "AuthenticationMode"):
        update = eks.update_cluster_config(Name=name, AccessConfig={
            "AuthenticationMode": config["AccessConfig"]["AuthenticationMode"]})
    if config.get("DeletionProtection") != old.get("DeletionProtection"):
        update = eks.update_cluster_config(Name=name, DeletionProtection=bool(config.get("DeletionProtection")))
    update_id = (update.get("Update") or {}).get("Id") if update else None
    return {"PhysicalResourceId": name, "Data": {"UpdateId": update_id} if update_id else {}}


def _subnets(config: dict) -> list:
    return sorted((config.get("ResourcesVpcConfig") or {}).get("SubnetIds") or [])


def _code(error: Exception) -> str | None:
    return getattr(error, "response", {}).get("Error", {}).get("Code")


def is_complete(event: dict, context: Any = None) -> dict:
    """Whether the cluster reached its target state; its attributes once active."""
    props = event["ResourceProperties"]
    eks = _eks(props["AssumeRoleArn"])
    name = event["PhysicalResourceId"]
    if event["RequestType"] == "Delete":
        try:
            eks.describe_cluster(Name=name)
        except Exception as error:
            if _code(error) == "ResourceNotFoundException":
                return {"IsComplete": True}
            raise
        return {"IsComplete": False}
    update_id = (event.get("Data") or {}).get("UpdateId")
    if update_id:
        status = eks.describe_update(Name=name, UpdateId=update_id)["Update"]["Status"]
        if status in ("Failed", "Cancelled"):
            raise RuntimeError(f"cluster update {update_id} {status.lower()}")
        if status != "Successful":
            return {"IsComplete": False}
    cluster = eks.describe_cluster(Name=name)["Cluster"]
    if cluster["Status"] == "FAILED":
        raise RuntimeError(f"cluster {name} failed to reach ACTIVE")
    if cluster["Status"] != "ACTIVE":
        return {"IsComplete": False}
    issuer = ((cluster.get("Identity") or {}).get("Oidc") or {}).get("Issuer", "")
    encryption = cluster.get("EncryptionConfig") or [{}]
    return {"IsComplete": True, "Data": {
        "Name": cluster["Name"],
        "Endpoint": cluster["Endpoint"],
        "Arn": cluster["Arn"],
        "CertificateAuthorityData": (cluster.get("CertificateAuthority") or {}).get("Data", ""),
        "ClusterSecurityGroupId": (cluster.get("ResourcesVpcConfig") or {}).get("ClusterSecurityGroupId", ""),
        "OpenIdConnectIssuerUrl": issuer,
        "OpenIdConnectIssuer": issuer[len("https://"):] if issuer.startswith("https://") else issuer,
        "EncryptionConfigKeyArn": (encryption[0].get("Provider") or {}).get("KeyArn", ""),
    }}
