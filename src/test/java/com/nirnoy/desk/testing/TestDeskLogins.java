package com.nirnoy.desk.testing;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.DeskLogins;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Desk logins on the test server, made as {@code nirnoy-desk db desk-login} makes them (members of
 * {@code nirnoy_desk}): tests connect as one to meet the database's policies as a counter PC does.
 * Roles belong to the whole server, so each name is new.
 */
public final class TestDeskLogins {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestDeskLogins() {}

  /** {@code owner}'s database, reached as a new desk login. */
  public static ConnectionSettings create(ConnectionSettings owner) {
    String name = "desk_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    DeskLogins.Login login = DeskLogins.create(DataSources.unpooled(owner), name, false);
    return owner.withLogin(login.name(), login.password());
  }
}
