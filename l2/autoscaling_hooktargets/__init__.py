"""Targets of Auto Scaling lifecycle hooks (aws-cdk-lib: ``aws_cdk.aws_autoscaling_hooktargets``): ``TopicHook``,
``QueueHook`` and ``FunctionHook``."""

from constructs.internals import check_public_classes
from l2.autoscaling_hooktargets._hooks import FunctionHook, QueueHook, TopicHook

__all__ = [
    "FunctionHook",
    "QueueHook",
    "TopicHook",
]

check_public_classes(globals())
