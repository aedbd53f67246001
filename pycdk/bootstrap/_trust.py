"""Warn at synthesis when a stack targets an account whose bootstrap does not trust the deploying account.

The context key ``trusted_accounts`` records how each target account was bootstrapped, as a mapping from the
bootstrapped account to the accounts it trusts (the ``--trust`` values of ``cdk bootstrap``, i.e. the
``TrustedAccounts`` parameter of the CDKToolkit stack)::

    // cdk.json
    {"context": {"trusted_accounts": {"222222222222": ["111111111111"], "333333333333": []}}}

The deploying account is ``CDK_DEFAULT_ACCOUNT`` (set by the CDK CLI from the credentials in use; set it, or
pass ``-c deploy_account=...``, when synthesizing elsewhere). When the key is present, a stack with an explicit
account gets a warning if

- its account is not listed (it was not bootstrapped, or not with ``--trust``), or
- the deploying account is known, differs from the stack's account, and is not in the list, or
- a listed trusted account is not a 12-digit account id.

Each of these ends in CloudFormation's ``Policy contains a statement with one or more invalid principals``
(a trust or resource policy naming a role or account that does not exist) or in an ``AccessDenied`` on
``sts:AssumeRole``, at deploy time; the warning says so while the fix is still cheap.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Any

from constructs import Annotations, Stack, Token

TRUSTED_ACCOUNTS_CONTEXT_KEY = "trusted_accounts"
"""Context key: ``{bootstrapped account: [trusted account, ...]}``."""

DEPLOY_ACCOUNT_CONTEXT_KEY = "deploy_account"
"""Context key: the account deployments run from (default ``$CDK_DEFAULT_ACCOUNT``)."""

WARNING_ID = "@pycdk/bootstrap:untrustedAccount"
"""The id of the warning (acknowledge it with ``Annotations.of(stack).acknowledge_warning``)."""

_ACCOUNT_ID = re.compile(r"^\d{12}$")

_INVALID_PRINCIPAL = (
    "CloudFormation rejects policies that name a principal which does not exist with \"Policy contains a "
    "statement with one or more invalid principals\"; a missing bootstrap role, or an account id that is "
    "not a real account, is such a principal."
)


def trust_problems(
    stack_account: str, trusted_accounts: Mapping[str, Any], deploying_account: str | None
) -> list[str]:
    """The reasons (one sentence each, with the fix) why deploying to ``stack_account`` would fail.

    Args:
        stack_account: the stack's 12-digit account.
        trusted_accounts: the ``trusted_accounts`` context value.
        deploying_account: the account deployments run from, if known.
    """
    problems: list[str] = []
    region_hint = "<region>"
    trusted = trusted_accounts.get(stack_account)
    if trusted is None:
        fix_trust = f" --trust {deploying_account}" if deploying_account and deploying_account != stack_account else ""
        problems.append(
            f"account {stack_account} is not listed in the \"{TRUSTED_ACCOUNTS_CONTEXT_KEY}\" context, so its "
            f"bootstrap roles (cdk-<qualifier>-deploy-role-{stack_account}-{region_hint} and the publishing "
            f"roles) may not exist. {_INVALID_PRINCIPAL} Run 'cdk bootstrap aws://{stack_account}/{region_hint}"
            f"{fix_trust}' and add the account to \"{TRUSTED_ACCOUNTS_CONTEXT_KEY}\""
        )
        return problems
    trusted_list = [str(a) for a in _as_list(trusted)]
    for account in trusted_list:
        if not _ACCOUNT_ID.match(account):
            problems.append(
                f"\"{TRUSTED_ACCOUNTS_CONTEXT_KEY}\" lists \"{account}\" as trusted by {stack_account}, which is "
                f"not a 12-digit account id. Bootstrapping with --trust {account} fails: {_INVALID_PRINCIPAL} "
                "Fix the account id and bootstrap again"
            )
    if deploying_account and deploying_account != stack_account and deploying_account not in trusted_list:
        problems.append(
            f"account {stack_account} was bootstrapped without trusting the deploying account "
            f"{deploying_account} (trusted: {', '.join(trusted_list) or 'none'}). The deploy and publishing "
            f"roles refuse {deploying_account} (AccessDenied on sts:AssumeRole), and pipelines in "
            f"{deploying_account} that grant those roles access fail with: {_INVALID_PRINCIPAL} Run "
            f"'cdk bootstrap aws://{stack_account}/{region_hint} --trust {deploying_account} "
            "--cloudformation-execution-policies <policy ARN>'"
        )
    return problems


def deploying_account_from(context: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> str | None:
    """The deploying account: context ``deploy_account``, else ``$CDK_DEFAULT_ACCOUNT``, else None."""
    environ = os.environ if environ is None else environ
    value = context.get(DEPLOY_ACCOUNT_CONTEXT_KEY) or environ.get("CDK_DEFAULT_ACCOUNT")
    return str(value) if value else None


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, Iterable):
        return list(value)
    return [value]


class BootstrapTrustCheck:
    """An aspect adding the trust warnings to every stack with an explicit account.

    Does nothing unless the ``trusted_accounts`` context key is set. Add it to the app::

        Aspects.of(app).add(BootstrapTrustCheck())
    """

    def visit(self, node: Any) -> None:
        """Check ``node`` if it is a stack (other constructs are ignored)."""
        if not isinstance(node, Stack):
            return
        trusted = node.node.try_get_context(TRUSTED_ACCOUNTS_CONTEXT_KEY)
        if not isinstance(trusted, Mapping):
            return
        account = node.account
        if Token.is_unresolved(account) or not _ACCOUNT_ID.match(str(account)):
            return
        context = {DEPLOY_ACCOUNT_CONTEXT_KEY: node.node.try_get_context(DEPLOY_ACCOUNT_CONTEXT_KEY)}
        for problem in trust_problems(account, trusted, deploying_account_from(context)):
            Annotations.of(node).add_warning_v2(WARNING_ID, f"Deployment will fail: {problem}.")
