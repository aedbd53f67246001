"""The bootstrap (CDKToolkit) stack modelled in pycdk, and the synth-time check of bootstrap trust.

``BootstrapStack`` renders the template ``cdk bootstrap`` deploys (version 33); ``bootstrap_template()``
returns it as a dict. ``BootstrapTrustCheck`` warns about stacks whose account's bootstrap does not trust
the deploying account (context key ``trusted_accounts``; see :mod:`pycdk.bootstrap._trust`).
"""

from ._stack import BOOTSTRAP_DESCRIPTION, BOOTSTRAP_STACK_NAME, BOOTSTRAP_VERSION, BootstrapStack
from ._template import bootstrap_template
from ._trust import (
    DEPLOY_ACCOUNT_CONTEXT_KEY,
    TRUSTED_ACCOUNTS_CONTEXT_KEY,
    WARNING_ID,
    BootstrapTrustCheck,
    deploying_account_from,
    trust_problems,
)

__all__ = [
    "BOOTSTRAP_DESCRIPTION",
    "BOOTSTRAP_STACK_NAME",
    "BOOTSTRAP_VERSION",
    "DEPLOY_ACCOUNT_CONTEXT_KEY",
    "TRUSTED_ACCOUNTS_CONTEXT_KEY",
    "WARNING_ID",
    "BootstrapStack",
    "BootstrapTrustCheck",
    "bootstrap_template",
    "deploying_account_from",
    "trust_problems",
]
