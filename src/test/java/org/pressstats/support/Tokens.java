package org.pressstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Bearer tokens for tests, signed RS256 with the dev key pair that the test profile trusts, and broken ones. */
public final class Tokens {

    public static final String ISSUER = "https://press-stats.dev/issuer";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Path DEV_PUBLIC_KEY = Path.of("dev/jwt/public-key.pem");
    private static final Path DEV_PRIVATE_KEY = Path.of("dev/jwt/private-key.pem");
    // without dev/ (the image build leaves it out) the packaged-jar tests sign with a key pair made for the run
    private static final KeyPair RUN_KEYS = Files.isRegularFile(DEV_PRIVATE_KEY) ? null : keyPair();
    private static final PrivateKey DEV_KEY = RUN_KEYS == null ? readKey(DEV_PRIVATE_KEY) : RUN_KEYS.getPrivate();
    private static final PrivateKey OTHER_KEY = keyPair().getPrivate();

    private Tokens() {
    }

    /** The PEM file of the public key that verifies these tokens, for a packaged app's MP_JWT_VERIFY_PUBLICKEY_LOCATION. */
    public static synchronized Path publicKeyFile() {
        if (RUN_KEYS == null) {
            return DEV_PUBLIC_KEY.toAbsolutePath();
        }
        try {
            Path pem = Path.of("target/run-public-key.pem").toAbsolutePath();
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(RUN_KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
            return pem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String admin() {
        return adminWithSubject("admin-test");
    }

    /** An admin token whose subject, recorded as who made a change, is the one given. */
    public static String adminWithSubject(String subject) {
        return sign(claims(subject, List.of("admin"), null, ISSUER, 3600), DEV_KEY);
    }

    public static String editor(String... cities) {
        return sign(claims("editor-" + String.join("-", cities), List.of("editor"), List.of(cities), ISSUER, 3600), DEV_KEY);
    }

    /** Valid, but with no role that writes: a dashboard's token. */
    public static String reader() {
        return sign(claims("dashboard", List.of("reader"), null, ISSUER, 3600), DEV_KEY);
    }

    public static String expired() {
        return sign(claims("admin-test", List.of("admin"), null, ISSUER, -600), DEV_KEY);
    }

    public static String wrongIssuer() {
        return sign(claims("admin-test", List.of("admin"), null, "https://evil.example/issuer", 3600), DEV_KEY);
    }

    /** Signed by a key the service does not trust. */
    public static String wrongSignature() {
        return sign(claims("admin-test", List.of("admin"), null, ISSUER, 3600), OTHER_KEY);
    }

    /** An unsigned admin token: {"alg":"none"} and an empty signature. */
    public static String algNone() {
        return encode(Map.of("alg", "none", "typ", "JWT")) + "." + encode(claims("admin-test", List.of("admin"), null, ISSUER, 3600)) + ".";
    }

    public static String garbage() {
        return "not-a-jwt";
    }

    private static Map<String, Object> claims(String subject, List<String> groups, List<String> cities, String issuer, long validSeconds) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", groups);
        if (cities != null) {
            claims.put("cities", cities);
        }
        claims.put("iat", now - 60 + Math.min(0, validSeconds));
        claims.put("exp", now + validSeconds);
        return claims;
    }

    private static String sign(Map<String, Object> claims, PrivateKey key) {
        String content = encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey readKey(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
