package io.wirewatch.streams.alerting.internal;

import io.wirewatch.avro.Subscription;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** Read access to the global subscriptions store from any processor. */
public final class SubscriptionsView {
  public static final String STORE = "subscriptions-global";
  private final ReadOnlyKeyValueStore<String, Object> store;

  public SubscriptionsView(ProcessingContext context) {
    this.store = context.getStateStore(STORE);
  }

  public List<Subscription> all() {
    List<Subscription> out = new ArrayList<>();
    try (KeyValueIterator<String, Object> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, Object> kv = it.next();
        Subscription s = unwrap(kv.value);
        if (s != null) {
          out.add(s);
        }
      }
    }
    return out;
  }

  public Subscription get(String id) {
    return unwrap(store.get(id));
  }

  private static Subscription unwrap(Object v) {
    // a GlobalKTable store holds timestamped values; accept plain ones too
    Object value = v instanceof ValueAndTimestamp<?> vt ? vt.value() : v;
    return (Subscription) value;
  }
}
