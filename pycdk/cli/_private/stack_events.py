"""Following a stack operation: its events printed as they arrive, until the stack reaches a final status."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .aws_environment import client_error_types, error_code, error_text
from .console import info

_POLL_SECONDS = 0.5


def is_final(status: str) -> bool:
    """True for a status CloudFormation leaves the stack in (``*_COMPLETE``, ``*_FAILED``)."""
    return not status.endswith("_IN_PROGRESS")


def is_failure(status: str) -> bool:
    """True for a final status that means the operation did not succeed (rolled back or failed)."""
    return status.endswith("_FAILED") or "ROLLBACK" in status


@dataclass
class StackMonitor:
    """Prints the new events of one stack (``Stack | done/total | time | STATUS | Type | LogicalId reason``).

    ``total`` is the number of resources the operation touches (0: no progress counter).
    """

    cfn: Any
    stack_id: str
    display: str
    since: datetime
    total: int = 0
    seen: set[str] = field(default_factory=set)
    failures: list[str] = field(default_factory=list)
    done: set[str] = field(default_factory=set)

    def poll(self) -> None:
        """Print the events that appeared since the last poll (oldest first)."""
        fresh: list[dict[str, Any]] = []
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"StackName": self.stack_id}
            if token:
                kwargs["NextToken"] = token
            try:
                page = self.cfn.describe_stack_events(**kwargs)
            except client_error_types():
                return
            done = False
            for event in page.get("StackEvents", []):
                if event["EventId"] in self.seen or event["Timestamp"] < self.since:
                    done = True
                    break
                fresh.append(event)
            token = page.get("NextToken")
            if done or not token:
                break
        for event in reversed(fresh):
            self.seen.add(event["EventId"])
            self._print(event)

    def _print(self, event: dict[str, Any]) -> None:
        status = str(event.get("ResourceStatus", ""))
        reason = str(event.get("ResourceStatusReason") or "")
        when = event["Timestamp"].strftime("%H:%M:%S")
        colour = "red" if status.endswith("_FAILED") else "yellow" if "ROLLBACK" in status else None
        logical_id = str(event.get("LogicalResourceId", ""))
        if status.endswith("_COMPLETE") and event.get("ResourceType") != "AWS::CloudFormation::Stack":
            self.done.add(logical_id)
        progress = f" {len(self.done)}/{self.total} |" if self.total else ""
        line = (f"{self.display} |{progress} {when} | {status:<18} | {event.get('ResourceType', '')} | "
                f"{logical_id}")
        info(f"{line} {reason}".rstrip() if status.endswith("_FAILED") else line, colour)
        if status.endswith("_FAILED") and reason and "cancelled" not in reason.lower():
            self.failures.append(f"{event.get('LogicalResourceId')} ({event.get('ResourceType')}): {reason}")


def wait_for_stack(cfn: Any, stack_id: str, monitor: StackMonitor, timeout: float = 3600.0) -> dict[str, Any] | None:
    """Follow the stack until its status is final; the stack description (``None`` once it is deleted)."""
    deadline = time.monotonic() + timeout
    while True:
        monitor.poll()
        try:
            stacks = cfn.describe_stacks(StackName=stack_id)["Stacks"]
        except client_error_types() as e:
            if error_code(e) == "ValidationError" and "does not exist" in error_text(e):
                return None
            raise
        stack = stacks[0] if stacks else None
        if stack is None or stack["StackStatus"] == "DELETE_COMPLETE":
            monitor.poll()
            return None
        if is_final(stack["StackStatus"]):
            monitor.poll()
            return dict(stack)
        if time.monotonic() > deadline:
            return dict(stack)
        time.sleep(_POLL_SECONDS)
