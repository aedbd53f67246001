"""``OriginGroup``: a primary origin with a fallback origin."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct, ValidationError
from l2.cloudfront import IOrigin, OriginBindConfig, OriginFailoverConfig, OriginSelectionCriteria


class OriginGroup:
    """A primary origin CloudFront fails over from to ``fallback_origin``.

    Args:
        primary_origin: the origin tried first.
        fallback_origin: the origin used when the primary answers one of ``fallback_status_codes``.
        fallback_status_codes: default 500, 502, 503 and 504.
        selection_criteria: how the group selects its origin (default CloudFront's ``default``).
    """

    def __init__(
        self,
        *,
        primary_origin: IOrigin,
        fallback_origin: IOrigin,
        fallback_status_codes: Sequence[int | float] | None = None,
        selection_criteria: OriginSelectionCriteria | None = None,
    ) -> None:
        self._primary = primary_origin
        self._fallback = fallback_origin
        self._codes = fallback_status_codes
        self._criteria = selection_criteria

    def bind(self, scope: Construct, *, origin_id: str, distribution_id: str | None = None) -> OriginBindConfig:
        """Bind the primary origin and name the fallback as its failover."""
        primary = self._primary.bind(scope, origin_id=origin_id, distribution_id=distribution_id)
        if primary.failover_config is not None:
            raise ValidationError(
                "An OriginGroup cannot use an Origin with its own failover configuration as its primary origin!", scope
            )
        return OriginBindConfig(
            origin_property=primary.origin_property,
            failover_config=OriginFailoverConfig(
                failover_origin=self._fallback,
                status_codes=list(self._codes) if self._codes is not None else None,
            ),
            selection_criteria=self._criteria,
        )
