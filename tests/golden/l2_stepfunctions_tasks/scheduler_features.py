"""EventBridgeSchedulerCreateScheduleTask: cron, one-time and rate schedules, JSONata variant, disabled, DELETE."""

import datetime

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "SchedulerFeatures")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"))
target = tasks.EventBridgeSchedulerTarget(arn="arn:aws:sqs:us-east-1:123456789012:q", role=role, input='{"a":1}')
schedules = {
    "Cron": tasks.Schedule.cron(minute="0", hour="12", week_day="MON-FRI"),
    "CronDay": tasks.Schedule.cron(day="1", month="*/2", year="2030"),
    "OneTime": tasks.Schedule.one_time(datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)),
    "Days": tasks.Schedule.rate(cdk.Duration.days(2)),
    "Hours": tasks.Schedule.rate(cdk.Duration.hours(3)),
    "Minutes": tasks.Schedule.rate(cdk.Duration.minutes(90)),
}
states = [tasks.EventBridgeSchedulerCreateScheduleTask(stack, name, schedule_name=name.lower(), schedule=schedule,
                                                       target=target) for name, schedule in schedules.items()]
states.append(tasks.EventBridgeSchedulerCreateScheduleTask.jsonata(
    stack, "Jsonata", schedule_name="{% $states.input.name %}", schedule=tasks.Schedule.rate(cdk.Duration.minutes(5)),
    target=target, enabled=False, action_after_completion=tasks.ActionAfterCompletion.DELETE,
    flexible_time_window=cdk.Duration.minutes(10), group_name="my-group"))
chain = sfn.Chain.start(states[0])
for state in states[1:]:
    chain = chain.next(state)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain))
app.synth()
