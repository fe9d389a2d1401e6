package com.nirnoy.desk.config;

import java.util.Locale;

/** The host and port part of a database URL; IPv6 literals in brackets are accepted. */
record HostPort(String host, int port) {

  static HostPort parse(String variable, String text) {
    if (text.isBlank()) {
      throw new ConfigException(
          variable + " has no host: write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
    }
    String host;
    String portText = null;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw new ConfigException(variable + " has an IPv6 host without its closing ]");
      }
      host = text.substring(1, close);
      String after = text.substring(close + 1);
      if (after.startsWith(":")) {
        portText = after.substring(1);
      } else if (!after.isEmpty()) {
        throw new ConfigException(variable + " has text after the IPv6 host: " + after);
      }
    } else {
      if (text.indexOf(':') != text.lastIndexOf(':')) {
        throw new ConfigException(
            variable + " has an IPv6 host without brackets: write it as [" + text + "]:PORT");
      }
      int colon = text.lastIndexOf(':');
      host = colon < 0 ? text : text.substring(0, colon);
      portText = colon < 0 ? null : text.substring(colon + 1);
    }
    if (host.isBlank()) {
      throw new ConfigException(
          variable + " has no host: write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
    }
    if (host.contains(",")) {
      throw new ConfigException(variable + " must name exactly one host (found \"" + host + "\")");
    }
    return new HostPort(host.toLowerCase(Locale.ROOT), parsePort(variable, portText));
  }

  private static int parsePort(String variable, String portText) {
    if (portText == null || portText.isEmpty()) {
      return DatabaseUrl.DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(portText);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          variable + " has port \"" + portText + "\": use a number from 1 to 65535");
    }
  }

  /** Loopback only: a server on the same computer is the one case where plain TCP is acceptable. */
  boolean isLocal() {
    if (host.equals("localhost")) {
      return true;
    }
    // only a literal loopback address; a name like 127.example.com is a remote host
    boolean literal = host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.contains(":");
    try {
      return literal && java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  String forJdbc() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
