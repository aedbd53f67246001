"""``sam_transform``: run the AWS SAM translator (``aws-sam-translator``) offline on a synthesized template.

The translator needs the ARNs of AWS managed policies (for names such as ``AWSLambdaExecute`` in ``Policies``);
offline, they come from the translator's own bundled map (``samtranslator/internal/data``) instead of IAM. The
region and partition come from ``AWS_DEFAULT_REGION`` (set to ``us-east-1`` here when unset). An
``AWS::Serverless::Application`` from the Serverless Application Repository (``Location`` with an
``ApplicationId``) makes the translator ask SAR for the application's template URL; with ``sar_offline=True`` that
location is replaced by an S3 URL first (the only part of the transform this skips).
"""

from __future__ import annotations

import copy
import json
import os
from functools import cache
from pathlib import Path
from typing import Any


@cache
def _managed_policy_map() -> dict[str, str]:
    import samtranslator.internal.data as data

    path = Path(next(iter(data.__path__))) / "aws_managed_policies.json"
    return dict(json.loads(path.read_text()))


SAR_PLACEHOLDER_URL = "https://s3.amazonaws.com/sar-offline/template.yaml"


def sam_transform(template: dict[str, Any], *, sar_offline: bool = False) -> dict[str, Any]:
    """The CloudFormation template the SAM transform makes of ``template`` (raises the translator's errors)."""
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    template = copy.deepcopy(template)
    if sar_offline:
        for resource in template.get("Resources", {}).values():
            location = resource.get("Properties", {}).get("Location")
            if resource.get("Type") == "AWS::Serverless::Application" and isinstance(location, dict):
                if "ApplicationId" in location:
                    resource["Properties"]["Location"] = SAR_PLACEHOLDER_URL
    from samtranslator.parser.parser import Parser
    from samtranslator.translator.translator import Translator

    policies = _managed_policy_map()
    translator = Translator(policies, Parser())
    return translator.translate(template, parameter_values={}, get_managed_policy_map=lambda: policies)
