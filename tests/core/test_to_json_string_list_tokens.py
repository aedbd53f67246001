"""``stack.to_json_string`` of a value holding a list token (a list known only at deployment).

aws-cdk-lib cannot splice a list intrinsic into JSON text with ``Fn::Join``: it adds one
``Custom::AWSCDKCfnJsonStringify`` resource per stack and list intrinsic (logical id ``CdkJsonStringify`` + the
intrinsic's JSON) backed by the ``AWSCDKCfnUtilsProvider``, and splices ``Fn::GetAtt [<id>, Value]`` unquoted.
Every expected value below was printed by aws-cdk-lib 2.275.0 for the same calls.
"""

from __future__ import annotations

from constructs import App, Aws, CfnParameter, Fn, Stack

LIST_P = {"Fn::GetAtt": ["CdkJsonStringifyRefPA0168CB6", "Value"]}


def _stack() -> tuple[App, Stack, CfnParameter, CfnParameter]:
    app = App()
    stack = Stack(app, "S")
    return app, stack, CfnParameter(stack, "P", type="CommaDelimitedList"), CfnParameter(stack, "Q")


def test_list_token_in_an_object_next_to_a_string_token() -> None:
    _, stack, p, _ = _stack()
    assert stack.resolve(stack.to_json_string({"a": p.value_as_list, "b": Aws.REGION})) == {
        "Fn::Join": ["", ['{"a":', LIST_P, ',"b":"', {"Ref": "AWS::Region"}, '"}']]}


def test_same_list_twice_shares_one_resource_and_split_gets_its_own() -> None:
    app, stack, p, q = _stack()
    assert stack.resolve(stack.to_json_string([p.value_as_list, p.value_as_list])) == {
        "Fn::Join": ["", ["[", LIST_P, ",", LIST_P, "]"]]}
    assert stack.resolve(stack.to_json_string({"s": Fn.split(",", q.value_as_string)})) == {
        "Fn::Join": ["", ['{"s":', {"Fn::GetAtt": ["CdkJsonStringifyFnSplitRefQECD2E0C0", "Value"]}, "}"]]}
    assert stack.resolve(stack.to_json_string(p.value_as_list)) == LIST_P
    template = app.synth().get_stack_by_name("S").template
    assert sorted(template["Resources"]) == [
        "AWSCDKCfnUtilsProviderCustomResourceProviderHandlerCF82AA57",
        "AWSCDKCfnUtilsProviderCustomResourceProviderRoleFE0EE867",
        "CdkJsonStringifyFnSplitRefQECD2E0C0",
        "CdkJsonStringifyRefPA0168CB6",
    ]
    resource = template["Resources"]["CdkJsonStringifyRefPA0168CB6"]
    assert resource == {
        "Type": "Custom::AWSCDKCfnJsonStringify",
        "Properties": {
            "ServiceToken": {"Fn::GetAtt": ["AWSCDKCfnUtilsProviderCustomResourceProviderHandlerCF82AA57", "Arn"]},
            "Value": {"Ref": "P"},
        },
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }


def test_indented() -> None:
    _, stack, p, _ = _stack()
    assert stack.resolve(stack.to_json_string({"a": p.value_as_list}, 2)) == {
        "Fn::Join": ["", ['{\n  "a": ', LIST_P, "\n}"]]}


def test_handler_stringifies_the_list() -> None:
    """pycdk's own CfnUtils handler answers ``Custom::AWSCDKCfnJsonStringify`` with the list's compact JSON
    (what aws-cdk-lib's handler returns: ``JSON.stringify(value)``)."""
    import importlib.util
    import json
    from pathlib import Path
    from unittest import mock

    import constructs

    path = Path(constructs.__file__).parent / "_handlers" / "cfn_utils" / "index.py"
    spec = importlib.util.spec_from_file_location("w6_cfn_utils_handler", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sent: list[bytes] = []
    event = {"RequestType": "Create", "ResourceType": "Custom::AWSCDKCfnJsonStringify", "LogicalResourceId": "L",
             "StackId": "s", "RequestId": "r", "ResponseURL": "https://example.invalid/",
             "ResourceProperties": {"Value": ["eni-1", "eni-2"]}}
    with mock.patch.object(module.urllib.request, "urlopen", lambda request: sent.append(request.data)):
        module.handler(event, None)
    body = json.loads(sent[0])
    assert body["Status"] == "SUCCESS"
    assert body["Data"] == {"Value": '["eni-1","eni-2"]'}
