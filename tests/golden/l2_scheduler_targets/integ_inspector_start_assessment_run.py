"""Port of aws-cdk's integ.inspector-start-assessment-run.ts: a schedule starting an Inspector assessment run of
a template imported from its L1 (IntegTest and its assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_scheduler as scheduler
from aws_cdk.aws_inspector import AssessmentTemplate, CfnAssessmentTarget, CfnAssessmentTemplate
from aws_cdk.aws_scheduler_targets import InspectorStartAssessmentRun

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-scheduler-targets-inspector-start-assessment-run")

assessment_target = CfnAssessmentTarget(stack, "MyAssessmentTarget")
cfn_assessment_template = CfnAssessmentTemplate(
    stack, "MyAssessmentTemplate", assessment_target_arn=assessment_target.attr_arn, duration_in_seconds=3600,
    rules_package_arns=["arn:aws:inspector:us-east-1:316112463485:rulespackage/0-gEjTy7T7"],
)
assessment_template = AssessmentTemplate.from_cfn_assessment_template(
    stack, "AssessmentTemplate", cfn_assessment_template)

scheduler.Schedule(
    stack, "Schedule", schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(10)),
    target=InspectorStartAssessmentRun(assessment_template),
)

app.synth()
