package io.wirewatch.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import org.junit.jupiter.api.Test;

class HttpExposureTest {
  @Test
  void loopbackAddressesAreThisMachineOnly() {
    assertThat(new HttpExposure("127.0.0.1").loopbackOnly()).isTrue();
    assertThat(new HttpExposure("localhost").loopbackOnly()).isTrue();
    assertThat(new HttpExposure("::1").loopbackOnly()).isTrue();
    assertThat(new HttpExposure("[::1]").loopbackOnly()).isTrue();
    assertThat(new HttpExposure("0.0.0.0").loopbackOnly()).isFalse();
  }

  @Test
  void devWarnsOnlyWhenItListensBeyondThisMachineWithoutTokens() {
    assertThat(new HttpExposure("127.0.0.1").warning(false)).isNull();
    assertThat(new HttpExposure("0.0.0.0").warning(true)).isNull();
    assertThat(new HttpExposure("0.0.0.0").warning(false))
        .contains("0.0.0.0", "no tokens", "subscription", "--tokens-file", "127.0.0.1");
  }

  @Test
  void webRefusesAnOpenAddressWithoutTokensUnlessToldInsecure() {
    HttpExposure open = new HttpExposure("0.0.0.0");
    assertThatThrownBy(() -> open.requireTokensUnlessLoopback(false, false))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("0.0.0.0").hasMessageContaining("--tokens-file").hasMessageContaining("--insecure-no-auth");
    assertThatCode(() -> open.requireTokensUnlessLoopback(true, false)).doesNotThrowAnyException();
    assertThatCode(() -> open.requireTokensUnlessLoopback(false, true)).doesNotThrowAnyException();
    assertThatCode(() -> new HttpExposure("127.0.0.1").requireTokensUnlessLoopback(false, false))
        .doesNotThrowAnyException();
  }

  @Test
  void anEmptyHostIsAUserErrorNamingTheOption() {
    assertThatThrownBy(() -> new HttpExposure(" ")).isInstanceOf(UserException.class).hasMessageContaining("--http-host");
  }
}
