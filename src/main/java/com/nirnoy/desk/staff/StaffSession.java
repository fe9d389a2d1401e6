package com.nirnoy.desk.staff;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who is signed in at this desk: one per running app, shared by every service. Only {@link
 * StaffService#signIn} (the database checked the password and opened a session) puts someone here.
 * Services call {@link #require} before they change anything, as the first, friendly refusal; the
 * database is the judge that cannot be bypassed: every transaction presents {@link #token()}
 * ({@code Database.sessionFrom(session::token)}) and the database derives who works from it.
 */
public final class StaffSession {
  private volatile StaffMember current;
  private volatile String token;
  private final CopyOnWriteArrayList<Consumer<Optional<StaffMember>>> listeners =
      new CopyOnWriteArrayList<>();

  public Optional<StaffMember> current() {
    return Optional.ofNullable(current);
  }

  public boolean isSignedIn() {
    return current != null;
  }

  /** True when someone is signed in whose role allows {@code p}. */
  public boolean can(Permission p) {
    StaffMember m = current;
    return m != null && m.can(p);
  }

  /**
   * The signed-in staff member, when their role allows {@code p}.
   *
   * @throws NotSignedInException when nobody is signed in
   * @throws PermissionDeniedException when the role does not allow it
   */
  public StaffMember require(Permission p) {
    StaffMember m = current;
    if (m == null) {
      throw new NotSignedInException(p);
    }
    if (!m.can(p)) {
      throw new PermissionDeniedException(p);
    }
    return m;
  }

  /** The signed-in user's id, or null: what the audit trail records as the actor. */
  public String actorId() {
    StaffMember m = current;
    return m == null ? null : String.valueOf(m.id());
  }

  /** The opaque token of the database session, or null when nobody is signed in. */
  public String token() {
    return token;
  }

  public void signOut() {
    token = null;
    change(null);
  }

  /** Called with the new state (on the thread that signed in or out). */
  public void onChange(Consumer<Optional<StaffMember>> listener) {
    listeners.add(listener);
  }

  void signedIn(StaffMember member, String sessionToken) {
    token = sessionToken;
    change(member);
  }

  private void change(StaffMember member) {
    current = member;
    listeners.forEach(l -> l.accept(Optional.ofNullable(member)));
  }
}
