import aws_cdk as cdk
from aws_cdk import aws_kinesisfirehose as firehose, aws_s3 as s3, aws_kms as kms, aws_kinesis as kinesis
app = cdk.App()
stack = cdk.Stack(app, "Smoke")
bucket = s3.Bucket(stack, "Bucket")
ds = firehose.DeliveryStream(stack, "DS", destination=firehose.S3Bucket(bucket))
ds2 = firehose.DeliveryStream(stack, "DS2", destination=firehose.S3Bucket(bucket, compression=firehose.Compression.GZIP, buffering_interval=cdk.Duration.seconds(60), data_output_prefix="a/", error_output_prefix="e/", s3_backup=firehose.DestinationS3BackupProps(mode=firehose.BackupMode.ALL)), encryption=firehose.StreamEncryption.customer_managed_key())
stream = kinesis.Stream(stack, "Stream")
firehose.DeliveryStream(stack, "DS3", destination=firehose.S3Bucket(bucket, logging_config=firehose.DisableLogging()), source=firehose.KinesisStreamSource(stream))
cdk.CfnOutput(stack, "M", value=ds.metric_incoming_bytes().metric_name)
app.synth()
