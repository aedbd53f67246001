"""integ.distributed-map-redrive: redrive permissions for labelled and unlabelled Distributed Maps.

Adapted: the item processor's ``tasks.CallAwsService`` (s3:getObject) is stood in for by a CustomState with the
same state JSON (no stepfunctions_tasks L2 yet), so its IAM statement is not generated.
"""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

CSV_KEY = "my-key.csv"
SUCCESS_MARKER_KEY = "pass-flag.txt"


class DistributedMapRedriveStack(cdk.Stack):
    def __init__(self, scope, id, map_run_label=None):
        super().__init__(scope, id)
        self.bucket = s3.Bucket(self, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
        distributed_map = sfn.DistributedMap(
            self, "DistributedMap", label=map_run_label,
            item_reader=sfn.S3CsvItemReader(bucket=self.bucket, key=CSV_KEY,
                                            csv_headers=sfn.CsvHeaders.use_first_row()),
        )
        get_success_marker = sfn.CustomState(self, "GetData", state_json={
            "Type": "Task",
            "Resource": "arn:aws:states:::aws-sdk:s3:getObject",
            "Parameters": {"Bucket": self.bucket.bucket_name, "Key": SUCCESS_MARKER_KEY},
        })
        distributed_map.item_processor(get_success_marker)
        self.state_machine = sfn.StateMachine(self, "StateMachine",
                                              definition_body=sfn.ChainDefinitionBody.from_chainable(distributed_map))


app = cdk.App()
DistributedMapRedriveStack(app, "UnlabeledDistributedMapRedrive")
DistributedMapRedriveStack(app, "LabeledDistributedMapRedrive", map_run_label="myLabel")

app.synth()
