"""``CfnJson``: a JSON value whose keys may be tokens, resolved by a custom resource at deployment."""

from __future__ import annotations

from typing import Any

from ._cfn_resource import CfnResource
from ._construct import Construct
from ._token import Token


class CfnJson(Construct):
    """A JSON object with token keys; ``value`` is a token that resolves to ``Fn::GetAtt [..., Value]``.

    Args:
        value: the JSON object (keys may contain tokens).
    """

    def __init__(self, scope: Construct, id: str, *, value: Any) -> None:
        super().__init__(scope, id)
        from ._private.json_tokens import JsonToken

        self._json = JsonToken(value).to_string()
        provider = _provider(scope)
        self._resource = CfnResource(self, "Resource", type="Custom::AWSCDKCfnJson",
                                     properties={"Value": self._json})
        self._resource.add_override("Properties.ServiceToken", provider)
        self.value = self._resource.get_att("Value")

    def resolve(self, context: Any) -> Any:
        return self.value.resolve(context)

    def to_string(self) -> str:
        return Token.as_string(self.value)

    def to_json(self) -> str:
        return self.to_string()

    @property
    def creation_stack(self) -> list[str]:
        return []


def _provider(scope: Construct) -> Any:
    from ._stack import Stack

    stack = Stack.of(scope)
    existing = stack.node.try_find_child("AWSCDKCfnJsonProvider")
    if existing is None:
        existing = _CfnJsonProvider(stack, "AWSCDKCfnJsonProvider")
    return existing.service_token


class _CfnJsonProvider(Construct):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        role = CfnResource(self, "Role", type="AWS::IAM::Role", properties={
            "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [
                {"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}}]},
            "ManagedPolicyArns": [{"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}],
        })
        handler = CfnResource(self, "Handler", type="AWS::Lambda::Function", properties={
            "Code": {"ZipFile": _HANDLER},
            "Timeout": 900,
            "MemorySize": 128,
            "Handler": "index.handler",
            "Role": role.get_att("Arn"),
            "Runtime": "python3.12",
        })
        handler.add_dependency(role)
        self.service_token = handler.get_att("Arn")


_HANDLER = (
    "import json\n"
    "import urllib.request\n"
    "def handler(event, context):\n"
    "    body = {'Status': 'SUCCESS', 'PhysicalResourceId': event.get('PhysicalResourceId', event['LogicalResourceId']),\n"
    "            'StackId': event['StackId'], 'RequestId': event['RequestId'], 'LogicalResourceId': event['LogicalResourceId'],\n"
    "            'Data': {'Value': json.loads(event['ResourceProperties']['Value'])}}\n"
    "    req = urllib.request.Request(event['ResponseURL'], data=json.dumps(body).encode(), method='PUT')\n"
    "    urllib.request.urlopen(req)\n"
)
