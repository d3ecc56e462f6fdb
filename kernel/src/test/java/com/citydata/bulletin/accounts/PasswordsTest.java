package com.citydata.bulletin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

  @Test
  void aHashIsArgon2idSaltedAndChecksOnlyItsOwnPassword() {
    String hash = Passwords.hash("正确的马电池订书钉");

    assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
    assertThat(Passwords.hash("正确的马电池订书钉")).isNotEqualTo(hash);
    assertThat(Passwords.matches("正确的马电池订书钉", hash)).isTrue();
    assertThat(Passwords.matches("正确的马电池订书钊", hash)).isFalse();
  }

  @Test
  void aNewPasswordHasTwelveToTwoHundredFiftySixCharacters() {
    assertThat(Passwords.problem("abcdefghijk")).contains("must be at least 12 characters, got 11");
    assertThat(Passwords.problem("十二个汉字组成的一句密码口令")).isEmpty();
    assertThat(Passwords.problem("x".repeat(257))).contains("must be at most 256 characters, got 257");
  }
}
