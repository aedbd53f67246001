"""Zone-name validation, fully qualified record names, hosted-zone ARNs and the delegation grant."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from constructs import Stack, Token, UnscopedValidationError

if TYPE_CHECKING:
    from constructs import IConstruct
    from l2.iam import Grant, IGrantable
    from l2.route53._interfaces import IHostedZone

_ZONE_NAME = re.compile(r"^[a-z0-9!\"#$%&'()*+,/:;<=>?@\[\\\]^_`{|}~.-]+$", re.IGNORECASE)
_NO_OCTAL = re.compile(r"[a-z0-9\-_\\.]")


def validate_zone_name(zone_name: str) -> None:
    """Raise when ``zone_name`` is too long or has characters Route 53 refuses."""
    if len(zone_name) > 255:
        raise UnscopedValidationError("zone name cannot be more than 255 bytes long")
    if any(len(label) > 63 for label in zone_name.split(".")):
        raise UnscopedValidationError("zone name labels cannot be more than 63 bytes long")
    if not _ZONE_NAME.match(zone_name):
        raise UnscopedValidationError(
            "zone names can only contain a-z, 0-9, -, ! \" # $ % & ' ( ) * + , - / : ; < = > ? @ [  ] ^ _ ` { | } ~ ."
        )


def strip_trailing_dot(name: str) -> str:
    """``name`` without its trailing dot."""
    return name[:-1] if name.endswith(".") else name


def fully_qualified_domain_name(provided: str, zone: IHostedZone) -> str:
    """The record name as Route 53 wants it: absolute, in the zone, ending with a dot."""
    if provided.endswith("."):
        return provided
    zone_name = strip_trailing_dot(zone.zone_name)
    if provided.endswith(f".{zone_name}") or provided == zone_name:
        return f"{provided}."
    return f"{provided}.{zone_name}."


def hosted_zone_arn(construct: IConstruct, hosted_zone_id: str) -> str:
    """``arn:<partition>:route53:::hostedzone/<id>``."""
    return Stack.of(construct).format_arn(
        account="", region="", service="route53", resource="hostedzone", resource_name=hosted_zone_id
    )


def _octal_encode(name: str) -> str:
    if Token.is_unresolved(name):
        return name
    return "".join(c if _NO_OCTAL.match(c) else "\\" + format(ord(c), "o").rjust(3, "0") for c in name)


def _validate_delegated_zone_name(parent: str, delegated: str) -> None:
    prefix = f"Error while validating delegate zone name '{delegated}': delegated zone name"
    if delegated.endswith("."):
        raise UnscopedValidationError(f"{prefix} cannot have a trailing period")
    if Token.is_unresolved(delegated):
        return
    validate_zone_name(delegated)
    if delegated.lower() != delegated:
        raise UnscopedValidationError(f"{prefix} cannot contain uppercase characters")
    if Token.is_unresolved(parent):
        return
    parent = strip_trailing_dot(parent)
    if not delegated.endswith(parent):
        raise UnscopedValidationError(f"{prefix} must be suffixed by parent zone name")
    if delegated == parent:
        raise UnscopedValidationError(f"{prefix} cannot be the same as the parent zone name")


def grant_delegation(grantee: IGrantable, zone: IConstruct, zone_id: str, zone_name: Callable[[], str],
                     delegated_zone_names: list[str] | None) -> Grant:
    """``route53:ChangeResourceRecordSets`` on NS records of the zone (and ``ListHostedZonesByName``)."""
    from l2.iam import Grant

    condition: dict[str, object] = {
        "route53:ChangeResourceRecordSetsRecordTypes": ["NS"],
        "route53:ChangeResourceRecordSetsActions": ["UPSERT", "DELETE"],
    }
    if delegated_zone_names is not None:
        encoded = []
        for name in delegated_zone_names:
            _validate_delegated_zone_name(zone_name(), name)
            encoded.append(_octal_encode(name))
        condition["route53:ChangeResourceRecordSetsNormalizedRecordNames"] = encoded
    g1 = Grant.add_to_principal(
        grantee=grantee,
        actions=["route53:ChangeResourceRecordSets"],
        resource_arns=[hosted_zone_arn(zone, zone_id)],
        conditions={"ForAllValues:StringEquals": condition},
    )
    g2 = Grant.add_to_principal(grantee=grantee, actions=["route53:ListHostedZonesByName"], resource_arns=["*"])
    return g1.combine(g2)
