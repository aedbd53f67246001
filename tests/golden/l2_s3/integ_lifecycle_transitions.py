"""Port of aws-s3 integ.lifecycle-transitions: transitions with and without object size filters."""

from aws_cdk import App, Duration, RemovalPolicy, Stack
from aws_cdk.aws_s3 import Bucket, LifecycleRule, StorageClass, Transition, TransitionDefaultMinimumObjectSize

app = App()
stack = Stack(app, "s3-lifecycle-transitions")
for name, size in (
    ("AllStorageClasses128K", TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K),
    ("VariesByStorageClass", TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS),
):
    Bucket(stack, name, lifecycle_rules=[
        LifecycleRule(transitions=[Transition(storage_class=StorageClass.DEEP_ARCHIVE, transition_after=Duration.days(30))]),
        LifecycleRule(object_size_less_than=300000, object_size_greater_than=200000, transitions=[
            Transition(storage_class=StorageClass.ONE_ZONE_INFREQUENT_ACCESS, transition_after=Duration.days(30)),
        ]),
    ], transition_default_minimum_object_size=size, removal_policy=RemovalPolicy.DESTROY)
app.synth()
