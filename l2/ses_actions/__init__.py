"""Amazon SES receipt rule actions (aws-cdk-lib: ``aws_cdk.aws_ses_actions``)."""

from constructs.internals import check_public_classes
from l2.ses_actions._actions import (
    S3,
    AddHeader,
    AddHeaderProps,
    Bounce,
    BounceProps,
    BounceTemplate,
    BounceTemplateProps,
    EmailEncoding,
    Lambda,
    LambdaInvocationType,
    LambdaProps,
    S3Props,
    Sns,
    SnsProps,
    Stop,
    StopProps,
    WorkMail,
    WorkMailProps,
)

__all__ = [
    "S3",
    "AddHeader",
    "AddHeaderProps",
    "Bounce",
    "BounceProps",
    "BounceTemplate",
    "BounceTemplateProps",
    "EmailEncoding",
    "Lambda",
    "LambdaInvocationType",
    "LambdaProps",
    "S3Props",
    "Sns",
    "SnsProps",
    "Stop",
    "StopProps",
    "WorkMail",
    "WorkMailProps",
]

check_public_classes(globals())
