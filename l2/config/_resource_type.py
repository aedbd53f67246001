"""``ResourceType``: the resource types an AWS Config rule can be scoped to (the list in aws-cdk-lib 2.275)."""

from __future__ import annotations

from typing import ClassVar


class ResourceType:
    """A resource type a rule is scoped to (``ResourceType.of`` for one not listed).

    Args:
        type: the CloudFormation-style type name (``AWS::S3::Bucket``).
    """

    APIGATEWAY_STAGE: ClassVar[ResourceType]
    APIGATEWAYV2_STAGE: ClassVar[ResourceType]
    APIGATEWAY_REST_API: ClassVar[ResourceType]
    APIGATEWAYV2_API: ClassVar[ResourceType]
    CLOUDFRONT_DISTRIBUTION: ClassVar[ResourceType]
    CLOUDFRONT_STREAMING_DISTRIBUTION: ClassVar[ResourceType]
    CLOUDWATCH_ALARM: ClassVar[ResourceType]
    CLOUDWATCH_RUM_APP_MONITOR: ClassVar[ResourceType]
    DYNAMODB_TABLE: ClassVar[ResourceType]
    EBS_VOLUME: ClassVar[ResourceType]
    EC2_HOST: ClassVar[ResourceType]
    EC2_EIP: ClassVar[ResourceType]
    EC2_INSTANCE: ClassVar[ResourceType]
    EC2_NETWORK_INTERFACE: ClassVar[ResourceType]
    EC2_SECURITY_GROUP: ClassVar[ResourceType]
    EC2_NAT_GATEWAY: ClassVar[ResourceType]
    EC2_EGRESS_ONLY_INTERNET_GATEWAY: ClassVar[ResourceType]
    EC2_FLOW_LOG: ClassVar[ResourceType]
    EC2_TRANSIT_GATEWAY: ClassVar[ResourceType]
    EC2_TRANSIT_GATEWAY_ATTACHMENT: ClassVar[ResourceType]
    EC2_TRANSIT_GATEWAY_ROUTE_TABLE: ClassVar[ResourceType]
    EC2_VPC_ENDPOINT: ClassVar[ResourceType]
    EC2_VPC_ENDPOINT_SERVICE: ClassVar[ResourceType]
    EC2_VPC_PEERING_CONNECTION: ClassVar[ResourceType]
    EC2_REGISTERED_HA_INSTANCE: ClassVar[ResourceType]
    EC2_LAUNCH_TEMPLATE: ClassVar[ResourceType]
    EC2_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSIS: ClassVar[ResourceType]
    IMAGEBUILDER_CONTAINER_RECIPE: ClassVar[ResourceType]
    IMAGEBUILDER_DISTRIBUTION_CONFIGURATION: ClassVar[ResourceType]
    IMAGEBUILDER_INFRASTRUCTURE_CONFIGURATION: ClassVar[ResourceType]
    ECR_REPOSITORY: ClassVar[ResourceType]
    ECR_REGISTRY_POLICY: ClassVar[ResourceType]
    ECR_PUBLIC_REPOSITORY: ClassVar[ResourceType]
    ECS_CLUSTER: ClassVar[ResourceType]
    ECS_TASK_DEFINITION: ClassVar[ResourceType]
    ECS_SERVICE: ClassVar[ResourceType]
    EFS_FILE_SYSTEM: ClassVar[ResourceType]
    EFS_ACCESS_POINT: ClassVar[ResourceType]
    EKS_CLUSTER: ClassVar[ResourceType]
    EKS_IDENTITY_PROVIDER_CONFIG: ClassVar[ResourceType]
    EKS_ADDON: ClassVar[ResourceType]
    EMR_SECURITY_CONFIGURATION: ClassVar[ResourceType]
    EVENTBRIDGE_EVENTBUS: ClassVar[ResourceType]
    EVENTBRIDGE_API_DESTINATION: ClassVar[ResourceType]
    EVENTBRIDGE_ARCHIVE: ClassVar[ResourceType]
    EVENTBRIDGE_ENDPOINT: ClassVar[ResourceType]
    EVENTSCHEMAS_REGISTRY: ClassVar[ResourceType]
    EVENTSCHEMAS_REGISTRY_POLICY: ClassVar[ResourceType]
    EVENTSCHEMAS_DISCOVERER: ClassVar[ResourceType]
    FRAUDDETECTOR_LABEL: ClassVar[ResourceType]
    FRAUDDETECTOR_ENTITY_TYPE: ClassVar[ResourceType]
    FRAUDDETECTOR_VARIABLE: ClassVar[ResourceType]
    FRAUDDETECTOR_OUTCOME: ClassVar[ResourceType]
    GUARDDUTY_DETECTOR: ClassVar[ResourceType]
    GUARDDUTY_THREAT_INTEL_SET: ClassVar[ResourceType]
    GUARDDUTY_IP_SET: ClassVar[ResourceType]
    GUARDDUTY_FILTER: ClassVar[ResourceType]
    ELASTICSEARCH_DOMAIN: ClassVar[ResourceType]
    IVS_CHANNEL: ClassVar[ResourceType]
    IVS_RECORDING_CONFIGURATION: ClassVar[ResourceType]
    IVS_PLAYBACK_KEYPAIR: ClassVar[ResourceType]
    OPENSEARCH_DOMAIN: ClassVar[ResourceType]
    QLDB_LEDGER: ClassVar[ResourceType]
    KINESIS_STREAM: ClassVar[ResourceType]
    KINESIS_STREAM_CONSUMER: ClassVar[ResourceType]
    KINESIS_ANALYTICS_V2_APPLICATION: ClassVar[ResourceType]
    LIGHTSAIL_CERTIFICATE: ClassVar[ResourceType]
    LIGHTSAIL_DISK: ClassVar[ResourceType]
    LIGHTSAIL_BUCKET: ClassVar[ResourceType]
    LIGHTSAIL_STATIC_IP: ClassVar[ResourceType]
    AMAZON_MQ_BROKER: ClassVar[ResourceType]
    MSK_CLUSTER: ClassVar[ResourceType]
    REDSHIFT_CLUSTER: ClassVar[ResourceType]
    REDSHIFT_CLUSTER_PARAMETER_GROUP: ClassVar[ResourceType]
    REDSHIFT_CLUSTER_SECURITY_GROUP: ClassVar[ResourceType]
    REDSHIFT_CLUSTER_SNAPSHOT: ClassVar[ResourceType]
    REDSHIFT_CLUSTER_SUBNET_GROUP: ClassVar[ResourceType]
    REDSHIFT_EVENT_SUBSCRIPTION: ClassVar[ResourceType]
    RDS_DB_INSTANCE: ClassVar[ResourceType]
    RDS_DB_SECURITY_GROUP: ClassVar[ResourceType]
    RDS_DB_SNAPSHOT: ClassVar[ResourceType]
    RDS_DB_SUBNET_GROUP: ClassVar[ResourceType]
    RDS_EVENT_SUBSCRIPTION: ClassVar[ResourceType]
    RDS_DB_CLUSTER: ClassVar[ResourceType]
    RDS_DB_CLUSTER_SNAPSHOT: ClassVar[ResourceType]
    RDS_GLOBAL_CLUSTER: ClassVar[ResourceType]
    ROUTE53_HOSTED_ZONE: ClassVar[ResourceType]
    ROUTE53_HEALTH_CHECK: ClassVar[ResourceType]
    ROUTE53_RESOLVER_RESOLVER_ENDPOINT: ClassVar[ResourceType]
    ROUTE53_RESOLVER_RESOLVER_RULE: ClassVar[ResourceType]
    ROUTE53_RESOLVER_RESOLVER_RULE_ASSOCIATION: ClassVar[ResourceType]
    ROUTE53_RECOVERY_READINESS_CELL: ClassVar[ResourceType]
    ROUTE53_RECOVERY_READINESS_READINESS_CHECK: ClassVar[ResourceType]
    ROUTE53_RECOVERY_READINESS_RECOVERY_GROUP: ClassVar[ResourceType]
    SQS_QUEUE: ClassVar[ResourceType]
    SNS_TOPIC: ClassVar[ResourceType]
    S3_BUCKET: ClassVar[ResourceType]
    S3_MULTIREGION_ACCESS_POINT: ClassVar[ResourceType]
    SAGEMAKER_CODE_REPOSITORY: ClassVar[ResourceType]
    SAGEMAKER_MODEL: ClassVar[ResourceType]
    SAGEMAKER_NOTEBOOK_INSTANCE: ClassVar[ResourceType]
    SAGEMAKER_WORKTEAM: ClassVar[ResourceType]
    SES_CONFIGURATION_SET: ClassVar[ResourceType]
    SES_CONTACT_LIST: ClassVar[ResourceType]
    SES_TEMPLATE: ClassVar[ResourceType]
    SES_RECEIPT_FILTER: ClassVar[ResourceType]
    SES_RECEIPT_RECEIPT_RULE_SET: ClassVar[ResourceType]
    S3_ACCOUNT_PUBLIC_ACCESS_BLOCK: ClassVar[ResourceType]
    EC2_CUSTOMER_GATEWAY: ClassVar[ResourceType]
    EC2_INTERNET_GATEWAY: ClassVar[ResourceType]
    EC2_NETWORK_ACL: ClassVar[ResourceType]
    EC2_ROUTE_TABLE: ClassVar[ResourceType]
    EC2_SUBNET: ClassVar[ResourceType]
    EC2_VPC: ClassVar[ResourceType]
    EC2_VPN_CONNECTION: ClassVar[ResourceType]
    EC2_VPN_GATEWAY: ClassVar[ResourceType]
    AUTO_SCALING_GROUP: ClassVar[ResourceType]
    AUTO_SCALING_LAUNCH_CONFIGURATION: ClassVar[ResourceType]
    AUTO_SCALING_POLICY: ClassVar[ResourceType]
    AUTO_SCALING_SCHEDULED_ACTION: ClassVar[ResourceType]
    WORKSPACES_CONNECTION_ALIAS: ClassVar[ResourceType]
    WORKSPACES_WORKSPACE: ClassVar[ResourceType]
    APPCONFIG_APPLICATION: ClassVar[ResourceType]
    APPCONFIG_ENVIRONMENT: ClassVar[ResourceType]
    APPCONFIG_CONFIGURATION_PROFILE: ClassVar[ResourceType]
    APPSYNC_GRAPHQL_API: ClassVar[ResourceType]
    BACKUP_BACKUP_PLAN: ClassVar[ResourceType]
    BACKUP_BACKUP_SELECTION: ClassVar[ResourceType]
    BACKUP_BACKUP_VAULT: ClassVar[ResourceType]
    BACKUP_RECOVERY_POINT: ClassVar[ResourceType]
    BACKUP_REPORT_PLAN: ClassVar[ResourceType]
    BATCH_JOB_QUEUE: ClassVar[ResourceType]
    BATCH_COMPUTE_ENVIRONMENT: ClassVar[ResourceType]
    ACM_CERTIFICATE: ClassVar[ResourceType]
    CLOUDFORMATION_STACK: ClassVar[ResourceType]
    CLOUDTRAIL_TRAIL: ClassVar[ResourceType]
    CLOUD9_ENVIRONMENT_EC2: ClassVar[ResourceType]
    SERVICEDISCOVERY_SERVICE: ClassVar[ResourceType]
    SERVICEDISCOVERY_PUBLIC_DNS_NAMESPACE: ClassVar[ResourceType]
    SERVICEDISCOVERY_HTTP_NAMESPACE: ClassVar[ResourceType]
    CODEBUILD_PROJECT: ClassVar[ResourceType]
    CODEDEPLOY_APPLICATION: ClassVar[ResourceType]
    CODEDEPLOY_DEPLOYMENT_CONFIG: ClassVar[ResourceType]
    CODEDEPLOY_DEPLOYMENT_GROUP: ClassVar[ResourceType]
    CODEPIPELINE_PIPELINE: ClassVar[ResourceType]
    CONFIG_RESOURCE_COMPLIANCE: ClassVar[ResourceType]
    CONFIG_CONFORMANCE_PACK_COMPLIANCE: ClassVar[ResourceType]
    DMS_EVENT_SUBSCRIPTION: ClassVar[ResourceType]
    DMS_REPLICATION_SUBNET_GROUP: ClassVar[ResourceType]
    DATASYNC_LOCATION_SMB: ClassVar[ResourceType]
    DATASYNC_LOCATION_FSX_LUSTRE: ClassVar[ResourceType]
    DATASYNC_LOCATION_FSX_WINDOWS: ClassVar[ResourceType]
    DATASYNC_LOCATION_S3: ClassVar[ResourceType]
    DATASYNC_LOCATION_EFS: ClassVar[ResourceType]
    DATASYNC_TASK: ClassVar[ResourceType]
    DATASYNC_LOCATION_NFS: ClassVar[ResourceType]
    DATASYNC_LOCATION_OBJECT_STORAGE: ClassVar[ResourceType]
    DATASYNC_LOCATION_HDFS: ClassVar[ResourceType]
    ELASTIC_BEANSTALK_APPLICATION: ClassVar[ResourceType]
    ELASTIC_BEANSTALK_APPLICATION_VERSION: ClassVar[ResourceType]
    ELASTIC_BEANSTALK_ENVIRONMENT: ClassVar[ResourceType]
    FIS_EXPERIMENT_TEMPLATE: ClassVar[ResourceType]
    GLOBALACCELERATOR_LISTENER: ClassVar[ResourceType]
    GLOBALACCELERATOR_ENDPOINT_GROUP: ClassVar[ResourceType]
    GLOBALACCELERATOR_ACCELERATOR: ClassVar[ResourceType]
    GLUE_JOB: ClassVar[ResourceType]
    GLUE_CLASSIFIER: ClassVar[ResourceType]
    GLUE_ML_TRANSFORM: ClassVar[ResourceType]
    IAM_USER: ClassVar[ResourceType]
    IAM_GROUP: ClassVar[ResourceType]
    IAM_ROLE: ClassVar[ResourceType]
    IAM_POLICY: ClassVar[ResourceType]
    IAM_ACCESSANALYZER_ANALYZER: ClassVar[ResourceType]
    IOT_AUTHORIZER: ClassVar[ResourceType]
    IOT_SECURITY_PROFILE: ClassVar[ResourceType]
    IOT_ROLE_ALIAS: ClassVar[ResourceType]
    IOT_DIMENSION: ClassVar[ResourceType]
    IOT_POLICY: ClassVar[ResourceType]
    IOT_MITIGATION_ACTION: ClassVar[ResourceType]
    IOT_TWINMAKER_WORKSPACE: ClassVar[ResourceType]
    IOT_TWINMAKER_ENTITY: ClassVar[ResourceType]
    IOT_ANALYTICS_DATASTORE: ClassVar[ResourceType]
    IOT_ANALYTICS_DATASET: ClassVar[ResourceType]
    IOT_ANALYTICS_PIPELINE: ClassVar[ResourceType]
    IOT_ANALYTICS_CHANNEL: ClassVar[ResourceType]
    IOT_EVENTS_INPUT: ClassVar[ResourceType]
    IOT_EVENTS_DETECTOR_MODEL: ClassVar[ResourceType]
    IOT_EVENTS_ALARM_MODEL: ClassVar[ResourceType]
    IOT_SITEWISE_DASHBOARD: ClassVar[ResourceType]
    IOT_SITEWISE_PROJECT: ClassVar[ResourceType]
    IOT_SITEWISE_PORTAL: ClassVar[ResourceType]
    IOT_SITEWISE_ASSETMODEL: ClassVar[ResourceType]
    KMS_KEY: ClassVar[ResourceType]
    LAMBDA_FUNCTION: ClassVar[ResourceType]
    NETWORK_FIREWALL_FIREWALL: ClassVar[ResourceType]
    NETWORK_FIREWALL_FIREWALL_POLICY: ClassVar[ResourceType]
    NETWORK_FIREWALL_RULE_GROUP: ClassVar[ResourceType]
    RESILIENCEHUB_RESILIENCY_POLICY: ClassVar[ResourceType]
    SECRETS_MANAGER_SECRET: ClassVar[ResourceType]
    SERVICE_CATALOG_CLOUDFORMATION_PRODUCT: ClassVar[ResourceType]
    SERVICE_CATALOG_CLOUDFORMATION_PROVISIONED_PRODUCT: ClassVar[ResourceType]
    SERVICE_CATALOG_PORTFOLIO: ClassVar[ResourceType]
    SHIELD_PROTECTION: ClassVar[ResourceType]
    SHIELD_REGIONAL_PROTECTION: ClassVar[ResourceType]
    STEPFUNCTIONS_ACTIVITY: ClassVar[ResourceType]
    STEPFUNCTIONS_STATE_MACHINE: ClassVar[ResourceType]
    SYSTEMS_MANAGER_MANAGED_INSTANCE_INVENTORY: ClassVar[ResourceType]
    SYSTEMS_MANAGER_PATCH_COMPLIANCE: ClassVar[ResourceType]
    SYSTEMS_MANAGER_ASSOCIATION_COMPLIANCE: ClassVar[ResourceType]
    SYSTEMS_MANAGER_FILE_DATA: ClassVar[ResourceType]
    TRANSFER_WORKFLOW: ClassVar[ResourceType]
    WAF_RATE_BASED_RULE: ClassVar[ResourceType]
    WAF_RULE: ClassVar[ResourceType]
    WAF_WEB_ACL: ClassVar[ResourceType]
    WAF_RULE_GROUP: ClassVar[ResourceType]
    WAF_REGIONAL_RATE_BASED_RULE: ClassVar[ResourceType]
    WAF_REGIONAL_RULE: ClassVar[ResourceType]
    WAF_REGIONAL_WEB_ACL: ClassVar[ResourceType]
    WAF_REGIONAL_RULE_GROUP: ClassVar[ResourceType]
    WAFV2_WEB_ACL: ClassVar[ResourceType]
    WAFV2_RULE_GROUP: ClassVar[ResourceType]
    WAFV2_MANAGED_RULE_SET: ClassVar[ResourceType]
    WAFV2_IP_SET: ClassVar[ResourceType]
    WAFV2_REGEX_PATTERN_SET: ClassVar[ResourceType]
    XRAY_ENCRYPTION_CONFIGURATION: ClassVar[ResourceType]
    ELB_LOAD_BALANCER: ClassVar[ResourceType]
    ELBV2_LOAD_BALANCER: ClassVar[ResourceType]
    ELBV2_LISTENER: ClassVar[ResourceType]
    MEDIAPACKAGE_PACKAGING_GROUP: ClassVar[ResourceType]
    DEVICE_FARM_TEST_GRID_PROJECT: ClassVar[ResourceType]
    BUDGETS_BUDGETS_ACTION: ClassVar[ResourceType]
    LEX_BOT: ClassVar[ResourceType]
    LEX_BOT_ALIAS: ClassVar[ResourceType]
    CODE_GURU_REVIEWER_REPOSITORY_ASSOCIATION: ClassVar[ResourceType]
    IOT_CUSTOM_METRIC: ClassVar[ResourceType]
    IOT_ACCOUNT_AUDIT_CONFIGURATION: ClassVar[ResourceType]
    IOT_SCHEDULED_AUDIT: ClassVar[ResourceType]
    ROUTE53_RESOLVER_FIREWALL_DOMAIN_LIST: ClassVar[ResourceType]
    ROBO_MAKER_ROBOT_APPLICATION_VERSION: ClassVar[ResourceType]
    EC2_TRAFFIC_MIRROR_SESSION: ClassVar[ResourceType]
    EC2_TRAFFIC_MIRROR_TARGET: ClassVar[ResourceType]
    IOT_SITEWISE_GATEWAY: ClassVar[ResourceType]
    LOOKOUT_METRICS_ALERT: ClassVar[ResourceType]
    S3_STORAGE_LENS: ClassVar[ResourceType]
    EVENTS_CONNECTION: ClassVar[ResourceType]
    EVENT_SCHEMAS_SCHEMA: ClassVar[ResourceType]
    MEDIA_PACKAGE_PACKAGING_CONFIGURATION: ClassVar[ResourceType]
    APP_STREAM_DIRECTORY_CONFIG: ClassVar[ResourceType]
    AUTO_SCALING_WARM_POOL: ClassVar[ResourceType]
    CONNECT_PHONE_NUMBER: ClassVar[ResourceType]
    CUSTOMER_PROFILES_DOMAIN: ClassVar[ResourceType]
    EC2_DHCP_OPTIONS: ClassVar[ResourceType]
    EC2_IPAM: ClassVar[ResourceType]
    EC2_NETWORK_INSIGHTS_PATH: ClassVar[ResourceType]
    EC2_TRAFFIC_MIRROR_FILTER: ClassVar[ResourceType]
    EVENTS_RULE: ClassVar[ResourceType]
    HEALTH_LAKE_FHIR_DATASTORE: ClassVar[ResourceType]
    IOT_TWIN_MAKER_SCENE: ClassVar[ResourceType]
    KINESIS_VIDEO_SIGNALING_CHANNEL: ClassVar[ResourceType]
    LOOKOUT_VISION_PROJECT: ClassVar[ResourceType]
    NETWORK_MANAGER_TRANSIT_GATEWAY_REGISTRATION: ClassVar[ResourceType]
    PINPOINT_APPLICATION_SETTINGS: ClassVar[ResourceType]
    PINPOINT_SEGMENT: ClassVar[ResourceType]
    ROBO_MAKER_ROBOT_APPLICATION: ClassVar[ResourceType]
    ROBO_MAKER_SIMULATION_APPLICATION: ClassVar[ResourceType]
    ROUTE53_RECOVERY_CONTROL_CLUSTER: ClassVar[ResourceType]
    ROUTE53_RECOVERY_CONTROL_CONTROL_PANEL: ClassVar[ResourceType]
    ROUTE53_RECOVERY_CONTROL_ROUTING_CONTROL: ClassVar[ResourceType]
    ROUTE53_RECOVERY_CONTROL_SAFETY_RULE: ClassVar[ResourceType]
    ROUTE53_RECOVERY_READINESS_RESOURCE_SET: ClassVar[ResourceType]
    ROUTE53_RESOLVER_FIREWALL_RULE_GROUP_ASSOCIATION: ClassVar[ResourceType]
    EC2_EC2_FLEET: ClassVar[ResourceType]
    IOT_WIRELESS_SERVICE_PROFILE: ClassVar[ResourceType]
    EC2_SUBNET_ROUTE_TABLE_ASSOCIATION: ClassVar[ResourceType]
    NETWORK_MANAGER_GLOBAL_NETWORK: ClassVar[ResourceType]
    DEVICE_FARM_INSTANCE_PROFILE: ClassVar[ResourceType]
    GROUND_STATION_CONFIG: ClassVar[ResourceType]
    APP_FLOW_FLOW: ClassVar[ResourceType]
    REDSHIFT_SCHEDULED_ACTION: ClassVar[ResourceType]
    PINPOINT_APP: ClassVar[ResourceType]
    IOT_FLEET_METRIC: ClassVar[ResourceType]
    APP_CONFIG_DEPLOYMENT_STRATEGY: ClassVar[ResourceType]
    NETWORK_MANAGER_DEVICE: ClassVar[ResourceType]
    IMAGE_BUILDER_IMAGE_PIPELINE: ClassVar[ResourceType]
    CLOUD_WATCH_METRIC_STREAM: ClassVar[ResourceType]
    PANORAMA_PACKAGE: ClassVar[ResourceType]
    SAGE_MAKER_IMAGE: ClassVar[ResourceType]
    ECR_PULL_THROUGH_CACHE_RULE: ClassVar[ResourceType]
    AUDIT_MANAGER_ASSESSMENT: ClassVar[ResourceType]
    NETWORK_MANAGER_SITE: ClassVar[ResourceType]
    SAGE_MAKER_APP_IMAGE_CONFIG: ClassVar[ResourceType]
    DEVICE_FARM_PROJECT: ClassVar[ResourceType]
    NETWORK_MANAGER_LINK: ClassVar[ResourceType]
    NETWORK_FIREWALL_TLS_INSPECTION_CONFIGURATION: ClassVar[ResourceType]
    AMPLIFY_APP: ClassVar[ResourceType]
    APP_MESH_VIRTUAL_NODE: ClassVar[ResourceType]
    APP_MESH_VIRTUAL_SERVICE: ClassVar[ResourceType]
    APP_RUNNER_VPC_CONNECTOR: ClassVar[ResourceType]
    APP_STREAM_APPLICATION: ClassVar[ResourceType]
    CASSANDRA_KEYSPACE: ClassVar[ResourceType]
    CODE_ARTIFACT_REPOSITORY: ClassVar[ResourceType]
    EC2_PREFIX_LIST: ClassVar[ResourceType]
    EC2_SPOT_FLEET: ClassVar[ResourceType]
    ECS_TASK_SET: ClassVar[ResourceType]
    EVIDENTLY_PROJECT: ClassVar[ResourceType]
    FORECAST_DATASET: ClassVar[ResourceType]
    IAM_SAML_PROVIDER: ClassVar[ResourceType]
    IAM_SERVER_CERTIFICATE: ClassVar[ResourceType]
    KINESIS_FIREHOSE_DELIVERY_STREAM: ClassVar[ResourceType]
    PINPOINT_CAMPAIGN: ClassVar[ResourceType]
    PINPOINT_IN_APP_TEMPLATE: ClassVar[ResourceType]
    SIGNER_SIGNING_PROFILE: ClassVar[ResourceType]
    SAGEMAKER_DOMAIN: ClassVar[ResourceType]
    TRANSFER_AGREEMENT: ClassVar[ResourceType]
    TRANSFER_CONNECTOR: ClassVar[ResourceType]
    ACMPCA_CERTIFICATE_AUTHORITY: ClassVar[ResourceType]
    APP_CONFIG_HOSTED_CONFIGURATION_VERSION: ClassVar[ResourceType]
    APP_MESH_VIRTUAL_GATEWAY: ClassVar[ResourceType]
    APP_MESH_VIRTUAL_ROUTER: ClassVar[ResourceType]
    APP_RUNNER_SERVICE: ClassVar[ResourceType]
    CUSTOMER_PROFILES_OBJECT_TYPE: ClassVar[ResourceType]
    DMS_ENDPOINT: ClassVar[ResourceType]
    EC2_CAPACITY_RESERVATION: ClassVar[ResourceType]
    EC2_CLIENT_VPN_ENDPOINT: ClassVar[ResourceType]
    KENDRA_INDEX: ClassVar[ResourceType]
    KINESIS_VIDEO_STREAM: ClassVar[ResourceType]
    LOGS_DESTINATION: ClassVar[ResourceType]
    NETWORK_MANAGER_CUSTOMER_GATEWAY_ASSOCIATION: ClassVar[ResourceType]
    NETWORK_MANAGER_LINK_ASSOCIATION: ClassVar[ResourceType]
    PINPOINT_EMAIL_CHANNEL: ClassVar[ResourceType]
    S3_ACCESS_POINT: ClassVar[ResourceType]
    AMPLIFY_BRANCH: ClassVar[ResourceType]
    APP_INTEGRATIONS_EVENT_INTEGRATION: ClassVar[ResourceType]
    APP_MESH_ROUTE: ClassVar[ResourceType]
    ATHENA_PREPARED_STATEMENT: ClassVar[ResourceType]
    EC2_IPAM_SCOPE: ClassVar[ResourceType]
    EVIDENTLY_LAUNCH: ClassVar[ResourceType]
    FORECAST_DATASET_GROUP: ClassVar[ResourceType]
    GREENGRASSV2_COMPONENT_VERSION: ClassVar[ResourceType]
    GROUNDSTATION_MISSION_PROFILE: ClassVar[ResourceType]
    MEDIACONNECT_FLOW_ENTITLEMENT: ClassVar[ResourceType]
    MEDIACONNECT_FLOW_VPC_INTERFACE: ClassVar[ResourceType]
    MEDIATAILOR_PLAYBACK_CONFIGURATION: ClassVar[ResourceType]
    MSK_CONFIGURATION: ClassVar[ResourceType]
    PERSONALIZE_DATASET: ClassVar[ResourceType]
    PERSONALIZE_SCHEMA: ClassVar[ResourceType]
    PERSONALIZE_SOLUTION: ClassVar[ResourceType]
    PINPOINT_EMAIL_TEMPLATE: ClassVar[ResourceType]
    PINPOINT_EVENT_STREAM: ClassVar[ResourceType]
    RESILIENCEHUB_APP: ClassVar[ResourceType]
    CODE_GURU_PROFILER_PROFILING_GROUP: ClassVar[ResourceType]
    MEDIA_CONNECT_FLOW_SOURCE: ClassVar[ResourceType]
    TRANSFER_CERTIFICATE: ClassVar[ResourceType]
    APS_RULE_GROUPS_NAMESPACE: ClassVar[ResourceType]
    BATCH_SCHEDULING_POLICY: ClassVar[ResourceType]
    SERVICE_DISCOVERY_INSTANCE: ClassVar[ResourceType]
    ROUTE53_RESOLVER_QUERY_LOGGING_CONFIG: ClassVar[ResourceType]
    ROUTE53_RESOLVER_QUERY_LOGGING_CONFIG_ASSOCIATION: ClassVar[ResourceType]
    IOT_JOB_TEMPLATE: ClassVar[ResourceType]
    IOT_TWIN_MAKER_COMPONENT_TYPE: ClassVar[ResourceType]
    IOT_WIRELESS_MULTICAST_GROUP: ClassVar[ResourceType]
    PERSONALIZE_DATASET_GROUP: ClassVar[ResourceType]
    IOT_PROVISIONING_TEMPLATE: ClassVar[ResourceType]
    IOT_WIRELESS_FUOTA_TASK: ClassVar[ResourceType]
    MSK_BATCH_SCRAM_SECRET: ClassVar[ResourceType]
    SAGEMAKER_FEATURE_GROUP: ClassVar[ResourceType]
    CODE_BUILD_REPORT_GROUP: ClassVar[ResourceType]
    APP_STREAM_STACK: ClassVar[ResourceType]
    INSPECTORV2_FILTER: ClassVar[ResourceType]
    APP_STREAM_FLEET: ClassVar[ResourceType]
    GRAFANA_WORKSPACE: ClassVar[ResourceType]
    KMS_ALIAS: ClassVar[ResourceType]
    RDS_OPTION_GROUP: ClassVar[ResourceType]
    ROUTE53_RESOLVER_FIREWALL_RULE_GROUP: ClassVar[ResourceType]
    IAM_INSTANCE_PROFILE: ClassVar[ResourceType]
    NETWORK_MANAGER_CONNECT_PEER: ClassVar[ResourceType]
    ACMPCA_CERTIFICATE_AUTHORITY_ACTIVATION: ClassVar[ResourceType]
    APP_MESH_GATEWAY_ROUTE: ClassVar[ResourceType]
    APP_MESH_MESH: ClassVar[ResourceType]
    CONNECT_QUICK_CONNECT: ClassVar[ResourceType]
    EC2_CARRIER_GATEWAY: ClassVar[ResourceType]
    EC2_TRANSIT_GATEWAY_CONNECT: ClassVar[ResourceType]
    ECS_CAPACITY_PROVIDER: ClassVar[ResourceType]
    IOT_CA_CERTIFICATE: ClassVar[ResourceType]
    IOT_TWIN_MAKER_SYNC_JOB: ClassVar[ResourceType]
    KAFKA_CONNECT_CONNECTOR: ClassVar[ResourceType]
    LAMBDA_CODE_SIGNING_CONFIG: ClassVar[ResourceType]
    RESOURCE_EXPLORER2_INDEX: ClassVar[ResourceType]
    CONNECT_INSTANCE: ClassVar[ResourceType]
    EC2_IPAM_POOL: ClassVar[ResourceType]
    EC2_TRANSIT_GATEWAY_MULTICAST_DOMAIN: ClassVar[ResourceType]

    def __init__(self, type: str) -> None:
        self._type = type

    @property
    def compliance_resource_type(self) -> str:
        """The resource type name."""
        return self._type

    @staticmethod
    def of(type: str) -> ResourceType:
        """A resource type by name."""
        return ResourceType(type)


ResourceType.APIGATEWAY_STAGE = ResourceType("AWS::ApiGateway::Stage")
ResourceType.APIGATEWAYV2_STAGE = ResourceType("AWS::ApiGatewayV2::Stage")
ResourceType.APIGATEWAY_REST_API = ResourceType("AWS::ApiGateway::RestApi")
ResourceType.APIGATEWAYV2_API = ResourceType("AWS::ApiGatewayV2::Api")
ResourceType.CLOUDFRONT_DISTRIBUTION = ResourceType("AWS::CloudFront::Distribution")
ResourceType.CLOUDFRONT_STREAMING_DISTRIBUTION = ResourceType("AWS::CloudFront::StreamingDistribution")
ResourceType.CLOUDWATCH_ALARM = ResourceType("AWS::CloudWatch::Alarm")
ResourceType.CLOUDWATCH_RUM_APP_MONITOR = ResourceType("AWS::RUM::AppMonitor")
ResourceType.DYNAMODB_TABLE = ResourceType("AWS::DynamoDB::Table")
ResourceType.EBS_VOLUME = ResourceType("AWS::EC2::Volume")
ResourceType.EC2_HOST = ResourceType("AWS::EC2::Host")
ResourceType.EC2_EIP = ResourceType("AWS::EC2::EIP")
ResourceType.EC2_INSTANCE = ResourceType("AWS::EC2::Instance")
ResourceType.EC2_NETWORK_INTERFACE = ResourceType("AWS::EC2::NetworkInterface")
ResourceType.EC2_SECURITY_GROUP = ResourceType("AWS::EC2::SecurityGroup")
ResourceType.EC2_NAT_GATEWAY = ResourceType("AWS::EC2::NatGateway")
ResourceType.EC2_EGRESS_ONLY_INTERNET_GATEWAY = ResourceType("AWS::EC2::EgressOnlyInternetGateway")
ResourceType.EC2_FLOW_LOG = ResourceType("AWS::EC2::FlowLog")
ResourceType.EC2_TRANSIT_GATEWAY = ResourceType("AWS::EC2::TransitGateway")
ResourceType.EC2_TRANSIT_GATEWAY_ATTACHMENT = ResourceType("AWS::EC2::TransitGatewayAttachment")
ResourceType.EC2_TRANSIT_GATEWAY_ROUTE_TABLE = ResourceType("AWS::EC2::TransitGatewayRouteTable")
ResourceType.EC2_VPC_ENDPOINT = ResourceType("AWS::EC2::VPCEndpoint")
ResourceType.EC2_VPC_ENDPOINT_SERVICE = ResourceType("AWS::EC2::VPCEndpointService")
ResourceType.EC2_VPC_PEERING_CONNECTION = ResourceType("AWS::EC2::VPCPeeringConnection")
ResourceType.EC2_REGISTERED_HA_INSTANCE = ResourceType("AWS::EC2::RegisteredHAInstance")
ResourceType.EC2_LAUNCH_TEMPLATE = ResourceType("AWS::EC2::LaunchTemplate")
ResourceType.EC2_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSIS = ResourceType("AWS::EC2::NetworkInsightsAccessScopeAnalysis")
ResourceType.IMAGEBUILDER_CONTAINER_RECIPE = ResourceType("AWS::ImageBuilder::ContainerRecipe")
ResourceType.IMAGEBUILDER_DISTRIBUTION_CONFIGURATION = ResourceType("AWS::ImageBuilder::DistributionConfiguration")
ResourceType.IMAGEBUILDER_INFRASTRUCTURE_CONFIGURATION = ResourceType("AWS::ImageBuilder::InfrastructureConfiguration")
ResourceType.ECR_REPOSITORY = ResourceType("AWS::ECR::Repository")
ResourceType.ECR_REGISTRY_POLICY = ResourceType("AWS::ECR::RegistryPolicy")
ResourceType.ECR_PUBLIC_REPOSITORY = ResourceType("AWS::ECR::PublicRepository")
ResourceType.ECS_CLUSTER = ResourceType("AWS::ECS::Cluster")
ResourceType.ECS_TASK_DEFINITION = ResourceType("AWS::ECS::TaskDefinition")
ResourceType.ECS_SERVICE = ResourceType("AWS::ECS::Service")
ResourceType.EFS_FILE_SYSTEM = ResourceType("AWS::EFS::FileSystem")
ResourceType.EFS_ACCESS_POINT = ResourceType("AWS::EFS::AccessPoint")
ResourceType.EKS_CLUSTER = ResourceType("AWS::EKS::Cluster")
ResourceType.EKS_IDENTITY_PROVIDER_CONFIG = ResourceType("AWS::EKS::IdentityProviderConfig")
ResourceType.EKS_ADDON = ResourceType("AWS::EKS::Addon")
ResourceType.EMR_SECURITY_CONFIGURATION = ResourceType("AWS::EMR::SecurityConfiguration")
ResourceType.EVENTBRIDGE_EVENTBUS = ResourceType("AWS::Events::EventBus")
ResourceType.EVENTBRIDGE_API_DESTINATION = ResourceType("AWS::Events::ApiDestination")
ResourceType.EVENTBRIDGE_ARCHIVE = ResourceType("AWS::Events::Archive")
ResourceType.EVENTBRIDGE_ENDPOINT = ResourceType("AWS::Events::Endpoint")
ResourceType.EVENTSCHEMAS_REGISTRY = ResourceType("AWS::EventSchemas::Registry")
ResourceType.EVENTSCHEMAS_REGISTRY_POLICY = ResourceType("AWS::EventSchemas::RegistryPolicy")
ResourceType.EVENTSCHEMAS_DISCOVERER = ResourceType("AWS::EventSchemas::Discoverer")
ResourceType.FRAUDDETECTOR_LABEL = ResourceType("AWS::FraudDetector::Label")
ResourceType.FRAUDDETECTOR_ENTITY_TYPE = ResourceType("AWS::FraudDetector::EntityType")
ResourceType.FRAUDDETECTOR_VARIABLE = ResourceType("AWS::FraudDetector::Variable")
ResourceType.FRAUDDETECTOR_OUTCOME = ResourceType("AWS::FraudDetector::Outcome")
ResourceType.GUARDDUTY_DETECTOR = ResourceType("AWS::GuardDuty::Detector")
ResourceType.GUARDDUTY_THREAT_INTEL_SET = ResourceType("AWS::GuardDuty::ThreatIntelSet")
ResourceType.GUARDDUTY_IP_SET = ResourceType(" AWS::GuardDuty::IPSet")
ResourceType.GUARDDUTY_FILTER = ResourceType("AWS::GuardDuty::Filter")
ResourceType.ELASTICSEARCH_DOMAIN = ResourceType("AWS::Elasticsearch::Domain")
ResourceType.IVS_CHANNEL = ResourceType("AWS::IVS::Channel")
ResourceType.IVS_RECORDING_CONFIGURATION = ResourceType("AWS::IVS::RecordingConfiguration")
ResourceType.IVS_PLAYBACK_KEYPAIR = ResourceType("AWS::IVS::PlaybackKeyPair")
ResourceType.OPENSEARCH_DOMAIN = ResourceType("AWS::OpenSearch::Domain")
ResourceType.QLDB_LEDGER = ResourceType("AWS::QLDB::Ledger")
ResourceType.KINESIS_STREAM = ResourceType("AWS::Kinesis::Stream")
ResourceType.KINESIS_STREAM_CONSUMER = ResourceType("AWS::Kinesis::StreamConsumer")
ResourceType.KINESIS_ANALYTICS_V2_APPLICATION = ResourceType("AWS::KinesisAnalyticsV2::Application")
ResourceType.LIGHTSAIL_CERTIFICATE = ResourceType("AWS::Lightsail::Certificate")
ResourceType.LIGHTSAIL_DISK = ResourceType("AWS::Lightsail::Disk")
ResourceType.LIGHTSAIL_BUCKET = ResourceType("AWS::Lightsail::Bucket")
ResourceType.LIGHTSAIL_STATIC_IP = ResourceType("AWS::Lightsail::StaticIp")
ResourceType.AMAZON_MQ_BROKER = ResourceType("AWS::AmazonMQ::Broker")
ResourceType.MSK_CLUSTER = ResourceType("AWS::MSK::Cluster")
ResourceType.REDSHIFT_CLUSTER = ResourceType("AWS::Redshift::Cluster")
ResourceType.REDSHIFT_CLUSTER_PARAMETER_GROUP = ResourceType("AWS::Redshift::ClusterParameterGroup")
ResourceType.REDSHIFT_CLUSTER_SECURITY_GROUP = ResourceType("AWS::Redshift::ClusterSecurityGroup")
ResourceType.REDSHIFT_CLUSTER_SNAPSHOT = ResourceType("AWS::Redshift::ClusterSnapshot")
ResourceType.REDSHIFT_CLUSTER_SUBNET_GROUP = ResourceType("AWS::Redshift::ClusterSubnetGroup")
ResourceType.REDSHIFT_EVENT_SUBSCRIPTION = ResourceType("AWS::Redshift::EventSubscription")
ResourceType.RDS_DB_INSTANCE = ResourceType("AWS::RDS::DBInstance")
ResourceType.RDS_DB_SECURITY_GROUP = ResourceType("AWS::RDS::DBSecurityGroup")
ResourceType.RDS_DB_SNAPSHOT = ResourceType("AWS::RDS::DBSnapshot")
ResourceType.RDS_DB_SUBNET_GROUP = ResourceType("AWS::RDS::DBSubnetGroup")
ResourceType.RDS_EVENT_SUBSCRIPTION = ResourceType("AWS::RDS::EventSubscription")
ResourceType.RDS_DB_CLUSTER = ResourceType("AWS::RDS::DBCluster")
ResourceType.RDS_DB_CLUSTER_SNAPSHOT = ResourceType("AWS::RDS::DBClusterSnapshot")
ResourceType.RDS_GLOBAL_CLUSTER = ResourceType("AWS::RDS::GlobalCluster")
ResourceType.ROUTE53_HOSTED_ZONE = ResourceType("AWS::Route53::HostedZone")
ResourceType.ROUTE53_HEALTH_CHECK = ResourceType("AWS::Route53::HealthCheck")
ResourceType.ROUTE53_RESOLVER_RESOLVER_ENDPOINT = ResourceType("AWS::Route53Resolver::ResolverEndpoint")
ResourceType.ROUTE53_RESOLVER_RESOLVER_RULE = ResourceType("AWS::Route53Resolver::ResolverRule")
ResourceType.ROUTE53_RESOLVER_RESOLVER_RULE_ASSOCIATION = ResourceType("AWS::Route53Resolver::ResolverRuleAssociation")
ResourceType.ROUTE53_RECOVERY_READINESS_CELL = ResourceType("AWS::Route53RecoveryReadiness::Cell")
ResourceType.ROUTE53_RECOVERY_READINESS_READINESS_CHECK = ResourceType("AWS::Route53RecoveryReadiness::ReadinessCheck")
ResourceType.ROUTE53_RECOVERY_READINESS_RECOVERY_GROUP = ResourceType("AWS::Route53RecoveryReadiness::RecoveryGroup")
ResourceType.SQS_QUEUE = ResourceType("AWS::SQS::Queue")
ResourceType.SNS_TOPIC = ResourceType("AWS::SNS::Topic")
ResourceType.S3_BUCKET = ResourceType("AWS::S3::Bucket")
ResourceType.S3_MULTIREGION_ACCESS_POINT = ResourceType("AWS::S3::MultiRegionAccessPoint")
ResourceType.SAGEMAKER_CODE_REPOSITORY = ResourceType("AWS::SageMaker::CodeRepository")
ResourceType.SAGEMAKER_MODEL = ResourceType("AWS::SageMaker::Model")
ResourceType.SAGEMAKER_NOTEBOOK_INSTANCE = ResourceType("AWS::SageMaker::NotebookInstance")
ResourceType.SAGEMAKER_WORKTEAM = ResourceType("AWS::SageMaker::Workteam")
ResourceType.SES_CONFIGURATION_SET = ResourceType("AWS::SES::ConfigurationSet")
ResourceType.SES_CONTACT_LIST = ResourceType("AWS::SES::ContactList")
ResourceType.SES_TEMPLATE = ResourceType("AWS::SES::Template")
ResourceType.SES_RECEIPT_FILTER = ResourceType("AWS::SES::ReceiptFilter")
ResourceType.SES_RECEIPT_RECEIPT_RULE_SET = ResourceType("AWS::SES::ReceiptRuleSet")
ResourceType.S3_ACCOUNT_PUBLIC_ACCESS_BLOCK = ResourceType("AWS::S3::AccountPublicAccessBlock")
ResourceType.EC2_CUSTOMER_GATEWAY = ResourceType("AWS::EC2::CustomerGateway")
ResourceType.EC2_INTERNET_GATEWAY = ResourceType("AWS::EC2::InternetGateway")
ResourceType.EC2_NETWORK_ACL = ResourceType("AWS::EC2::NetworkAcl")
ResourceType.EC2_ROUTE_TABLE = ResourceType("AWS::EC2::RouteTable")
ResourceType.EC2_SUBNET = ResourceType("AWS::EC2::Subnet")
ResourceType.EC2_VPC = ResourceType("AWS::EC2::VPC")
ResourceType.EC2_VPN_CONNECTION = ResourceType("AWS::EC2::VPNConnection")
ResourceType.EC2_VPN_GATEWAY = ResourceType("AWS::EC2::VPNGateway")
ResourceType.AUTO_SCALING_GROUP = ResourceType("AWS::AutoScaling::AutoScalingGroup")
ResourceType.AUTO_SCALING_LAUNCH_CONFIGURATION = ResourceType("AWS::AutoScaling::LaunchConfiguration")
ResourceType.AUTO_SCALING_POLICY = ResourceType("AWS::AutoScaling::ScalingPolicy")
ResourceType.AUTO_SCALING_SCHEDULED_ACTION = ResourceType("AWS::AutoScaling::ScheduledAction")
ResourceType.WORKSPACES_CONNECTION_ALIAS = ResourceType("AWS::WorkSpaces::ConnectionAlias")
ResourceType.WORKSPACES_WORKSPACE = ResourceType("AWS::WorkSpaces::Workspace")
ResourceType.APPCONFIG_APPLICATION = ResourceType("AWS::AppConfig::Application")
ResourceType.APPCONFIG_ENVIRONMENT = ResourceType("AWS::AppConfig::Environment")
ResourceType.APPCONFIG_CONFIGURATION_PROFILE = ResourceType("AWS::AppConfig::ConfigurationProfile")
ResourceType.APPSYNC_GRAPHQL_API = ResourceType("AWS::AppSync::GraphQLApi")
ResourceType.BACKUP_BACKUP_PLAN = ResourceType("AWS::Backup::BackupPlan")
ResourceType.BACKUP_BACKUP_SELECTION = ResourceType("AWS::Backup::BackupSelection")
ResourceType.BACKUP_BACKUP_VAULT = ResourceType("AWS::Backup::BackupVault")
ResourceType.BACKUP_RECOVERY_POINT = ResourceType("AWS::Backup::RecoveryPoint")
ResourceType.BACKUP_REPORT_PLAN = ResourceType("AWS::Backup::ReportPlan")
ResourceType.BATCH_JOB_QUEUE = ResourceType("AWS::Batch::JobQueue")
ResourceType.BATCH_COMPUTE_ENVIRONMENT = ResourceType("AWS::Batch::ComputeEnvironment")
ResourceType.ACM_CERTIFICATE = ResourceType("AWS::ACM::Certificate")
ResourceType.CLOUDFORMATION_STACK = ResourceType("AWS::CloudFormation::Stack")
ResourceType.CLOUDTRAIL_TRAIL = ResourceType("AWS::CloudTrail::Trail")
ResourceType.CLOUD9_ENVIRONMENT_EC2 = ResourceType("AWS::Cloud9::EnvironmentEC2")
ResourceType.SERVICEDISCOVERY_SERVICE = ResourceType("AWS::ServiceDiscovery::Service")
ResourceType.SERVICEDISCOVERY_PUBLIC_DNS_NAMESPACE = ResourceType("AWS::ServiceDiscovery::PublicDnsNamespace")
ResourceType.SERVICEDISCOVERY_HTTP_NAMESPACE = ResourceType("AWS::ServiceDiscovery::HttpNamespace")
ResourceType.CODEBUILD_PROJECT = ResourceType("AWS::CodeBuild::Project")
ResourceType.CODEDEPLOY_APPLICATION = ResourceType("AWS::CodeDeploy::Application")
ResourceType.CODEDEPLOY_DEPLOYMENT_CONFIG = ResourceType("AWS::CodeDeploy::DeploymentConfig")
ResourceType.CODEDEPLOY_DEPLOYMENT_GROUP = ResourceType("AWS::CodeDeploy::DeploymentGroup")
ResourceType.CODEPIPELINE_PIPELINE = ResourceType("AWS::CodePipeline::Pipeline")
ResourceType.CONFIG_RESOURCE_COMPLIANCE = ResourceType("AWS::Config::ResourceCompliance")
ResourceType.CONFIG_CONFORMANCE_PACK_COMPLIANCE = ResourceType("AWS::Config::ConformancePackCompliance")
ResourceType.DMS_EVENT_SUBSCRIPTION = ResourceType("AWS::DMS::EventSubscription")
ResourceType.DMS_REPLICATION_SUBNET_GROUP = ResourceType("AWS::DMS::ReplicationSubnetGroup")
ResourceType.DATASYNC_LOCATION_SMB = ResourceType("AWS::DataSync::LocationSMB")
ResourceType.DATASYNC_LOCATION_FSX_LUSTRE = ResourceType("AWS::DataSync::LocationFSxLustre")
ResourceType.DATASYNC_LOCATION_FSX_WINDOWS = ResourceType("AWS::DataSync::LocationFSxWindows")
ResourceType.DATASYNC_LOCATION_S3 = ResourceType("AWS::DataSync::LocationS3")
ResourceType.DATASYNC_LOCATION_EFS = ResourceType("AWS::DataSync::LocationEFS")
ResourceType.DATASYNC_TASK = ResourceType("AWS::DataSync::Task")
ResourceType.DATASYNC_LOCATION_NFS = ResourceType("AWS::DataSync::LocationNFS")
ResourceType.DATASYNC_LOCATION_OBJECT_STORAGE = ResourceType("AWS::DataSync::LocationObjectStorage")
ResourceType.DATASYNC_LOCATION_HDFS = ResourceType("AWS::DataSync::LocationHDFS")
ResourceType.ELASTIC_BEANSTALK_APPLICATION = ResourceType("AWS::ElasticBeanstalk::Application")
ResourceType.ELASTIC_BEANSTALK_APPLICATION_VERSION = ResourceType("AWS::ElasticBeanstalk::ApplicationVersion")
ResourceType.ELASTIC_BEANSTALK_ENVIRONMENT = ResourceType("AWS::ElasticBeanstalk::Environment")
ResourceType.FIS_EXPERIMENT_TEMPLATE = ResourceType("AWS::FIS::ExperimentTemplate")
ResourceType.GLOBALACCELERATOR_LISTENER = ResourceType("AWS::GlobalAccelerator::Listener")
ResourceType.GLOBALACCELERATOR_ENDPOINT_GROUP = ResourceType("AWS::GlobalAccelerator::EndpointGroup")
ResourceType.GLOBALACCELERATOR_ACCELERATOR = ResourceType("AWS::GlobalAccelerator::Accelerator")
ResourceType.GLUE_JOB = ResourceType("AWS::Glue::Job")
ResourceType.GLUE_CLASSIFIER = ResourceType("AWS::Glue::Classifier")
ResourceType.GLUE_ML_TRANSFORM = ResourceType("AWS::Glue::MLTransform")
ResourceType.IAM_USER = ResourceType("AWS::IAM::User")
ResourceType.IAM_GROUP = ResourceType("AWS::IAM::Group")
ResourceType.IAM_ROLE = ResourceType("AWS::IAM::Role")
ResourceType.IAM_POLICY = ResourceType("AWS::IAM::Policy")
ResourceType.IAM_ACCESSANALYZER_ANALYZER = ResourceType("AWS::AccessAnalyzer::Analyzer")
ResourceType.IOT_AUTHORIZER = ResourceType("AWS::IoT::Authorizer")
ResourceType.IOT_SECURITY_PROFILE = ResourceType("AWS::IoT::SecurityProfile")
ResourceType.IOT_ROLE_ALIAS = ResourceType("AWS::IoT::RoleAlias")
ResourceType.IOT_DIMENSION = ResourceType("AWS::IoT::Dimension")
ResourceType.IOT_POLICY = ResourceType("AWS::IoT::Policy")
ResourceType.IOT_MITIGATION_ACTION = ResourceType("AWS::IoT::MitigationAction")
ResourceType.IOT_TWINMAKER_WORKSPACE = ResourceType("AWS::IoTTwinMaker::Workspace")
ResourceType.IOT_TWINMAKER_ENTITY = ResourceType("AWS::IoTTwinMaker::Entity")
ResourceType.IOT_ANALYTICS_DATASTORE = ResourceType("AWS::IoTAnalytics::Datastore")
ResourceType.IOT_ANALYTICS_DATASET = ResourceType("AWS::IoTAnalytics::Dataset")
ResourceType.IOT_ANALYTICS_PIPELINE = ResourceType("AWS::IoTAnalytics::Pipeline")
ResourceType.IOT_ANALYTICS_CHANNEL = ResourceType("AWS::IoTAnalytics::Channel")
ResourceType.IOT_EVENTS_INPUT = ResourceType("AWS::IoTEvents::Input")
ResourceType.IOT_EVENTS_DETECTOR_MODEL = ResourceType("AWS::IoTEvents::DetectorModel")
ResourceType.IOT_EVENTS_ALARM_MODEL = ResourceType("AWS::IoTEvents::AlarmModel")
ResourceType.IOT_SITEWISE_DASHBOARD = ResourceType("AWS::IoTSiteWise::Dashboard")
ResourceType.IOT_SITEWISE_PROJECT = ResourceType("AWS::IoTSiteWise::Project")
ResourceType.IOT_SITEWISE_PORTAL = ResourceType("AWS::IoTSiteWise::Portal")
ResourceType.IOT_SITEWISE_ASSETMODEL = ResourceType("AWS::IoTSiteWise::AssetModel")
ResourceType.KMS_KEY = ResourceType("AWS::KMS::Key")
ResourceType.LAMBDA_FUNCTION = ResourceType("AWS::Lambda::Function")
ResourceType.NETWORK_FIREWALL_FIREWALL = ResourceType("AWS::NetworkFirewall::Firewall")
ResourceType.NETWORK_FIREWALL_FIREWALL_POLICY = ResourceType("AWS::NetworkFirewall::FirewallPolicy")
ResourceType.NETWORK_FIREWALL_RULE_GROUP = ResourceType("AWS::NetworkFirewall::RuleGroup")
ResourceType.RESILIENCEHUB_RESILIENCY_POLICY = ResourceType("AWS::ResilienceHub::ResiliencyPolicy")
ResourceType.SECRETS_MANAGER_SECRET = ResourceType("AWS::SecretsManager::Secret")
ResourceType.SERVICE_CATALOG_CLOUDFORMATION_PRODUCT = ResourceType("AWS::ServiceCatalog::CloudFormationProduct")
ResourceType.SERVICE_CATALOG_CLOUDFORMATION_PROVISIONED_PRODUCT = ResourceType("AWS::ServiceCatalog::CloudFormationProvisionedProduct")
ResourceType.SERVICE_CATALOG_PORTFOLIO = ResourceType("AWS::ServiceCatalog::Portfolio")
ResourceType.SHIELD_PROTECTION = ResourceType("AWS::Shield::Protection")
ResourceType.SHIELD_REGIONAL_PROTECTION = ResourceType("AWS::ShieldRegional::Protection")
ResourceType.STEPFUNCTIONS_ACTIVITY = ResourceType("AWS::StepFunctions::Activity")
ResourceType.STEPFUNCTIONS_STATE_MACHINE = ResourceType("AWS::StepFunctions::StateMachine")
ResourceType.SYSTEMS_MANAGER_MANAGED_INSTANCE_INVENTORY = ResourceType("AWS::SSM::ManagedInstanceInventory")
ResourceType.SYSTEMS_MANAGER_PATCH_COMPLIANCE = ResourceType("AWS::SSM::PatchCompliance")
ResourceType.SYSTEMS_MANAGER_ASSOCIATION_COMPLIANCE = ResourceType("AWS::SSM::AssociationCompliance")
ResourceType.SYSTEMS_MANAGER_FILE_DATA = ResourceType("AWS::SSM::FileData")
ResourceType.TRANSFER_WORKFLOW = ResourceType("AWS::Transfer::Workflow")
ResourceType.WAF_RATE_BASED_RULE = ResourceType("AWS::WAF::RateBasedRule")
ResourceType.WAF_RULE = ResourceType("AWS::WAF::Rule")
ResourceType.WAF_WEB_ACL = ResourceType("AWS::WAF::WebACL")
ResourceType.WAF_RULE_GROUP = ResourceType("AWS::WAF::RuleGroup")
ResourceType.WAF_REGIONAL_RATE_BASED_RULE = ResourceType("AWS::WAFRegional::RateBasedRule")
ResourceType.WAF_REGIONAL_RULE = ResourceType("AWS::WAFRegional::Rule")
ResourceType.WAF_REGIONAL_WEB_ACL = ResourceType("AWS::WAFRegional::WebACL")
ResourceType.WAF_REGIONAL_RULE_GROUP = ResourceType("AWS::WAFRegional::RuleGroup")
ResourceType.WAFV2_WEB_ACL = ResourceType("AWS::WAFv2::WebACL")
ResourceType.WAFV2_RULE_GROUP = ResourceType("AWS::WAFv2::RuleGroup")
ResourceType.WAFV2_MANAGED_RULE_SET = ResourceType("AWS::WAFv2::ManagedRuleSet")
ResourceType.WAFV2_IP_SET = ResourceType("AWS::WAFv2::IPSet")
ResourceType.WAFV2_REGEX_PATTERN_SET = ResourceType("AWS::WAFv2::RegexPatternSet")
ResourceType.XRAY_ENCRYPTION_CONFIGURATION = ResourceType("AWS::XRay::EncryptionConfig")
ResourceType.ELB_LOAD_BALANCER = ResourceType("AWS::ElasticLoadBalancing::LoadBalancer")
ResourceType.ELBV2_LOAD_BALANCER = ResourceType("AWS::ElasticLoadBalancingV2::LoadBalancer")
ResourceType.ELBV2_LISTENER = ResourceType("AWS::ElasticLoadBalancingV2::Listener")
ResourceType.MEDIAPACKAGE_PACKAGING_GROUP = ResourceType("AWS::MediaPackage::PackagingGroup")
ResourceType.DEVICE_FARM_TEST_GRID_PROJECT = ResourceType("AWS::DeviceFarm::TestGridProject")
ResourceType.BUDGETS_BUDGETS_ACTION = ResourceType("AWS::Budgets::BudgetsAction")
ResourceType.LEX_BOT = ResourceType("AWS::Lex::Bot")
ResourceType.LEX_BOT_ALIAS = ResourceType("AWS::Lex::BotAlias")
ResourceType.CODE_GURU_REVIEWER_REPOSITORY_ASSOCIATION = ResourceType("AWS::CodeGuruReviewer::RepositoryAssociation")
ResourceType.IOT_CUSTOM_METRIC = ResourceType("AWS::IoT::CustomMetric")
ResourceType.IOT_ACCOUNT_AUDIT_CONFIGURATION = ResourceType("AWS::IoT::AccountAuditConfiguration")
ResourceType.IOT_SCHEDULED_AUDIT = ResourceType("AWS::IoT::ScheduledAudit")
ResourceType.ROUTE53_RESOLVER_FIREWALL_DOMAIN_LIST = ResourceType("AWS::Route53Resolver::FirewallDomainList")
ResourceType.ROBO_MAKER_ROBOT_APPLICATION_VERSION = ResourceType("AWS::RoboMaker::RobotApplicationVersion")
ResourceType.EC2_TRAFFIC_MIRROR_SESSION = ResourceType("AWS::EC2::TrafficMirrorSession")
ResourceType.EC2_TRAFFIC_MIRROR_TARGET = ResourceType("AWS::EC2::TrafficMirrorTarget")
ResourceType.IOT_SITEWISE_GATEWAY = ResourceType("AWS::IoTSiteWise::Gateway")
ResourceType.LOOKOUT_METRICS_ALERT = ResourceType("AWS::LookoutMetrics::Alert")
ResourceType.S3_STORAGE_LENS = ResourceType("AWS::S3::StorageLens")
ResourceType.EVENTS_CONNECTION = ResourceType("AWS::Events::Connection")
ResourceType.EVENT_SCHEMAS_SCHEMA = ResourceType("AWS::EventSchemas::Schema")
ResourceType.MEDIA_PACKAGE_PACKAGING_CONFIGURATION = ResourceType("AWS::MediaPackage::PackagingConfiguration")
ResourceType.APP_STREAM_DIRECTORY_CONFIG = ResourceType("AWS::AppStream::DirectoryConfig")
ResourceType.AUTO_SCALING_WARM_POOL = ResourceType("AWS::AutoScaling::WarmPool")
ResourceType.CONNECT_PHONE_NUMBER = ResourceType("AWS::Connect::PhoneNumber")
ResourceType.CUSTOMER_PROFILES_DOMAIN = ResourceType("AWS::CustomerProfiles::Domain")
ResourceType.EC2_DHCP_OPTIONS = ResourceType("AWS::EC2::DHCPOptions")
ResourceType.EC2_IPAM = ResourceType("AWS::EC2::IPAM")
ResourceType.EC2_NETWORK_INSIGHTS_PATH = ResourceType("AWS::EC2::NetworkInsightsPath")
ResourceType.EC2_TRAFFIC_MIRROR_FILTER = ResourceType("AWS::EC2::TrafficMirrorFilter")
ResourceType.EVENTS_RULE = ResourceType("AWS::Events::Rule")
ResourceType.HEALTH_LAKE_FHIR_DATASTORE = ResourceType("AWS::HealthLake::FHIRDatastore")
ResourceType.IOT_TWIN_MAKER_SCENE = ResourceType("AWS::IoTTwinMaker::Scene")
ResourceType.KINESIS_VIDEO_SIGNALING_CHANNEL = ResourceType("AWS::KinesisVideo::SignalingChannel")
ResourceType.LOOKOUT_VISION_PROJECT = ResourceType("AWS::LookoutVision::Project")
ResourceType.NETWORK_MANAGER_TRANSIT_GATEWAY_REGISTRATION = ResourceType("AWS::NetworkManager::TransitGatewayRegistration")
ResourceType.PINPOINT_APPLICATION_SETTINGS = ResourceType("AWS::Pinpoint::ApplicationSettings")
ResourceType.PINPOINT_SEGMENT = ResourceType("AWS::Pinpoint::Segment")
ResourceType.ROBO_MAKER_ROBOT_APPLICATION = ResourceType("AWS::RoboMaker::RobotApplication")
ResourceType.ROBO_MAKER_SIMULATION_APPLICATION = ResourceType("AWS::RoboMaker::SimulationApplication")
ResourceType.ROUTE53_RECOVERY_CONTROL_CLUSTER = ResourceType("AWS::Route53RecoveryControl::Cluster")
ResourceType.ROUTE53_RECOVERY_CONTROL_CONTROL_PANEL = ResourceType("AWS::Route53RecoveryControl::ControlPanel")
ResourceType.ROUTE53_RECOVERY_CONTROL_ROUTING_CONTROL = ResourceType("AWS::Route53RecoveryControl::RoutingControl")
ResourceType.ROUTE53_RECOVERY_CONTROL_SAFETY_RULE = ResourceType("AWS::Route53RecoveryControl::SafetyRule")
ResourceType.ROUTE53_RECOVERY_READINESS_RESOURCE_SET = ResourceType("AWS::Route53RecoveryReadiness::ResourceSet")
ResourceType.ROUTE53_RESOLVER_FIREWALL_RULE_GROUP_ASSOCIATION = ResourceType("AWS::Route53Resolver::FirewallRuleGroupAssociation")
ResourceType.EC2_EC2_FLEET = ResourceType("AWS::EC2::EC2Fleet")
ResourceType.IOT_WIRELESS_SERVICE_PROFILE = ResourceType("AWS::IoTWireless::ServiceProfile")
ResourceType.EC2_SUBNET_ROUTE_TABLE_ASSOCIATION = ResourceType("AWS::EC2::SubnetRouteTableAssociation")
ResourceType.NETWORK_MANAGER_GLOBAL_NETWORK = ResourceType("AWS::NetworkManager::GlobalNetwork")
ResourceType.DEVICE_FARM_INSTANCE_PROFILE = ResourceType("AWS::DeviceFarm::InstanceProfile")
ResourceType.GROUND_STATION_CONFIG = ResourceType("AWS::GroundStation::Config")
ResourceType.APP_FLOW_FLOW = ResourceType("AWS::AppFlow::Flow")
ResourceType.REDSHIFT_SCHEDULED_ACTION = ResourceType("AWS::Redshift::ScheduledAction")
ResourceType.PINPOINT_APP = ResourceType("AWS::Pinpoint::App")
ResourceType.IOT_FLEET_METRIC = ResourceType("AWS::IoT::FleetMetric")
ResourceType.APP_CONFIG_DEPLOYMENT_STRATEGY = ResourceType("AWS::AppConfig::DeploymentStrategy")
ResourceType.NETWORK_MANAGER_DEVICE = ResourceType("AWS::NetworkManager::Device")
ResourceType.IMAGE_BUILDER_IMAGE_PIPELINE = ResourceType("AWS::ImageBuilder::ImagePipeline")
ResourceType.CLOUD_WATCH_METRIC_STREAM = ResourceType("AWS::CloudWatch::MetricStream")
ResourceType.PANORAMA_PACKAGE = ResourceType("AWS::Panorama::Package")
ResourceType.SAGE_MAKER_IMAGE = ResourceType("AWS::SageMaker::Image")
ResourceType.ECR_PULL_THROUGH_CACHE_RULE = ResourceType("AWS::ECR::PullThroughCacheRule")
ResourceType.AUDIT_MANAGER_ASSESSMENT = ResourceType("AWS::AuditManager::Assessment")
ResourceType.NETWORK_MANAGER_SITE = ResourceType("AWS::NetworkManager::Site")
ResourceType.SAGE_MAKER_APP_IMAGE_CONFIG = ResourceType("AWS::SageMaker::AppImageConfig")
ResourceType.DEVICE_FARM_PROJECT = ResourceType("AWS::DeviceFarm::Project")
ResourceType.NETWORK_MANAGER_LINK = ResourceType("AWS::NetworkManager::Link")
ResourceType.NETWORK_FIREWALL_TLS_INSPECTION_CONFIGURATION = ResourceType("AWS::NetworkFirewall::TLSInspectionConfiguration")
ResourceType.AMPLIFY_APP = ResourceType("AWS::Amplify::App")
ResourceType.APP_MESH_VIRTUAL_NODE = ResourceType("AWS::AppMesh::VirtualNode")
ResourceType.APP_MESH_VIRTUAL_SERVICE = ResourceType("AWS::AppMesh::VirtualService")
ResourceType.APP_RUNNER_VPC_CONNECTOR = ResourceType("AWS::AppRunner::VpcConnector")
ResourceType.APP_STREAM_APPLICATION = ResourceType("AWS::AppStream::Application")
ResourceType.CASSANDRA_KEYSPACE = ResourceType("AWS::Cassandra::Keyspace")
ResourceType.CODE_ARTIFACT_REPOSITORY = ResourceType("AWS::CodeArtifact::Repository")
ResourceType.EC2_PREFIX_LIST = ResourceType("AWS::EC2::PrefixList")
ResourceType.EC2_SPOT_FLEET = ResourceType("AWS::EC2::SpotFleet")
ResourceType.ECS_TASK_SET = ResourceType("AWS::ECS::TaskSet")
ResourceType.EVIDENTLY_PROJECT = ResourceType("AWS::Evidently::Project")
ResourceType.FORECAST_DATASET = ResourceType("AWS::Forecast::Dataset")
ResourceType.IAM_SAML_PROVIDER = ResourceType("AWS::IAM::SAMLProvider")
ResourceType.IAM_SERVER_CERTIFICATE = ResourceType("AWS::IAM::ServerCertificate")
ResourceType.KINESIS_FIREHOSE_DELIVERY_STREAM = ResourceType("AWS::KinesisFirehose::DeliveryStream")
ResourceType.PINPOINT_CAMPAIGN = ResourceType("AWS::Pinpoint::Campaign")
ResourceType.PINPOINT_IN_APP_TEMPLATE = ResourceType("AWS::Pinpoint::InAppTemplate")
ResourceType.SIGNER_SIGNING_PROFILE = ResourceType("AWS::Signer::SigningProfile")
ResourceType.SAGEMAKER_DOMAIN = ResourceType("AWS::SageMaker::Domain")
ResourceType.TRANSFER_AGREEMENT = ResourceType("AWS::Transfer::Agreement")
ResourceType.TRANSFER_CONNECTOR = ResourceType("AWS::Transfer::Connector")
ResourceType.ACMPCA_CERTIFICATE_AUTHORITY = ResourceType("AWS::ACMPCA::CertificateAuthority")
ResourceType.APP_CONFIG_HOSTED_CONFIGURATION_VERSION = ResourceType("AWS::AppConfig::HostedConfigurationVersion")
ResourceType.APP_MESH_VIRTUAL_GATEWAY = ResourceType("AWS::AppMesh::VirtualGateway")
ResourceType.APP_MESH_VIRTUAL_ROUTER = ResourceType("AWS::AppMesh::VirtualRouter")
ResourceType.APP_RUNNER_SERVICE = ResourceType("AWS::AppRunner::Service")
ResourceType.CUSTOMER_PROFILES_OBJECT_TYPE = ResourceType("AWS::CustomerProfiles::ObjectType")
ResourceType.DMS_ENDPOINT = ResourceType("AWS::DMS::Endpoint")
ResourceType.EC2_CAPACITY_RESERVATION = ResourceType("AWS::EC2::CapacityReservation")
ResourceType.EC2_CLIENT_VPN_ENDPOINT = ResourceType("AWS::EC2::ClientVpnEndpoint")
ResourceType.KENDRA_INDEX = ResourceType("AWS::Kendra::Index")
ResourceType.KINESIS_VIDEO_STREAM = ResourceType("AWS::KinesisVideo::Stream")
ResourceType.LOGS_DESTINATION = ResourceType("AWS::Logs::Destination")
ResourceType.NETWORK_MANAGER_CUSTOMER_GATEWAY_ASSOCIATION = ResourceType("AWS::NetworkManager::CustomerGatewayAssociation")
ResourceType.NETWORK_MANAGER_LINK_ASSOCIATION = ResourceType("AWS::NetworkManager::LinkAssociation")
ResourceType.PINPOINT_EMAIL_CHANNEL = ResourceType("AWS::Pinpoint::EmailChannel")
ResourceType.S3_ACCESS_POINT = ResourceType("AWS::S3::AccessPoint")
ResourceType.AMPLIFY_BRANCH = ResourceType("AWS::Amplify::Branch")
ResourceType.APP_INTEGRATIONS_EVENT_INTEGRATION = ResourceType("AWS::AppIntegrations::EventIntegration")
ResourceType.APP_MESH_ROUTE = ResourceType("AWS::AppMesh::Route")
ResourceType.ATHENA_PREPARED_STATEMENT = ResourceType("AWS::Athena::PreparedStatement")
ResourceType.EC2_IPAM_SCOPE = ResourceType("AWS::EC2::IPAMScope")
ResourceType.EVIDENTLY_LAUNCH = ResourceType("AWS::Evidently::Launch")
ResourceType.FORECAST_DATASET_GROUP = ResourceType("AWS::Forecast::DatasetGroup")
ResourceType.GREENGRASSV2_COMPONENT_VERSION = ResourceType("AWS::GreengrassV2::ComponentVersion")
ResourceType.GROUNDSTATION_MISSION_PROFILE = ResourceType("AWS::GroundStation::MissionProfile")
ResourceType.MEDIACONNECT_FLOW_ENTITLEMENT = ResourceType("AWS::MediaConnect::FlowEntitlement")
ResourceType.MEDIACONNECT_FLOW_VPC_INTERFACE = ResourceType("AWS::MediaConnect::FlowVpcInterface")
ResourceType.MEDIATAILOR_PLAYBACK_CONFIGURATION = ResourceType("AWS::MediaTailor::PlaybackConfiguration")
ResourceType.MSK_CONFIGURATION = ResourceType("AWS::MSK::Configuration")
ResourceType.PERSONALIZE_DATASET = ResourceType("AWS::Personalize::Dataset")
ResourceType.PERSONALIZE_SCHEMA = ResourceType("AWS::Personalize::Schema")
ResourceType.PERSONALIZE_SOLUTION = ResourceType("AWS::Personalize::Solution")
ResourceType.PINPOINT_EMAIL_TEMPLATE = ResourceType("AWS::Pinpoint::EmailTemplate")
ResourceType.PINPOINT_EVENT_STREAM = ResourceType("AWS::Pinpoint::EventStream")
ResourceType.RESILIENCEHUB_APP = ResourceType("AWS::ResilienceHub::App")
ResourceType.CODE_GURU_PROFILER_PROFILING_GROUP = ResourceType("AWS::CodeGuruProfiler::ProfilingGroup")
ResourceType.MEDIA_CONNECT_FLOW_SOURCE = ResourceType("AWS::MediaConnect::FlowSource")
ResourceType.TRANSFER_CERTIFICATE = ResourceType("AWS::Transfer::Certificate")
ResourceType.APS_RULE_GROUPS_NAMESPACE = ResourceType("AWS::APS::RuleGroupsNamespace")
ResourceType.BATCH_SCHEDULING_POLICY = ResourceType("AWS::Batch::SchedulingPolicy")
ResourceType.SERVICE_DISCOVERY_INSTANCE = ResourceType("AWS::ServiceDiscovery::Instance")
ResourceType.ROUTE53_RESOLVER_QUERY_LOGGING_CONFIG = ResourceType("AWS::Route53Resolver::ResolverQueryLoggingConfig")
ResourceType.ROUTE53_RESOLVER_QUERY_LOGGING_CONFIG_ASSOCIATION = ResourceType("AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation")
ResourceType.IOT_JOB_TEMPLATE = ResourceType("AWS::IoT::JobTemplate")
ResourceType.IOT_TWIN_MAKER_COMPONENT_TYPE = ResourceType("AWS::IoTTwinMaker::ComponentType")
ResourceType.IOT_WIRELESS_MULTICAST_GROUP = ResourceType("AWS::IoTWireless::MulticastGroup")
ResourceType.PERSONALIZE_DATASET_GROUP = ResourceType("AWS::Personalize::DatasetGroup")
ResourceType.IOT_PROVISIONING_TEMPLATE = ResourceType("AWS::IoT::ProvisioningTemplate")
ResourceType.IOT_WIRELESS_FUOTA_TASK = ResourceType("AWS::IoTWireless::FuotaTask")
ResourceType.MSK_BATCH_SCRAM_SECRET = ResourceType("AWS::MSK::BatchScramSecret")
ResourceType.SAGEMAKER_FEATURE_GROUP = ResourceType("AWS::SageMaker::FeatureGroup")
ResourceType.CODE_BUILD_REPORT_GROUP = ResourceType("AWS::CodeBuild::ReportGroup")
ResourceType.APP_STREAM_STACK = ResourceType("AWS::AppStream::Stack")
ResourceType.INSPECTORV2_FILTER = ResourceType("AWS::InspectorV2::Filter")
ResourceType.APP_STREAM_FLEET = ResourceType("AWS::AppStream::Fleet")
ResourceType.GRAFANA_WORKSPACE = ResourceType("AWS::Grafana::Workspace")
ResourceType.KMS_ALIAS = ResourceType("AWS::KMS::Alias")
ResourceType.RDS_OPTION_GROUP = ResourceType("AWS::RDS::OptionGroup")
ResourceType.ROUTE53_RESOLVER_FIREWALL_RULE_GROUP = ResourceType("AWS::Route53Resolver::FirewallRuleGroup")
ResourceType.IAM_INSTANCE_PROFILE = ResourceType("AWS::IAM::InstanceProfile")
ResourceType.NETWORK_MANAGER_CONNECT_PEER = ResourceType("AWS::NetworkManager::ConnectPeer")
ResourceType.ACMPCA_CERTIFICATE_AUTHORITY_ACTIVATION = ResourceType("AWS::ACMPCA::CertificateAuthorityActivation")
ResourceType.APP_MESH_GATEWAY_ROUTE = ResourceType("AWS::AppMesh::GatewayRoute")
ResourceType.APP_MESH_MESH = ResourceType("AWS::AppMesh::Mesh")
ResourceType.CONNECT_QUICK_CONNECT = ResourceType("AWS::Connect::QuickConnect")
ResourceType.EC2_CARRIER_GATEWAY = ResourceType("AWS::EC2::CarrierGateway")
ResourceType.EC2_TRANSIT_GATEWAY_CONNECT = ResourceType("AWS::EC2::TransitGatewayConnect")
ResourceType.ECS_CAPACITY_PROVIDER = ResourceType("AWS::ECS::CapacityProvider")
ResourceType.IOT_CA_CERTIFICATE = ResourceType("AWS::IoT::CACertificate")
ResourceType.IOT_TWIN_MAKER_SYNC_JOB = ResourceType("AWS::IoTTwinMaker::SyncJob")
ResourceType.KAFKA_CONNECT_CONNECTOR = ResourceType("AWS::KafkaConnect::Connector")
ResourceType.LAMBDA_CODE_SIGNING_CONFIG = ResourceType("AWS::Lambda::CodeSigningConfig")
ResourceType.RESOURCE_EXPLORER2_INDEX = ResourceType("AWS::ResourceExplorer2::Index")
ResourceType.CONNECT_INSTANCE = ResourceType("AWS::Connect::Instance")
ResourceType.EC2_IPAM_POOL = ResourceType("AWS::EC2::IPAMPool")
ResourceType.EC2_TRANSIT_GATEWAY_MULTICAST_DOMAIN = ResourceType("AWS::EC2::TransitGatewayMulticastDomain")
