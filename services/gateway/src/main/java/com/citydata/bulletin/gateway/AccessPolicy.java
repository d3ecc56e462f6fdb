package com.citydata.bulletin.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

/**
 * Who may call what, as each operation of the served contract declares it ({@code x-access}: public, published,
 * reader, collector or admin; a collector operation also needs the grant of its family; published is public unless
 * the published bulletins are set to be token-only). Decided from the method and path
 * alone, so it runs before the body is read. An operation that declares nothing, and any path the contract does
 * not have, is admin-only.
 */
public final class AccessPolicy {

  /** What a request needs. */
  public sealed interface Requirement permits Public, AnyToken, Editor, Admin, Family {
  }

  public record Public() implements Requirement {
  }

  /**
   * Any token or session; a reporter's session only where {@code reporters}: the published bulletins and what the
   * contract marks {@code x-reporter} (the catalog), never figures of units other than its own.
   */
  public record AnyToken(boolean reporters) implements Requirement {
  }

  /** An editor's work (notes, uploads, publishing): an editor's or admin's session, or the admin token. */
  public record Editor() implements Requirement {
  }

  public record Admin() implements Requirement {
  }

  public record Family(String name) implements Requirement {
  }

  private final OperationIndex<Requirement> operations;

  AccessPolicy(JsonObject document, boolean publishedArePublic) {
    operations = new OperationIndex<>(document, operation -> requirement(operation, publishedArePublic));
  }

  private static Requirement requirement(JsonObject operation, boolean publishedArePublic) {
    String access = operation.getString("x-access", "admin");
    boolean reporters = operation.getBoolean("x-reporter", false);
    return switch (access) {
      case "public" -> new Public();
      case "published" -> publishedArePublic ? new Public() : new AnyToken(true);
      case "reader", "signed-in" -> new AnyToken(reporters);
      case "editor" -> new Editor();
      // The line-protocol door names its family in a parameter, which its handler checks against the token.
      case "collector" -> operation.containsKey("x-family") ? new Family(operation.getString("x-family")) : new AnyToken(true);
      default -> new Admin();
    };
  }

  /** The policy of the contract served with the families on the class path, published bulletins public. */
  public static Requirement of(HttpMethod method, String path) {
    return Installed.POLICY.requirement(method, path);
  }

  private static final class Installed {
    static final AccessPolicy POLICY = new AccessPolicy(ServedContract.installed().json(), true);
  }

  public Requirement requirement(HttpMethod method, String path) {
    return operations.find(method, path).orElse(new Admin());
  }
}
