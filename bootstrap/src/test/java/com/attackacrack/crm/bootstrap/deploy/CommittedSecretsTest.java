package com.attackacrack.crm.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CommittedSecretsTest {

    /** The documented OpenPhone webhook test key (base64 of "fixture-signing-key-not-a-secret-0123456789"). */
    private static final String FIXTURE_SIGNING_KEY = "Zml4dHVyZS1zaWduaW5nLWtleS1ub3QtYS1zZWNyZXQtMDEyMzQ1Njc4OQ==";
    private static final Set<String> SKIPPED_DIRS = Set.of("target", ".git", "var", "node_modules", ".idea", ".vscode");
    private static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final List<Pattern> SECRET_PATTERNS = List.of(
            Pattern.compile("-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----"),
            Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"),
            Pattern.compile("whsec_([A-Za-z0-9+/]{20,}={0,2})"),
            Pattern.compile("\\bdop_v1_[a-f0-9]{64}\\b"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b"),
            Pattern.compile("\\bsk_live_[A-Za-z0-9]{20,}\\b"));

    @Test
    void noFileInTheTreeHoldsASecretLookingValue() {
        List<String> findings = new ArrayList<>();
        for (Path file : filesOfTheTree()) {
            String name = file.getFileName().toString();
            String relative = DeployFiles.root().relativize(file).toString();
            if (name.endsWith(".key") || (name.startsWith("client_secret") && name.endsWith(".json"))) {
                findings.add(relative + ": key or OAuth client-secret file");
                continue;
            }
            findings.addAll(scan(relative, text(file)));
        }
        assertThat(findings).as("secret-looking values committed to the repository").isEmpty();
    }

    @Test
    void theScanSeesEachKindOfSecretButNotTheFixtureKey() {
        String privateKey = "-----BEGIN " + "RSA PRIVATE KEY-----";
        String awsKey = "AKIA" + "ABCDEFGHIJKLMNOP";
        String webhookKey = "whsec_" + "c29tZS1yZWFsLWxvb2tpbmcta2V5LTEyMzQ1";
        String doToken = "dop_v1_" + "0123456789abcdef".repeat(4);

        assertThat(scan("x", privateKey)).hasSize(1);
        assertThat(scan("x", awsKey)).hasSize(1);
        assertThat(scan("x", webhookKey)).hasSize(1);
        assertThat(scan("x", doToken)).hasSize(1);
        assertThat(scan("x", "whsec_" + FIXTURE_SIGNING_KEY)).isEmpty();
        assertThat(scan("x", "whsec_" + Base64.getEncoder().encodeToString("SENTINEL-SIGNING-KEY".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(scan("x", "OPENPHONE_WEBHOOK_SIGNING_KEY=whsec_...")).isEmpty();
    }

    @Test
    void theWalkCoversTheDeliveryFilesAndSkipsBuildOutput() {
        List<String> relative = filesOfTheTree().stream().map(f -> DeployFiles.root().relativize(f).toString()).toList();

        assertThat(relative).contains(DeployFiles.APP_SPEC, DeployFiles.CI_WORKFLOW, DeployFiles.DOCKERFILE, "pom.xml");
        assertThat(relative).noneMatch(p -> p.startsWith("target/") || p.contains("/target/") || p.startsWith(".git/"));
    }

    private static List<String> scan(String where, String text) {
        List<String> findings = new ArrayList<>();
        for (Pattern pattern : SECRET_PATTERNS) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.group().startsWith("whsec_") && isTestFixture(m.group(1))) {
                    continue;
                }
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                findings.add(where + ":" + line + " matches " + pattern.pattern());
            }
        }
        return findings;
    }

    /**
     * The documented fixture key, or a key that decodes to readable text saying it is a test value (real signing keys
     * are random bytes): e.g. IntegrationSetupTest's base64 of "SENTINEL-SIGNING-KEY".
     */
    private static boolean isTestFixture(String base64) {
        if (FIXTURE_SIGNING_KEY.equals(base64)) {
            return true;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.ISO_8859_1);
            boolean readable = decoded.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
            return readable && decoded.toLowerCase(Locale.ROOT).matches(".*(fixture|sentinel|not-a-secret|example).*");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static List<Path> filesOfTheTree() {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(DeployFiles.root(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skipped = SKIPPED_DIRS.contains(dir.getFileName().toString()) && !dir.equals(DeployFiles.root());
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The file as text, or "" for binaries (a NUL byte in the first 8 KiB) and files over 2 MiB. */
    private static String text(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return "";
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    return "";
                }
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
