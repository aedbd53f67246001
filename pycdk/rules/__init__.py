"""Policy rules at synth: rule packs (``SecurityPack``, ``ServerlessPack``) as policy-validation plugins,
suppressions (``Rules.suppress``, cdk-nag's ``cdk_nag`` metadata), reports (table, JSON, SARIF) and a test helper
(``Rules.assert_no_findings``). See docs/rules.md.

    app = App(policy_validation_beta1=[SecurityPack()])
"""

from ._api import Rules
from ._engine import Finding, RulesResult, StackTemplate, Suppression
from ._pack import PACKS, RulePack, SecurityPack, ServerlessPack, packs_from_names
from ._rule import Level, Resource, Rule, TemplateView

__all__ = [
    "Finding",
    "Level",
    "PACKS",
    "Resource",
    "Rule",
    "RulePack",
    "Rules",
    "RulesResult",
    "SecurityPack",
    "ServerlessPack",
    "StackTemplate",
    "Suppression",
    "TemplateView",
    "packs_from_names",
]
