"""``PrefixList``: a customer-managed prefix list, usable as a security group rule peer."""

from __future__ import annotations

import enum
import ipaddress
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, ContextProvider, Lazy, Names, Resource, Stack, Token, ValidationError

if TYPE_CHECKING:
    from l1.ec2 import CfnPrefixList
    from l1.interfaces.ec2 import PrefixListReference
    from l2.ec2._connections import Connections


class AddressFamily(enum.Enum):
    """The IP version of a prefix list."""

    IP_V4 = "IPv4"
    IP_V6 = "IPv6"


class PrefixListBase(Resource):
    """What new and imported prefix lists share: use as a rule peer (never inline)."""

    can_inline_rule = False
    prefix_list_id: str
    prefix_list_arn: str

    @property
    def connections(self) -> Connections:
        """Connections with this prefix list as the peer."""
        found = self.__dict__.get("_connections")
        if found is None:
            from l2.ec2._connections import Connections

            found = self.__dict__["_connections"] = Connections(peer=self)
        return found

    @property
    def unique_id(self) -> str:
        """The prefix list id (names rules)."""
        return self.prefix_list_id

    def _ingress(self) -> dict[str, Any]:
        return {"source_prefix_list_id": self.prefix_list_id}

    def _egress(self) -> dict[str, Any]:
        return {"destination_prefix_list_id": self.prefix_list_id}

    def to_ingress_rule_config(self) -> dict[str, str]:
        """This prefix list as the source of an ingress rule."""
        return {"sourcePrefixListId": self.prefix_list_id}

    def to_egress_rule_config(self) -> dict[str, str]:
        """This prefix list as the destination of an egress rule."""
        return {"destinationPrefixListId": self.prefix_list_id}


def _valid_ipv6(cidr: str) -> bool:
    try:
        ipaddress.IPv6Network(cidr, strict=False)
    except ValueError:
        return False
    return True


class PrefixList(PrefixListBase):
    """A customer-managed prefix list.

    Args:
        address_family: IPv4 (default) or IPv6.
        entries: the CIDRs (``CfnPrefixList.EntryProperty``).
        max_entries: the capacity (default: the number of entries, at least 1).
        prefix_list_name: the name (default generated; must not start with ``com.amazonaws``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.PrefixList"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        address_family: AddressFamily | None = None,
        entries: Sequence[CfnPrefixList.EntryProperty] | None = None,
        max_entries: int | None = None,
        prefix_list_name: str | None = None,
    ) -> None:
        from l1.ec2 import CfnPrefixList

        super().__init__(
            scope,
            id,
            physical_name=prefix_list_name
            or Lazy.string(
                lambda: Names.unique_resource_name(self, max_length=255, allowed_special_characters=".-_")
            ),
        )
        if prefix_list_name:
            if prefix_list_name.startswith("com.amazonaws"):
                raise ValidationError("The name cannot start with 'com.amazonaws.'", self)
            if len(prefix_list_name) > 255:
                raise ValidationError("Lengths exceeding 255 characters cannot be set.", self)
        self.prefix_list_name: str = self.physical_name
        default_max = 1
        if entries:
            for entry in entries:
                cidr: str = entry.cidr  # type: ignore[attr-defined]  # a generated slot mypy does not see
                if address_family is AddressFamily.IP_V6:
                    if not _valid_ipv6(cidr):
                        raise ValidationError(f"Invalid IPv6 address range: {cidr}", self)
                elif not re.fullmatch(r"([0-9]{1,3}\.){3}[0-9]{1,3}(/([0-9]|[1-2][0-9]|3[0-2]))?", cidr):
                    raise ValidationError(f"Invalid IPv4 address range: {cidr}", self)
            default_max = len(entries)
        resource = CfnPrefixList(
            self,
            "Resource",
            address_family=(address_family or AddressFamily.IP_V4).value,
            max_entries=max_entries or default_max,
            prefix_list_name=self.prefix_list_name,
            entries=list(entries or []),
        )
        self.prefix_list_id = resource.attr_prefix_list_id
        self.prefix_list_arn: str = resource.attr_arn
        self.owner_id: str = resource.attr_owner_id
        self.version: float = resource.attr_version
        self.address_family: str = resource.address_family

    @staticmethod
    def from_prefix_list_id(scope: Construct, id: str, prefix_list_id: str) -> PrefixListBase:
        """An existing prefix list."""
        imported = PrefixListBase(scope, id)
        imported.prefix_list_id = prefix_list_id
        imported.prefix_list_arn = Stack.of(scope).format_arn(
            service="ec2", resource="prefix-list", resource_name=prefix_list_id
        )
        return imported

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        prefix_list_name: str,
        address_family: AddressFamily | None = None,
        owner_id: str | None = None,
    ) -> PrefixListBase:
        """A managed prefix list found by the CLI's Cloud Control lookup (``pl-xxxxxxxx`` until then)."""
        if Token.is_unresolved(prefix_list_name):
            raise ValidationError("All arguments to look up a managed prefix list must be concrete (no Tokens)", scope)
        match: dict[str, Any] = {"PrefixListName": prefix_list_name}
        if owner_id:
            match["OwnerId"] = owner_id
        if address_family:
            match["AddressFamily"] = address_family.value
        response = ContextProvider.get_value(
            scope,
            provider="cc-api-provider",
            props={
                "typeName": "AWS::EC2::PrefixList",
                "propertyMatch": match,
                "propertiesToReturn": ["PrefixListId"],
                "expectedMatchCount": "exactly-one",
            },
            dummy_value=[{"PrefixListId": "pl-xxxxxxxx"}],
        ).value
        if len(response) != 1:
            raise ValidationError(
                "Unexpected response received from the context provider. Please clear out the context key using "
                "`cdk context --remove` and try again.",
                scope,
            )
        return PrefixList.from_prefix_list_id(scope, id, response[0]["PrefixListId"])


def _prefix_list_ref(self: PrefixListBase) -> PrefixListReference:
    """A reference to this prefix list (``prefix_list_id``, ``prefix_list_arn``)."""
    from l1.interfaces.ec2 import PrefixListReference

    return PrefixListReference(prefix_list_id=self.prefix_list_id, prefix_list_arn=self.prefix_list_arn)


PrefixListBase.prefix_list_ref = property(_prefix_list_ref)  # type: ignore[attr-defined]
