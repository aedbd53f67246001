"""``ssm-secure`` dynamic references where CloudFormation does not resolve them (aws-cdk-lib's rule E1027).

CloudFormation resolves ``{{resolve:ssm-secure:...}}`` only in a few resource properties (passwords and tokens);
anywhere else, an output included, the deployment fails. As aws-cdk-lib's engine, only plain strings are checked,
not the arguments of intrinsic functions (``Fn::Join``, ``Fn::Sub``, ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .cycles import SSM_SECURE

_DYNAMIC_REFERENCE = re.compile(r"^.*\{\{(resolve:.+)\}\}.*$")

# the properties that take an ssm-secure reference: resource type -> property paths ("*" for any list item)
SUPPORTED: dict[str, tuple[tuple[str, ...], ...]] = {
    "AWS::DirectoryService::MicrosoftAD": (("Password",),),
    "AWS::DirectoryService::SimpleAD": (("Password",),),
    "AWS::ElastiCache::ReplicationGroup": (("AuthToken",),),
    "AWS::IAM::User": (("LoginProfile", "Password"),),
    "AWS::KinesisFirehose::DeliveryStream": (("RedshiftDestinationConfiguration", "Password"),),
    "AWS::OpsWorks::App": (("AppSource", "Password"),),
    "AWS::OpsWorks::Stack": (("RdsDbInstances", "*", "DbPassword"), ("CustomCookbooksSource", "Password")),
    "AWS::RDS::DBCluster": (("MasterUserPassword",),),
    "AWS::RDS::DBInstance": (("MasterUserPassword",),),
    "AWS::Redshift::Cluster": (("MasterUserPassword",),),
}


def _message(text: str) -> str:
    m = _DYNAMIC_REFERENCE.match(text)
    shown = "{{" + m.group(1) + "}}" if m else text
    return f"Dynamic reference {shown!r} to SSM secure strings can only be used in resource properties"


def _strings(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    if type(node) is str:
        if SSM_SECURE in node:
            yield path, node
    elif type(node) is dict:
        if len(node) == 1 and next(iter(node)).startswith(("Fn::", "Ref")):
            return  # aws-cdk-lib's engine does not look inside intrinsic functions
        for k, v in node.items():
            yield from _strings(v, (*path, str(k)))
    elif type(node) is list:
        for i, v in enumerate(node):
            yield from _strings(v, (*path, str(i)))


def _supported(resource_type: Any, path: tuple[str, ...]) -> bool:
    for allowed in SUPPORTED.get(resource_type, ()):
        if len(allowed) == len(path) and all(a == "*" or a == p for a, p in zip(allowed, path, strict=True)):
            return True
    return False


def resource_findings(body: dict[str, Any]) -> list[str]:
    """The E1027 descriptions for a resource known to hold an ssm-secure string (its property path, dotted,
    first: ``Tags.0.Value: ...``)."""
    props = body.get("Properties")
    out: list[str] = []
    if type(props) is dict:
        for path, text in _strings(props, ()):
            if not _supported(body.get("Type"), path):
                out.append(f"{'.'.join(path)}: {_message(text)}")
    return out


def output_findings(template: dict[str, Any]) -> list[str]:
    """The E1027 descriptions for the template's outputs (``Outputs/<id>/Value: ...``)."""
    outputs = template.get("Outputs")
    if type(outputs) is not dict:
        return []
    return [f"{'/'.join(('Outputs', *path))}: {_message(text)}" for path, text in _strings(outputs, ())]
