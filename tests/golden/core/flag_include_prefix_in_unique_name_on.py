"""@aws-cdk/core:includePrefixInUniqueNameGeneration set to True: a generated stack name in a stage (with it, the
stage prefix is inside the 128-character limit of the unique name; without it, it is put in front)."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs
from constructs import Construct

app = cdk.App(context={"@aws-cdk/core:includePrefixInUniqueNameGeneration": True})
stage = cdk.Stage(app, "ProductionStageWithAQuiteLongName")
group = Construct(stage, "AGroupOfStacksWhoseIdIsLongEnoughToMatter" * 2)
deep = cdk.Stack(group, "TheStackItselfWithAnotherLongIdentifierToPassTheLimit")
short = cdk.Stack(stage, "Short")
producer = sqs.Queue(deep, "Queue")
sqs.Queue(short, "WithDlq", dead_letter_queue=sqs.DeadLetterQueue(queue=producer, max_receive_count=1))
app.synth()
