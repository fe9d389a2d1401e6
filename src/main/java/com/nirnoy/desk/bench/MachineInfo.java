package com.nirnoy.desk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What the numbers were measured on: CPU, cores, memory, OS, Java, PostgreSQL. */
record MachineInfo(
    String cpu, int cores, long memoryBytes, String os, String java, String postgres) {

  static MachineInfo here(String postgresVersion) {
    long memory = 0;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    return new MachineInfo(
        cpuModel().orElse(System.getProperty("os.arch")),
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
        postgresVersion);
  }

  private static Optional<String> cpuModel() {
    try {
      Path info = Path.of("/proc/cpuinfo");
      if (!Files.isReadable(info)) {
        return Optional.empty();
      }
      return Files.readAllLines(info).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "%s, %d cores, %.1f GiB RAM; %s; Java %s; %s",
        cpu,
        cores,
        memoryBytes / (1024.0 * 1024 * 1024),
        os,
        java,
        postgres);
  }
}
