"""AWS SAM (aws-cdk-lib: ``aws_cdk.aws_sam``): the L1 classes of ``AWS::Serverless::*``, plus typed helpers.

Beyond aws-cdk-lib, pycdk adds typed values for ``CfnFunction`` (see ``docs/sam.md``):

- one class per SAM policy template (``DynamoDBCrudPolicy(table_name=...)``, ``S3ReadPolicy(bucket_name=...)``,
  ... ``POLICY_TEMPLATES`` lists them), usable in ``CfnFunction(policies=[...])``;
- traffic shifting: ``DeploymentPreference`` (``DeploymentType``, ``DeploymentHooks``, ``TriggerConfiguration``)
  for ``CfnFunction(deployment_preference=...)``, and ``TrafficShifting`` that also sets ``AutoPublishAlias``.

Each renders as SAM's shape when the template is synthesized (they are resolvables); add the
``AWS::Serverless-2016-10-31`` transform to the stack (``stack.add_transform``) as for any SAM resource.
"""

from constructs.internals import check_public_classes
from l1.sam import *  # noqa: F403
from l1.sam import __all__ as _l1_all
from l2.sam._deployment_preference import (
    DeploymentHooks,
    DeploymentPreference,
    DeploymentType,
    TrafficShifting,
    TriggerConfiguration,
)
from l2.sam._policy_template import SamPolicyTemplate
from l2.sam._policy_templates import *  # noqa: F403
from l2.sam._policy_templates import __all__ as _templates_all

__all__ = [
    *_l1_all,
    *_templates_all,
    "DeploymentHooks",
    "DeploymentPreference",
    "DeploymentType",
    "SamPolicyTemplate",
    "TrafficShifting",
    "TriggerConfiguration",
]

check_public_classes(globals())
