"""Multi-region strong consistency (MRSC) of a ``TableV2``: the region sets and the replica-count rules."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Token, ValidationError
from l2.dynamodb._table_v2_props import ReplicaTableProps

_MRSC_REGION_SETS: dict[str, tuple[str, ...]] = {
    "US": ("us-east-1", "us-east-2", "us-west-2"),
    "EU": ("eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1"),
    "AP": ("ap-northeast-1", "ap-northeast-2", "ap-northeast-3"),
}


class StrongConsistencyChecks:
    """``TableV2``'s checks of an MRSC (``MultiRegionConsistency.STRONG``) configuration (a mixin)."""

    def _validate_mrsc(self, replicas: Sequence[ReplicaTableProps], witness_region: str | None) -> None:
        primary = self.stack.region
        replica_regions = [r.region for r in replicas]
        if Token.is_unresolved(primary):
            raise ValidationError(
                "MRSC global tables with STRONG consistency are not supported in a region agnostic stack", self
            )
        regions = [primary, *replica_regions, *([witness_region] if witness_region else [])]
        if any(Token.is_unresolved(r) for r in regions):
            raise ValidationError("MRSC global tables with STRONG consistency do not support token-based regions", self)
        found = next(((name, rs) for name, rs in _MRSC_REGION_SETS.items() if primary in rs), None)
        if found is None:
            supported = ", ".join(r for rs in _MRSC_REGION_SETS.values() for r in rs)
            raise ValidationError(
                f"Primary region '{primary}' is not supported for MRSC global tables with STRONG consistency. "
                f"Supported regions: {supported}",
                self,
            )
        set_name, region_set = found
        for region in regions:
            if region not in region_set:
                raise ValidationError(
                    f"Region '{region}' is not in the same region set ({set_name}) as the primary region "
                    f"'{primary}'. All regions must be within the same region set for MRSC global tables with "
                    f"STRONG consistency. Supported {set_name} regions: {', '.join(region_set)}",
                    self,
                )
        total = len(replica_regions) + 1
        if witness_region and total != 2:
            raise ValidationError(
                "MRSC global table with witness region must have exactly 2 replicas (including primary), but found "
                f"{total}. Current configuration: primary region '{primary}', replica regions "
                f"[{', '.join(replica_regions)}], witness region '{witness_region}'",
                self,
            )
        if not witness_region and total != 3:
            raise ValidationError(
                "MRSC global table without witness region must have exactly 3 replicas (including primary), but "
                f"found {total}. Current configuration: primary region '{primary}', replica regions "
                f"[{', '.join(replica_regions)}]",
                self,
            )
