"""pytest plugin of pycdk: the ``template_snapshot`` fixture (registered through the ``pytest11`` entry point).

``template_snapshot`` is syrupy's ``snapshot`` fixture using :class:`~assertions.snapshot.TemplateSnapshotExtension`;
compare it with a stack, a ``Template`` or a template dict::

    def test_queue_stack(template_snapshot):
        app = App()
        stack = QueueStack(app, "Queues")
        assert template_snapshot == stack

Several snapshots in one test are numbered (``test_queue_stack.yaml``, ``test_queue_stack.1.yaml``) or
named: ``assert template_snapshot(name="prod") == prod_stack``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from syrupy.assertion import SnapshotAssertion


@pytest.fixture
def template_snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """A syrupy snapshot that stores templates as normalized YAML files."""
    # Imported here so that the plugin loads (and pytest starts) even where syrupy is not installed.
    from .snapshot import TemplateSnapshotExtension

    return snapshot.use_extension(TemplateSnapshotExtension)
