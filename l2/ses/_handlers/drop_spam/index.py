"""The Lambda handler of ``ses.DropSpamReceiptRule`` (pycdk's own code).

SES calls it synchronously (``RequestResponse``) for every received message: when SPF, DKIM, the spam scan or
the virus scan failed, it stops the rule set (the message is dropped); otherwise the next rules run.
"""

from __future__ import annotations

from typing import Any

_CHECKS = ("spfVerdict", "dkimVerdict", "spamVerdict", "virusVerdict")


def handler(event: dict[str, Any], context: Any) -> dict[str, str] | None:
    """Return ``STOP_RULE_SET`` for a message that failed any check, else ``None``."""
    receipt = event["Records"][0]["ses"]["receipt"]
    print("Spam filter: verdicts", {check: receipt.get(check, {}).get("status") for check in _CHECKS})
    if any(receipt.get(check, {}).get("status") == "FAIL" for check in _CHECKS):
        print("Dropping spam")
        return {"disposition": "STOP_RULE_SET"}
    return None
