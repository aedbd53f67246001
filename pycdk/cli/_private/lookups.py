"""Context lookups through AWS: the values an app asked for (the manifest's ``missing`` list), as the CDK CLI
resolves them, cached in ``cdk.context.json`` so the next synthesis uses them.

Providers: ``vpc-provider`` (``Vpc.from_lookup``), ``availability-zones``, ``ssm``
(``StringParameter.value_from_lookup``), ``ami`` (image lookups) and ``hosted-zone``. Other providers
(``security-group``, ...) are reported as not supported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .aws_environment import AwsEnvironment, client_error_types, error_code, error_text, resolve_environment
from .console import CliError, info


def missing_context(directory: Path) -> list[dict[str, Any]]:
    """The manifest's ``missing`` entries (``key``, ``provider``, ``props``)."""
    try:
        manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    missing = manifest.get("missing") if isinstance(manifest, dict) else None
    return [m for m in missing or [] if isinstance(m, dict) and isinstance(m.get("key"), str)]


def resolve_missing(missing: list[dict[str, Any]]) -> dict[str, Any]:
    """The value of each missing entry, by context key.

    Raises:
        CliError: when a lookup fails, finds nothing, or its provider is not supported.
    """
    values: dict[str, Any] = {}
    for entry in missing:
        provider = str(entry.get("provider"))
        props = entry.get("props") or {}
        resolver = _RESOLVERS.get(provider)
        if resolver is None:
            raise CliError(f"the context lookup {entry['key']} uses the provider {provider!r}, which pycdk cannot "
                           f"resolve yet: put its value in cdk.context.json (pycdk context)")
        env = resolve_environment(f"aws://{props.get('account', '')}/{props.get('region', '')}", entry["key"])
        env = env.assuming(props.get("lookupRoleArn"), props.get("lookupRoleExternalId"))
        info(f"Looking up {entry['key']}")
        try:
            values[entry["key"]] = resolver(env, props)
        except _NotFound as e:
            if props.get("ignoreErrorOnMissingContext"):
                values[entry["key"]] = props.get("dummyValue")
            else:
                raise CliError(str(e)) from e
        except client_error_types() as e:
            raise CliError(f"the context lookup {entry['key']} failed: {error_text(e)}") from e
    return values


class _NotFound(Exception):
    """A lookup that found nothing."""


def _availability_zones(env: AwsEnvironment, props: dict[str, Any]) -> list[str]:
    zones = env.client("ec2").describe_availability_zones()["AvailabilityZones"]
    return [z["ZoneName"] for z in zones if z.get("State") == "available"]


def _ssm(env: AwsEnvironment, props: dict[str, Any]) -> str:
    name = str(props["parameterName"])
    try:
        return str(env.client("ssm").get_parameter(Name=name)["Parameter"]["Value"])
    except client_error_types() as e:
        if error_code(e) == "ParameterNotFound":
            raise _NotFound(f"SSM parameter not available in account {env.account}, region {env.region}: "
                            f"{name}") from e
        raise


def _ami(env: AwsEnvironment, props: dict[str, Any]) -> str:
    filters = [{"Name": k, "Values": list(v)} for k, v in (props.get("filters") or {}).items()]
    kwargs: dict[str, Any] = {"Filters": filters}
    if props.get("owners"):
        kwargs["Owners"] = list(props["owners"])
    images = env.client("ec2").describe_images(**kwargs)["Images"]
    if not images:
        raise _NotFound(f"No AMI found that matched the search criteria {json.dumps(props.get('filters'))} in "
                        f"account {env.account}, region {env.region}")
    return str(max(images, key=lambda i: str(i.get("CreationDate", "")))["ImageId"])


def _hosted_zone(env: AwsEnvironment, props: dict[str, Any]) -> dict[str, str]:
    domain = str(props["domainName"]).rstrip(".") + "."
    private = bool(props.get("privateZone"))
    route53 = env.client("route53")
    zones = route53.list_hosted_zones_by_name(DNSName=domain)["HostedZones"]
    matches = [z for z in zones if z["Name"] == domain and bool(z.get("Config", {}).get("PrivateZone")) == private]
    vpc_id = props.get("vpcId")
    if vpc_id:
        matches = [z for z in matches
                   if any(v.get("VPCId") == vpc_id for v in route53.get_hosted_zone(Id=z["Id"]).get("VPCs", []))]
    if len(matches) != 1:
        raise _NotFound(f"Found {len(matches)} hosted zones matching {json.dumps(props)} in account "
                        f"{env.account}, region {env.region}: expected exactly one")
    return {"Id": str(matches[0]["Id"]), "Name": str(matches[0]["Name"])}


def _vpc(env: AwsEnvironment, props: dict[str, Any]) -> dict[str, Any]:
    """The VPC matching the filter, its subnets grouped by type and name (the asymmetric form)."""
    ec2 = env.client("ec2")
    filters = [{"Name": k, "Values": [v]} for k, v in (props.get("filter") or {}).items()]
    vpcs = ec2.describe_vpcs(Filters=filters)["Vpcs"]
    if len(vpcs) != 1:
        what = "Could not find any VPCs" if not vpcs else f"Found {len(vpcs)} VPCs"
        raise _NotFound(f"{what} matching {json.dumps(props)}" + ("; please narrow the search criteria"
                                                                   if vpcs else ""))
    vpc = vpcs[0]
    by_vpc = [{"Name": "vpc-id", "Values": [vpc["VpcId"]]}]
    tables = ec2.describe_route_tables(Filters=by_vpc)["RouteTables"]
    main = next((t for t in tables if any(a.get("Main") for a in t.get("Associations", []))), None)

    def table_of(subnet_id: str) -> dict[str, Any] | None:
        own = next((t for t in tables if any(a.get("SubnetId") == subnet_id for a in t.get("Associations", []))),
                   None)
        return own or main

    def routes_to(subnet_id: str, test: Any) -> bool:
        table = table_of(subnet_id)
        return bool(table) and any(test(route) for route in (table or {}).get("Routes", []))

    name_tag = props.get("subnetGroupNameTag")
    groups: dict[tuple[str, str], list[dict[str, str]]] = {}
    for subnet in ec2.describe_subnets(Filters=by_vpc)["Subnets"]:
        tags = {t["Key"]: t["Value"] for t in subnet.get("Tags", [])}
        sid = subnet["SubnetId"]
        kind = tags.get("aws-cdk:subnet-type")
        if kind is None and (subnet.get("MapPublicIpOnLaunch")
                             or routes_to(sid, lambda r: str(r.get("GatewayId", "")).startswith("igw-"))):
            kind = "Public"
        if kind is None and routes_to(sid, lambda r: (r.get("NatGatewayId") or r.get("TransitGatewayId"))
                                      and r.get("DestinationCidrBlock") == "0.0.0.0/0"):
            kind = "Private"
        kind = kind or "Isolated"
        if kind not in ("Public", "Private", "Isolated"):
            raise CliError(f"Subnet {sid} has invalid subnet type {kind} (must be Public, Private or Isolated)")
        if name_tag and name_tag not in tags:
            raise CliError(f"Invalid subnetGroupNameTag: Subnet {sid} does not have an associated tag with "
                           f"Key='{name_tag}'")
        table = table_of(sid)
        if table is None:
            raise CliError(f"Subnet {sid} does not have an associated route table (and there is no \"main\" table)")
        name = tags.get(name_tag or "aws-cdk:subnet-name") or kind
        groups.setdefault((kind, name), []).append({
            "subnetId": sid, "cidr": subnet["CidrBlock"], "availabilityZone": subnet["AvailabilityZone"],
            "routeTableId": table["RouteTableId"],
        })
    response: dict[str, Any] = {
        "vpcId": vpc["VpcId"],
        "vpcCidrBlock": vpc["CidrBlock"],
        "ownerAccountId": vpc.get("OwnerId"),
        "availabilityZones": [],
        "subnetGroups": [
            {"name": name, "type": kind, "subnets": sorted(subnets, key=lambda s: s["availabilityZone"])}
            for (kind, name), subnets in groups.items()
        ],
    }
    if props.get("returnVpnGateways", True):
        gateways = ec2.describe_vpn_gateways(Filters=[
            {"Name": "attachment.vpc-id", "Values": [vpc["VpcId"]]},
            {"Name": "attachment.state", "Values": ["attached"]},
            {"Name": "state", "Values": ["available"]},
        ])["VpnGateways"]
        if len(gateways) == 1:
            response["vpnGatewayId"] = gateways[0]["VpnGatewayId"]
    return response


_RESOLVERS = {
    "vpc-provider": _vpc,
    "availability-zones": _availability_zones,
    "ssm": _ssm,
    "ami": _ami,
    "hosted-zone": _hosted_zone,
}


def obtain_assembly_with_lookups(args: Any) -> tuple[Path, list[Any]]:
    """Synthesize as ``obtain_assembly`` does; while the app reports missing context, look the values up, cache
    them in ``cdk.context.json`` and synthesize again (``args.lookups`` False: no lookups)."""
    from .assembly import is_assembly_dir
    from .project import Project
    from .synthesis import obtain_assembly

    directory, stacks = obtain_assembly(args)
    if not getattr(args, "lookups", True) or (args.app and is_assembly_dir(Path(args.app))):
        return directory, stacks
    tried: set[str] = set()
    while True:
        missing = [m for m in missing_context(directory) if m["key"] not in tried]
        if not missing:
            return directory, stacks
        values = resolve_missing(missing)
        tried.update(values)
        project = Project(Path.cwd())
        cached = project.cached_context()
        cached.update(values)
        project.write_cached_context(cached)
        directory, stacks = obtain_assembly(args)
