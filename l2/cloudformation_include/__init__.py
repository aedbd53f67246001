"""Include existing CloudFormation templates (aws-cdk-lib: ``aws_cdk.cloudformation_include``).

``CfnInclude`` loads a JSON or YAML template, turns each of its elements into an L1 object that the app can read
and change, and synthesizes the template back; ``IncludedNestedStack`` is what ``get_nested_stack`` returns.
"""

from constructs.internals import check_public_classes
from l2.cloudformation_include._include import CfnInclude, CfnIncludeProps, IncludedNestedStack

__all__ = ["CfnInclude", "CfnIncludeProps", "IncludedNestedStack"]

check_public_classes(globals())
