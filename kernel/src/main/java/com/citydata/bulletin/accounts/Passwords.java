package com.citydata.bulletin.accounts;

import com.citydata.bulletin.domain.Names;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id hashes in PHC form ({@code $argon2id$v=19$m=…}), with Spring Security's parameters of 5.8 and later
 * (16 MiB, 2 passes, a 16-byte salt): each check costs tens of milliseconds of one core, so run it on a worker.
 */
public final class Passwords {
  public static final int MIN_LENGTH = 12;
  /** Long enough for any passphrase, short enough that hashing a hostile one costs nothing extra. */
  public static final int MAX_LENGTH = 256;
  private static final Argon2PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

  private Passwords() {
  }

  public static String hash(String password) {
    return ENCODER.encode(password);
  }

  public static boolean matches(String password, String hash) {
    return ENCODER.matches(password, hash);
  }

  /** Why a new password is refused, if it is. */
  public static Optional<String> problem(String password) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters, got " + length);
    }
    if (length > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters, got " + length);
    }
    // A password must be typed again at every sign-in exactly as it was set: no character a form could mangle.
    return Names.textProblem(password);
  }
}
