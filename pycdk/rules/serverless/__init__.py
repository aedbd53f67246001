"""The serverless pack's rules: its own modules, and four it shares with the security pack (full names)."""

RULE_MODULES: tuple[str, ...] = (
    "lambda_tracing",
    "lambda_explicit_memory",
    "lambda_explicit_timeout",
    "lambda_async_failure_destination",
    "lambda_event_source_failure_destination",
    "lambda_log_retention",
    "pycdk.rules.security.lambda_deprecated_runtime",
    "apigateway_tracing",
    "apigateway_throttling",
    "apigateway_structured_logs",
    "pycdk.rules.security.apigateway_access_logs",
    "stepfunctions_tracing",
    "stepfunctions_logging",
    "sns_subscription_dlq",
    "pycdk.rules.security.sqs_dead_letter_queue",
    "events_target_dlq",
    "appsync_tracing",
    "pycdk.rules.security.logs_retention",
)
"""The modules of the pack's rules, in report order."""
