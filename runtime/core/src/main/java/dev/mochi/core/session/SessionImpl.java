package dev.mochi.core.session;

import dev.mochi.api.Events;
import dev.mochi.api.Hooks;
import dev.mochi.api.MochiException;
import dev.mochi.api.Session;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.adapter.Incoming;
import dev.mochi.api.adapter.Interaction;
import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.UserData;
import dev.mochi.api.message.Element;
import dev.mochi.api.message.Message;
import dev.mochi.api.command.Invocation;
import dev.mochi.core.data.SessionData;
import dev.mochi.core.text.Excerpt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One incoming message being handled. Its data side ({@link SessionData}) is opened on first use, so a session
 * that never touches the user or channel costs the database nothing. Every outgoing message first waits
 * until this session's writes are durable, so a reply never acknowledges a write that could still be lost.
 */
public final class SessionImpl implements Session {
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  private final Sessions sessions;
  private final Bot bot;
  private final Incoming inbound;
  private final int depth;
  private final SessionImpl origin;
  /** Flags set once per session ({@link #markOnce}). */
  private final Map<String, Object> attributes = new ConcurrentHashMap<>();
  private final Set<String> userFields = new LinkedHashSet<>();
  private final Set<String> channelFields = new LinkedHashSet<>();
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private final Intake.Read read;
  private volatile SessionData data;
  private volatile String currentPlugin = "core";
  private volatile Stage stage = new Stage("reading the message", null);
  private volatile String locale;
  private volatile boolean prompting;
  /** The messages that answered this session's prompts and are handled once it waits again or finishes. */
  private final List<CompletableFuture<Void>> answers = new ArrayList<>();
  private final List<Message> captured;

  SessionImpl(Sessions sessions, Bot bot, Incoming inbound) {
    this(sessions, bot, inbound, 0, null);
  }

  private SessionImpl(Sessions sessions, Bot bot, Incoming inbound, int depth, SessionImpl origin) {
    this.sessions = sessions;
    this.bot = bot;
    this.inbound = inbound;
    this.depth = depth;
    this.origin = origin;
    this.locale = inbound instanceof Interaction i && i.locale().isPresent() ? i.locale().get() : sessions.config.locale();
    this.captured = origin == null ? null : java.util.Collections.synchronizedList(new ArrayList<>());
    this.read = switch (inbound) {
      case Interaction i -> Intake.line(InteractionLine.of(i.invocation()));
      case Inbound m -> origin == null ? Intake.read(m.content(), sessions.config.message()) : Intake.line(m.content());
    };
    if (origin == null) done.whenComplete((v, e) -> answersHandled());
  }

  /**
   * A session for running {@code content} on behalf of this one ({@code session.execute}): same user and channel,
   * same data (writes flush together), one level deeper.
   */
  public SessionImpl derive(String content) {
    Inbound in = new Inbound(inbound.userId(), inbound.channelId(), inbound.guildId(), inbound.messageId(),
        content, inbound.timestamp(), inbound.author());

    SessionImpl derived = new SessionImpl(sessions, bot, in, depth + 1, root());
    derived.locale = locale;
    return derived;
  }

  private SessionImpl root() { return origin == null ? this : origin; }

  /** How deeply this session is nested inside {@code execute} calls (0 for a message from a platform). */
  public int depth() { return depth; }

  /** Whether this session was made by {@code execute}/{@code evaluate} rather than by a platform. */
  public boolean isDerived() { return origin != null; }

  /** The plugin whose code is running for this session now (named in time-budget logs). */
  public String currentPlugin() { return currentPlugin; }

  public void setCurrentPlugin(String plugin) {
    this.currentPlugin = plugin;
    if (origin != null) origin.setCurrentPlugin(plugin);
  }

  /**
   * What a session is doing, for the time-budget warning.
   *
   * @param what a phrase such as {@code "running command 'echo' of plugin 'echo'"}
   * @param plugin the plugin whose code runs, or null when the runtime's own code does
   */
  public record Stage(String what, String plugin) {}

  /** What this session (or, for a derived one, its origin) is doing now. */
  public Stage stage() { return stage; }

  /** Records what the session does from now on; a derived session records it on its origin too. */
  public void stage(Stage stage) {
    this.stage = stage;
    if (origin != null) origin.stage(stage);
  }

  public void locale(String locale) { this.locale = locale; }

  /** Whether the session is waiting in {@link #prompt(Duration)} (time that does not count against its budget). */
  public boolean prompting() { return prompting; }

  void prompting(boolean value) { this.prompting = value; }

  /** {@code answer} answered a prompt of this session (or of a session it derived): see {@link #answersHandled()}. */
  void answeredBy(SessionImpl answer) {
    SessionImpl r = root();
    boolean finished;
    synchronized (r.answers) {
      finished = r.done.isDone();
      if (!finished) r.answers.add(answer.done());
    }
    if (finished) answer.done().complete(null);
  }

  /** Completes the messages that answered this session's prompts: it has finished, or it waits for the user again. */
  void answersHandled() {
    SessionImpl r = root();
    List<CompletableFuture<Void>> handled;
    synchronized (r.answers) {
      handled = List.copyOf(r.answers);
      r.answers.clear();
    }
    handled.forEach(f -> f.complete(null));
  }

  /** Sets a flag on the root session; true the first time only. */
  public boolean markOnce(String key) {
    return root().attributes.putIfAbsent(key, Boolean.TRUE) == null;
  }

  /** What a derived session sent while it ran (it sends nothing itself: its caller decides). */
  public Message captured() {
    return captured == null ? Message.empty() : Message.of(captured.toArray());
  }

  /** Completes when the session has finished (writes durable, replies handed to the bot). */
  public CompletableFuture<Void> done() { return done; }

  // ---------------------------------------------------------------- identity

  @Override public String platform() { return bot.platform(); }

  @Override public String selfId() { return bot.selfId(); }

  @Override public String userId() { return inbound.userId(); }

  @Override public String channelId() { return inbound.channelId(); }

  @Override public Optional<String> guildId() { return inbound.guildId(); }

  @Override public String messageId() { return inbound.messageId(); }

  @Override public boolean isDirect() { return inbound.isDirect(); }

  /** The canonical text form of the message (see {@link Intake}); for a refused message, what the adapter gave. */
  @Override public String content() { return read.content(); }

  @Override public List<Element> elements() { return read.elements(); }

  /** Why this message is not handled (over a limit of {@code bot.yml}'s {@code message} section), or null. */
  Intake.Refusal refusal() { return read.refusal(); }

  @Override public Incoming incoming() { return inbound; }

  @Override public Instant timestamp() { return inbound.timestamp(); }

  @Override public String author() { return inbound.author(); }

  @Override public Bot bot() { return bot; }

  @Override public String locale() { return locale; }

  // ---------------------------------------------------------------- output

  @Override public void send(Object content) {
    Message message = Message.of(content);
    if (message.isEmpty()) return;
    Message[] holder = {message};
    sessions.events.bail(Hooks.BEFORE_SEND, this, h -> {
      holder[0] = h.beforeSend(this, holder[0]);
      return holder[0] == null || holder[0].isEmpty() ? Boolean.TRUE : null;
    });
    Message out = holder[0];
    if (out == null || out.isEmpty()) return;
    if (captured != null) {
      captured.add(out);
      return;
    }
    awaitDurable();
    var stage = inbound instanceof Interaction i ? i.responder().respond(out)
        : isDirect() ? bot.sendPrivateMessage(userId(), out) : bot.sendMessage(channelId(), out);
    try {
      stage.toCompletableFuture().get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MochiException("Interrupted while sending to " + platform() + ":" + channelId(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new MochiException("Bot " + platform() + ":" + selfId() + " failed to send to " + channelId()
          + ": " + e.getMessage(), e);
    }
    sessions.bots.sent(bot);
    sessions.events.emit(Events.SEND, new Events.Sent(this, out));
  }

  @Override public void reply(Object content) {
    Message message = Message.of(content);
    if (message.isEmpty()) return;
    List<Object> parts = new ArrayList<>();
    parts.add(Element.quote(messageId()));
    parts.add(message);
    send(Message.of(parts.toArray()));
  }

  @Override public Optional<String> prompt(Duration timeout) {
    return sessions.queues.prompt(this, timeout);
  }

  @Override public Optional<Message> execute(String command) {
    Optional<Message> reply = evaluate(command);
    reply.ifPresent(this::send);
    return reply;
  }

  @Override public Optional<Message> evaluate(String command) {
    return sessions.pipeline.evaluate(this, command);
  }

  /** Runs an already-split call as this session's user would and returns the reply without sending it. */
  public Optional<Message> evaluate(Invocation call) {
    return sessions.pipeline.evaluate(this, call);
  }

  @Override public String text(String key, Object... args) {
    return sessions.i18n.render(locale, key, args);
  }

  // ---------------------------------------------------------------- data

  /** Adds fields to load for this session's user and channel (before the chain runs). */
  public void declareFields(Collection<String> user, Collection<String> channel) {
    SessionImpl r = root();
    synchronized (r) {
      r.userFields.addAll(user);
      r.channelFields.addAll(channel);
      if (r.data != null) {
        if (!user.isEmpty()) r.data.declareUserFields(user);
        if (!channel.isEmpty()) r.data.declareChannelFields(channel);
      }
    }
  }

  /** The data side, opened on first use (shared with derived sessions). */
  public SessionData data() {
    SessionImpl r = root();
    SessionData d = r.data;
    if (d != null) return d;
    synchronized (r) {
      if (r.data == null) {
        SessionData opened = sessions.data.open(r);
        if (!r.userFields.isEmpty()) opened.declareUserFields(r.userFields);
        if (!r.channelFields.isEmpty()) opened.declareChannelFields(r.channelFields);
        r.data = opened;
      }
      return r.data;
    }
  }

  /** Waits until this session's writes are durable; a no-op when it has none. */
  public void awaitDurable() {
    SessionData d = root().data;
    if (d == null || !d.hasPendingWrites()) return;
    try {
      d.flush().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MochiException("Interrupted while writing data of " + platform() + ":" + userId(), e);
    } catch (ExecutionException e) {
      throw new MochiException("Writing data of " + platform() + ":" + userId() + " failed: "
          + e.getCause().getMessage(), e.getCause());
    }
  }

  @Override public UserData user() { return data().user(); }

  @Override public <T extends UserData> T user(Class<T> view) { return data().user(view); }

  @Override public ChannelData channel() { return data().channel(); }

  @Override public <T extends ChannelData> T channel(Class<T> view) { return data().channel(view); }

  @Override public UserData observeUser(String... fields) { return data().observeUser(fields); }

  @Override public ChannelData observeChannel(String... fields) { return data().observeChannel(fields); }

  @Override public Optional<UserData> getUser(long id, String... fields) { return data().getUser(id, fields); }

  @Override public Optional<ChannelData> getChannel(String channelId, String... fields) {
    return data().getChannel(channelId, fields);
  }

  @Override public String toString() {
    return "Session[" + platform() + ":" + userId() + " in " + channelId() + ": " + Excerpt.of(content(), 120) + "]";
  }
}
