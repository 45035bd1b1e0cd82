# Prints Wirewatch's enriched articles, stories and alerts, decoded with Confluent's Python client.
# Usage: python3 read_topics.py [bootstrap] [registry-url]
import json
import sys

from confluent_kafka import DeserializingConsumer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer
from confluent_kafka.serialization import StringDeserializer

bootstrap = sys.argv[1] if len(sys.argv) > 1 else "localhost:9092"
registry_url = sys.argv[2] if len(sys.argv) > 2 else "http://localhost:8081"

consumer = DeserializingConsumer({
    "bootstrap.servers": bootstrap,
    "group.id": "python-reader",
    "auto.offset.reset": "earliest",
    "isolation.level": "read_committed",
    "key.deserializer": StringDeserializer("utf_8"),  # keys are plain strings, not Avro
    "value.deserializer": AvroDeserializer(SchemaRegistryClient({"url": registry_url})),
})
consumer.subscribe(["news.articles.enriched", "news.stories", "news.alerts"])
try:
    while True:
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            print(msg.error(), file=sys.stderr)
            continue
        print(json.dumps({"topic": msg.topic(), "key": msg.key(), "value": msg.value()}, default=str),
              flush=True)
finally:
    consumer.close()
