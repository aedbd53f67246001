"""Handler of ``Custom::AWSCDKOpenIdConnectProvider`` (pycdk l2.iam): manages an IAM OIDC identity provider.

Properties: ``Url``, ``ClientIDList``, ``ThumbprintList`` (when empty, the thumbprint of the issuer's top
intermediate certificate authority is computed), ``RejectUnauthorized``. Returns the provider ARN as physical id and
the ``Thumbprints`` attribute.
"""

import hashlib
import json
import socket
import ssl
import urllib.parse
import urllib.request

import boto3

iam = boto3.client("iam")


def handler(event, context):
    status, reason, physical_id, data = "SUCCESS", "", event.get("PhysicalResourceId"), {}
    try:
        physical_id, data = dispatch(event)
    except Exception as error:  # report every failure to CloudFormation instead of timing out
        status, reason = "FAILED", str(error)
    respond(event, context, status, reason, physical_id or event["LogicalResourceId"], data)


def dispatch(event):
    props = event["ResourceProperties"]
    kind = event["RequestType"]
    if kind == "Create":
        thumbprints = sorted(props.get("ThumbprintList") or []) or [issuer_thumbprint(props)]
        arn = iam.create_open_id_connect_provider(
            Url=props["Url"], ClientIDList=props.get("ClientIDList") or [], ThumbprintList=thumbprints
        )["OpenIDConnectProviderArn"]
        return arn, {"Thumbprints": json.dumps(thumbprints)}
    arn = event["PhysicalResourceId"]
    if kind == "Delete":
        if arn.startswith("arn:"):
            iam.delete_open_id_connect_provider(OpenIDConnectProviderArn=arn)
        return arn, {}
    old = event.get("OldResourceProperties") or {}
    if old.get("Url") != props["Url"]:
        # A new URL is a new provider: CloudFormation deletes the old one (returned id changes).
        return dispatch({**event, "RequestType": "Create"})
    thumbprints = sorted(props.get("ThumbprintList") or []) or [issuer_thumbprint(props)]
    if sorted(old.get("ThumbprintList") or []) != sorted(props.get("ThumbprintList") or []):
        iam.update_open_id_connect_provider_thumbprint(OpenIDConnectProviderArn=arn, ThumbprintList=thumbprints)
    old_ids, new_ids = set(old.get("ClientIDList") or []), set(props.get("ClientIDList") or [])
    for client_id in sorted(new_ids - old_ids):
        iam.add_client_id_to_open_id_connect_provider(OpenIDConnectProviderArn=arn, ClientID=client_id)
    for client_id in sorted(old_ids - new_ids):
        iam.remove_client_id_from_open_id_connect_provider(OpenIDConnectProviderArn=arn, ClientID=client_id)
    return arn, {"Thumbprints": json.dumps(thumbprints)}


def issuer_thumbprint(props):
    """SHA-1 of the top intermediate CA certificate of the host serving the issuer's JWKS."""
    issuer = props["Url"].rstrip("/")
    with urllib.request.urlopen(issuer + "/.well-known/openid-configuration", timeout=30) as response:
        jwks_uri = json.load(response)["jwks_uri"]
    host = urllib.parse.urlparse(jwks_uri).hostname
    context = ssl.create_default_context()
    if str(props.get("RejectUnauthorized", "false")).lower() != "true":
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, 443), timeout=30) as sock:
        with context.wrap_socket(sock, server_hostname=host) as tls:
            chain = tls.get_unverified_chain()
    top = chain[-1]
    der = top if isinstance(top, bytes) else ssl.PEM_cert_to_DER_cert(top)
    return hashlib.sha1(der).hexdigest()


def respond(event, context, status, reason, physical_id, data):
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason or "See CloudWatch log stream: " + context.log_stream_name,
            "PhysicalResourceId": physical_id,
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
            "Data": data,
        }
    ).encode()
    request = urllib.request.Request(
        event["ResponseURL"], data=body, method="PUT", headers={"content-type": "", "content-length": str(len(body))}
    )
    urllib.request.urlopen(request)
