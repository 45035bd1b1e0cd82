package io.wirewatch.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.Article;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AvroTrustTest {
  private final ClassSecurityPredicate original = ClassSecurityValidator.getGlobal();

  @AfterEach
  void restore() {
    ClassSecurityValidator.setGlobal(original);
  }

  @Test
  void generatedClassesAreTrustedOnTopOfAvrosDefaults() {
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.DEFAULT_TRUSTED_CLASSES);
    assertThat(ClassSecurityValidator.getGlobal().isTrusted(Article.class)).isFalse();
    AvroTrust.trustGeneratedClasses();
    assertThat(ClassSecurityValidator.getGlobal().isTrusted(Article.class)).isTrue();
    assertThat(ClassSecurityValidator.getGlobal().isTrusted(String.class)).as("defaults kept").isTrue();
    assertThat(ClassSecurityValidator.getGlobal().isTrusted(java.io.File.class)).isFalse();
  }
}
