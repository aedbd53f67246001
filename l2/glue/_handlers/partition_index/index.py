"""pycdk's Glue partition index handlers (custom resource ``Custom::GluePartitionIndex``).

``on_event`` creates or deletes the index; ``is_complete`` waits until it is ``ACTIVE`` (or gone).
"""

import boto3

glue = boto3.client("glue")


def _props(event):
    p = event["ResourceProperties"]
    return p["DatabaseName"], p["TableName"], p["IndexName"], p["Keys"]


def _status(database, table, name):
    token = None
    while True:
        kwargs = {"DatabaseName": database, "TableName": table}
        if token:
            kwargs["NextToken"] = token
        page = glue.get_partition_indexes(**kwargs)
        for index in page.get("PartitionIndexDescriptorList", []):
            if index["IndexName"] == name:
                return index["IndexStatus"]
        token = page.get("NextToken")
        if not token:
            return None


def on_event(event, _context=None):
    database, table, name, keys = _props(event)
    kind = event["RequestType"]
    if kind == "Create" or kind == "Update":
        if kind == "Update":
            old = event.get("OldResourceProperties", {})
            if all(old.get(k) == event["ResourceProperties"].get(k)
                   for k in ("DatabaseName", "TableName", "IndexName", "Keys")):
                return {"PhysicalResourceId": name}
            if old.get("IndexName") and _status(old["DatabaseName"], old["TableName"], old["IndexName"]):
                glue.delete_partition_index(DatabaseName=old["DatabaseName"], TableName=old["TableName"],
                                            IndexName=old["IndexName"])
        glue.create_partition_index(DatabaseName=database, TableName=table,
                                    PartitionIndex={"Keys": keys, "IndexName": name})
    elif kind == "Delete" and _status(database, table, name):
        glue.delete_partition_index(DatabaseName=database, TableName=table, IndexName=name)
    return {"PhysicalResourceId": name}


def is_complete(event, _context=None):
    database, table, name, _keys = _props(event)
    status = _status(database, table, name)
    if event["RequestType"] == "Delete":
        return {"IsComplete": status is None}
    if status == "FAILED":
        raise RuntimeError(f"partition index {name} of {database}.{table} failed to build")
    return {"IsComplete": status == "ACTIVE"}
