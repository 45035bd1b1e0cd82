// Reads Wirewatch's enriched articles, stories and alerts from Node.js with kafkajs and
// Confluent's schema registry client. Usage: node read-topics.js [bootstrap] [registry-url]
const { Kafka, CompressionTypes, CompressionCodecs, logLevel } = require('kafkajs');
const { SchemaRegistryClient, AvroDeserializer, SerdeType } = require('@confluentinc/schemaregistry');
const lz4 = require('lz4js');

// Wirewatch's producers compress with LZ4; kafkajs ships without an LZ4 codec.
CompressionCodecs[CompressionTypes.LZ4] = () => ({
  compress: async (encoder) => Buffer.from(lz4.compress(encoder.buffer)),
  decompress: async (buffer) => Buffer.from(lz4.decompress(buffer)),
});

const [bootstrap = 'localhost:9092', registryUrl = 'http://localhost:8081'] = process.argv.slice(2);
const registry = new SchemaRegistryClient({ baseURLs: [registryUrl] });
const values = new AvroDeserializer(registry, SerdeType.VALUE, {});

async function main() {
  const kafka = new Kafka({ clientId: 'node-reader', brokers: [bootstrap], logLevel: logLevel.WARN });
  const consumer = kafka.consumer({ groupId: `node-reader-${process.pid}` });
  await consumer.connect();
  await consumer.subscribe({
    topics: ['news.articles.enriched', 'news.stories', 'news.alerts'],
    fromBeginning: true,
  });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const key = message.key?.toString(); // keys are plain UTF-8 strings, not Avro
      const value = message.value && (await values.deserialize(topic, message.value));
      console.log(JSON.stringify({ topic, key, value }));
    },
  });
  const stop = () => consumer.disconnect().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
