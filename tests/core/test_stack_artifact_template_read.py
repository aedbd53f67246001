"""A stack artifact's ``template`` is the template file read back, as aws-cdk-lib's is (``JSON.parse`` of the file).

Expected values are aws-cdk-lib 2.275.0's: for a ``CfnResource`` with properties ``{"DelaySeconds": 1.0, "X": 2.5,
"Y": 10**21}``, ``app.synth().get_stack_by_name("S").template`` holds ``1`` (an int), ``2.5`` and ``1e+21`` (a float).
"""

import json
import os

import constructs as cdk


def _app_with_numbers() -> cdk.App:
    app = cdk.App()
    s = cdk.Stack(app, "S")
    cdk.CfnResource(s, "R", type="AWS::SQS::Queue", properties={"DelaySeconds": 1.0, "X": 2.5, "Y": 10**21})
    return app


def test_numbers_come_back_as_aws_cdk_lib_reads_them() -> None:
    props = _app_with_numbers().synth().get_stack_by_name("S").template["Resources"]["R"]["Properties"]
    assert props == {"DelaySeconds": 1, "X": 2.5, "Y": 1e21}
    assert [type(v) for v in props.values()] == [int, float, float]


def test_template_is_the_file_in_the_assembly() -> None:
    assembly = _app_with_numbers().synth()
    artifact = assembly.get_stack_by_name("S")
    with open(os.path.join(assembly.directory, artifact.template_file), encoding="utf-8") as f:
        assert artifact.template == json.load(f)
    assert artifact.template is artifact.template  # read once
