"""``GeoLocation`` and ``CidrRoutingConfig``: where a record answers from."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from constructs import Token, UnscopedValidationError

if TYPE_CHECKING:
    from l2.route53._types import Continent

_COUNTRY = re.compile(r"(^[A-Z]{2}|^\*{1})$")
_COUNTRY_FOR_SUBDIVISION = re.compile(r"\b(?:UA|US)\b")
_SUBDIVISION = re.compile(r"^[A-Z0-9]{1,3}$")
_COLLECTION_ID = re.compile(r"^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$")
_LOCATION_NAME = re.compile(r"^[0-9A-Za-z_\-*]{1,16}$")


class GeoLocation:
    """The origin of DNS queries a record answers (geolocation routing).

    Args:
        continent_code: the two-letter continent code of the queries' origin (``None`` when not routing by continent).
        country_code: the ISO 3166-1 alpha-2 country code of the queries' origin (``*`` for the default location).
        subdivision_code: the subdivision (such as a US state) of that country (only for ``US`` and ``UA``).
    """

    def __init__(self, continent_code: str | None, country_code: str | None, subdivision_code: str | None) -> None:
        if subdivision_code and country_code:
            if not _COUNTRY_FOR_SUBDIVISION.search(country_code):
                raise UnscopedValidationError(
                    f"Invalid country for subdivisions geolocation: {country_code}, only UA (Ukraine) and US "
                    "(United states) are supported"
                )
            if not _SUBDIVISION.search(subdivision_code):
                raise UnscopedValidationError(
                    f"Invalid subdivision format for subdivision: {subdivision_code}, subdivision should be "
                    "alphanumeric and between 1 and 3 characters"
                )
        if country_code and not _COUNTRY.search(country_code):
            raise UnscopedValidationError(
                f"Invalid country format for country: {country_code}, country should be two-letter and uppercase "
                "country ISO 3166-1-alpha-2 code"
            )
        self.continent_code = continent_code
        self.country_code = country_code
        self.subdivision_code = subdivision_code

    @staticmethod
    def continent(continent_code: Continent) -> GeoLocation:
        """Queries from a continent."""
        return GeoLocation(continent_code.value, None, None)

    @staticmethod
    def country(country_code: str) -> GeoLocation:
        """Queries from a country (ISO 3166-1 alpha-2 code)."""
        return GeoLocation(None, country_code, None)

    @staticmethod
    def subdivision(subdivision_code: str, country_code: str | None = None) -> GeoLocation:
        """Queries from a subdivision (a US state by default; UA also has subdivisions)."""
        return GeoLocation(None, "US" if country_code is None else country_code, subdivision_code)

    @staticmethod
    def default() -> GeoLocation:
        """Queries no other geolocation record matches."""
        return GeoLocation(None, "*", None)


class CidrRoutingConfig:
    """The CIDR collection location a record answers for (IP-based routing).

    Args:
        collection_id: the id (a UUID) of the CIDR collection holding the location.
        location_name: the CIDR location in that collection the record answers for (default ``*``, the collection's
            default location).
    """

    def __init__(self, *, collection_id: str, location_name: str | None = None) -> None:
        if not Token.is_unresolved(collection_id) and not _COLLECTION_ID.search(collection_id):
            raise UnscopedValidationError(
                f"collectionId({collection_id}) is required and must be a valid UUID in the format: "
                "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx(8-4-4-4-12 hexadecimal digits)"
            )
        if not Token.is_unresolved(location_name) and (not location_name or not _LOCATION_NAME.search(location_name)):
            shown = "undefined" if location_name is None else location_name
            raise UnscopedValidationError(
                f"locationName({shown}) is required and must be 1-16 characters long, containing only letters, "
                "numbers, underscores, hyphens, or asterisks"
            )
        self.collection_id = collection_id
        self.location_name = location_name if location_name is not None else "*"

    @staticmethod
    def create(*, collection_id: str, location_name: str | None = None) -> CidrRoutingConfig:
        """A CIDR routing configuration."""
        return CidrRoutingConfig(collection_id=collection_id, location_name=location_name)

    @staticmethod
    def with_default_location_name(collection_id: str) -> CidrRoutingConfig:
        """The collection's default location (``*``)."""
        return CidrRoutingConfig(collection_id=collection_id, location_name="*")
