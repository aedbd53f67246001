"""integ.intrinsics: every JsonPath intrinsic function in a Pass state's parameters."""

import aws_cdk as cdk
from aws_cdk.aws_stepfunctions import JsonPath, Pass, StateMachine

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-intrinsics-integ")

pass_ = Pass(stack, "pass", parameters={
    "array1": JsonPath.array("asdf", JsonPath.string_at("$.Id")),
    "arrayPartition1": JsonPath.array_partition(JsonPath.list_at("$.inputArray"), 4),
    "arrayPartition2": JsonPath.array_partition(JsonPath.list_at("$.inputArray"), JsonPath.number_at("$.chunkSize")),
    "arrayContains1": JsonPath.array_contains(JsonPath.list_at("$.inputArray"), 5),
    "arrayContains2": JsonPath.array_contains(JsonPath.list_at("$.inputArray"), "a"),
    "arrayContains3": JsonPath.array_contains(JsonPath.list_at("$.inputArray"), JsonPath.number_at("$.lookingFor")),
    "arrayRange1": JsonPath.array_range(1, 9, 2),
    "arrayRange2": JsonPath.array_range(JsonPath.number_at("$.start"), JsonPath.number_at("$.end"),
                                        JsonPath.number_at("$.step")),
    "arrayGetItem1": JsonPath.array_get_item(JsonPath.list_at("$.inputArray"), 5),
    "arrayGetItem2": JsonPath.array_get_item(JsonPath.number_at("$.inputArray"), JsonPath.number_at("$.index")),
    "arrayLength1": JsonPath.array_length(JsonPath.list_at("$.inputArray")),
    "arrayUnique1": JsonPath.array_unique(JsonPath.list_at("$.inputArray")),
    "base64Encode1": JsonPath.base64_encode("Data to encode"),
    "base64Encode2": JsonPath.base64_encode(JsonPath.string_at("$.input")),
    "base64Decode1": JsonPath.base64_decode("RGF0YSB0byBlbmNvZGU="),
    "base64Decode2": JsonPath.base64_decode(JsonPath.string_at("$.base64")),
    "hash1": JsonPath.hash("Input data", "SHA-1"),
    "hash2": JsonPath.hash(JsonPath.object_at("$.Data"), JsonPath.string_at("$.Algorithm")),
    "jsonMerge1": JsonPath.json_merge(JsonPath.object_at("$.Obj1"), JsonPath.object_at("$.Obj2")),
    "mathRandom1": JsonPath.math_random(1, 999),
    "mathRandom2": JsonPath.math_random(JsonPath.number_at("$.start"), JsonPath.number_at("$.end")),
    "mathAdd1": JsonPath.math_add(1, 999),
    "mathAdd2": JsonPath.math_add(JsonPath.number_at("$.value1"), JsonPath.number_at("$.step")),
    "stringSplit1": JsonPath.string_split("1,2,3,4,5", ","),
    "stringSplit2": JsonPath.string_split(JsonPath.string_at("$.inputString"), JsonPath.string_at("$.splitter")),
    "uuid": JsonPath.uuid(),
    "format1": JsonPath.format("Hi my name is {}.", JsonPath.string_at("$.Name")),
    "format2": JsonPath.format(JsonPath.string_at("$.Format"), JsonPath.string_at("$.Name")),
    "stringToJson1": JsonPath.string_to_json(JsonPath.string_at("$.Str")),
    "jsonToString1": JsonPath.json_to_string(JsonPath.object_at("$.Obj")),
})
StateMachine(stack, "StateMachine", definition=pass_)

app.synth()
