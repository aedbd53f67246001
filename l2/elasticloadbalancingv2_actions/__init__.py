"""Elastic Load Balancing v2 listener actions (aws-cdk-lib: ``aws_cdk.aws_elasticloadbalancingv2_actions``):
``AuthenticateCognitoAction``."""

from constructs.internals import check_public_classes
from l2.elasticloadbalancingv2_actions._cognito_action import (
    AuthenticateCognitoAction,
    AuthenticateCognitoActionProps,
)

__all__ = [
    "AuthenticateCognitoAction",
    "AuthenticateCognitoActionProps",
]

check_public_classes(globals())
