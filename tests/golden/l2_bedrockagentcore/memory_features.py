"""Memory: given role and tags, every strategy factory and override combination (also the odd ones: a custom-typed managed
strategy, reflections of a non-episodic one), self-managed triggers,
add_memory_strategy, every grant, every metric (in alarms), import (with a key), refs."""

import aws_cdk as cdk
from aws_cdk import aws_bedrock as bedrock
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "AgentCoreMemory")

model = bedrock.FoundationModel.from_foundation_model_id(
    stack, "Model", bedrock.FoundationModelIdentifier.ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("bedrock-agentcore.amazonaws.com"))
topic = sns.Topic(stack, "Topic")
bucket = s3.Bucket(stack, "Bucket")

memory = agentcore.Memory(
    stack,
    "Memory",
    memory_name="features_memory",
    execution_role=role,
    expiration_duration=cdk.Duration.days(7),
    tags={"team": "agents"},
    memory_strategies=[
        agentcore.MemoryStrategy.using_user_preference(
            strategy_name="prefs",
            namespaces=["/prefs/{actorId}"],
            custom_extraction=agentcore.OverrideConfig(model=model, append_to_prompt="extract"),
        ),
        agentcore.MemoryStrategy.using_summarization(
            strategy_name="summaries",
            description="summaries",
            namespaces=["/summaries/{actorId}/{sessionId}"],
            custom_consolidation=agentcore.OverrideConfig(model=model, append_to_prompt="consolidate"),
        ),
        agentcore.MemoryStrategy.using_episodic(
            strategy_name="episodes",
            namespaces=["/episodes/{actorId}"],
            reflection_configuration=agentcore.EpisodicReflectionConfiguration(namespaces=["/reflections/{actorId}"]),
        ),
        agentcore.MemoryStrategy.using_episodic(
            strategy_name="episodes_override",
            namespaces=["/episodes2/{actorId}"],
            custom_extraction=agentcore.OverrideConfig(model=model, append_to_prompt="episode"),
        ),
        agentcore.MemoryStrategy.using_semantic(strategy_name="facts", namespaces=["/facts"]),
    ],
)
memory.add_memory_strategy(
    agentcore.MemoryStrategy.using_self_managed(
        strategy_name="own",
        historical_context_window_size=10,
        trigger_conditions=agentcore.TriggerConditions(
            message_based_trigger=5, time_based_trigger=cdk.Duration.minutes(5), token_based_trigger=1000
        ),
        invocation_configuration=agentcore.InvocationConfiguration(
            topic=topic, s3_location=s3.Location(bucket_name=bucket.bucket_name, object_key="payloads/")
        ),
    )
)
memory.add_memory_strategy(agentcore.MemoryStrategy.using_built_in_user_preference())

agentcore.Memory(
    stack,
    "EdgeMemory",
    memory_name="edge_memory",
    memory_strategies=[
        agentcore.ManagedMemoryStrategy(
            agentcore.MemoryStrategyType.SEMANTIC,
            strategy_name="semantic_reflection",
            namespaces=["/r"],
            reflection_configuration=agentcore.EpisodicReflectionConfiguration(namespaces=["/x/{actorId}"]),
        ),
        agentcore.ManagedMemoryStrategy(agentcore.MemoryStrategyType.CUSTOM, strategy_name="plain", namespaces=["/d"]),
    ],
)

user = iam.User(stack, "User")
memory.grant(user, "bedrock-agentcore:Custom")
memory.grant_write(user)
memory.grant_read(user)
memory.grant_read_short_term_memory(user)
memory.grant_read_long_term_memory(user)
memory.grant_delete(user)
memory.grant_delete_short_term_memory(user)
memory.grant_delete_long_term_memory(user)
memory.grant_admin(user)
memory.grant_full_access(user)

metrics = [
    memory.metric("Custom"),
    memory.metric("Custom", dimensions_map={"Extra": "x"}, statistic="Maximum"),
    memory.metric_for_api_operation("Custom", "CreateEvent"),
    memory.metric_for_api_operation("Custom", "CreateEvent", dimensions_map={"Other": "y"}),
    memory.metric_latency_for_api_operation("CreateEvent"),
    memory.metric_invocations_for_api_operation("ListEvents", period=cdk.Duration.minutes(1)),
    memory.metric_errors_for_api_operation("GetEvent", statistic="Average"),
    memory.metric_event_creation_count(),
    memory.metric_memory_record_creation_count(label="records"),
]
for i, metric in enumerate(metrics):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)

imported = agentcore.Memory.from_memory_attributes(
    stack,
    "Imported",
    memory_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:memory/imported_mem-abcdefghij",
    role_arn="arn:aws:iam::123456789012:role/memory-role",
    kms_key_arn="arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555",
)
imported.grant_read(user)
cdk.CfnOutput(stack, "ImportedId", value=imported.memory_id)
cdk.CfnOutput(stack, "ImportedKeyArn", value=imported.kms_key.key_arn)
cdk.CfnOutput(stack, "ImportedMetric", value=imported.metric_event_creation_count().metric_name)
cdk.CfnOutput(stack, "RefArn", value=memory.memory_ref.memory_arn)
cdk.CfnOutput(stack, "Status", value=memory.status)
cdk.CfnOutput(stack, "Failure", value=memory.failure_reason)
cdk.CfnOutput(stack, "Name", value=memory.memory_name)
app.synth()
