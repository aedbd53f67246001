"""AWS Chatbot constructs (aws-cdk-lib: ``aws_cdk.aws_chatbot``): ``SlackChannelConfiguration`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.chatbot import *  # noqa: F403
from l1.chatbot import __all__ as _l1_all
from l2.chatbot._interfaces import ISlackChannelConfiguration
from l2.chatbot._slack_channel_configuration import (
    LoggingLevel,
    SlackChannelConfiguration,
    SlackChannelConfigurationProps,
)

__all__ = [
    *_l1_all,
    "ISlackChannelConfiguration",
    "LoggingLevel",
    "SlackChannelConfiguration",
    "SlackChannelConfigurationProps",
]

check_public_classes(globals())
