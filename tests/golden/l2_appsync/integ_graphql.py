"""Port of aws-cdk's integ.graphql: a user-pool API with None, DynamoDB (new and imported) and HTTP data sources."""

import tempfile
from pathlib import Path

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_appsync import (
    AuthorizationConfig,
    AuthorizationMode,
    AuthorizationType,
    Definition,
    GraphqlApi,
    KeyCondition,
    MappingTemplate,
    PrimaryKey,
    SchemaFile,
    UserPoolConfig,
    Values,
)
from aws_cdk.aws_cognito import UserPool
from aws_cdk.aws_dynamodb import Attribute, AttributeType, BillingMode, Table

SCHEMA = Path(tempfile.mkdtemp()) / "integ.graphql.graphql"
SCHEMA.write_text(
    "type Customer {\n  id: String!\n  name: String!\n}\n\ntype Query {\n  getCustomers: [Customer]\n"
    "  getCustomer(id: String): Customer\n}\n\ntype Mutation {\n  addCustomer(customer: String!): Customer\n}\n"
)

app = App()
stack = Stack(app, "aws-appsync-integ")

user_pool = UserPool(stack, "Pool", user_pool_name="myPool")

api = GraphqlApi(
    stack,
    "Api",
    name="demoapi",
    definition=Definition.from_schema(SchemaFile.from_asset(str(SCHEMA))),
    authorization_config=AuthorizationConfig(
        default_authorization=AuthorizationMode(
            authorization_type=AuthorizationType.USER_POOL,
            user_pool_config=UserPoolConfig(user_pool=user_pool),
        ),
        additional_authorization_modes=[AuthorizationMode(authorization_type=AuthorizationType.API_KEY)],
    ),
)

none_ds = api.add_none_data_source("none", name="None")
none_ds.create_resolver(
    "QuerygetServiceVersion",
    type_name="Query",
    field_name="getServiceVersion",
    request_mapping_template=MappingTemplate.from_string('{"version":"2017-02-28"}'),
    response_mapping_template=MappingTemplate.from_string('{"version":"v1"}'),
)

customer_table = Table(
    stack,
    "CustomerTable",
    billing_mode=BillingMode.PAY_PER_REQUEST,
    partition_key=Attribute(name="id", type=AttributeType.STRING),
    removal_policy=RemovalPolicy.DESTROY,
)
order_table = Table(
    stack,
    "OrderTable",
    billing_mode=BillingMode.PAY_PER_REQUEST,
    partition_key=Attribute(name="customer", type=AttributeType.STRING),
    sort_key=Attribute(name="order", type=AttributeType.STRING),
    removal_policy=RemovalPolicy.DESTROY,
)
order_table.add_global_secondary_index(
    index_name="orderIndex",
    partition_key=Attribute(name="order", type=AttributeType.STRING),
    sort_key=Attribute(name="customer", type=AttributeType.STRING),
)
Table(
    stack,
    "PaymentTable",
    billing_mode=BillingMode.PAY_PER_REQUEST,
    partition_key=Attribute(name="id", type=AttributeType.STRING),
    removal_policy=RemovalPolicy.DESTROY,
)
payment_table = Table.from_table_name(stack, "ImportedPaymentTable", "PaymentTable")

customer_ds = api.add_dynamo_db_data_source("customerDs", customer_table, name="Customer")
order_ds = api.add_dynamo_db_data_source("orderDs", order_table, name="Order")
payment_ds = api.add_dynamo_db_data_source("paymentDs", payment_table, name="Payment")

customer_ds.create_resolver(
    "QueryGetCustomers", type_name="Query", field_name="getCustomers",
    request_mapping_template=MappingTemplate.dynamo_db_scan_table(),
    response_mapping_template=MappingTemplate.dynamo_db_result_list(),
)
customer_ds.create_resolver(
    "QueryGetCustomer", type_name="Query", field_name="getCustomer",
    request_mapping_template=MappingTemplate.dynamo_db_get_item("id", "id"),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)
customer_ds.create_resolver(
    "QueryGetCusomtersNotConsistent", type_name="Query", field_name="getCustomersNotConsistent",
    request_mapping_template=MappingTemplate.dynamo_db_scan_table(False),
    response_mapping_template=MappingTemplate.dynamo_db_result_list(),
)
customer_ds.create_resolver(
    "QueryGetCustomerNotConsistent", type_name="Query", field_name="getCustomerNotConsistent",
    request_mapping_template=MappingTemplate.dynamo_db_get_item("id", "id", False),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)
customer_ds.create_resolver(
    "QueryGetCustomersConsistent", type_name="Query", field_name="getCustomersConsistent",
    request_mapping_template=MappingTemplate.dynamo_db_scan_table(True),
    response_mapping_template=MappingTemplate.dynamo_db_result_list(),
)
customer_ds.create_resolver(
    "QueryGetCustomerConsistent", type_name="Query", field_name="getCustomerConsistent",
    request_mapping_template=MappingTemplate.dynamo_db_get_item("id", "id", True),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)
customer_ds.create_resolver(
    "MutationAddCustomer", type_name="Mutation", field_name="addCustomer",
    request_mapping_template=MappingTemplate.dynamo_db_put_item(
        PrimaryKey.partition("id").auto(), Values.projecting("customer")
    ),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)
customer_ds.create_resolver(
    "MutationSaveCustomer", type_name="Mutation", field_name="saveCustomer",
    request_mapping_template=MappingTemplate.dynamo_db_put_item(
        PrimaryKey.partition("id").is_("id"), Values.projecting("customer")
    ),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)
customer_ds.create_resolver(
    "MutationSaveCustomerWithFirstOrder", type_name="Mutation", field_name="saveCustomerWithFirstOrder",
    request_mapping_template=MappingTemplate.dynamo_db_put_item(
        PrimaryKey.partition("order").auto().sort("customer").is_("customer.id"),
        Values.projecting("order").attribute("referral").is_("referral"),
    ),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)
customer_ds.create_resolver(
    "MutationRemoveCustomer", type_name="Mutation", field_name="removeCustomer",
    request_mapping_template=MappingTemplate.dynamo_db_delete_item("id", "id"),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)

ops = [
    ("Eq", KeyCondition.eq),
    ("Lt", KeyCondition.lt),
    ("Le", KeyCondition.le),
    ("Gt", KeyCondition.gt),
    ("Ge", KeyCondition.ge),
]
for suffix, op in ops:
    order_ds.create_resolver(
        f"QueryGetCustomerOrders{suffix}", type_name="Query", field_name="getCustomerOrders" + suffix,
        request_mapping_template=MappingTemplate.dynamo_db_query(op("customer", "customer")),
        response_mapping_template=MappingTemplate.dynamo_db_result_list(),
    )
    order_ds.create_resolver(
        f"QueryGetOrderCustomers{suffix}", type_name="Query", field_name="getOrderCustomers" + suffix,
        request_mapping_template=MappingTemplate.dynamo_db_query(op("order", "order"), "orderIndex"),
        response_mapping_template=MappingTemplate.dynamo_db_result_list(),
    )
for suffix, op in ops:
    order_ds.create_resolver(
        f"QueryGetCustomerOrdersNotConsistent{suffix}", type_name="Query",
        field_name="getCustomerOrdersNotConsistent" + suffix,
        request_mapping_template=MappingTemplate.dynamo_db_query(op("customer", "customer"), None, False),
        response_mapping_template=MappingTemplate.dynamo_db_result_list(),
    )
    order_ds.create_resolver(
        f"QueryGetOrderCustomersNotConsistent{suffix}", type_name="Query",
        field_name="getOrderCustomersNotConsistent" + suffix,
        request_mapping_template=MappingTemplate.dynamo_db_query(op("order", "order"), "orderIndex", False),
        response_mapping_template=MappingTemplate.dynamo_db_result_list(),
    )
for suffix, op in ops:
    order_ds.create_resolver(
        f"QueryGetCustomerOrdersConsistent{suffix}", type_name="Query",
        field_name="getCustomerOrdersConsistent" + suffix,
        request_mapping_template=MappingTemplate.dynamo_db_query(op("customer", "customer"), None, True),
        response_mapping_template=MappingTemplate.dynamo_db_result_list(),
    )
    order_ds.create_resolver(
        f"QueryGetOrderCustomersConsistent{suffix}", type_name="Query",
        field_name="getOrderCustomersConsistent" + suffix,
        request_mapping_template=MappingTemplate.dynamo_db_query(op("order", "order"), "orderIndex", True),
        response_mapping_template=MappingTemplate.dynamo_db_result_list(),
    )
order_ds.create_resolver(
    "QueryGetCustomerOrdersFilter", type_name="Query", field_name="getCustomerOrdersFilter",
    request_mapping_template=MappingTemplate.dynamo_db_query(
        KeyCondition.eq("customer", "customer").and_(KeyCondition.begins_with("order", "order"))
    ),
    response_mapping_template=MappingTemplate.dynamo_db_result_list(),
)
order_ds.create_resolver(
    "QueryGetCustomerOrdersBetween", type_name="Query", field_name="getCustomerOrdersBetween",
    request_mapping_template=MappingTemplate.dynamo_db_query(
        KeyCondition.eq("customer", "customer").and_(KeyCondition.between("order", "order1", "order2"))
    ),
    response_mapping_template=MappingTemplate.dynamo_db_result_list(),
)
order_ds.create_resolver(
    "QueryGetOrderCustomersFilter", type_name="Query", field_name="getOrderCustomersFilter",
    request_mapping_template=MappingTemplate.dynamo_db_query(
        KeyCondition.eq("order", "order").and_(KeyCondition.begins_with("customer", "customer"))
    ),
    response_mapping_template=MappingTemplate.dynamo_db_result_list(),
)
order_ds.create_resolver(
    "QueryGetOrderCustomersBetween", type_name="Query", field_name="getOrderCustomersBetween",
    request_mapping_template=MappingTemplate.dynamo_db_query(
        KeyCondition.eq("order", "order").and_(KeyCondition.between("customer", "customer1", "customer2")),
        "orderIndex",
    ),
    response_mapping_template=MappingTemplate.dynamo_db_result_list(),
)

payment_ds.create_resolver(
    "QueryGetPayment", type_name="Query", field_name="getPayment",
    request_mapping_template=MappingTemplate.dynamo_db_get_item("id", "id"),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)
payment_ds.create_resolver(
    "QueryGetPaymentConsistent", type_name="Query", field_name="getPaymentConsistent",
    request_mapping_template=MappingTemplate.dynamo_db_get_item("id", "id", True),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)
payment_ds.create_resolver(
    "MutationSavePayment", type_name="Mutation", field_name="savePayment",
    request_mapping_template=MappingTemplate.dynamo_db_put_item(
        PrimaryKey.partition("id").auto(), Values.projecting("payment")
    ),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)

http_ds = api.add_http_data_source("ds", "https://aws.amazon.com/", name="http")
http_ds.create_resolver(
    "MutationDoPostOnAws", type_name="Mutation", field_name="doPostOnAws",
    request_mapping_template=MappingTemplate.from_string(
        '{\n    "version": "2018-05-29",\n    "method": "POST",\n    "resourcePath": "/path/123",\n'
        '    "params":{\n        "body": $util.toJson($ctx.args)\n    }\n  }'
    ),
    response_mapping_template=MappingTemplate.from_string(
        "\n    #if($ctx.error)\n      $util.error($ctx.error.message, $ctx.error.type)\n    #end\n"
        "    $ctx.result.body\n  "
    ),
)

app.synth()
