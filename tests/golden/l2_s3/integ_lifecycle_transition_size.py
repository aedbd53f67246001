"""Port of aws-s3 integ.lifecycle-transition-size: the default minimum object size for transitions."""

from aws_cdk import App, Duration, RemovalPolicy, Stack
from aws_cdk.aws_s3 import Bucket, LifecycleRule, TransitionDefaultMinimumObjectSize

app = App()
stack = Stack(app, "s3-lifecycle-transition-size")
for name, size, custom in (
    ("AllStorageClasses128K", TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K, False),
    ("VariesByStorageClass", TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS, False),
    ("AllStorageClasses128KWithCustomSizeRule", TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K, True),
    ("VariesByStorageClassWithCustomSizeRule", TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS, True),
):
    rule = (
        LifecycleRule(object_size_less_than=300000, object_size_greater_than=200000, expiration=Duration.days(30))
        if custom else LifecycleRule(expiration=Duration.days(30))
    )
    Bucket(stack, name, lifecycle_rules=[rule], transition_default_minimum_object_size=size,
           removal_policy=RemovalPolicy.DESTROY)
app.synth()
