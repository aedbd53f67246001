"""``AssessmentTemplate``: an Amazon Inspector (classic) assessment template made from its L1."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from constructs import Construct, Resource
from constructs.internals import structs
from l1.inspector import CfnAssessmentTemplate


class _AssessmentTemplateReference:
    """What identifies an assessment template (aws-cdk-lib's ``interfaces.aws_inspector._AssessmentTemplateReference``).

    Args:
        assessment_template_arn: the template's ARN.
    """

    def __init__(self, *, assessment_template_arn: str) -> None:
        self.assessment_template_arn = assessment_template_arn


@runtime_checkable
class IAssessmentTemplate(Protocol):
    """An assessment template (aws-cdk-lib's ``aws_inspector.IAssessmentTemplate``)."""

    @property
    def assessment_template_arn(self) -> str:
        """The template's ARN."""
        ...

    @property
    def assessment_template_ref(self) -> _AssessmentTemplateReference:
        """The template's reference (its ARN)."""
        ...


@structs.frozen(kw_only=True)
class AssessmentTemplateProps:
    """The properties of an assessment template (none in aws-cdk-lib 2.275: templates come from their L1)."""


class _ImportedAssessmentTemplate(Resource):
    def __init__(self, scope: Construct, id: str, template: CfnAssessmentTemplate) -> None:
        super().__init__(scope, id)
        self.assessment_template_arn: str = template.attr_arn

    @property
    def assessment_template_ref(self) -> _AssessmentTemplateReference:
        return _AssessmentTemplateReference(assessment_template_arn=self.assessment_template_arn)


class AssessmentTemplate(Resource):
    """An Amazon Inspector (classic) assessment template; 2.275 makes one only from its L1.

    Args:
        scope: the parent construct.
        id: the construct id.
        account: the account the resource lives in (default the stack's).
        environment_from_arn: an ARN to read the account and region from.
        physical_name: the physical name.
        region: the region the resource lives in (default the stack's).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-inspector.AssessmentTemplate"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(scope, id, account=account, environment_from_arn=environment_from_arn,
                         physical_name=physical_name, region=region)

    @staticmethod
    def from_cfn_assessment_template(scope: Construct, id: str, template: CfnAssessmentTemplate) -> IAssessmentTemplate:
        """An ``IAssessmentTemplate`` for an L1 template: its ARN is the template's ``Arn`` attribute."""
        return _ImportedAssessmentTemplate(scope, id, template)
