"""Port of aws-cdk's integ.sqs.ts: queues with a dead-letter queue, FIFO, KMS, unencrypted and SSL-only options."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_iam import AccountRootPrincipal, Role
from aws_cdk.aws_kms import Key
from aws_cdk.aws_sqs import DeadLetterQueue, DeduplicationScope, FifoThroughputLimit, Queue, QueueEncryption

app = App()
stack = Stack(app, "aws-cdk-sqs")

dlq = Queue(stack, "DeadLetterQueue")
queue = Queue(stack, "Queue", dead_letter_queue=DeadLetterQueue(queue=dlq, max_receive_count=5))
fifo = Queue(
    stack,
    "FifoQueue",
    fifo=True,
    encryption_master_key=Key(stack, "EncryptionKey", removal_policy=RemovalPolicy.DESTROY),
)
high_throughput_fifo = Queue(
    stack,
    "HighThroughputFifoQueue",
    fifo=True,
    fifo_throughput_limit=FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
    deduplication_scope=DeduplicationScope.MESSAGE_GROUP,
)
kms_managed = Queue(stack, "kmsManagedEncryptedQueue", encryption=QueueEncryption.KMS_MANAGED)
unencrypted = Queue(stack, "UnencryptedQueue", encryption=QueueEncryption.UNENCRYPTED)
ssl = Queue(stack, "SSLQueue", enforce_ssl=True)

role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
for q in (dlq, queue, fifo, high_throughput_fifo, kms_managed, unencrypted, ssl):
    q.grant_consume_messages(role)

CfnOutput(stack, "QueueUrl", value=queue.queue_url)
app.synth()
