"""pycdk's handler of ``EmrContainersStartJobRun``'s job execution role: lets the EMR on EKS job pods of a namespace
assume the role (the trust statement ``aws emr-containers update-role-trust-policy`` adds), with boto3."""

import json
import logging

import boto3

logger = logging.getLogger()
logger.setLevel(logging.INFO)

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _base36(text):
    """The role name as EMR on EKS writes it into service account names: its characters as base-256 digits (their
    code points), written in base 36."""
    number = 0
    for char in text:
        number = number * 256 + ord(char)
    out = ""
    while number:
        number, digit = divmod(number, 36)
        out = _DIGITS[digit] + out
    return out or "0"


def _trust_statement(cluster_name, namespace, role_name):
    cluster = boto3.client("eks").describe_cluster(name=cluster_name)["cluster"]
    provider = cluster["identity"]["oidc"]["issuer"].split("https://", 1)[1]
    arn = cluster["arn"].split(":")
    partition, account = arn[1], arn[4]
    return {
        "Effect": "Allow",
        "Principal": {"Federated": f"arn:{partition}:iam::{account}:oidc-provider/{provider}"},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {"StringLike": {
            f"{provider}:sub": f"system:serviceaccount:{namespace}:emr-containers-sa-*-*-{account}-{_base36(role_name)}",
        }},
    }


def handler(event, context):
    props = event["ResourceProperties"]
    if event["RequestType"] not in ("Create", "Update"):
        return {}
    try:
        iam = boto3.client("iam")
        role_name = props["roleName"]
        statement = _trust_statement(props["eksClusterId"], props["eksNamespace"], role_name)
        document = iam.get_role(RoleName=role_name)["Role"]["AssumeRolePolicyDocument"]
        if isinstance(document, str):
            document = json.loads(document)
        statements = document.setdefault("Statement", [])
        if statement not in statements:
            statements.append(statement)
            iam.update_assume_role_policy(RoleName=role_name, PolicyDocument=json.dumps(document))
        logger.info("Trust policy of %s updated", role_name)
    except Exception as error:  # as aws-cdk-lib's handler: a failure is logged, the deployment goes on
        logger.info("ERROR: %s", error)
    return {}
