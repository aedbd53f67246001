"""Test configuration for assertions/.

The ``template_snapshot`` fixture normally comes from the ``pytest11`` entry point ``pycdk``; importing it
here keeps these tests independent of whether the package was reinstalled since the entry point was added.
"""

from assertions.pytest_plugin import template_snapshot  # noqa: F401
