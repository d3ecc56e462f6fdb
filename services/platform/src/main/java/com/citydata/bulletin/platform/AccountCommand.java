package com.citydata.bulletin.platform;

import com.citydata.bulletin.accounts.Account;
import com.citydata.bulletin.accounts.AccountRepository;
import com.citydata.bulletin.accounts.Passwords;
import com.citydata.bulletin.accounts.Role;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import io.vertx.sqlclient.Pool;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bulletin account create --name NAME [--role admin]}: a desk account made from the command line, the way to
 * the first admin. The password comes from BULLETIN_PASSWORD, or is asked twice on the terminal; it never appears in
 * the arguments, where the process list would show it.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a desk account, e.g. the first admin.")
final class AccountCommand implements Callable<Integer> {
  static final String PASSWORD_VARIABLE = "BULLETIN_PASSWORD";

  @Option(names = {"-c", "--config"}, description = "Properties file with settings (same keys as the environment variables).")
  private Path configFile;

  @Option(names = "--name", required = true, description = "The account's name, which it signs in with.")
  private String name;

  @Option(names = "--role", defaultValue = "admin", description = "admin, editor, reporter or reader (default: ${DEFAULT-VALUE}).")
  private String role;

  @Override
  public Integer call() throws Exception {
    Optional<Role> chosen = Role.named(role);
    if (chosen.isEmpty()) {
      System.err.println("--role must be one of " + Role.words() + ", got '" + role + "'");
      return 2;
    }
    Optional<String> password = password();
    if (password.isEmpty()) {
      return 2;
    }
    Optional<String> problem = Passwords.problem(password.get());
    if (problem.isPresent()) {
      System.err.println("the password " + problem.get());
      return 2;
    }
    AppConfig config = AppConfig.load(Optional.ofNullable(configFile), System.getenv());
    // The stores alone, migrated, with no service: the same database the product then runs on.
    try (Platform stores = Platform.start(config.with(AppConfig.ADMIN_TOKEN, "unused-by-the-command"), List.of(), false)) {
      Pool pool = PgDatabase.pool(stores.vertx(), stores.config());
      try {
        Account account = new AccountRepository(stores.vertx(), pool)
            .create(name, password.get(), chosen.get(), List.of(), List.of(), "command line").await();
        System.out.println("Account " + account.name() + " (" + account.role().word() + ") created; sign in at /desk/login");
        return 0;
      } catch (AccountRepository.NameTaken taken) {
        System.err.println(taken.getMessage());
        return 1;
      } finally {
        pool.close().await();
      }
    }
  }

  private static Optional<String> password() {
    String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
    if (fromEnvironment != null) {
      return Optional.of(fromEnvironment);
    }
    Console console = System.console();
    if (console == null) {
      System.err.println("no terminal to ask the password on: set " + PASSWORD_VARIABLE);
      return Optional.empty();
    }
    char[] first = console.readPassword("Password (at least %d characters): ", Passwords.MIN_LENGTH);
    char[] second = console.readPassword("The same again: ");
    if (first == null || second == null || !Arrays.equals(first, second)) {
      System.err.println("the two passwords differ");
      return Optional.empty();
    }
    return Optional.of(new String(first));
  }
}
