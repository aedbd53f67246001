"""Assertions on synthesized CloudFormation, as ``aws_cdk.assertions``: fine-grained and snapshot tests.

Fine-grained::

    from assertions import Match, Template

    template = Template.from_stack(stack)
    template.has_resource_properties("AWS::SQS::Queue", {"VisibilityTimeout": 300})

Snapshots (syrupy): see :mod:`assertions.snapshot` and the ``template_snapshot`` fixture of
:mod:`assertions.pytest_plugin`.
"""

from pycdk import _constructs_guard

if _constructs_guard.constructs_problem():  # PyPI's jsii `constructs` where pycdk's core should be
    _constructs_guard.check_constructs()  # an ImportError saying what happened and how to fix it

from ._annotations import Annotations
from ._capture import Capture
from ._errors import AssertionFailure, MatcherUsageError
from ._match import Match
from ._matcher import MatchCapture, Matcher, MatchFailure, MatchResult
from ._tags import Tags
from ._template import Template, TemplateParsingOptions

__all__ = [
    "Annotations",
    "AssertionFailure",
    "Capture",
    "Match",
    "MatchCapture",
    "MatchFailure",
    "MatchResult",
    "Matcher",
    "MatcherUsageError",
    "Tags",
    "Template",
    "TemplateParsingOptions",
]
