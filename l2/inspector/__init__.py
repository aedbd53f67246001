"""Amazon Inspector (classic) constructs (aws-cdk-lib: ``aws_cdk.aws_inspector``): ``AssessmentTemplate``, the L1
classes."""

from constructs.internals import check_public_classes
from l1.inspector import *  # noqa: F403
from l1.inspector import __all__ as _l1_all
from l2.inspector._assessment_template import (
    AssessmentTemplate,
    AssessmentTemplateProps,
    IAssessmentTemplate,
)

__all__ = [
    *_l1_all,
    "AssessmentTemplate",
    "AssessmentTemplateProps",
    "IAssessmentTemplate",
]

check_public_classes(globals())
