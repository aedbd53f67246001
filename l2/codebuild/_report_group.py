"""``ReportGroup``: where builds put test and code-coverage reports."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Construct, Fn, RemovalPolicy, Resource, Stack, ValidationError
from constructs.internals import structs
from l1.codebuild import CfnReportGroup

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.s3 import IBucket


class ReportGroupType(enum.Enum):
    """What a report group holds."""

    TEST = "TEST"
    CODE_COVERAGE = "CODE_COVERAGE"


@structs.frozen(kw_only=True)
class ReportGroupProps:
    """The properties of a ``ReportGroup`` (see ``ReportGroup`` for each keyword)."""

    delete_reports: bool | None = None
    export_bucket: IBucket | None = None
    removal_policy: RemovalPolicy | None = None
    report_group_name: str | None = None
    type: ReportGroupType | None = None
    zip_export: bool | None = None


@runtime_checkable
class IReportGroup(Protocol):
    """A report group (aws-cdk-lib's ``IReportGroup``)."""

    @property
    def report_group_arn(self) -> str:
        """The report group's ARN."""
        ...

    @property
    def report_group_name(self) -> str:
        """The report group's name."""
        ...

    def grant_write(self, identity: IGrantable) -> Grant:
        """Let ``identity`` upload reports."""
        ...


class _ReportGroupReference:
    def __init__(self, *, report_group_arn: str) -> None:
        self.report_group_arn = report_group_arn


class _ReportGroupBase(Resource):
    report_group_arn: str
    report_group_name: str
    _export_bucket: IBucket | None = None
    _type: ReportGroupType | None = None

    @property
    def report_group_ref(self) -> _ReportGroupReference:
        """The report group's ARN (aws-cdk-lib's ``ReportGroupReference``)."""
        return _ReportGroupReference(report_group_arn=self.report_group_arn)

    def grant_write(self, identity: IGrantable) -> Grant:
        """Let ``identity`` create and update reports (and write to the export bucket).

        Args:
            identity: the grantee.
        """
        from l2 import iam

        type_action = (
            "codebuild:BatchPutCodeCoverages" if self._type is ReportGroupType.CODE_COVERAGE
            else "codebuild:BatchPutTestCases"
        )
        grant = iam.Grant.add_to_principal(
            grantee=identity,
            actions=["codebuild:CreateReport", "codebuild:UpdateReport", type_action],
            resource_arns=[self.report_group_arn],
        )
        if self._export_bucket is not None:
            self._export_bucket.grant_write(identity)
        return grant


def _report_group_arn(scope: Construct, name: str) -> str:
    return Stack.of(scope).format_arn(service="codebuild", resource="report-group", resource_name=name)


class _ImportedReportGroup(_ReportGroupBase):
    def __init__(self, scope: Construct, id: str, name: str) -> None:
        super().__init__(scope, id)
        self.report_group_name = name
        self.report_group_arn = _report_group_arn(scope, name)


class ReportGroup(_ReportGroupBase):
    """A CodeBuild report group.

    Args:
        scope: the parent construct.
        id: the construct id.
        delete_reports: delete the reports with the group (needs ``RemovalPolicy.DESTROY``).
        export_bucket: export the reports to this bucket.
        removal_policy: default ``RETAIN`` (a group with reports cannot be deleted).
        report_group_name: a physical name.
        type: ``TEST`` (default) or ``CODE_COVERAGE``.
        zip_export: zip the exported reports.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codebuild.ReportGroup"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        delete_reports: bool | None = None,
        export_bucket: IBucket | None = None,
        removal_policy: RemovalPolicy | None = None,
        report_group_name: str | None = None,
        type: ReportGroupType | None = None,
        zip_export: bool | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=report_group_name)
        self._type = type or ReportGroupType.TEST
        destination = None
        if export_bucket is not None:
            key = export_bucket.encryption_key
            destination = {
                "bucket": export_bucket.bucket_name,
                "encryptionDisabled": False if key is not None else None,
                "encryptionKey": key.key_arn if key is not None else None,
                "packaging": "ZIP" if zip_export else None,
            }
        resource = CfnReportGroup(
            self,
            "Resource",
            type=self._type.value,
            export_config={"exportConfigType": "S3" if export_bucket is not None else "NO_EXPORT",
                           "s3Destination": destination},
            name=report_group_name,
            delete_reports=delete_reports,
        )
        resource.apply_removal_policy(removal_policy, default=RemovalPolicy.RETAIN)
        self.report_group_arn = self.get_resource_arn_attribute(
            resource.attr_arn,
            {"service": "codebuild", "resource": "report-group", "resource_name": self.physical_name},
        )
        self.report_group_name = self.get_resource_name_attribute(Fn.select(1, Fn.split("/", resource.ref)))
        self._export_bucket = export_bucket
        if delete_reports and removal_policy is not RemovalPolicy.DESTROY:
            raise ValidationError(
                "Cannot use 'deleteReports' property on a report group without setting removal policy to 'DESTROY'.",
                self,
            )

    @staticmethod
    def from_report_group_name(scope: Construct, id: str, report_group_name: str) -> IReportGroup:
        """An existing report group of this stack's account and region, by name.

        Args:
            scope: the parent construct.
            id: the construct id.
            report_group_name: the report group's name.
        """
        return _ImportedReportGroup(scope, id, report_group_name)
