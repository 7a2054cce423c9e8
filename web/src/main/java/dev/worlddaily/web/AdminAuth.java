package dev.worlddaily.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may use the admin pages: whoever presents the configured token, as a bearer header (the
 * admin API, scripts) or once on the login form, which then sets a signed session cookie
 * ({@code expiry.HMAC(token, expiry)}, HttpOnly, SameSite=Strict). Every comparison is constant
 * time, over digests of equal length, so neither the token nor its length leaks through timing.
 * Forms also carry a CSRF field derived from the token.
 */
final class AdminAuth {
  static final String COOKIE = "wdn_admin";
  static final Duration SESSION = Duration.ofHours(12);

  private final String token;
  private final boolean secure;
  private final Clock clock;

  AdminAuth(SiteConfig config, Clock clock) {
    this.token = config.adminToken();
    this.secure = config.secure();
    this.clock = clock;
  }

  boolean enabled() {
    return token != null;
  }

  /** True when {@code given} is the configured token. */
  boolean tokenMatches(String given) {
    return enabled() && given != null && MessageDigest.isEqual(sha256(given.strip()), sha256(token));
  }

  /** True when the request carries the token as a bearer header or a valid session cookie. */
  boolean isAdmin(Context ctx) {
    if (!enabled()) {
      return false;
    }
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return tokenMatches(auth.substring(7));
    }
    return validSession(ctx.cookie(COOKIE));
  }

  /** True when the request is a bearer call or its form carries the CSRF field. */
  boolean formAllowed(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return tokenMatches(auth.substring(7));
    }
    String field = ctx.formParam("csrf");
    return validSession(ctx.cookie(COOKIE)) && field != null && MessageDigest.isEqual(sha256(field), sha256(csrf()));
  }

  void startSession(Context ctx) {
    long expiry = clock.instant().plus(SESSION).getEpochSecond();
    ctx.cookie(new Cookie(COOKIE, expiry + "." + sign("session:" + expiry), "/", (int) SESSION.toSeconds(), secure, true, null, SameSite.STRICT));
  }

  void endSession(Context ctx) {
    ctx.cookie(new Cookie(COOKIE, "", "/", 0, secure, true, null, SameSite.STRICT));
  }

  private boolean validSession(String value) {
    if (value == null) {
      return false;
    }
    int dot = value.indexOf('.');
    if (dot < 1) {
      return false;
    }
    long expiry;
    try {
      expiry = Long.parseLong(value.substring(0, dot));
    } catch (NumberFormatException e) {
      return false;
    }
    boolean signed = MessageDigest.isEqual(sha256(value.substring(dot + 1)), sha256(sign("session:" + expiry)));
    return signed && expiry > clock.instant().getEpochSecond();
  }

  /** The CSRF field of admin forms. */
  String csrf() {
    return sign("csrf");
  }

  private String sign(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
