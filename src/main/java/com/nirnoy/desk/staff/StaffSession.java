package com.nirnoy.desk.staff;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who is signed in at this desk: one per running app, shared by every service. Only {@link
 * StaffService#signIn} (a checked password) puts someone here. Services call {@link #require}
 * before they change anything; the database learns the same id through {@code
 * Database.actorFrom(session::actorId)} for its audit trail.
 */
public final class StaffSession {
  private volatile StaffMember current;
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

  public void signOut() {
    change(null);
  }

  /** Called with the new state (on the thread that signed in or out). */
  public void onChange(Consumer<Optional<StaffMember>> listener) {
    listeners.add(listener);
  }

  void signedIn(StaffMember member) {
    change(member);
  }

  private void change(StaffMember member) {
    current = member;
    listeners.forEach(l -> l.accept(Optional.ofNullable(member)));
  }
}
