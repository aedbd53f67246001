"""Request matching shared by routes and gateway routes: headers, query parameters and URL paths."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import Construct, UnscopedValidationError
from constructs.internals import structs


@structs.frozen(kw_only=True)
class HeaderMatchConfig:
    """What ``HeaderMatch.bind`` returns.

    Args:
        header_match: the match in CloudFormation's shape.
    """

    header_match: Mapping[str, object]


class HeaderMatch:
    """A condition on one request header (or gRPC metadata entry) (use the factories).

    Args:
        header_name: the header (or metadata key) tested.
        invert: whether the condition is negated.
        match: the condition in CloudFormation's shape.
    """

    def __init__(self, header_name: str, invert: bool, match: Mapping[str, object]) -> None:
        self._name = header_name
        self._invert = invert
        self._match = dict(match)

    @staticmethod
    def value_is(header_name: str, header_value: str) -> HeaderMatch:
        """The header equals ``header_value``."""
        return HeaderMatch(header_name, False, {"exact": header_value})

    @staticmethod
    def value_is_not(header_name: str, header_value: str) -> HeaderMatch:
        """The header differs from ``header_value``."""
        return HeaderMatch(header_name, True, {"exact": header_value})

    @staticmethod
    def value_starts_with(header_name: str, prefix: str) -> HeaderMatch:
        """The header begins with ``prefix``."""
        return HeaderMatch(header_name, False, {"prefix": prefix})

    @staticmethod
    def value_does_not_start_with(header_name: str, prefix: str) -> HeaderMatch:
        """The header does not begin with ``prefix``."""
        return HeaderMatch(header_name, True, {"prefix": prefix})

    @staticmethod
    def value_ends_with(header_name: str, suffix: str) -> HeaderMatch:
        """The header finishes with ``suffix``."""
        return HeaderMatch(header_name, False, {"suffix": suffix})

    @staticmethod
    def value_does_not_end_with(header_name: str, suffix: str) -> HeaderMatch:
        """The header does not finish with ``suffix``."""
        return HeaderMatch(header_name, True, {"suffix": suffix})

    @staticmethod
    def value_matches_regex(header_name: str, regex: str) -> HeaderMatch:
        """The header matches the regular expression ``regex``."""
        return HeaderMatch(header_name, False, {"regex": regex})

    @staticmethod
    def value_does_not_match_regex(header_name: str, regex: str) -> HeaderMatch:
        """The header does not match the regular expression ``regex``."""
        return HeaderMatch(header_name, True, {"regex": regex})

    @staticmethod
    def values_is_in_range(header_name: str, start: int | float, end: int | float) -> HeaderMatch:
        """The header is a number from ``start`` (included) to ``end`` (excluded)."""
        return HeaderMatch(header_name, False, {"range": {"start": start, "end": end}})

    @staticmethod
    def values_is_not_in_range(header_name: str, start: int | float, end: int | float) -> HeaderMatch:
        """The header is not a number from ``start`` (included) to ``end`` (excluded)."""
        return HeaderMatch(header_name, True, {"range": {"start": start, "end": end}})

    def bind(self, scope: Construct) -> HeaderMatchConfig:
        """The match's CloudFormation configuration."""
        return HeaderMatchConfig(header_match={"name": self._name, "invert": self._invert, "match": self._match})


@structs.frozen(kw_only=True)
class QueryParameterMatchConfig:
    """What ``QueryParameterMatch.bind`` returns.

    Args:
        query_parameter_match: the match in CloudFormation's shape.
    """

    query_parameter_match: Mapping[str, object]


class QueryParameterMatch:
    """A condition on one query parameter (use the factories).

    Args:
        name: the query parameter tested.
        match: the condition in CloudFormation's shape.
    """

    def __init__(self, name: str, match: Mapping[str, object]) -> None:
        self._name = name
        self._match = dict(match)

    @staticmethod
    def value_is(query_parameter_name: str, query_parameter_value: str) -> QueryParameterMatch:
        """The parameter equals ``query_parameter_value``."""
        return QueryParameterMatch(query_parameter_name, {"exact": query_parameter_value})

    def bind(self, scope: Construct) -> QueryParameterMatchConfig:
        """The match's CloudFormation configuration."""
        return QueryParameterMatchConfig(query_parameter_match={"name": self._name, "match": self._match})


@structs.frozen(kw_only=True)
class HttpRoutePathMatchConfig:
    """What ``HttpRoutePathMatch.bind`` returns.

    Args:
        prefix_path_match: the path prefix matched (default none).
        whole_path_match: the whole-path match in CloudFormation's shape (default none).
    """

    prefix_path_match: str | None = None
    whole_path_match: Mapping[str, object] | None = None


class HttpRoutePathMatch:
    """A condition on a route request's URL path (use the factories).

    Args:
        prefix: the path prefix matched.
        whole: the whole-path condition in CloudFormation's shape.
    """

    def __init__(self, prefix: str | None = None, whole: Mapping[str, object] | None = None) -> None:
        self._prefix = prefix
        self._whole = dict(whole) if whole is not None else None

    @staticmethod
    def exactly(path: str) -> HttpRoutePathMatch:
        """The path is ``path`` (which starts with ``/``)."""
        if path and path[0] != "/":
            raise UnscopedValidationError(f"Exact Path for the match must start with '/', got: {path}")
        return HttpRoutePathMatch(whole={"exact": path})

    @staticmethod
    def regex(regex: str) -> HttpRoutePathMatch:
        """The path matches the regular expression ``regex``."""
        return HttpRoutePathMatch(whole={"regex": regex})

    @staticmethod
    def starts_with(prefix: str) -> HttpRoutePathMatch:
        """The path begins with ``prefix`` (which starts with ``/``; ``/`` matches everything)."""
        if prefix and prefix[0] != "/":
            raise UnscopedValidationError(f"Prefix Path for the match must start with '/', got: {prefix}")
        return HttpRoutePathMatch(prefix=prefix)

    def bind(self, scope: Construct) -> HttpRoutePathMatchConfig:
        """The match's CloudFormation configuration."""
        return HttpRoutePathMatchConfig(prefix_path_match=self._prefix, whole_path_match=self._whole)


def check_count(what: str, items: Sequence[object] | None) -> None:
    """Raise unless ``items`` (when given) holds 1 to 10 entries."""
    if items is None:
        return
    count = len(items)
    if count < 1 or count > 10:
        raise UnscopedValidationError(
            f"Number of {what} provided for matching must be between 1 and 10, got: {count}")
