package org.constable.web.shell;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.constable.platform.Progress;

/**
 * Long work of a page (an import, an export) run off the request, so that the page can poll its
 * {@link Progress} while it runs. The work runs as the user who started it (its Shiro subject goes
 * with it), and only that user finds the job again. A page keeps just the job's id: the job itself
 * stays on this server, out of the replicated session. Finished jobs are forgotten after an hour.
 */
@ApplicationScoped
public class BackgroundJobs {

  private static final Duration KEPT = Duration.ofHours(1);

  /** A job as its page sees it. */
  public static final class Job<T> {
    private final Object owner;
    private final Progress progress = new Progress();
    private final Instant started = Instant.now();
    private Future<T> future;

    private Job(Object owner) {
      this.owner = owner;
    }

    public Progress progress() {
      return progress;
    }

    public boolean isDone() {
      return future.isDone();
    }

    /** The work's result; what the work threw, it throws (unchecked), once it is done. */
    public T result() {
      try {
        return future.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Resource private ManagedExecutorService executor;

  private final Map<String, Job<?>> jobs = new ConcurrentHashMap<>();

  /** Starts the work as the current user; returns the job's id. */
  public <T> String start(Function<Progress, T> work) {
    forgetOld();
    Subject subject = SecurityUtils.getSubject();
    var job = new Job<T>(subject.getPrincipal());
    job.future = executor.submit(subject.associateWith(() -> work.apply(job.progress)));
    String id = UUID.randomUUID().toString();
    jobs.put(id, job);
    return id;
  }

  /** The current user's job of that id; empty for another user's, a forgotten or a made-up id. */
  @SuppressWarnings("unchecked")
  public <T> Optional<Job<T>> find(String id) {
    Job<?> job = id == null ? null : jobs.get(id);
    if (job == null || !Objects.equals(job.owner, SecurityUtils.getSubject().getPrincipal())) {
      return Optional.empty();
    }
    return Optional.of((Job<T>) job);
  }

  public void forget(String id) {
    if (id != null) {
      find(id).ifPresent(job -> jobs.remove(id));
    }
  }

  private void forgetOld() {
    Instant limit = Instant.now().minus(KEPT);
    jobs.values().removeIf(job -> job.isDone() && job.started.isBefore(limit));
  }
}
