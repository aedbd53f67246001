"""Port of aws-cdk's aws-codebuild integ.report-group-delete-reports.ts."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-report-group-delete-reports")
report_group = codebuild.ReportGroup(
    stack,
    "TestReportGroupDeleteReports",
    type=codebuild.ReportGroupType.TEST,
    delete_reports=True,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
project = codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object(
        {
            "version": "0.2",
            "phases": {"build": {"commands": ['echo "Nothing to do!"']}},
            "reports": {
                report_group.report_group_arn: {
                    "base-directory": "test-reports",
                    "file-format": "JUNITXML",
                    "files": ["**/*"],
                }
            },
        }
    ),
    grant_report_group_permissions=False,
)
report_group.grant_write(project)
app.synth()
