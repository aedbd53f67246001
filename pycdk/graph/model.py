"""The architecture graph: construct nodes with their L1 resources, groups (stage / stack / scope), and edges."""

from __future__ import annotations

from dataclasses import dataclass, field

EDGE_KINDS: tuple[str, ...] = ("reference", "grant", "event", "dependency")
"""Edge kinds, in legend order: ``reference`` (Ref / GetAtt / Sub / ImportValue: the source uses the target),
``grant`` (an IAM statement lets the source principal act on the target), ``event`` (events or messages flow
from the source to the target), ``dependency`` (DependsOn; only in the resource view)."""


@dataclass(frozen=True)
class Resource:
    """An L1 resource: its stack's construct path, logical id, CloudFormation type and construct path."""

    stack: str
    logical_id: str
    type: str
    path: str | None


@dataclass
class Node:
    """A construct drawn as one box (an L2/L3 construct, or a lone L1) and the L1 resources folded into it.

    Attributes:
        id: the construct path (unique in the app).
        label: the construct id.
        kind: the construct's class (``Function``) or, for a lone L1, the type's last part.
        service: the short service label (``Lambda``).
        category: the service category key (see ``services.CATEGORIES``).
        group: the id of the innermost group it sits in ("" for none).
        resources: the L1 resources it stands for.
    """

    id: str
    label: str
    kind: str
    service: str
    category: str
    group: str
    resources: list[Resource] = field(default_factory=list)


@dataclass
class Group:
    """A stage, a stack, a nested stack or a construct scope holding nodes.

    Attributes:
        id: the construct path.
        label: the construct id.
        kind: ``stage``, ``stack``, ``nested-stack`` or ``scope``.
        parent: the id of the enclosing group ("" at the top).
        detail: the construct's class for a scope that is a library construct (``LambdaToDynamoDB``), else "".
    """

    id: str
    label: str
    kind: str
    parent: str
    detail: str = ""


@dataclass
class Edge:
    """``source`` relates to ``target`` (node ids) through ``kind`` (one of ``EDGE_KINDS``).

    Attributes:
        labels: what the edge carries: IAM actions of a grant, the wiring of an event (``subscription``),
            the reference forms of a reference.
        via: ``export`` for a cross-stack reference through an export, ``nested-stack`` for one through a
            nested stack's parameters or outputs, else "".
    """

    source: str
    target: str
    kind: str
    labels: tuple[str, ...] = ()
    via: str = ""


@dataclass
class AppGraph:
    """The graph of an app (or of the selected stacks).

    Attributes:
        title: what the picture is called.
        groups: the groups by id, outermost first.
        nodes: the nodes, in construct-tree order.
        edges: the edges, in a deterministic order.
        resource_view: True when each node is one L1 resource (``pycdk graph --resources``).
    """

    title: str
    groups: dict[str, Group] = field(default_factory=dict)
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    resource_view: bool = False

    def node(self, node_id: str) -> Node:
        """The node with id ``node_id``.

        Raises:
            KeyError: when there is none.
        """
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(node_id)

    def group_chain(self, group_id: str) -> list[Group]:
        """The groups from the outermost down to ``group_id``."""
        chain: list[Group] = []
        while group_id:
            group = self.groups[group_id]
            chain.append(group)
            group_id = group.parent
        return chain[::-1]
