"""``ViaServicePrincipal``: a principal restricted to requests made through one AWS service."""

from __future__ import annotations

from l2.iam import AnyPrincipal, IPrincipal, PrincipalBase, PrincipalPolicyFragment


class ViaServicePrincipal(PrincipalBase):
    """``base_principal`` (default: anyone) with the condition ``StringEquals kms:ViaService = service_name``.

    Args:
        service_name: the service, e.g. ``secretsmanager.us-east-1.amazonaws.com``.
        base_principal: the principal to restrict (default ``AnyPrincipal()``).
    """

    def __init__(self, service_name: str, base_principal: IPrincipal | None = None) -> None:
        self.service_name = service_name
        self.base_principal: IPrincipal = base_principal or AnyPrincipal()

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        base = self.base_principal.policy_fragment
        conditions = dict(base.conditions)
        existing = conditions.get("StringEquals")
        conditions["StringEquals"] = {"kms:ViaService": self.service_name, **existing} if existing else {
            "kms:ViaService": self.service_name
        }
        return PrincipalPolicyFragment(base.principal_json, conditions)

    def dedupe_string(self) -> str | None:
        dedupe = getattr(self.base_principal, "dedupe_string", None)
        base = dedupe() if dedupe is not None else None
        return f"ViaServicePrincipal:{self.service_name}:{base}" if base is not None else None
