"""integ.create-job (mediaconvert): MediaConvertCreateJob with an imported role and a full job request."""

from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import MediaConvertCreateJob

app = App()
stack = Stack(app, "aws-cdk-mediaconvert-create-job-test-stack")
media_convert_role = iam.Role.from_role_arn(stack, "MediaConvertRole", "arn:aws:iam::123456789012:role/MediaConvertRole")
step = MediaConvertCreateJob(stack, "MediaConvertCreateJob", create_job_request={
    "Role": media_convert_role.role_arn,
    "Settings": {
        "OutputGroups": [{
            "Outputs": [{
                "ContainerSettings": {"Container": "MP4"},
                "VideoDescription": {"CodecSettings": {"Codec": "H_264", "H264Settings": {
                    "MaxBitrate": 1000, "RateControlMode": "QVBR", "SceneChangeDetect": "TRANSITION_DETECTION"}}},
                "AudioDescriptions": [{"CodecSettings": {"Codec": "AAC", "AacSettings": {
                    "Bitrate": 96000, "CodingMode": "CODING_MODE_2_0", "SampleRate": 48000}}}],
            }],
            "OutputGroupSettings": {"Type": "FILE_GROUP_SETTINGS",
                                    "FileGroupSettings": {"Destination": "s3://EXAMPLE-DESTINATION-BUCKET/"}},
        }],
        "Inputs": [{"AudioSelectors": {"Audio Selector 1": {"DefaultSelection": "DEFAULT"}},
                    "FileInput": "s3://EXAMPLE-SOURCE-BUCKET/EXAMPLE-SOURCE_FILE"}],
    },
})
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(step))
app.synth()
