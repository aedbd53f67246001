"""``sam_transform``: run the AWS SAM translator (``aws-sam-translator``) offline on a synthesized template.

The translator needs the ARNs of AWS managed policies (for names such as ``AWSLambdaExecute`` in ``Policies``);
offline, they come from the translator's own bundled map (``samtranslator/internal/data``) instead of IAM. The
region and partition come from ``AWS_DEFAULT_REGION`` (set to ``us-east-1`` here when unset).
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


def sam_transform(template: dict[str, Any]) -> dict[str, Any]:
    """The CloudFormation template the SAM transform makes of ``template`` (raises the translator's errors)."""
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    from samtranslator.parser.parser import Parser
    from samtranslator.translator.translator import Translator

    policies = _managed_policy_map()
    translator = Translator(policies, Parser())
    return translator.translate(copy.deepcopy(template), parameter_values={}, get_managed_policy_map=lambda: policies)
