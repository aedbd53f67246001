"""Port of aws-bedrockagentcore integ.memory: memories with built-in, overridden, self-managed and episodic
strategies and a KMS key. Adapted: the bucket drops ``autoDeleteObjects`` (its handler is each library's own code),
and ``MemoryWithRemovalPolicy.apply_removal_policy`` is left out (2.275 has no default child on ``Memory`` and
raises)."""

import aws_cdk as cdk
from aws_cdk import aws_bedrock as bedrock
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-memory-1")

agentcore.Memory(stack, "Memory", memory_name="memory")

my_encryption_key = kms.Key(stack, "MyEncryptionKey")

agentcore.Memory(
    stack,
    "MemoryWithBuiltinStrategies",
    memory_name="memory_with_builtin_strategies",
    description="A test memory with built-in strategies",
    expiration_duration=cdk.Duration.days(60),
    memory_strategies=[
        agentcore.MemoryStrategy.using_built_in_summarization(),
        agentcore.MemoryStrategy.using_built_in_semantic(),
        agentcore.MemoryStrategy.using_built_in_user_preference(),
    ],
    kms_key=my_encryption_key,
)

agentcore.Memory(
    stack,
    "MemoryWithCustomStrategies",
    memory_name="memory_with_custom_strategies",
    description="A long term memory with consolidation",
    expiration_duration=cdk.Duration.days(60),
    memory_strategies=[
        agentcore.MemoryStrategy.using_semantic(
            strategy_name="customSemanticStrategy",
            description="Custom semantic memory strategy",
            namespaces=["/custom/strategies/{memoryStrategyId}/actors/{actorId}"],
            custom_consolidation=agentcore.OverrideConfig(
                model=bedrock.FoundationModel.from_foundation_model_id(
                    stack, "ConsolidationModel", bedrock.FoundationModelIdentifier.ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0
                ),
                append_to_prompt="Custom consolidation prompt for semantic memory",
            ),
            custom_extraction=agentcore.OverrideConfig(
                model=bedrock.FoundationModel.from_foundation_model_id(
                    stack, "ExtractionModel", bedrock.FoundationModelIdentifier.ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0
                ),
                append_to_prompt="Custom extraction prompt for semantic memory",
            ),
        )
    ],
)

bucket = s3.Bucket(stack, "MemoryBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
topic = sns.Topic(stack, "MemoryTopic")

agentcore.Memory(
    stack,
    "MemoryWithSelfManagedStrategy",
    memory_name="memory_with_self_managed_strategy",
    description="A test memory with a self managed strategy",
    expiration_duration=cdk.Duration.days(60),
    memory_strategies=[
        agentcore.MemoryStrategy.using_built_in_summarization(),
        agentcore.MemoryStrategy.using_self_managed(
            strategy_name="selfManagedStrategy",
            description="Self managed memory strategy",
            invocation_configuration=agentcore.InvocationConfiguration(
                topic=topic,
                s3_location=s3.Location(bucket_name=bucket.bucket_name, object_key="memory/"),
            ),
        ),
    ],
)

agentcore.Memory(
    stack,
    "MemoryWithBuiltinEpisodicEx",
    memory_name="memory_with_builtin_episodic_example",
    description="A test memory with built-in episodic strategy",
    expiration_duration=cdk.Duration.days(90),
    memory_strategies=[agentcore.MemoryStrategy.using_built_in_episodic()],
)

agentcore.Memory(stack, "MemoryWithRemovalPolicy", memory_name="memory_with_removal_policy")
app.synth()
