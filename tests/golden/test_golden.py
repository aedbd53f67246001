"""Golden tests: every app of every suite, synthesized by pycdk, must equal aws-cdk-lib byte for byte.

Fixtures come from ``python tests/golden/oracle.py``; see tests/golden/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _harness import (
    GoldenApp,
    GoldenRunError,
    all_apps,
    apps_with_fixtures,
    compare_templates,
    describe_difference,
    orphan_fixture_dirs,
    run_on_pycdk,
)
from oracle import shadowing_apps

GOLDEN_APPS = apps_with_fixtures()

# Apps whose templates pycdk knowingly renders differently, with the reason. Each is a strict xfail: the day
# pycdk matches, the test fails until the entry is removed.
KNOWN_DIVERGENCES: dict[str, str] = {
}

# Apps using custom-resource providers whose Lambda handler code the library ships itself: aws-cdk-lib deploys
# its bundled JavaScript, pycdk its own Python. Their handler's code hash, Handler and Runtime are masked;
# everything else (resources, ids, roles, properties, the asset manifest minus that asset) is compared.
OWN_HANDLER_APPS: frozenset[str] = frozenset({
    "l2_s3/integ_bucket_auto_delete_objects_mixin",  # the S3 auto-delete and AwsCustomResource handlers
    "l2_s3/mixins_auto_delete",  # the S3 auto-delete handler (BucketAutoDeleteObjects mixin)
    "l2_triggers/integ_triggers",  # the trigger provider's handler (own Python)
    # the S3 auto-delete handler of the source buckets of pipelines ports
    "l2_pipelines/integ_pipeline_without_prepare",
    "l2_pipelines/integ_pipeline_with_variables",
    "l2_pipelines/integ_pipeline_v2",
    "l2_pipelines/integ_pipeline_with_execution_mode",
    "l2_pipelines/integ_newpipeline_with_file_system_locations",
    "l2_pipelines/integ_pipeline_with_customsynthesizer",
    "l2_pipelines/integ_newpipeline_with_cross_region_replication_buckets",
    "l2_pipelines/confirm_permissions_broadening",  # its auto-approving function (own Python)
    "l2_pipelines/integ_cross_account_pipeline_action",  # + the source stack's BucketDeployment handler
    "l2_triggers/trigger_features",  # the trigger provider's handler (own Python)
    "l2_glue/integ_partition_index",  # the Glue partition index handlers (own Python)
    "l2_glue/integ_encrypted_catalog",  # the Glue partition index handlers (own Python)
    "l2_opensearchservice/integ_opensearch",  # the AwsCustomResource handler (log and access policies)
    "l2_opensearchservice/domain_features",  # the AwsCustomResource handler
    "l2_opensearchservice/domain_variants",  # the AwsCustomResource handler
    "l2_opensearchservice/integ_opensearch_custom_kms_key",  # the AwsCustomResource handler
    "l2_opensearchservice/integ_opensearch_nodeoptions",  # the AwsCustomResource handler
    "l2_opensearchservice/integ_opensearch_unsignedbasicauth",  # the AwsCustomResource handler
    "l2_cloudtrail/integ_cloudtrail_insight",  # the S3 auto-delete handler
    "l2_config/integ_rule",  # the S3 auto-delete handler (the delivery bucket)
    "l2_docdb/cluster_features",  # the log retention handler
    "l2_elasticsearch/integ_elasticsearch",  # the AwsCustomResource handler (access policy)
    "l2_elasticsearch/integ_elasticsearch_custom_kms_key",  # the AwsCustomResource handler (access policy)
    "l2_elasticsearch/integ_elasticsearch_unsignedbasicauth",  # the AwsCustomResource handler (access policy)
    "l2_elasticsearch/domain_features",  # the AwsCustomResource handler (access and log policies)
    "l2_cloudtrail/integ_cloudtrail_supplied_bucket_lit",  # the S3 auto-delete handler
    "l2_cloudtrail/integ_cloudtrail_lit",  # the S3 auto-delete handler
    "l2_appsync/graphql_features",  # the log retention handler
    "l2_appsync/event_api_features",  # the log retention handler
    "l2_appsync/integ_appsync_eventapi_rds",  # the AwsCustomResource handler
    "l2_appsync/integ_appsync_eventapi_opensearch",  # the provider framework handler
    "l2_appsync/integ_log_retention",  # the log retention handler
    "l2_chatbot/integ_chatbot_logretention",  # the log retention handler
    "l2_chatbot/slack_channel_features",  # the log retention handler
    "l2_route53_patterns/integ_hosted_redirect",  # the DnsValidatedCertificate handler
    "l2_route53_patterns/integ_hosted_redirect_same_region",  # the DnsValidatedCertificate handler
    "l2_route53_patterns/https_redirect_features",  # the cross-region reference handlers
    "l2_globalaccelerator/integ_globalaccelerator",  # the AwsCustomResource handler (connections_peer)
    "l2_globalaccelerator/integ_globalaccelerator_endpoints",  # the AwsCustomResource handler
    "l2_appsync/integ_graphql_field_level_log",  # the log retention handler
    "l2_appsync/integ_js_resolver",  # the log retention handler
    "l2_appsync/integ_appsync_logmetrics",  # the log retention handler
    "l2_appsync/integ_appsync_channel_namespace",  # the log retention handler
    "l2_synthetics/integ_canary",  # the canary cleanup (and S3 auto-delete) handlers
    "l2_synthetics/integ_canary_artifact_s3_encryption",
    "l2_synthetics/integ_canary_auto_delete_lambda",
    "l2_synthetics/integ_canary_run_config",
    "l2_synthetics/integ_vpc",
    "l2_synthetics/canary_features",
    "l2_codebuild/integ_project_s3_cache",  # the S3 auto-delete handler
    "l2_rds/instance_log_retention",  # the log retention handler
    "l2_rds/integ_instance_lit",
    "l2_rds/integ_instance_with_metric",  # the log retention handler
    "l2_rds/integ_cluster_replication",  # the AwsCustomResource handler
    "l2_appconfig/integ_configuration",
    "l2_ses/integ_receipt",
    "l2_ses/receipt_rules_and_filters",
    "l2_ses_actions/integ_actions",
    "l2_ses_actions/integ_workmail_action",
    "l2_codepipeline_actions/integ_pipeline_s3_deploy",
    "l2_codepipeline_actions/integ_pipeline_with_pipeline_variables",
    "l2_codepipeline_actions/integ_pipeline_type_v2",
    "l2_codepipeline_actions/integ_pipeline_type_v2_by_default",
    "l2_codepipeline_actions/integ_pipeline_with_codestarnotifications",
    "l2_codepipeline_actions/integ_pipeline_v2",
    "l2_codepipeline_actions/integ_pipeline_with_replication",
    "l2_codepipeline_actions/integ_stacksets",
    "l2_codepipeline_actions/integ_pipeline_source_code_scan_action",
    "l2_codepipeline_actions/integ_pipeline_elastic_beanstalk_deploy",
    "l2_codepipeline_actions/integ_pipeilne_elastic_beanstalk_deploy",
    "l2_codepipeline_actions/integ_pipeline_commands",
    "l2_codepipeline_actions/integ_cross_account_pipeline_cfn_action",
    "l2_codepipeline_actions/integ_cross_account_pipeline_sfn_action",
    "l2_codepipeline_actions/integ_pipeline_ec2_deploy_ssm_managed",
    "l2_codepipeline_actions/integ_pipeline_ecr_image_scan_action",
    "l2_stepfunctions_tasks/integ_call_aws_service_jsonata",
    "l2_stepfunctions_tasks/integ_evaluate_expression",
    "l2_stepfunctions_tasks/integ_evaluate_expression_arm64",
    "l2_stepfunctions_tasks/evaluate_expression_shared",
    "l2_stepfunctions_tasks/integ_call_aws_service_cross_region",
    "l2_stepfunctions_tasks/integ_call_aws_service_cross_region_lambda",
    "l2_stepfunctions_tasks/integ_call_aws_service_cross_region_task_token",
    "l2_stepfunctions_tasks/integ_ec2_run_task",
    "l2_stepfunctions_tasks/integ_ec2_run_task_ref_definition",
    "l2_stepfunctions_tasks/emr_containers_start_job_run",
    "l2_stepfunctions_tasks/ecs_run_task_features",
    "l2_stepfunctions_tasks/integ_create_training_job_image",
    "l2_cloudfront_origins/integ_s3_encrypted_bucket_origin_oac",
    "l2_cloudfront_origins/integ_vpc_origin",
    "l2_cloudfront/integ_distribution_lambda_cross_region",
    "l2_cloudfront/edge_function_features",
    "l2_cloudfront/integ_cloudfront_cross_region_cert",
    "l2_stepfunctions_tasks/integ_start_query_execution_result_reuse_configuration",
    "l2_stepfunctions/integ_distributed_map",
    "l2_stepfunctions/integ_distributed_map_batch",
    "l2_stepfunctions/integ_s3_objects_item_reader",
    "l2_stepfunctions/integ_sm_jsonpath_with_distributed_map_jsonata",
    "l2_stepfunctions/integ_distributed_map_csv_delimiter",
    "l2_stepfunctions/integ_distributed_map_csv_delimiter_with_result_writer_v2",
    "l2_stepfunctions/integ_distributed_map_parallel",
    "l2_stepfunctions/integ_distributed_map_redrive",
    "l2_stepfunctions/integ_distributed_map_with_result_writer_v2",
    "l2_stepfunctions/integ_distributed_map_with_result_writer_v2_having_writer_config",
    "l2_stepfunctions/integ_distribution_map_result_writer_bucket_jsonpath",
    "l2_stepfunctions/integ_distribution_map_with_result_writer_v2_jsonata",
    "l2_stepfunctions/integ_map_with_catch",
    "l2_stepfunctions/integ_s3_json_item_reader",
    "core/cfn_json",
    "core/integ_cross_region_references",
    "core/integ_cross_region_references_both",
    "core/integ_prop_injectors",
    "core/integ_token_aware_stringify_logical_ids",
    "core_cross_env/cross_region_nested_consumer",
    "core_cross_env/cross_region_nested_producer",
    "core_cross_env/cross_region_references",
    "l2_apigateway/integ_restapi_access_log_firehose",
    "core_cross_env/cross_region_weak",
    "core_cross_env/nested_consumer_both_cross_region",
    "l2_lambda/event_sources_s3",
    "l2_codedeploy/integ_lambda_deployment_config",
    "l2_s3_deployment/integ_bucket_deployment",
    "l2_s3_deployment/integ_bucket_deployment_cross_stack_source",
    "l2_s3_deployment/integ_bucket_deployment_vpc_efs",
    "l2_s3_deployment/integ_bucket_deployment_security_groups_efs",
    "l2_s3_deployment/integ_bucket_deployment_cross_nested_stack_source",
    "l2_s3_deployment/integ_bucket_deployment_deploy_resolution",
    "l2_s3_deployment/integ_bucket_deployment_data",
    "l2_s3_deployment/integ_bucket_deployment_substitution",
    "l2_lambda/integ_lambda_source_kms_key_arn",
    "l2_lambda/integ_lambda_s3_object_storage_mode",
    "l2_ecr/repository_auto_delete_images",
    "l2_ecs/cluster_capacity",  # the instance drain hook's inline handler
    "l2_ecs/integ_environment_file",
    "l2_ecs/integ_availability_zone_rebalancing_disabled",
    "l2_ecs/integ_ecs_empty_placement_constraints",
    "l2_ecs/integ_task_definition_empty_array_placement_constraints",
    "l2_ecs/integ_cluster_amazonlinux2_neuron_ami",
    "l2_ecs/integ_availability_zone_rebalancing",
    "l2_ecs/integ_enable_execute_command",
    "l2_ecs/integ_graviton_bottlerocket",
    "l2_ecs/integ_task_definition_placement_constraints",
    "l2_ecs/integ_cluster_amazonlinux2023",
    "l2_ecs/integ_cluster_imported",
    "l2_ecs/integ_cluster_bottlerocket_nvidia_ami",
    "l2_ecs/integ_default_capacity_provider",
    "l2_ecs/integ_deployment_alarms",
    "l2_ecs/integ_sd_awsvpc_nw",
    "l2_ecs/integ_pseudo_terminal",
    "l2_ecs/integ_graviton",
    "l2_ecs/integ_placement_constraint_default_empty",
    "l2_ecs/integ_capacity_provider",
    "l2_ecs/integ_cloudmap_container_port",
    "l2_ecs/integ_exec_command",
    "l2_ecs/integ_swap_parameters",
    "l2_ecs/integ_app_mesh_proxy_config",
    "l2_ecs/integ_bottlerocket",
    "l2_ecs/integ_spot_drain",
    "l2_ecs/integ_lb_bridge_nw",
    "l2_ecs/integ_clb_host_nw",
    "l2_ecs/integ_lb_awsvpc_nw",
    "l2_ecs/integ_placement_strategies",
    "l2_ecs/integ_sd_bridge_nw",
    "l2_ecs/services_mixed",
    "ecs_patterns/integ_multiple_application_load_balanced_ecs_service",  # the instance drain hook's inline handler (cluster.add_capacity)
    "ecs_patterns/integ_multiple_application_load_balanced_ecs_service_idle_timeout",  # the instance drain hook's inline handler (cluster.add_capacity)
    "ecs_patterns/integ_multiple_application_load_balanced_ecs_service_idle_timeout_lt",  # the instance drain hook's inline handler (cluster.add_capacity)
    "ecs_patterns/integ_queue_processing_ecs_service",  # the instance drain hook's inline handler (cluster.add_capacity)
    "ecs_patterns/integ_scheduled_ecs_task",  # the instance drain hook's inline handler (cluster.add_capacity)
    "ecs_patterns/integ_tls_network_load_balanced_ecs_service",  # the instance drain hook's inline handler (cluster.add_capacity)
    "l2_ecr/integ_repository_auto_delete_images",
    "l2_elasticloadbalancingv2/integ_alb_listener_conditions",
    "l2_elasticloadbalancingv2/integ_alb_log",
    "l2_elasticloadbalancingv2/integ_alb_log_enable_acl",
    "l2_apigateway/integ_parametrized_swagger_api",
    "l2_servicecatalog/integ_two_products",
    "l2_servicecatalog/integ_product_encrypted_asset",
    "l2_servicecatalog/integ_product",
    "l2_servicecatalog/product_stack_nested",
    "l2_s3_deployment/integ_bucket_deployment_large_file",
    "l2_s3_deployment/integ_bucket_deployment_cloudfront",
    "l2_s3_deployment/integ_bucket_deployment_cross_stack_ssm_source",
    "l2_s3_deployment/integ_bucket_deployment_big_response",
    "l2_s3_deployment/integ_bucket_deployment_deployed_bucket",
    "l2_s3_deployment/integ_bucket_deployment_empty_sources",
    "l2_s3_deployment/integ_bucket_deployment_file_integrity",
    "l2_s3_deployment/integ_bucket_deployment_jsondata_findinmap",
    "l2_s3_deployment/integ_bucket_deployment_loggroup",
    "l2_s3_deployment/integ_bucket_deployment_loggroup_dependency",
    "l2_s3_deployment/integ_bucket_deployment_object_versions",
    "l2_s3_deployment/integ_bucket_deployment_scoped_permissions",
    "l2_s3_deployment/integ_bucket_deployment_security_group_single",
    "l2_s3_deployment/integ_bucket_deployment_security_groups_empty",
    "l2_s3_deployment/integ_bucket_deployment_security_groups_multiple",
    "l2_s3_deployment/integ_bucket_deployment_security_groups_single",
    "l2_s3_deployment/integ_bucket_deployment_signcontent",
    "l2_s3_deployment/integ_bucket_deployment_substitution_with_destination_key",
    "l2_s3_deployment/integ_bucket_deployment_substitution_with_role",
    "l2_s3_deployment/integ_bucket_deployment_vpc_basic",
    "l2_s3_deployment/integ_bucket_deployment_vpc_config",
    "l2_s3_deployment/integ_bucket_deployment_vpc_custom_subnets",
    "l2_s3_deployment/integ_bucket_deployment_vpc_security_groups",
    "l2_s3_deployment/integ_bucket_deployment_vpc_subnet_selection",
    "l2_custom_resources/integ_aws_custom_resource",
    "l2_cognito/integ_user_pool_client_explicit_props",
    "l2_cognito/integ_user_pool_client_secret",
    "l2_cognito/integ_user_pool_domain_cfdist",
    "l2_certificatemanager/integ_dns_validated_certificate",
    "l2_route53/integ_cross_account_zone_delegation",
    "l2_route53/integ_delete_existing_record_set",
    "l2_route53/integ_vpc_endpoint_service_domain_name",
    "l2_route53/integ_zone_delegation_iam_stack",
    "l2_route53_targets/integ_userpool_domain_alias_target",
    "l2_route53_targets/integ_elastic_beanstalk_hostedzoneid",
    "l2_route53_targets/integ_elastic_beanstalk_token_endpoint",
    "l2_route53_targets/integ_elastic_beanstalk_environment_target",
    "l2_cognito_identitypool/identity_pool_features",
    "l2_custom_resources/integ_custom_resource_config_lambda_node_runtime",
    "l2_dynamodb/integ_global",
    "l2_dynamodb/integ_global_replicas_provisioned",
    "l2_dynamodb/integ_table_skip_replica_deletion",
    "l2_dynamodb/table_replication_options",
    "l2_dynamodb/integ_import_source",
    "l2_custom_resources/integ_aws_custom_resource_assume_role",
    "l2_custom_resources/integ_aws_custom_resource_athena",
    "l2_custom_resources/integ_aws_custom_resource_cloudwatch",
    "l2_custom_resources/integ_aws_custom_resource_dynamodb",
    "l2_custom_resources/integ_aws_custom_resource_kms",
    "l2_custom_resources/integ_aws_custom_resource_memorydb",
    "l2_custom_resources/integ_aws_custom_resource_service_timeout",
    "l2_custom_resources/integ_aws_custom_resource_ssm",
    "l2_custom_resources/integ_aws_custom_resource_ssm_ff",
    "l2_custom_resources/integ_aws_custom_resource_vpc",
    "l2_custom_resources/integ_cross_account_assume_role",
    "l2_custom_resources/integ_external_id",
    "l2_custom_resources/integ_invoke_function_payload",
    "l2_custom_resources/integ_provider_with_waiter_state_machine",
    "l2_custom_resources/integ_provider_with_waiter_state_machine_custom_role",
    "l2_custom_resources/integ_provider_no_echo",
    "l2_custom_resources/provider_options",
    "l2_custom_resources/aws_call_options",
    "l2_custom_resources/config_aws_call",
    "l2_custom_resources/integ_provider",
    "l2_custom_resources/provider_and_aws_call",
    "l2_custom_resources/integ_custom_resource_config_deletion_policy",
    "l2_custom_resources/integ_custom_resource_config_log_group",
    "l2_custom_resources/integ_custom_resource_config_log_retention",
    "l2_custom_resources/integ_custom_resource_config_removal_policy",
    "l2_custom_resources/integ_custom_resource_config_undefined_log",
    "l2_custom_resources/integ_custom_resource_config_lambda_runtime",
    "l2_custom_resources/integ_custom_resource_config_lambda_python_runtime",
    "l2_events_targets/integ_aws_api",
    "l2_events_targets/integ_ecs_event_ec2_task",
    "l2_events/integ_eventbus_service_principal_grants",
    "l2_events_targets/integ_log_group",
    "l2_logs_destinations/integ_lambda",
    "l2_events_targets/integ_log_group_from_object_v2",
    "l2_events_targets/integ_firehose_delivery_stream",
    "l2_sns_subscriptions/integ_firehose",
    "l2_sns_subscriptions/integ_firehose_cross_region",
    "l2_kinesisfirehose/integ_cloudwatch_logs_processors",
    "l2_kinesisfirehose/integ_delivery_stream_source_stream",
    "l2_kinesisfirehose/integ_dynamic_partitioning_with_inline_parsing",
    "l2_kinesisfirehose/integ_dynamic_partitioning_with_lambda",
    "l2_kinesisfirehose/integ_http_endpoint",
    "l2_kinesisfirehose/integ_kinesis_stream_events_target",
    "l2_kinesisfirehose/integ_record_format_conversion",
    "l2_kinesisfirehose/integ_record_format_conversion_schema",
    "l2_kinesisfirehose/integ_s3_bucket",
    "l2_lambda/integ_log_retention",
    "l2_lambda_event_sources/integ_s3",
    "l2_lambda_event_sources/integ_s3_imported_bucket",
    "l2_lambda_event_sources/integ_s3_onfailuire_destination",
    "l2_lambda_event_sources/integ_s3ofd",
    "l2_iam/integ_condition_with_ref",
    "l2_iam/integ_oidc_provider",
    "l2_iam/flag_oidc_reject_unauthorized",
    "l2_s3_notifications/flag_sns_trust_key_policy",
    "l2_s3_notifications/flag_sns_trust_key_policy_off",
    "l2_iam/open_id_connect_provider",
    "l2_logs/integ_log_retention",
    "l2_logs/integ_log_retention_region",
    "l2_logs/integ_log_retention_retries",
    "l2_ec2/integ_vpc_flow_logs_customformat",
    "l2_ec2/integ_vpc_flow_logs_interval",
    "l2_ec2/integ_vpc_restrict_default_sg",
    "l2_ec2/vpc_flag_restrict_default_sg",
    "l2_s3/bucket_auto_delete",
    "l2_ec2/integ_vpc_flow_logs",
    "l2_ec2/integ_vpc_flow_logs_firehose",
    "l2_ec2/integ_vpc_flow_logs_kinesis",
    "l2_ec2/integ_nat_instances_v2_custom",
    "l2_ec2/integ_volume_initialization_rate",
    "l2_s3/bucket_event_bridge",
    "l2_s3/bucket_notifications",
    "l2_s3/bucket_notifications_encrypted",
    "l2_s3/bucket_notifications_lambda",
    "l2_s3/bucket_notifications_skip_validation",
    "l2_s3/integ_bucket_auto_delete_objects",
    "l2_s3/integ_bucket_eventbridge_notification_via_property",
    "l2_s3/integ_bucket_import_server_access_logs",
    "l2_s3/integ_bucket_notifications",
    "l2_s3/integ_bucket_notifications_multi_bucket_policy",
    "l2_s3/integ_bucket_notifications_scoped_permissions",
    "l2_s3/integ_bucket_replication",
    "l2_s3/integ_bucket_replication_cross_stack",
    "l2_s3/integ_bucket_replication_multiple_sources",
    "l2_s3/integ_bucket_replication_unique_role",
    "l2_s3/integ_bucket_replication_use_custom_role",
    "l2_s3/integ_bucket_server_access_logs_sse_kms",
    "l2_secretsmanager/integ_secret_name_parsed",
    "l2_sns_subscriptions/integ_sns_sqs_cross_opt_in_region",
    "l2_sns_subscriptions/integ_sns_lambda_cross_opt_in_region",
    "l2_scheduler_targets/integ_firehose_put_record",
    "l2_scheduler_targets/integ_codepipeline_start_pipeline_execution",
    "l2_scheduler_targets/integ_ecs_run_task_ec2",
    "l2_scheduler_targets/integ_sage_maker_start_pipeline_execution",
})


def _param(app: GoldenApp) -> object:
    reason = KNOWN_DIVERGENCES.get(app.test_id)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(app, id=app.test_id, marks=marks)


@pytest.mark.parametrize("app", [_param(app) for app in GOLDEN_APPS])
def test_templates_match_aws_cdk_lib(app: GoldenApp, golden_workdir: Path) -> None:
    # Fail outside the except block, so the report does not repeat the error as its context.
    failure: str | None = None
    try:
        outdir = run_on_pycdk(app, golden_workdir)
    except GoldenRunError as error:
        failure = str(error)
    if failure is not None:
        pytest.fail(failure, pytrace=False)
    problems = compare_templates(app, outdir, mask_own_handlers=app.test_id in OWN_HANDLER_APPS)
    if problems:
        pytest.fail(f"{app.test_id}: {len(problems)} template problem(s)\n\n" + "\n\n".join(problems), pytrace=False)


def test_every_app_has_fixtures() -> None:
    missing = [app.test_id for app in all_apps() if app not in GOLDEN_APPS]
    assert not missing, f"apps without fixtures (run tests/golden/oracle.py): {missing}"


def test_no_fixture_folder_outlives_its_app() -> None:
    orphans = [str(path) for path in orphan_fixture_dirs()]
    assert not orphans, f"fixture folders without an app: {orphans}"


# --- self-checks of the harness, on a throw-away suite whose "app" writes templates itself ---

FAKE_APP = """
import json, os, pathlib
out = pathlib.Path(os.environ["CDK_OUTDIR"])
(out / "assembly-Prod").mkdir()
(out / "A.template.json").write_text(json.dumps({"Resources": {"Q": {"Type": "X"}}}, indent=1))
(out / "assembly-Prod" / "B.template.json").write_text('{"Resources":{}}')
(out / "Extra.template.json").write_text("{}")
"""


def _fake_suite(tmp_path: Path, app_source: str) -> GoldenApp:
    suite = tmp_path / "suite"
    (suite / "fixtures" / "fake" / "assembly-Prod").mkdir(parents=True)
    (suite / "fake.py").write_text(app_source)
    return GoldenApp("suite", suite / "fake.py")


def test_harness_reports_differences_missing_and_extra_templates(tmp_path: Path) -> None:
    app = _fake_suite(tmp_path, FAKE_APP)
    (app.fixture_dir / "A.template.json").write_text('{\n "Resources": {\n  "Q": {\n   "Type": "Y"\n  }\n }\n}')
    (app.fixture_dir / "assembly-Prod" / "B.template.json").write_text('{"Resources":{}}')
    (app.fixture_dir / "Missing.template.json").write_text("{}")
    problems = compare_templates(app, run_on_pycdk(app, tmp_path / "work"))
    assert len(problems) == 3
    assert problems[0].startswith("A.template.json differs:\n--- aws-cdk-lib\n+++ pycdk\n")
    assert '-   "Type": "Y"\n+   "Type": "X"' in problems[0]
    assert problems[1].startswith("Missing.template.json: pycdk produced no such template")
    assert problems[2] == "Extra.template.json: pycdk produced a template the fixtures lack"


def test_harness_reports_a_failing_app_with_its_traceback(tmp_path: Path) -> None:
    app = _fake_suite(tmp_path, "import aws_cdk as cdk\ncdk.App(unknown=1)\n")
    with pytest.raises(GoldenRunError, match=r"(?s)pycdk run of suite/fake failed.*line 2, in <module>"):
        run_on_pycdk(app, tmp_path / "work")


def test_harness_explains_invisible_byte_differences() -> None:
    assert describe_difference(b'{"a": 1}', b'{"a": 1}\n') == (
        "bytes differ at offset 8 (lengths 8 vs 9): aws-cdk-lib b'{\"a\": 1}' / pycdk b'{\"a\": 1}\\n'"
    )


def test_harness_reindents_compact_templates_for_the_diff() -> None:
    text = describe_difference(b'{"a":[1,2]}', b'{"a":[1,3]}')
    assert text.startswith("(compact templates, re-indented for this diff)\n--- aws-cdk-lib")
    assert "-  2\n+  3" in text


def test_no_app_name_shadows_a_module() -> None:
    shadowing = [str(path) for path in shadowing_apps([app.path for app in all_apps()])]
    assert not shadowing, f"rename these apps; as scripts they would shadow a module: {shadowing}"
