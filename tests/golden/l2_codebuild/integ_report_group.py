"""Port of aws-cdk's aws-codebuild integ.report-group.ts: test and coverage report groups a project writes to."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-report-group")
coverage = codebuild.ReportGroup(stack, "CoverageReportGroup", type=codebuild.ReportGroupType.CODE_COVERAGE)
tests = codebuild.ReportGroup(stack, "TestReportGroup", type=codebuild.ReportGroupType.TEST)
project = codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object(
        {
            "version": "0.2",
            "phases": {"build": {"commands": ['echo "Nothing to do!"']}},
            "reports": {
                tests.report_group_arn: {
                    "base-directory": "test-reports",
                    "file-format": "JUNITXML",
                    "files": ["**/*"],
                },
                coverage.report_group_arn: {
                    "base-directory": "coverage",
                    "file-format": "CLOVERXML",
                    "files": ["clover.xml"],
                },
            },
        }
    ),
    grant_report_group_permissions=False,
)
coverage.grant_write(project)
tests.grant_write(project)
app.synth()
