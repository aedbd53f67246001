"""Texts shared by the renderers: node subtitles, group titles, short edge labels, edge styles."""

from __future__ import annotations

from .model import Edge, Group, Node

EDGE_STYLES: dict[str, tuple[str, str, float]] = {
    "reference": ("#5f6b7a", "", 1.3),
    "grant": ("#c7273d", "6,4", 1.5),
    "event": ("#1f6fb2", "", 2.2),
    "dependency": ("#9aa5b1", "2,3", 1.2),
}
"""Edge kind -> (colour, SVG dash array ("" for solid), stroke width)."""

EDGE_MEANINGS: dict[str, str] = {
    "reference": "uses (Ref / GetAtt / Sub / import)",
    "grant": "may act on (IAM grant)",
    "event": "sends events / messages to",
    "dependency": "DependsOn",
}
"""Edge kind -> its meaning in the legend."""

_GROUP_WORDS = {"stage": "Stage", "stack": "Stack", "nested-stack": "Nested stack", "scope": ""}

_READ_PREFIXES = ("Get", "List", "Describe", "Receive", "Scan", "Query", "BatchGet", "Head", "Select", "Read",
                  "Lookup", "Search", "Filter", "Decrypt", "ConditionCheck", "View", "Download")


def node_subtitle(node: Node) -> str:
    """``Lambda · Function`` (and the count of L1 resources when more than one)."""
    text = node.service if node.service == node.kind else f"{node.service} · {node.kind}"
    if len(node.resources) > 1:
        text += f" · {len(node.resources)} res."
    return text


def group_title(group: Group) -> str:
    """``Stack Orders``, ``Stage Prod``, ``Nested stack Db``, ``Store (LambdaToDynamoDB)``, ``Worker``."""
    word = _GROUP_WORDS.get(group.kind, "")
    title = f"{word} {group.label}" if word else group.label
    return f"{title} ({group.detail})" if group.detail else title


def via_text(via: str) -> str:
    """``export`` / ``nested stack`` / ""."""
    return via.replace("-", " ")


def access_level(actions: list[str]) -> str:
    """``read``, ``write``, ``read/write`` or ``full`` for a list of IAM actions of one service."""
    if any(a == "*" or a.endswith(":*") for a in actions):
        return "full"
    verbs = [a.split(":", 1)[-1] for a in actions]
    reads = [v for v in verbs if v.startswith(_READ_PREFIXES)]
    if len(reads) == len(verbs):
        return "read"
    return "write" if not reads else "read/write"


def short_label(edge: Edge) -> str:
    """The few words drawn on an edge: a grant's services and access levels, an event's wiring, and how a
    reference crosses stacks."""
    parts: list[str] = []
    if edge.kind == "grant":
        if len(edge.labels) == 1:
            parts.append(edge.labels[0])
        else:
            services: dict[str, list[str]] = {}
            for action in edge.labels:
                services.setdefault(action.split(":", 1)[0] if ":" in action else "*", []).append(action)
            parts.append(", ".join(f"{svc} {access_level(acts)}" for svc, acts in services.items()))
    elif edge.kind == "event":
        parts.append(", ".join(label.replace(".amazonaws.com", "") for label in edge.labels))
    if edge.via:
        parts.append(via_text(edge.via))
    return " · ".join(parts)


def long_label(edge: Edge) -> str:
    """Everything an edge carries, for tooltips and tables."""
    text = f"{edge.kind}: {', '.join(edge.labels)}" if edge.labels else edge.kind
    return f"{text} (via {via_text(edge.via)})" if edge.via else text
