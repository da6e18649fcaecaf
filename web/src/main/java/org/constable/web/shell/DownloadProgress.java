package org.constable.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.shiro.SecurityUtils;
import org.constable.platform.Progress;

/**
 * How far the downloads being written have come. A page that asks for a file sends a token of its
 * own making with the request; while {@link Downloads} writes the file, the rows written count on
 * that token, and the page polls {@link DownloadProgressServlet} with it. Only the user who asked
 * finds the token again; finished downloads are forgotten after ten minutes.
 */
@ApplicationScoped
public class DownloadProgress {

  /** The request parameter that carries the page's token. */
  public static final String PARAMETER = "downloadToken";

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{8,64}");
  private static final Duration KEPT = Duration.ofMinutes(10);

  /** A download as its page sees it. */
  public record Status(int done, int total, boolean finished) {}

  private static final class Entry {
    private final Object owner = SecurityUtils.getSubject().getPrincipal();
    private final Progress progress = new Progress();
    private final Instant started = Instant.now();
    private volatile boolean finished;
  }

  private final Map<String, Entry> downloads = new ConcurrentHashMap<>();

  /** The progress the download of that token counts on; {@link Progress#NONE} without a token. */
  Progress open(String token) {
    forgetOld();
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Progress.NONE;
    }
    var entry = new Entry();
    entry.progress.start("download", 0);
    downloads.put(token, entry);
    return entry.progress;
  }

  void finish(String token) {
    Entry entry = token == null ? null : downloads.get(token);
    if (entry != null) {
      entry.finished = true;
    }
  }

  /** The current user's download of that token; empty for another's or an unknown token. */
  public Optional<Status> status(String token) {
    Entry entry = token == null ? null : downloads.get(token);
    if (entry == null || !Objects.equals(entry.owner, SecurityUtils.getSubject().getPrincipal())) {
      return Optional.empty();
    }
    Progress p = entry.progress;
    return Optional.of(new Status(p.done(), p.total(), entry.finished));
  }

  private void forgetOld() {
    Instant limit = Instant.now().minus(KEPT);
    downloads.values().removeIf(entry -> entry.started.isBefore(limit));
  }
}
