"""Project metrics in alarms: builds, duration, succeeded and failed builds, a custom metric; of an import too."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "CodeBuildMetrics")
project = codebuild.Project(stack, "Project", build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}))
imported = codebuild.Project.from_project_name(stack, "Imported", "existing")
metrics = {
    "Builds": project.metric_builds(),
    "Duration": project.metric_duration(period=cdk.Duration.minutes(1)),
    "Succeeded": project.metric_succeeded_builds(label="ok"),
    "Failed": project.metric_failed_builds(statistic="Maximum"),
    "Custom": project.metric("DownloadSourceDuration", unit=cloudwatch.Unit.SECONDS),
    "ImportedFailed": imported.metric_failed_builds(),
}
for name, metric in metrics.items():
    metric.create_alarm(stack, f"{name}Alarm", threshold=1, evaluation_periods=1)
app.synth()
